"""Every label a user sees, in one place: web pages, CLI output, docx and reports all read it.

Internal values (``negative``, ``staff``, ``live`` …) stay English in code and in the archive;
this module turns them into the office's words. Add a new capability's labels here, in a section
of its own, rather than a dict in the module that prints them.
"""

from __future__ import annotations

from datetime import datetime

# --- sentiment -------------------------------------------------------------------------------
SENTIMENT = {"negative": "负面", "positive": "正面", "neutral": "中性"}
SENTIMENT_ORDER = ("negative", "positive", "neutral")
UNTAGGED = "未标注"

# --- people --------------------------------------------------------------------------------
ROLES = {"admin": "管理员", "staff": "宣传干事", "leader": "领导"}

# --- clippings -----------------------------------------------------------------------------
KINDS = {"news": "新闻", "forum": "论坛"}
PAGE_STATUS = {"live": "正常", "changed": "已更新", "deleted": "来源已删除"}


def sentiment_label(value: str | None) -> str:
    """负面 / 正面 / 中性, or 未标注 for an untagged item."""
    return SENTIMENT.get(value or "", UNTAGGED)


def label(table: dict[str, str], value: str | None) -> str:
    """``table[value]``, or the value itself when the table does not know it (never raises)."""
    if value is None:
        return "—"
    return table.get(value, value)


def beijing(value: str | datetime | None, *, seconds: bool = False) -> str:
    """A timestamp as the office reads it: ``2026-11-25 20:33`` in Beijing time; ``—`` when unknown."""
    from clippings.timeutil import TZ, parse_iso

    if value in (None, ""):
        return "—"
    dt = parse_iso(value) if isinstance(value, str) else value
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=TZ)
    return dt.astimezone(TZ).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


# --- 预警 and 处置 (clippings.alerts) -----------------------------------------------------------
ALERT_GRADES = {"low": "一般", "medium": "较大", "high": "重大"}
ALERT_STATES = {"open": "待确认", "acked": "已确认", "closed": "已关闭"}
ALERT_CLOSE_REASONS = {"corrected": "人工更正为非负面", "irrelevant": "标记为无关", "handled": "已处置完毕",
                       "manual": "人工关闭"}
NOTIFY_PURPOSES = {"alert": "预警", "escalate": "升级", "overdue": "处置超时"}
NOTIFY_STATES = {"sent": "已送达", "waiting": "待发送", "failing": "发送失败（重试中）"}
ORDER_STATES = {"pending": "待处置", "working": "处置中", "responded": "已回应", "done": "已办结",
                "declined": "不予处置"}
ORDER_OVERDUE = "已超时"
AUDIT_ACTIONS_ALERTS = {"alert_ack": "确认预警", "alert_close": "关闭预警", "order_assign": "派发处置",
                        "order_step": "处置进展", "order_escalate": "超时上报"}
