"""The one search function used by the CLI, the web app and the briefing.

``search(index_dir, "渣土车 AND 夜间", since=…, sort="newest")`` parses the query (QueryError in
Chinese if malformed), finds the matching documents and their BM25 scores (indexer.engine, numpy over Whoosh's posting blocks), narrows them with cached column
masks (date, source, kind, sentiment, district, topic), ranks them by BM25 or by date, counts facets,
optionally keeps one hit per repost cluster, and builds highlighted snippets from stored fields.
Searchers are cached per index directory and refreshed when the index changes.
"""

from __future__ import annotations

import threading
import time as _time
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import numpy as np
from whoosh import query as wq

from clippings.timeutil import TZ, parse_iso
from indexer import store
from indexer.columns import DocArrays
from indexer.engine import Engine, SearchTimeout, check_deadline, time_budget
from indexer.query import (MAX_QUERY_CHARS, QueryBudgetExceeded, QueryError, QueryParser, check_length,
                           highlight_terms, normalize_value)
from indexer.snippets import compile_terms, highlight_all, snippet

__all__ = ["search", "SearchResult", "Hit", "QueryError", "QueryBudgetExceeded", "SearchTimedOut", "IndexMissing",
           "SENTIMENT_LABELS", "SEARCH_SECONDS", "MAX_QUERY_CHARS"]
IndexMissing = store.IndexMissing
from clippings.vocabulary import SENTIMENT, UNTAGGED

SENTIMENT_LABELS = {**SENTIMENT, "": UNTAGGED}
FACET_FIELDS = ("sentiment", "source", "district")
SEARCH_SECONDS = 1.5   # the time budget of one search, waiting for the index included
MAX_PER_PAGE = 10_000


class SearchTimedOut(QueryBudgetExceeded):
    """The search did not finish (or could not start) within its time budget."""
SORTS = ("relevance", "newest")
_DEFAULT = object()
MIN_YEAR, MAX_YEAR = 1970, 2100  # dates a filter may name


