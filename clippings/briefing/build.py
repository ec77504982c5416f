"""Assemble a day's 网媒快讯 from the archive into a :class:`~clippings.briefing.model.Briefing`.

The day runs 00:00–24:00 Asia/Shanghai by publish time, falling back to fetch time. Counts are
per clipping; items are per repost cluster (one item per cluster, "另有 N 家媒体转载"), split into
负面舆情 / 正面宣传 / 工作动态·中性信息. Staff pins and exclusions for the day are applied, and the
issue is numbered (第N期 within the year) on first build and keeps its number afterwards; each
build is kept as a snapshot, and a signed issue is returned from its snapshot unchanged.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date, datetime, timedelta

from clippings.archive import briefings as store
from clippings.briefing import snapshot
from clippings.briefing.settings import briefing_settings
from clippings.briefing.model import SECTION_NAMES, SECTION_ORDER, Briefing, Item, Section
from clippings.briefing.summary import Summarizer
from clippings.timeutil import day_bounds, parse_iso, to_iso

log = logging.getLogger(__name__)

SPREADING_WINDOW = timedelta(hours=12)   # a repost this close to the day's end: still spreading
DEFAULT_MAX_ITEMS = 40                   # per section for 正面/中性; 负面 is never cut
_SENTIMENTS = ("negative", "positive", "neutral")


def _safe_time(value: str | None) -> datetime | None:
    try:
        return parse_iso(value)
    except (TypeError, ValueError):
        return None


def _outlet(row: dict) -> str:
    return (row.get("source_title") or row.get("source") or "").strip()


def count_rows(rows: list[dict]) -> dict[str, int]:
    """Per-clipping counts; untagged clippings count as neutral and are also counted apart."""
    counts = {"total": len(rows), "negative": 0, "positive": 0, "neutral": 0, "untagged": 0}
    for row in rows:
        sentiment = row.get("sentiment")
        if sentiment not in _SENTIMENTS:
            counts["untagged"] += 1
            sentiment = "neutral"
        counts[sentiment] += 1
    return counts


def _counts_from_sql(by_sentiment: dict) -> dict[str, int]:
    counts = {"total": 0, "negative": 0, "positive": 0, "neutral": 0, "untagged": 0}
    for sentiment, n in by_sentiment.items():
        counts["total"] += n
        if sentiment not in _SENTIMENTS:
            counts["untagged"] += n
            sentiment = "neutral"
        counts[sentiment] += n
    return counts


def _group_sentiment(rows: list[dict]) -> str:
    """The most common sentiment among a group's rows of the day; ties go to negative first."""
    tally = Counter(r["sentiment"] if r.get("sentiment") in _SENTIMENTS else "neutral" for r in rows)
    return max(_SENTIMENTS, key=lambda s: (tally[s], -_SENTIMENTS.index(s)))


def _make_item(group: list[dict], cluster: dict | None, members: list[dict], day_end: datetime,
               choices: dict[int, dict]) -> tuple[Item, str | None]:
    """One item for a group of the day's rows (a cluster or a single clipping) and its choice."""
    first_id = cluster.get("first_clipping_id") if cluster else None
    rep = next((r for r in group if r["id"] == first_id), None) or min(group, key=lambda r: (r["t"] or "", r["id"]))
    outlet = _outlet(rep)
    # Spread is measured over the whole cluster up to the end of the day.
    known = members or group
    until = [m for m in known if (_safe_time(m.get("published_at") or m.get("fetched_at")) or day_end) <= day_end]
    other_outlets = {_outlet(m) for m in until if m["id"] != rep["id"]} - {outlet, ""}
    late = [m for m in until if m["id"] != rep["id"]
            and (_safe_time(m.get("published_at") or m.get("fetched_at")) or day_end) >= day_end - SPREADING_WINDOW]
    ids = [r["id"] for r in group]
    actions = {choices[i]["action"] for i in ids if i in choices}
    action = "exclude" if "exclude" in actions else ("pin" if "pin" in actions else None)
    sentiment_raw = rep.get("sentiment")
    item = Item(
        clipping_id=rep["id"],
        title=(rep.get("title") or "").strip() or "（无标题）",
        source=outlet or "来源不详",
        published_at=_safe_time(rep.get("published_at")) or _safe_time(rep.get("fetched_at")),
        time_is_fetch=not rep.get("published_at"),
        summary="",
        url=rep.get("url") or "",
        district=rep.get("district") or None,
        sentiment=_group_sentiment(group),
        repost_count=len(other_outlets),
        spreading=bool(late) and bool(other_outlets),
        pinned=action == "pin",
        kind=rep.get("kind") or "news",
        untagged=sentiment_raw not in _SENTIMENTS and all(r.get("sentiment") not in _SENTIMENTS for r in group),
        deleted=rep.get("status") == "deleted",
        cluster_id=rep.get("cluster_id"),
        member_ids=ids,
    )
    return item, action


def _sort_key(item: Item):
    stamp = item.published_at.timestamp() if item.published_at else 0
    if item.sentiment == "negative":
        return (not item.pinned, not item.spreading, -item.repost_count, -stamp, item.clipping_id)
    return (not item.pinned, -item.repost_count, -stamp, item.clipping_id)


