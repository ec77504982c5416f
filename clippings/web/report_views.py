"""态势: the leadership summary for a chosen period, the same data, charts and tables as
``clippings report`` (the charts drawn by the page as inline SVG from
:mod:`clippings.reports.chartlayout`; the report files keep their PNG charts).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date, timedelta  # noqa: F401

from flask import Blueprint, render_template, request

from clippings.reports import build_report, chartlayout, tables
from clippings.inputs import InputError, check_period, parse_day
from clippings.timeutil import today
from clippings.web.context import get_db, state
from clippings.web.security import requires

bp = Blueprint("report", __name__)
DEFAULT_DAYS = 7
MAX_DAYS = 366
CACHE_SIZE = 16
# (archive, period, archive's last change) -> (report, chart layouts)
_cache: OrderedDict = OrderedDict()
_cache_lock = threading.Lock()


def _build(start: date, end: date):
    from clippings.archive.index_feed import max_changed_at

    db = get_db()
    key = (str(state().data.db_path), start, end, max_changed_at(db), today())
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    r = build_report(db, state().profile, start, end)   # charts drawn by the page (inline SVG)
    charts = chartlayout.layouts(r)
    with _cache_lock:
        _cache[key] = (r, charts)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return r, charts


@bp.route("/report")
@requires("read")
def page():
    error = None
    try:
        to, since = request.args.get("to"), request.args.get("from")
        end = parse_day(to, "结束日期") if to else today()
        start = parse_day(since, "开始日期") if since else end - timedelta(days=DEFAULT_DAYS - 1)
        check_period(start, end, MAX_DAYS)
    except InputError as exc:
        error = str(exc)
    if error:
        return render_template("report.html", r=None, error=error, start=request.args.get("from", ""),
                               end=request.args.get("to", "")), 400
    r, charts = _build(start, end)
    return render_template("report.html", r=r, error=None, charts=charts, tables=tables.all_tables(r),
                           sections=tables.numbered_sections(), empty_text=tables.EMPTY_TEXT,
                           start=start.isoformat(), end=end.isoformat())
