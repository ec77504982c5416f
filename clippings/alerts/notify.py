"""Deliver the queued notifications: message text, quiet hours, retry with back-off.

The queue is in the archive (``alert_notifications``): a channel that is down keeps its rows
pending and retried (30 s, 1, 2, 4 … up to 30 min apart), so nothing is lost; a row is marked
sent only after the channel accepted it. One failing channel never delays the others.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import datetime, timedelta

from clippings.alerts.channels import ChannelError, send
from clippings.alerts.config import AlertConfig, Channel
from clippings.archive import alerts as store, transaction
from clippings.timeutil import now, parse_iso, to_iso
from clippings.vocabulary import ALERT_GRADES, NOTIFY_PURPOSES, ORDER_STATES, beijing

log = logging.getLogger(__name__)
BACKOFF_FIRST = 30
BACKOFF_MAX = 1800
_STARTED = time.monotonic()


def queue_clock() -> datetime:
    """The queue's "now". With a frozen demo clock (CLIPPINGS_NOW) it runs on from the frozen time
    with the real seconds this process has been up, so back-off retries still come due."""
    at = now()
    if os.environ.get("CLIPPINGS_NOW"):
        at += timedelta(seconds=int(time.monotonic() - _STARTED))
    return at


def backoff_seconds(attempts: int) -> int:
    return min(BACKOFF_FIRST * 2 ** max(attempts - 1, 0), BACKOFF_MAX)


def deadline_text(cfg: AlertConfig, alert: dict) -> str:
    report, respond = cfg.deadlines[alert["grade"]]
    start = parse_iso(alert["created_at"])
    parts = []
    if report:
        parts.append(f"{beijing(start + timedelta(hours=report))} 前上报")
    parts.append(f"{beijing(start + timedelta(hours=respond))} 前首次回应")
    return "，".join(parts)


def message(cfg: AlertConfig, alert: dict, purpose: str, grade: str, order: dict | None = None) -> tuple[str, str]:
    """(title, body) of one notification."""
    label = ALERT_GRADES[grade]
    head = {"alert": f"【{label}预警】", "escalate": f"【预警升级为{label}】", "overdue": "【处置超时】"}[purpose]
    title = head + (alert["title"] or "（无标题）")
    lines = [
        f"敏感度：{label}",
        f"标题：{alert['title'] or '（无标题）'}",
        f"来源：{alert['source_title'] or '—'}",
        f"时间：{beijing(alert['published_at'])}",
        f"区域：{alert['district'] or '—'}",
        f"转载媒体：{alert['outlets']} 家",
        f"摘要：{alert['first_lines'] or ''}",
        f"链接：{cfg.web_url}/alerts/{alert['id']}",
        f"回应时限：{deadline_text(cfg, alert)}",
    ]
    if order is not None:
        lines.insert(0, f"处置单 #{order['id']}（{order['unit']}，{ORDER_STATES[order['state']]}）"
                        f"已超过时限 {beijing(order['respond_due'])}")
    return title, "\n".join(lines)


def in_quiet_hours(channel: Channel, at: datetime) -> datetime | None:
    """When the channel's quiet hours end, if ``at`` falls inside them; else None."""
    if channel.quiet is None:
        return None
    start, end = channel.quiet
    t = at.time()
    inside = (start <= t < end) if start <= end else (t >= start or t < end)
    if not inside:
        return None
    end_dt = at.replace(hour=end.hour, minute=end.minute, second=0)
    return end_dt if end_dt > at else end_dt + timedelta(days=1)


def deliver_due(db, cfg: AlertConfig, env: dict | None = None, limit: int = 200) -> dict:
    """Send every notification that is due. Returns counts: sent, failed, held."""
    counts = {"sent": 0, "failed": 0, "held": 0}
    at = queue_clock()
    for row in store.due_notifications(db, to_iso(at), limit):
        channel = cfg.channel(row["channel"])
        if channel is None:
            with transaction(db):
                store.mark_failed(db, row["id"], f"通道 {row['channel']} 已不在配置中",
                                  to_iso(at + timedelta(seconds=BACKOFF_MAX)))
            counts["failed"] += 1
            continue
        quiet_end = in_quiet_hours(channel, at) if row["grade"] != "high" else None
        if quiet_end is not None:
            with transaction(db):
                store.hold_until(db, row["id"], to_iso(quiet_end))
            counts["held"] += 1
            continue
        alert = store.get_alert(db, row["alert_id"])
        order = store.get_order(db, row["order_id"]) if row["order_id"] else None
        title, body = message(cfg, alert, row["purpose"], row["grade"], order)
        try:
            send(channel.name, channel.url, title, body, env)
        except ChannelError as exc:
            retry = at + timedelta(seconds=backoff_seconds(row["attempts"] + 1))
            log.warning("%s（%s #%s，%s 重试）", exc, NOTIFY_PURPOSES.get(row["purpose"]), row["alert_id"],
                        beijing(retry, seconds=True))
            with transaction(db):
                store.mark_failed(db, row["id"], str(exc), to_iso(retry))
            counts["failed"] += 1
            continue
        with transaction(db):
            store.mark_sent(db, row["id"], to_iso(queue_clock()))
        counts["sent"] += 1
    return counts
