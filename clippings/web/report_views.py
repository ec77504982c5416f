"""态势: the leadership summary for a chosen period, the same data, charts and tables as
``clippings report`` (charts drawn as PNG by the report module, inlined as data: URIs).
"""

from __future__ import annotations

import base64
import tempfile
import threading
from collections import OrderedDict
from datetime import date, timedelta
from pathlib import Path

from flask import Blueprint, render_template, request

from clippings.reports import build_report, tables
from clippings.timeutil import today
from clippings.web.context import get_db, state
from clippings.web.security import requires

bp = Blueprint("report", __name__)
DEFAULT_DAYS = 7
MAX_DAYS = 366
CHARTS = ("trend", "sentiment", "sources", "topics", "districts")
CACHE_SIZE = 16
# (archive, period, archive's last change) -> (report, charts): drawing the charts takes seconds
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
    with tempfile.TemporaryDirectory() as tmp:
        r = build_report(db, state().profile, start, end, Path(tmp))
        charts = {}
        for name in CHARTS:
            path = r.charts.get(name)
            if path and Path(path).exists():
                charts[name] = "data:image/png;base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")
    with _cache_lock:
        _cache[key] = (r, charts)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return r, charts


def _date(value: str | None, default: date) -> date | None:
    if not value:
        return default
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


@bp.route("/report")
@requires("read")
def page():
    end = _date(request.args.get("to"), today())
    start = _date(request.args.get("from"), (end or today()) - timedelta(days=DEFAULT_DAYS - 1))
    error = None
    if start is None or end is None:
        error = "日期格式应为 YYYY-MM-DD，例如 2026-11-01"
    elif end < start:
        error = "结束日期不能早于开始日期"
    elif (end - start).days >= MAX_DAYS:
        error = f"统计周期最长 {MAX_DAYS} 天"
    if error:
        return render_template("report.html", r=None, error=error, start=request.args.get("from", ""),
                               end=request.args.get("to", "")), 400
    r, charts = _build(start, end)
    return render_template("report.html", r=r, error=None, charts=charts, tables=tables.all_tables(r),
                           sections=tables.numbered_sections(), empty_text=tables.EMPTY_TEXT,
                           start=start.isoformat(), end=end.isoformat())
