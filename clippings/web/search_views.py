"""检索: the search page (``/search?q=…``) and the export of its result list (.xlsx / .csv)."""

from __future__ import annotations

from datetime import timedelta

from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, render_template, request

from clippings.timeutil import today
from clippings.web import export
from clippings.vocabulary import KINDS
from clippings.web.context import get_db, state, username
from clippings.web.security import requires
from indexer import search as index_search
from indexer.query import MAX_QUERY_CHARS
from indexer.search import SENTIMENT_LABELS, IndexMissing, QueryError, SearchTimedOut

bp = Blueprint("search", __name__)
PER_PAGE = 20
LIST_FILTERS = ("source", "kind", "sentiment", "topic", "district")
MAX_UNANSWERED_DAYS = 3650


def _params() -> dict:
    """The search form's values from the query string (lists for the multi-value filters)."""
    args = request.args
    p = {"q": args.get("q", "").strip(), "since": args.get("since", "").strip(),
         "until": args.get("until", "").strip(), "sort": args.get("sort", "relevance"),
         "collapse": args.get("collapse") == "1"}
    for name in LIST_FILTERS:
        p[name] = [v for v in args.getlist(name) if v]
    try:
        p["page"] = max(1, int(args.get("page", "1")))
    except ValueError:
        p["page"] = 1
    if p["sort"] not in ("relevance", "newest"):
        p["sort"] = "relevance"
    p["unanswered"] = args.get("unanswered", "").strip()
    return p


def _unanswered_days(p: dict) -> int | None:
    """未回复超过 N 天 (complaints): None when not asked; a QueryError for anything but 1..3650."""
    if not p["unanswered"]:
        return None
    value = p["unanswered"]
    if not value.isdigit() or not 1 <= int(value) <= MAX_UNANSWERED_DAYS:
        raise QueryError(f"未回复天数应为 1 到 {MAX_UNANSWERED_DAYS} 之间的整数，实际为“{value[:20]}”")
    return int(value)


def _run(p: dict, *, page: int, per_page: int, facets: bool = True, highlight: bool = True):
    days, ids, kinds = _unanswered_days(p), None, p["kind"]
    if days:
        from clippings.archive import complaints

        ids, kinds = complaints.unanswered_ids(get_db(), days), ["complaint"]
    with current_app.extensions["search_gate"].admit(username()) as seconds_left:
        return index_search.search(
            state().data.index_dir, p["q"], since=p["since"] or None, until=p["until"] or None,
            sources=p["source"], kinds=kinds, ids=ids, sentiments=p["sentiment"], topics=p["topic"],
            districts=p["district"], sort=p["sort"], page=page, per_page=per_page, collapse=p["collapse"],
            facets=facets, highlight=highlight, time_limit=seconds_left,
        )


def query_string(p: dict, **changes) -> str:
    """The page's query string with some values changed (for facet links, pages, exports)."""
    merged = {**p, **changes}
    pairs = []
    for key in ("q", "since", "until", *LIST_FILTERS, "unanswered", "sort", "collapse", "page", "fmt"):
        value = merged.get(key)
        if key == "collapse":
            value = "1" if value else ""
        if key == "page" and value == 1:
            continue
        if isinstance(value, (list, tuple)):
            pairs += [(key, v) for v in value]
        elif value not in (None, ""):
            pairs.append((key, value))
    return urlencode(pairs)


def _toggle(p: dict, name: str, value: str) -> str:
    values = list(p[name])
    values = [v for v in values if v != value] if value in values else [*values, value]
    return query_string(p, **{name: values, "page": 1})


@bp.route("/search")
@requires("read")
def search():
    p = _params()
    result, error, status = None, None, 200
    try:
        result = _run(p, page=p["page"], per_page=PER_PAGE)
    except QueryError as exc:
        error = str(exc)
        status = 503 if isinstance(exc, SearchTimedOut) else 400
    except IndexMissing:
        error = "检索索引尚未建立，请先运行 clippings index（或 clippings daily）。"
    profile = state().profile
    # the form keeps what was typed; links carry at most what a query may hold (an over-long
    # query would otherwise be url-encoded into every link of the error page)
    linked = {**p, "q": p["q"][:MAX_QUERY_CHARS]}
    return render_template(
        "search.html", p=p, result=result, error=error, qs=lambda **kw: query_string(linked, **kw),
        toggle=lambda name, value: _toggle(linked, name, value), link_q=linked["q"], sentiments=SENTIMENT_LABELS, kinds=KINDS,
        topics=[t.name for t in profile.topics], districts=[d.name for d in profile.districts], today=today(),
        week_start=today() - timedelta(days=6),
    ), status


@bp.route("/search/export")
@requires("read")
def export_results():
    p = _params()
    fmt = request.args.get("fmt", "xlsx")
    if fmt not in ("xlsx", "csv"):
        return Response("导出格式只能是 xlsx 或 csv", status=400, mimetype="text/plain")
    try:
        result = _run(p, page=1, per_page=current_app.config["EXPORT_LIMIT"], facets=False)
    except QueryError as exc:
        return Response(str(exc), status=503 if isinstance(exc, SearchTimedOut) else 400, mimetype="text/plain")
    except IndexMissing:
        return Response("检索索引尚未建立", status=409, mimetype="text/plain")
    name = f"检索结果-{today().isoformat()}.{fmt}"
    if fmt == "csv":
        body, mimetype = export.to_csv(result.hits), "text/csv; charset=utf-8"
    else:
        body = export.to_xlsx(result.hits)
        mimetype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    from urllib.parse import quote

    return Response(body, mimetype=mimetype, headers={
        "Content-Disposition": f"attachment; filename=export.{fmt}; filename*=UTF-8''{quote(name)}"})
