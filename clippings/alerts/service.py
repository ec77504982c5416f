"""What ``watch``, the CLI and the web app call: load the config, run a cycle, list, ack, close."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from clippings.accounts import audit
from clippings.alerts import match, notify, orders
from clippings.alerts.config import AlertConfig, load_alerts
from clippings.archive import alerts as store, transaction
from clippings.paths import config_path
from clippings.timeutil import now, parse_iso, to_iso

log = logging.getLogger(__name__)


class AlertError(ValueError):
    """A request about an alert that cannot be done (message in Chinese)."""


def alerts_path(override: str | Path | None = None) -> Path:
    return config_path("alerts.toml", override, "CLIPPINGS_ALERTS")


def load(profile_path: Path, override: str | Path | None = None) -> AlertConfig:
    return load_alerts(alerts_path(override), profile_path)


def run_cycle(db, cfg: AlertConfig, env: dict | None = None) -> dict:
    """Match new stories, escalate overdue orders, deliver what is due. Returns merged counts."""
    counts = match.process_new(db, cfg)
    late = match.process_overdue_complaints(db, cfg)
    counts["complaints_overdue"], counts["complaints_answered"] = late["overdue"], late["answered"]
    counts["overdue"] = orders.escalate_overdue(db, cfg)
    counts.update(notify.deliver_due(db, cfg, env))
    return counts


def _decorate(db, cfg: AlertConfig, rows: list[dict]) -> list[dict]:
    summary = store.delivery_summary(db, [r["id"] for r in rows])
    at = now()
    for r in rows:
        r["delivery"] = summary.get(r["id"], {"sent": 0, "waiting": 0, "failing": 0, "failed_channels": []})
        r["reasons"] = json.loads(r["reasons"] or "[]") if isinstance(r["reasons"], str) else r["reasons"]
        r["age_minutes"] = int((at - parse_iso(r["created_at"])).total_seconds() // 60)
        r["deadline"] = notify.deadline_text(cfg, r)
    return rows


def list_open(db, cfg: AlertConfig, include_closed: bool = False, limit: int = 200) -> list[dict]:
    states = ("open", "acked", "closed") if include_closed else ("open", "acked")
    return _decorate(db, cfg, store.list_alerts(db, states, limit))


def detail(db, cfg: AlertConfig, alert_id: int) -> dict:
    alert = store.get_alert(db, alert_id)
    if alert is None:
        raise AlertError(f"没有预警 #{alert_id}")
    _decorate(db, cfg, [alert])
    alert["items"] = store.alert_items(db, alert_id)
    alert["notifications"] = store.notifications(db, alert_id)
    alert["orders"] = []
    for o in store.orders_of_alert(db, alert_id):
        o["overdue"] = orders.is_overdue(o)
        o["events"] = store.order_events(db, o["id"])
        alert["orders"].append(o)
    return alert


def ack(db, alert_id: int, by: str) -> None:
    alert = store.get_alert(db, alert_id)
    if alert is None:
        raise AlertError(f"没有预警 #{alert_id}")
    if alert["state"] != "open":
        raise AlertError(f"预警 #{alert_id} 不是待确认状态")
    stamp = to_iso(now())
    with transaction(db):
        store.update_alert(db, alert_id, {"state": "acked", "acked_by": by, "acked_at": stamp, "updated_at": stamp})
        audit(db, by, "alert_ack", f"alert:{alert_id}", {})


def close(db, alert_id: int, by: str, reason: str = "manual", note: str | None = None) -> None:
    """Close an alert (``reason`` irrelevant = the story is not about us; later reposts never reopen it)."""
    alert = store.get_alert(db, alert_id)
    if alert is None:
        raise AlertError(f"没有预警 #{alert_id}")
    if alert["state"] == "closed":
        raise AlertError(f"预警 #{alert_id} 已关闭")
    stamp = to_iso(now())
    with transaction(db):
        store.update_alert(db, alert_id, {"state": "closed", "closed_by": by, "closed_at": stamp,
                                          "close_reason": reason, "updated_at": stamp})
        audit(db, by, "alert_close", f"alert:{alert_id}", {"reason": reason, "note": note})


def needs_leader(db, cfg: AlertConfig) -> dict:
    """For the landing page: open 重大 alerts and overdue orders."""
    high = [a for a in list_open(db, cfg) if a["grade"] == "high" and a["state"] != "closed"]
    late = [o for o in orders.orders(db) if o["overdue"]]
    return {"alerts": high, "orders": late}
