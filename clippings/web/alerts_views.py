"""预警 and 处置: open alerts by grade (clock running), alert detail with ack / assign / close, a unit's
work orders with their steps, and the landing-page panel of what needs acting on. Logic is in
:mod:`clippings.alerts`; every change is a POST (CSRF-checked) and goes to the audit log there.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from clippings.alerts import orders as order_core
from clippings.alerts.orders import OrderError
from clippings.alerts.service import AlertError, ack, close, detail, list_open, load, needs_leader
from clippings.archive import alerts as store
from clippings.vocabulary import (ALERT_CLOSE_REASONS, ALERT_GRADES, ALERT_STATES, NOTIFY_PURPOSES, ORDER_OVERDUE,
                                  ORDER_STATES, beijing)
from clippings.web.context import get_db, state, username
from clippings.web.home_views import home_panel
from clippings.web.security import requires

bp = Blueprint("alerts", __name__)
LABELS = dict(ALERT_GRADES=ALERT_GRADES, ALERT_STATES=ALERT_STATES, ORDER_STATES=ORDER_STATES,
              NOTIFY_PURPOSES=NOTIFY_PURPOSES, ALERT_CLOSE_REASONS=ALERT_CLOSE_REASONS, ORDER_OVERDUE=ORDER_OVERDUE,
              beijing=beijing)


def _cfg():
    return load(state().profile_path)


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        abort(400, description="编号无效")


@bp.route("/alerts")
@requires("read")
def page():
    show_closed = request.args.get("all") == "1"
    return render_template("alerts.html", alerts=list_open(get_db(), _cfg(), show_closed), show_closed=show_closed,
                           **LABELS)


@bp.route("/alerts/<int:alert_id>")
@requires("read")
def show(alert_id: int):
    cfg = _cfg()
    try:
        alert = detail(get_db(), cfg, alert_id)
    except AlertError:
        abort(404)
    return render_template("alert.html", a=alert, units=cfg.units, **LABELS)


def _act(alert_id: int, fn, done: str):
    try:
        fn()
    except (AlertError, OrderError) as exc:
        flash(str(exc), "error")
    else:
        flash(done, "ok")
    return redirect(url_for("alerts.show", alert_id=alert_id))


@bp.route("/alerts/<int:alert_id>/ack", methods=["POST"])
@requires("handle")
def do_ack(alert_id: int):
    return _act(alert_id, lambda: ack(get_db(), alert_id, username()), f"预警 #{alert_id} 已确认。")


@bp.route("/alerts/<int:alert_id>/close", methods=["POST"])
@requires("handle")
def do_close(alert_id: int):
    reason = "irrelevant" if request.form.get("reason") == "irrelevant" else "manual"
    note = (request.form.get("note") or "").strip()[:500] or None
    return _act(alert_id, lambda: close(get_db(), alert_id, username(), reason, note), f"预警 #{alert_id} 已关闭。")


@bp.route("/alerts/<int:alert_id>/assign", methods=["POST"])
@requires("handle")
def do_assign(alert_id: int):
    unit = (request.form.get("unit") or "").strip()
    note = (request.form.get("note") or "").strip()[:1000] or None
    return _act(alert_id, lambda: order_core.assign(get_db(), _cfg(), alert_id, unit, username(), note),
                f"已派发给 {unit}。")


@bp.route("/orders")
@requires("read")
def orders_page():
    cfg = _cfg()
    unit = request.args.get("unit") or None
    if unit is not None and unit not in cfg.units:
        abort(404)
    return render_template("orders.html", orders=order_core.orders(get_db(), unit, open_only=unit is None),
                           unit=unit, units=cfg.units, **LABELS)


@bp.route("/orders/<int:order_id>/step", methods=["POST"])
@requires("handle")
def do_step(order_id: int):
    order = store.get_order(get_db(), order_id)
    if order is None:
        abort(404)
    to_state = request.form.get("state", "")
    if to_state not in ORDER_STATES:
        abort(400, description="未知状态")
    note = (request.form.get("note") or "").strip()[:2000] or None
    return _act(order["alert_id"], lambda: order_core.step(get_db(), order_id, to_state, username(), note),
                f"处置单 #{order_id}：{ORDER_STATES[to_state]}。")


@home_panel(order=10)
def urgent_panel(db, user):
    """重大 alerts and overdue orders, for leaders and staff (leaders see it first on their page)."""
    if user is None or user.get("role") not in ("leader", "staff"):
        return None
    urgent = needs_leader(db, _cfg())
    if not urgent["alerts"] and not urgent["orders"]:
        return None
    return {"title": "重大预警与超时处置", "template": "panels/alerts.html", **urgent, **LABELS}
