"""Assemble the leadership report for a period from the archive.

Counts by sentiment per day, by source and kind, by topic, by district (县区动态), the top
negative stories with their spread and status, and the previous period of the same length.
Days run 00:00–24:00 Asia/Shanghai by publish time, falling back to fetch time; untagged
clippings count as neutral (and are counted apart).
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime, timedelta
from pathlib import Path

from clippings.archive import briefings as store
from clippings.reports.model import KIND_LABELS, UNKNOWN_DISTRICT, Report, Story, Tally
from clippings.timeutil import TZ, now, parse_iso, to_iso

log = logging.getLogger(__name__)

TOP_SOURCES = 15
TOP_NEGATIVE = 10
QUIET_AFTER = timedelta(hours=48)   # no new repost for this long before the period's end: 已平息


def _day_key(t: str | None) -> str | None:
    if not t:
        return None
    if t.endswith("+08:00") and len(t) >= 10:
        return t[:10]
    try:
        return parse_iso(t).date().isoformat()
    except ValueError:
        return None


def _topics(value) -> list[str]:
    if isinstance(value, list):
        return value
    try:
        topics = json.loads(value or "[]")
    except ValueError:
        return []
    return [t for t in topics if isinstance(t, str)] if isinstance(topics, list) else []


def _outlet(row: dict) -> str:
    return (row.get("source_title") or row.get("source") or "来源不详").strip() or "来源不详"


def _time(row: dict) -> str:
    return row.get("published_at") or row.get("fetched_at") or ""


def _stories(db, negatives: list[dict], period_end: datetime, limit: int | None = None) -> list[Story]:
    groups: dict[tuple, list[dict]] = {}
    for row in negatives:
        key = ("c", row["cluster_id"]) if row.get("cluster_id") is not None else ("s", row["id"])
        groups.setdefault(key, []).append(row)
    cluster_ids = [k[1] for k in groups if k[0] == "c"]
    members: dict[int, list[dict]] = {}
    end_iso = to_iso(period_end)
    for m in store.cluster_members(db, cluster_ids):
        if (_time(m) or "") < end_iso:
            members.setdefault(m["cluster_id"], []).append(m)
    clusters = store.clusters_by_id(db, cluster_ids)
    ranked = []
    for key, rows in groups.items():
        everyone = members.get(key[1], rows) if key[0] == "c" else rows
        first_id = clusters.get(key[1], {}).get("first_clipping_id") if key[0] == "c" else None
        rep = next((r for r in rows if r["id"] == first_id), None) or min(rows, key=lambda r: (r["t"], r["id"]))
        times = sorted(_time(m) for m in everyone if _time(m))
        outlets = {_outlet(m) for m in everyone}
        ranked.append((len(outlets), len(everyone), rep, times, [m["id"] for m in everyone]))
    ranked.sort(key=lambda x: (-x[0], -x[1], x[2]["t"], x[2]["id"]))
    stories = []
    for outlets, size, rep, times, ids in ranked[:limit]:
        last = parse_iso(times[-1]) if times else None
        if rep.get("status") == "deleted":
            status = "原文已删除"
        elif last and size > 1 and last >= period_end - QUIET_AFTER:
            status = "仍在传播"
        else:
            status = "已平息"
        stories.append(Story(
            clipping_id=rep["id"], title=(rep.get("title") or "").strip() or "（无标题）", source=_outlet(rep),
            url=rep.get("url") or "", district=rep.get("district"),
            first_seen=(times[0][:16].replace("T", " ") if times else "时间不详"),
            last_seen=(times[-1][:16].replace("T", " ") if times else "时间不详"),
            outlets=outlets, clippings=size, status=status, member_ids=ids,
        ))
    return stories


def _grades(db, stories: list[Story]) -> None:
    """The 预警 grade each story raised, if alerts are in use (the table exists from migration 60)."""
    from clippings.archive import alerts as alert_store
    from clippings.vocabulary import ALERT_GRADES

    for story in stories:
        alert = alert_store.alert_for_items(db, story.member_ids)
        if alert:
            story.grade = ALERT_GRADES.get(alert["grade"], alert["grade"])


def _first_publishers(db, rows: list[dict]) -> dict[str, int]:
    """Per outlet: stories (repost clusters of two or more) of the period that it published first."""
    by_id = {r["id"]: r for r in rows}
    firsts: dict[str, int] = {}
    clusters = store.clusters_by_id(db, [r["cluster_id"] for r in rows if r.get("cluster_id") is not None])
    for cluster in clusters.values():
        first = by_id.get(cluster.get("first_clipping_id"))
        if first is not None and (cluster.get("size") or 0) >= 2:
            outlet = _outlet(first)
            firsts[outlet] = firsts.get(outlet, 0) + 1
    return firsts


def _hot_words(db, profile, rows: list[dict], prev_start: date, prev_end: date) -> list:
    from clippings.reports.hotwords import bureau_words, hot_words
    from clippings.segment import get_segmenter

    previous = store.clippings_between(db, prev_start, prev_end, with_text=False)
    exclude = bureau_words(profile) | {f"{getattr(profile, 'city', '')}市"}
    return hot_words((r.get("title") for r in rows), (r.get("title") for r in previous),
                     get_segmenter(profile if hasattr(profile, "user_words") else None), exclude)


def _tally_previous(db, start: date, end: date) -> Tally:
    prev = Tally("上一周期")
    for sentiment, n in store.sentiment_counts(db, start, end).items():
        prev.total += n
        if sentiment not in ("negative", "positive", "neutral"):
            prev.untagged += n
            sentiment = "neutral"
        setattr(prev, sentiment, getattr(prev, sentiment) + n)
    return prev


def build_report(db, profile, start: date, end: date, charts_dir: str | Path | None = None) -> Report:
    """The report for ``start``..``end`` (inclusive). Charts (PNG) go to ``charts_dir`` if given."""
    if end < start:
        raise ValueError("结束日期早于开始日期")
    rows = store.clippings_between(db, start, end, with_text=False)
    totals = Tally("合计")
    days = {(start + timedelta(days=i)).isoformat(): Tally((start + timedelta(days=i)).isoformat())
            for i in range((end - start).days + 1)}
    kinds: dict[str, Tally] = {}
    sources: dict[str, Tally] = {}
    topics: dict[str, Tally] = {t.name: Tally(t.name) for t in getattr(profile, "topics", [])}
    districts: dict[str, Tally] = {d.name: Tally(d.name) for d in getattr(profile, "districts", [])}
    district_topics: dict[str, dict[str, int]] = {}
    negatives = []
    for row in rows:
        sentiment = row.get("sentiment")
        totals.add(sentiment)
        day = days.get(_day_key(row["t"]) or "")
        if day is not None:
            day.add(sentiment)
        kind = row.get("kind") or "news"
        kinds.setdefault(kind, Tally(KIND_LABELS.get(kind, kind))).add(sentiment)
        outlet = _outlet(row)
        sources.setdefault(outlet, Tally(outlet, extra={"kind": KIND_LABELS.get(kind, kind)})).add(sentiment)
        row_topics = _topics(row.get("topics"))
        for topic in row_topics or ["其他"]:
            topics.setdefault(topic, Tally(topic)).add(sentiment)
        district = row.get("district") or UNKNOWN_DISTRICT
        districts.setdefault(district, Tally(district)).add(sentiment)
        per = district_topics.setdefault(district, {})
        for topic in row_topics:
            per[topic] = per.get(topic, 0) + 1
        if sentiment == "negative":
            negatives.append(row)
    for name, tally in districts.items():
        per = district_topics.get(name) or {}
        tally.extra["top_topic"] = max(per, key=lambda k: (per[k], k)) if per else "—"
    period_end = datetime.combine(end + timedelta(days=1), datetime.min.time(), tzinfo=TZ)
    stories = _stories(db, negatives, period_end)
    for tally in districts.values():
        worst = next((s for s in stories if (s.district or UNKNOWN_DISTRICT) == tally.name), None)
        tally.extra["top_negative"] = worst.title if worst else "—"
    _grades(db, stories[:TOP_NEGATIVE])
    length = end - start + timedelta(days=1)
    prev_start, prev_end = start - length, start - timedelta(days=1)
    firsts = _first_publishers(db, rows)
    for name, tally in sources.items():
        tally.extra["first"] = firsts.get(name, 0)
    outlets = sorted(sources.values(), key=lambda t: (-t.total, -t.extra["first"], t.name))
    district_rows = [districts[d.name] for d in getattr(profile, "districts", [])]
    district_rows += sorted((t for n, t in districts.items() if t not in district_rows and t.total),
                            key=lambda t: (t.name == UNKNOWN_DISTRICT, -t.total, t.name))
    report = Report(
        start=start, end=end, bureau=getattr(profile, "name", "") or "",
        totals=totals,
        previous=_tally_previous(db, prev_start, prev_end),
        previous_start=prev_start, previous_end=prev_end,
        daily=list(days.values()),
        by_kind=sorted(kinds.values(), key=lambda t: -t.total),
        by_source=outlets[:TOP_SOURCES],
        by_topic=sorted((t for t in topics.values() if t.total or t.name != "其他"), key=lambda t: (-t.total, t.name)),
        by_district=district_rows,
        top_negative=stories[:TOP_NEGATIVE],
        generated_at=to_iso(now()),
        sources_total=len(sources),
        hot_words=_hot_words(db, profile, rows, prev_start, prev_end),
        outlets=outlets,
    )
    report.complaints = _complaint_figures(db, start, end)
    if charts_dir is not None:
        from clippings.reports.charts import draw_charts

        report.charts = draw_charts(report, Path(charts_dir))
    log.info("report %s..%s: %d clippings, %d negative stories", start, end, totals.total, len(stories))
    return report


COMPLAINT_OVERDUE_DAYS = 7


def _complaint_figures(db, start: date, end: date) -> dict:
    """留言办理: reply figures of the 留言板 complaints posted in the period, by district."""
    from datetime import datetime

    from clippings.archive import complaints
    from clippings.timeutil import TZ

    since = datetime(start.year, start.month, start.day, tzinfo=TZ).isoformat()
    stop = end + timedelta(days=1)
    until = datetime(stop.year, stop.month, stop.day, tzinfo=TZ).isoformat()
    if "complaints" not in db.table_names():
        return {}
    return complaints.reply_figures(db, COMPLAINT_OVERDUE_DAYS, "district", since, until)
