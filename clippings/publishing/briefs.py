"""参阅件: one story (repost cluster) in depth, for the leaders.

:func:`build_brief` gathers what the archive knows of the story: the event (title, first publisher,
time, district, 预警 grade and state), its timeline (first publication, reposts by outlet, the
bureau's own releases, official replies to 留言 and 处置 steps), sentiment per day, outlets and
districts, and comparable earlier stories found with the one search function
(:func:`indexer.search.search`, by the story's search terms and topics) with how they ended.
研判 and 建议 are left for staff to write. :mod:`clippings.publishing.render_brief` writes the docx.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from clippings.archive import briefs as store
from clippings.timeutil import TZ, parse_iso
from clippings.vocabulary import (ALERT_GRADES, ALERT_STATES, BRIEF_EVENTS, COMPLAINT_STATUS, ORDER_STATES,
                                  PAGE_STATUS, SENTIMENT_ORDER, label)

MAX_COMPARABLE = 5
MAX_QUERY_TERMS = 8


class BriefError(ValueError):
    """The story cannot be briefed (message in Chinese, for the user)."""


@dataclass
class Step:
    when: str | None          # ISO time
    event: str                # key of BRIEF_EVENTS: first | repost | own | reply | handling
    outlet: str
    title: str
    clipping_id: int | None = None


@dataclass
class Comparable:
    cluster_id: int | None
    clipping_id: int
    title: str
    first_source: str
    first_seen: str | None
    last_activity: str | None
    size: int
    district: str
    basis: list[str]          # what it shares with the story: terms, topics, district
    ending: str               # how it ended, in the office's words


@dataclass
class Brief:
    cluster_id: int
    title: str
    first_source: str
    first_published: str | None
    last_seen: str | None
    district: str
    grade: str | None         # 预警 grade label, None without an alert
    state: str | None         # 预警 state label
    size: int
    timeline: list[Step] = field(default_factory=list)
    sentiment_days: list[tuple[str, dict]] = field(default_factory=list)   # (YYYY-MM-DD, {sentiment: n})
    outlets: list[tuple[str, int]] = field(default_factory=list)
    districts: list[tuple[str, int]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    comparable: list[Comparable] = field(default_factory=list)
    comparable_note: str = ""  # why there are none (no index, nothing found)


def _list(value) -> list[str]:
    if isinstance(value, list):
        return value
    try:
        out = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(v) for v in out] if isinstance(out, list) else []


def _when(row: dict) -> str | None:
    return row.get("published_at") or row.get("fetched_at")


def _day(stamp: str | None) -> str:
    try:
        dt = parse_iso(stamp) if stamp else None
    except ValueError:
        dt = None
    return dt.astimezone(TZ).date().isoformat() if dt else "未知"


def _outlet(row: dict) -> str:
    return (row.get("source_title") or row.get("source") or "来源不详").strip() or "来源不详"


def build_brief(db, cluster_id: int, *, own_sources=(), index_dir=None) -> Brief:
    """Everything the 参阅件 says about story ``cluster_id`` (BriefError when there is no such story)."""
    cluster = store.get_cluster(db, cluster_id)
    members = store.story_rows(db, cluster_id) if cluster else []
    if cluster is None or not members:
        raise BriefError(f"没有编号为 {cluster_id} 的报道（转载聚类）；报道编号见 clippings clusters list")
    own = set(own_sources)
    first_id = cluster.get("first_clipping_id")
    first = next((m for m in members if m["id"] == first_id), members[0])
    districts = Counter()
    for m in members:
        for d in dict.fromkeys([m["district"], *_list(m["districts"])]):
            if d:
                districts[d] += 1
    alert = store.alert_of(db, cluster_id)
    brief = Brief(
        cluster_id=cluster_id, title=cluster.get("title") or first["title"] or "（无标题）",
        first_source=_outlet(first), first_published=_when(first), last_seen=max(filter(None, map(_when, members)),
                                                                                  default=None),
        district=districts.most_common(1)[0][0] if districts else "",
        grade=label(ALERT_GRADES, alert["grade"]) if alert else None,
        state=label(ALERT_STATES, alert["state"]) if alert else None, size=len(members),
        districts=sorted(districts.items(), key=lambda kv: (-kv[1], kv[0])))
    brief.timeline = _timeline(db, members, first, own, alert)
    days: dict[str, Counter] = {}
    for m in members:
        days.setdefault(_day(_when(m)), Counter())[m["sentiment"] or ""] += 1
    brief.sentiment_days = [(d, dict(days[d])) for d in sorted(days)]
    outlets = Counter(_outlet(m) for m in members)
    brief.outlets = sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))
    brief.topics = list(dict.fromkeys(t for m in members for t in _list(m["topics"])))
    terms = Counter(t for m in members for t in _list(m["matched_terms"]))
    brief.terms = [t for t, _ in terms.most_common(MAX_QUERY_TERMS)]
    if index_dir is not None:
        brief.comparable, brief.comparable_note = comparable_stories(db, brief, index_dir)
    else:
        brief.comparable_note = "未指定检索索引，未查找同类报道。"
    return brief


def _timeline(db, members: list[dict], first: dict, own: set, alert: dict | None) -> list[Step]:
    steps = []
    for m in members:
        event = "first" if m is first else ("own" if m["source"] in own else "repost")
        steps.append(Step(_when(m), event, _outlet(m), m["title"] or "", m["id"]))
        if m.get("reply_text") or m.get("reply_at"):
            steps.append(Step(m["reply_at"], "reply", m["reply_unit"] or "", (m["reply_text"] or "").strip(), m["id"]))
    if alert:
        for e in store.order_events_of(db, alert["id"]):
            steps.append(Step(e["at"], "handling", e["unit"],
                              label(ORDER_STATES, e["to_state"]) + (f"：{e['note']}" if e["note"] else "")))
    undated = "9999"
    steps.sort(key=lambda s: (s.when or undated, 0 if s.event == "first" else 1, s.clipping_id or 0))
    return steps


def _query(brief: Brief) -> str:
    parts = [f'"{t}"' for t in brief.terms if '"' not in t]
    parts += [f'话题:"{t}"' for t in brief.topics[:MAX_QUERY_TERMS] if '"' not in t]
    return " OR ".join(parts)


def comparable_stories(db, brief: Brief, index_dir) -> tuple[list[Comparable], str]:
    """Earlier stories sharing the story's search terms or topics (the one search function, one hit per
    story), those of the same district first; each with how it ended."""
    from indexer.search import IndexMissing, QueryError, search

    query = _query(brief)
    if not query:
        return [], "本报道没有检索词或话题，无法查找同类报道。"
    until = _day(brief.first_published) if brief.first_published else None
    try:
        result = search(index_dir, query, until=None if until == "未知" else until, collapse=True,
                        per_page=MAX_COMPARABLE * 4, facets=False, highlight=False)
    except IndexMissing:
        return [], "检索索引尚未建立（clippings index），未查找同类报道。"
    except QueryError as exc:
        return [], f"查找同类报道未成功：{exc}"
    hits = [h for h in result.hits if h.cluster_id != brief.cluster_id
            and (not brief.first_published or (h.published_at or "") < brief.first_published)]
    clusters = store.get_clusters(db, [h.cluster_id for h in hits if h.cluster_id])
    out = []
    for rank, h in enumerate(hits):
        c = clusters.get(h.cluster_id) or {}
        basis = [t for t in brief.topics if t in h.topics]
        if brief.district and h.district == brief.district:
            basis.append(brief.district)
        out.append((0 if brief.district and h.district == brief.district else 1, rank, h, c, basis))
    out.sort(key=lambda x: (x[0], x[1]))
    found = []
    for _, _, h, c, basis in out[:MAX_COMPARABLE]:
        ending, last = _ending(db, h, c)
        found.append(Comparable(h.cluster_id, h.id, c.get("title") or h.title, c.get("first_source") or h.source_title,
                                c.get("first_seen") or h.published_at, last, c.get("size") or 1, h.district or "",
                                basis or ["检索词"], ending))
    return found, ("" if found else "档案中没有更早的同类报道。")


def _ending(db, hit, cluster: dict) -> tuple[str, str | None]:
    """How a story ended (预警 and 处置 state, else its pages' state) and its last activity."""
    last = cluster.get("last_seen") or hit.published_at
    alert = store.alert_of(db, hit.cluster_id) if hit.cluster_id else None
    if alert:
        text = f"预警{label(ALERT_GRADES, alert['grade'])}，{label(ALERT_STATES, alert['state'])}"
        orders = store.orders_of(db, alert["id"])
        if orders:
            text += "；处置：" + "、".join(f"{o['unit']}{label(ORDER_STATES, o['state'])}" for o in orders)
        stamps = [last, alert.get("updated_at"), alert.get("closed_at"), *(o["updated_at"] for o in orders)]
        return text, max(filter(None, stamps), default=None)
    rows = store.story_rows(db, hit.cluster_id) if hit.cluster_id else []
    replies = [r for r in rows if r.get("reply_status")]
    if replies:
        r = replies[-1]
        return label(COMPLAINT_STATUS, r["reply_status"]), max(filter(None, [last, r.get("reply_at")]), default=None)
    states = Counter(r["status"] for r in rows)
    text = "；".join(f"{label(PAGE_STATUS, k)}{v}条" for k, v in states.items()) if states else ""
    return f"{BRIEF_EVENTS['no_handling']}（{text}）" if text else BRIEF_EVENTS["no_handling"], last


def sentiment_columns() -> tuple[str, ...]:
    return (*SENTIMENT_ORDER, "")


def top_story(db, month: str) -> int | None:
    """The story (cluster of two or more) with the most copies published in ``month`` (demo, hints)."""
    from clippings.clusters.pickup import month_bounds

    start, end = month_bounds(month)
    rows = store.clusters_active_between(db, start, end)
    return rows[0]["id"] if rows else None