def collect_items(db, day: date, rows: list[dict], day_end: datetime | None = None) -> tuple[list[Item], int]:
    """Items of the day (one per cluster), with staff choices applied. Returns (items, excluded)."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        key = ("cluster", row["cluster_id"]) if row.get("cluster_id") is not None else ("single", row["id"])
        groups.setdefault(key, []).append(row)
    cluster_ids = [key[1] for key in groups if key[0] == "cluster"]
    clusters = store.clusters_by_id(db, cluster_ids)
    members: dict[int, list[dict]] = {}
    for m in store.cluster_members(db, cluster_ids):
        members.setdefault(m["cluster_id"], []).append(m)
    choices = store.get_choices(db, day)
    day_end = day_end or parse_iso(day_bounds(day)[1])
    items, excluded = [], 0
    for key, group in groups.items():
        cid = key[1] if key[0] == "cluster" else None
        item, action = _make_item(group, clusters.get(cid), members.get(cid, []), day_end, choices)
        if action == "exclude":
            excluded += 1
            continue
        items.append(item)
    _when_deleted(db, [i for i in items if i.deleted])
    return items, excluded


def _when_deleted(db, items: list[Item]) -> None:
    """When a re-check (复查) found each deleted item's page gone: 已删除（11月26日1时发现）."""
    from clippings.archive import rechecks

    found = rechecks.findings(db, [i.clipping_id for i in items])
    for item in items:
        hit = found.get(item.clipping_id)
        when = _safe_time(hit["checked_at"]) if hit and hit["outcome"] == "deleted" else None
        if when is not None:
            item.deleted_found = f"{when.month}月{when.day}日{when.hour}时"


def build_briefing(db, profile, day: date, *, max_items: int | None = DEFAULT_MAX_ITEMS,
                   summarizer: Summarizer | None = None) -> Briefing:
    """The day's briefing, built from the archive; a signed issue is returned as it was signed.

    Reads only: viewing, previewing or rendering a day writes nothing. The snapshot that makes what
    was reviewed what gets signed is stored by :func:`clippings.briefing.workflow.review`, and the
    期号 is given at 签发."""
    issue = store.get_issue(db, day)
    if issue is not None and issue["status"] in ("submitted", "reviewed", "signed") and issue.get("content"):
        # sent on: what the reviewer and the leader see is exactly what was sent
        return _with_issue(snapshot.from_json(issue["content"]), issue)
    settings = briefing_settings(profile)
    if max_items == DEFAULT_MAX_ITEMS:
        max_items = settings.max_items
    start, end = settings.span(day)
    rows = store.clippings_in_span(db, _bound(start), _bound(end))
    counts = count_rows(rows)
    previous = _counts_from_sql(store.sentiment_counts_in_span(db, _bound(start - timedelta(days=1)),
                                                               _bound(start)))
    items, excluded = collect_items(db, day, rows, end)
    sections = []
    for key in SECTION_ORDER:
        chosen = sorted((i for i in items if i.sentiment == key), key=_sort_key)
        section = Section(key=key, name=SECTION_NAMES[key])
        if max_items is not None and key != "negative" and len(chosen) > max_items:
            keep = [i for i in chosen if i.pinned]
            keep += [i for i in chosen if not i.pinned][: max(0, max_items - len(keep))]
            section.omitted = len(chosen) - len(keep)
            section.overflow = [i for i in chosen if i not in keep]
            chosen = keep
        section.items = chosen
        section.clippings = counts.get(key, 0)
        sections.append(section)
    notes = store.get_notes(db, day)
    for item in sections[0].items if sections else []:
        for key, value in (notes.get(item.story) or {}).items():
            if key in store.NOTE_FIELDS and value:
                setattr(item, key, value)
    shown = [i for s in sections for i in s.items]
    if shown:
        summarizer = summarizer or Summarizer(profile)
        texts = store.texts_for(db, [i.clipping_id for i in shown])
        for item in shown:
            item.summary = summarizer.summarize(item.title, texts.get(item.clipping_id, ""))
    b = Briefing(
        date=day, year=day.year, number=None, bureau=getattr(profile, "name", None) or "",
        counts=counts, previous_counts=previous, sections=sections, excluded=excluded,
        span_text=settings.span_text(day), report_to=settings.report_to, copy_to=list(settings.copy_to),
        issuer=settings.issuer or f"{getattr(profile, 'name', '') or ''}信息宣传科",
    )
    if issue is not None:
        b = _with_issue(b, issue)
    log.info("briefing %s (%s): %d clippings, %d items, %d excluded",
             day, b.status, counts["total"], len(shown), excluded)
    return b


def _bound(t: datetime) -> str:
    """A stored-time bound: at midnight the bare date, so a time stored as '2026-11-25' falls on its day."""
    return t.date().isoformat() if (t.hour, t.minute, t.second) == (0, 0, 0) else to_iso(t)


def _with_issue(b: Briefing, issue: dict) -> Briefing:
    """Number, status and review/sign-off record from the issue row."""
    b.year, b.number, b.status = issue["year"], issue["number"], issue["status"]
    b.total_number = issue.get("total_number")
    b.submitted_by, b.submitted_at = issue.get("submitted_by"), issue.get("submitted_at")
    b.reviewed_by, b.reviewed_at = issue["reviewed_by"], issue["reviewed_at"]
    b.signed_by, b.signed_at = issue["signed_by"], issue["signed_at"]
    b.generated_at = issue["generated_at"]
    return b
