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


# --- hardening: sign-in audit actions and password-policy reasons ---------------------------
LOGIN_AUDIT_ACTIONS = {"login_failed": "登录失败", "login_lockout": "登录锁定", "login_unlock": "解除锁定"}
# why a password was refused, by the kind of guessable pattern zxcvbn found in it
WEAK_PASSWORD_REASONS = {
    "dictionary": "是常见密码或常用词语",
    "repeat": "由重复的字符组成",
    "sequence": "是顺序字符（如 12345678、abcdefgh）",
    "spatial": "是键盘上相邻的按键（如 qwertyui）",
    "date": "是日期",
    "regex": "是年份或简单规律",
    "bruteforce": "太简单",
}