@dataclass
class Hit:
    id: int
    title: str
    url: str
    source: str
    source_title: str
    published_at: str
    sentiment: str
    kind: str
    district: str
    topics: list[str]
    snippet: str            # HTML-escaped, matches in <mark>
    title_html: str         # the title, escaped, matches in <mark>
    score: float | None     # BM25 (None for an empty query)
    cluster_id: int | None
    reposts: int = 0        # other matching clippings in the same cluster (with collapse)
    # their outlets other than this hit's: "另有 len(repost_sources) 家媒体转载"
    repost_sources: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class SearchResult:
    query: str
    total: int                     # matching clippings (before collapsing)
    page: int
    per_page: int
    sort: str
    hits: list[Hit]
    facets: dict[str, list[dict]]  # field -> [{"value", "label", "count"}], most frequent first
    collapsed: bool = False
    groups: int | None = None      # distinct clusters among the matches (with collapse)

    @property
    def pages(self) -> int:
        n = self.groups if self.collapsed and self.groups is not None else self.total
        return max(1, -(-n // self.per_page))


class _Handle:
    """An open index generation: searcher, column arrays, query parser."""

    def __init__(self, index_dir: Path):
        self.lock = threading.RLock()
        self.gen, self.ix = store.open_current(index_dir)
        state = store.read_state(self.gen)
        self.parser = QueryParser(self.ix.schema, state.get("synonyms", ()))
        self.searcher = store.open_searcher(self.ix)
        self.arrays = DocArrays(self.searcher)
        self.engine = Engine(self.searcher, self.arrays.live)

    def refresh(self) -> None:
        if not self.searcher.up_to_date():
            # unchanged segments keep their open readers (and the caches keyed by segment)
            self.searcher = store.open_searcher(self.ix, previous=self.searcher)
            self.arrays = DocArrays(self.searcher)
            self.engine = Engine(self.searcher, self.arrays.live)

    def close(self) -> None:
        self.searcher.close()


_handles: dict[str, _Handle] = {}
_handles_lock = threading.Lock()


def _handle(index_dir, refresh: bool = True) -> _Handle:
    key = str(Path(index_dir).resolve())
    gen = store.current_generation(key)
    with _handles_lock:
        handle = _handles.get(key)
        if handle is None or gen is None or handle.gen != gen:
            handle = _Handle(Path(key))
            _handles[key] = handle  # the old searcher is left to the garbage collector
    if refresh:
        with handle.lock:
            handle.refresh()
    return handle


def _bound(value, end: bool) -> datetime | None:
    """since/until as datetimes; a bare date means the whole day (until is inclusive of it)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = value.strip()
        try:
            value = date.fromisoformat(value) if len(value) == 10 else parse_iso(value)
        except ValueError:
            raise QueryError(f"日期格式不对：{value}（应为 2026-11-01 或 2026-11-01T08:00）") from None
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise QueryError(f"日期超出范围：{value.isoformat()[:10]}（年份应在 {MIN_YEAR}–{MAX_YEAR} 之间）")
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=TZ)
    day = value + timedelta(days=1) if end else value
    return datetime.combine(day, time(0, 0), tzinfo=TZ)


def _filter_mask(h: _Handle, since, until, sources, kinds, sentiments, topics, districts):
    a = h.arrays
    key = (since, until, tuple(sources), tuple(kinds), tuple(sentiments), tuple(topics), tuple(districts))
    if not any(key):
        return None

    def build():
        mask = a.live.copy()
        if since or until:
            mask &= a.date_mask(since, until)
        if sources:
            mask &= a.value_mask("source", sources) | a.value_mask("source_title", sources)
        if kinds:
            mask &= a.value_mask("kind", [normalize_value("kind", k) for k in kinds])
        if sentiments:
            mask &= a.value_mask("sentiment", [normalize_value("sentiment", s) for s in sentiments])
        if districts:
            mask &= a.value_mask("district", districts)
        if topics:
            ids, _ = h.engine.evaluate(wq.Or([wq.Term("topics", t) for t in topics]))
            topic_mask = np.zeros(a.size, dtype=bool)
            topic_mask[ids] = True
            mask &= topic_mask
        return mask

    return a.cached_mask(key, build)


def _ids_mask(h: _Handle, ids: tuple[int, ...]) -> np.ndarray:
    """Documents of the given clipping ids (ids not in the index match nothing)."""
    mask = np.zeros(h.arrays.size, dtype=bool)
    if ids:
        docs, _ = h.engine.evaluate(wq.Or([wq.Term("id", str(i)) for i in ids]))
        mask[docs] = True
    return mask


def _names_status(q) -> bool:
    """True if the query itself asks about the page status (状态:…)."""
    if q is None:
        return False
    try:
        return any(fieldname == "status" for fieldname, _ in q.iter_all_terms())
    except Exception:  # a query type without terms
        return False


def _deleted_mask(h: _Handle) -> np.ndarray | None:
    """Documents of pages deleted at their source (None when there are none), cached per searcher."""
    a = h.arrays

    def build():
        ids, _ = h.engine.evaluate(wq.Term("status", "deleted"))
        mask = np.zeros(a.size, dtype=bool)
        mask[ids] = True
        return mask if mask.any() else np.zeros(0, dtype=bool)

    mask = a.cached_mask(("__deleted__",), build)
    return mask if len(mask) else None


def _facets(a: DocArrays, docs: np.ndarray) -> dict[str, list[dict]]:
    """Counts per value; the 来源 facet counts outlets (source_title), so three configured sources of
    one outlet are one entry (its value filters by outlet name, which ``sources=`` accepts)."""
    out = {}
    for name in FACET_FIELDS:
        column = "source_title" if name == "source" else name
        codes = a.codes[column][docs]
        counts = np.bincount(codes, minlength=len(a.labels[column]))
        items = []
        for code in np.nonzero(counts)[0].tolist():
            value = a.labels[column][code]
            label = (SENTIMENT_LABELS.get(value, value) if name == "sentiment"
                     else (value or "来源不详") if name == "source" else (value or "未标注"))
            items.append({"value": value, "label": label, "count": int(counts[code])})
        items.sort(key=lambda d: (-d["count"], d["value"]))
        out[name] = items
    return out


def _first_per_cluster_idx(order: np.ndarray, clusters: np.ndarray) -> np.ndarray:
    """Keep, in ranking order, the first position of each cluster."""
    if not len(order):
        return order
    _, first = np.unique(clusters[order], return_index=True)
    return order[np.sort(first)]


def search(index_dir, query: str, *, since=None, until=None, sources=(), kinds=(), sentiments=(),
           topics=(), districts=(), sort: str = "relevance", page: int = 1, per_page: int = 20,
           collapse: bool = False, facets: bool = True, highlight: bool = True,
           time_limit=_DEFAULT, ids=None) -> SearchResult:
    """Search the index under ``index_dir`` (DataDir.index_dir). See the module docstring.

    Every query is held to the budget of :mod:`indexer.query` (length, terms, slop, wildcard
    expansion) and to ``time_limit`` seconds (default SEARCH_SECONDS, ``None``/0 = none): past it
    the search stops with a QueryBudgetExceeded saying so. ``ids`` (clipping ids), when given,
    limits the search to those clippings (e.g. complaints unanswered past N days, from the archive)."""
    if sort not in SORTS:
        raise QueryError(f"排序方式只能是 relevance（相关度）或 newest（最新）：{sort}")
    try:
        page, per_page = max(1, int(page)), min(MAX_PER_PAGE, max(1, int(per_page)))
    except (TypeError, ValueError):
        raise QueryError("页码必须是正整数") from None
    if page > 100_000:
        raise QueryError("页码过大")
    check_length(query or "")
    if ids is not None:
        try:
            ids = tuple(sorted({int(i) for i in ids}))
        except (TypeError, ValueError):
            raise QueryError("信息编号必须是整数") from None
    limit = SEARCH_SECONDS if time_limit is _DEFAULT else time_limit
    h = _handle(index_dir, refresh=False)   # opening the index is not the query's cost
    started = _time.monotonic()
    if not h.lock.acquire(timeout=limit if limit else -1):
        raise SearchTimedOut(f"检索繁忙：等待超过 {limit:g} 秒仍未轮到，请稍后再试")
    try:
        h.refresh()
        remaining = max(0.001, limit - (_time.monotonic() - started)) if limit else None
        with time_budget(remaining):
            return _search_locked(h, query, since, until, sources, kinds, sentiments, topics, districts,
                                  sort, page, per_page, collapse, facets, highlight, ids)
    except SearchTimeout:
        raise SearchTimedOut(f"检索超时：超过 {limit:g} 秒的时间上限已停止，请缩小检索范围"
                                  "（减少检索词、通配符或邻近距离）") from None
    finally:
        h.lock.release()


def _search_locked(h, query, since, until, sources, kinds, sentiments, topics, districts, sort, page,
                   per_page, collapse, facets, highlight, ids=None) -> SearchResult:
    q = h.parser.parse(query, h.searcher.reader())
    a = h.arrays
    s = h.searcher
    mask = _filter_mask(h, _bound(since, False), _bound(until, True), sources, kinds, sentiments,
                        topics, districts)
    if ids is not None:
        mask = (a.live if mask is None else mask) & _ids_mask(h, ids)
    if not _names_status(q):            # pages deleted at their source: only when asked for (状态:已删除)
        gone = _deleted_mask(h)
        if gone is not None:
            mask = (a.live if mask is None else mask) & ~gone
    if q is None:
        docs = np.nonzero(a.live if mask is None else mask)[0]
        scores = np.zeros(len(docs))
    else:
        docs, scores = h.engine.evaluate(q)
        if mask is not None:
            keep = mask[docs]
            docs, scores = docs[keep], scores[keep]
    total = int(len(docs))
    groups = int(len(np.unique(a.cluster[docs]))) if collapse else None
    first, last = (page - 1) * per_page, page * per_page
    if sort == "newest" or q is None:
        key = -a.published[docs]
    else:
        key = -scores
    if collapse:
        order = np.lexsort((docs, key))  # by key, ties by document number
        order = _first_per_cluster_idx(order, a.cluster[docs])
    elif last < len(docs) // 4:  # only the top of the ranking needs sorting
        top = np.argpartition(key, last)[:last]
        order = top[np.lexsort((docs[top], key[top]))]
    else:
        order = np.lexsort((docs, key))
    chosen_idx = order[first:last]
    chosen = docs[chosen_idx].tolist()
    score_of = dict(zip(chosen, scores[chosen_idx].tolist()))
    pattern = compile_terms(highlight_terms(q)) if highlight else None
    hits = []
    for i, docnum in enumerate(chosen):
        if i % 200 == 0:
            check_deadline()
        f = s.stored_fields(docnum)
        cluster = int(f.get("cluster") or 0)
        hit = Hit(
            id=int(f["id"]), title=f.get("title", ""), url=f.get("url", ""), source=f.get("source", ""),
            source_title=f.get("source_title", ""), published_at=f.get("published_at", ""),
            sentiment=f.get("sentiment", ""), kind=f.get("kind", ""), district=f.get("district", ""),
            topics=[t for t in (f.get("topics") or "").split(",") if t],
            snippet=snippet(f.get("text", ""), pattern), title_html=highlight_all(f.get("title", ""), pattern),
            score=(score_of.get(docnum) if q is not None else None), cluster_id=cluster if cluster > 0 else None,
        )
        if collapse and cluster > 0:
            same = docs[a.cluster[docs] == cluster]
            hit.reposts = int(len(same)) - 1
            codes = set(a.codes["source_title"][same].tolist())
            own = f.get("source_title", "")
            hit.repost_sources = sorted(a.labels["source_title"][c] for c in codes
                                        if a.labels["source_title"][c] != own)
        hits.append(hit)
    return SearchResult(query=query, total=total, page=page, per_page=per_page, sort=sort, hits=hits,
                        facets=_facets(a, docs) if facets else {}, collapsed=collapse, groups=groups)
