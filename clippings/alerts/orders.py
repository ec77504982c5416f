"""处置 work orders: assign an alert to a 责任单位 with a deadline by grade, record each step.

States: pending 待处置 → working 处置中 → responded 已回应 → done 已办结, or declined 不予处置
(a reason is required). Every step records who, when and a note, and goes to the audit log.
An order past its deadline is overdue; :func:`escalate_overdue` tells the leaders' channels once.
"""

from __future__ import annotations

from datetime import timedelta

from clippings.accounts import audit
from clippings.alerts.config import AlertConfig
from clippings.archive import alerts as store, transaction
from clippings.timeutil import now, parse_iso, to_iso
from clippings.vocabulary import ORDER_STATES

NEXT = {"pending": {"working", "responded", "declined"}, "working": {"responded", "declined"},
        "responded": {"done"}, "done": set(), "declined": set()}
OPEN = ("pending", "working")


class OrderError(ValueError):
    """A step that is not allowed (message in Chinese)."""


def is_overdue(order: dict, at=None) -> bool:
    at = at or now()
    if order["state"] not in OPEN:
        return False
    if parse_iso(order["respond_due"]) < at:
        return True
    return bool(order["report_due"]) and order["state"] == "pending" and parse_iso(order["report_due"]) < at


def assign(db, cfg: AlertConfig, alert_id: int, unit: str, by: str, note: str | None = None) -> int:
    alert = store.get_alert(db, alert_id)
    if alert is None:
        raise OrderError(f"没有预警 #{alert_id}")
    if cfg.units and unit not in cfg.units:
        raise OrderError(f"未知的责任单位 {unit!r}（可选：{'、'.join(cfg.units)}）")
    if any(o["state"] in OPEN for o in store.orders_of_alert(db, alert_id)):
        raise OrderError(f"预警 #{alert_id} 已有未办结的处置单")
    at = now()
    report_h, respond_h = cfg.deadlines[alert["grade"]]
    stamp = to_iso(at)
    with transaction(db):
        order_id = store.add_order(db, {
            "alert_id": alert_id, "unit": unit, "grade": alert["grade"], "state": "pending",
            "report_due": to_iso(at + timedelta(hours=report_h)) if report_h else None,
            "respond_due": to_iso(at + timedelta(hours=respond_h)), "created_at": stamp, "created_by": by,
            "updated_at": stamp})
        store.add_event(db, order_id, stamp, by, None, "pending", note)
        if alert["state"] == "open":
            store.update_alert(db, alert_id, {"state": "acked", "acked_by": by, "acked_at": stamp, "updated_at": stamp})
        audit(db, by, "order_assign", f"order:{order_id}", {"alert": alert_id, "unit": unit, "note": note})
    return order_id


def step(db, order_id: int, to_state: str, by: str, note: str | None = None) -> None:
    order = store.get_order(db, order_id)
    if order is None:
        raise OrderError(f"没有处置单 #{order_id}")
    if to_state not in ORDER_STATES:
        raise OrderError(f"未知状态 {to_state!r}")
    if to_state not in NEXT[order["state"]]:
        raise OrderError(f"处置单 #{order_id} 当前为{ORDER_STATES[order['state']]}，不能改为{ORDER_STATES[to_state]}")
    if to_state == "declined" and not (note or "").strip():
        raise OrderError("不予处置须填写理由")
    stamp = to_iso(now())
    with transaction(db):
        store.set_order_state(db, order_id, to_state, stamp)
        store.add_event(db, order_id, stamp, by, order["state"], to_state, note)
        if to_state in ("done", "declined"):
            store.update_alert(db, order["alert_id"], {"state": "closed", "closed_by": by, "closed_at": stamp,
                                                       "close_reason": "handled", "updated_at": stamp})
        audit(db, by, "order_step", f"order:{order_id}", {"from": order["state"], "to": to_state, "note": note})


def orders(db, unit: str | None = None, open_only: bool = True) -> list[dict]:
    """Orders (of one unit), overdue first, then by deadline."""
    at = now()
    rows = store.list_orders(db, unit, open_only)
    for r in rows:
        r["overdue"] = is_overdue(r, at)
    rows.sort(key=lambda r: (not r["overdue"], r["respond_due"]))
    return rows


def escalate_overdue(db, cfg: AlertConfig) -> int:
    """Queue one 处置超时 notice per overdue order to the leaders' channels. Returns how many orders."""
    n = 0
    stamp = to_iso(now())
    leaders = [c.name for c in cfg.channels if c.leaders]
    for order in orders(db):
        if not order["overdue"] or order["escalated_at"]:
            continue
        with transaction(db):
            for ch in leaders:
                store.enqueue(db, order["alert_id"], ch, "overdue", order["grade"], stamp, order_id=order["id"])
            store.mark_escalated(db, order["id"], stamp)
            audit(db, "system", "order_escalate", f"order:{order['id']}", {"channels": leaders})
        n += 1
    return n
