"""The report's tables as (headers, rows of strings), shared by the docx and HTML renderers."""

from __future__ import annotations

from clippings.reports.model import Report, Tally

Table = tuple[list[str], list[list[str]]]
# Column widths (mm) for the docx, summing to the 156 mm text width of an A4 公文 page.
WIDTHS = {
    "daily": [36, 24, 24, 24, 24, 24],
    "kind": [30, 21, 21, 21, 21, 21, 21],
    "source": [10, 40, 20, 17, 17, 17, 17, 18],
    "topic": [30, 21, 21, 21, 21, 21, 21],
    "district": [20, 13, 12, 12, 12, 17, 22, 48],
    "stories": [9, 44, 20, 16, 19, 19, 12, 17],
}
_COUNT_HEADERS = ["信息量", "负面", "正面", "中性", "负面占比"]


def _counts(t: Tally) -> list[str]:
    return [str(t.total), str(t.negative), str(t.positive), str(t.neutral), t.share_text("negative")]


def daily_table(r: Report) -> Table:
    rows = [[d.name, *_counts(d)] for d in r.daily]
    rows.append(["合计", *_counts(r.totals)])
    return ["日期", *_COUNT_HEADERS], rows


def kind_table(r: Report) -> Table:
    rows = [[k.name, *_counts(k), _share_of(k.total, r.totals.total)] for k in r.by_kind]
    return ["类型", *_COUNT_HEADERS, "占总量"], rows


def source_table(r: Report) -> Table:
    rows = [[str(i), s.name, s.extra.get("kind", ""), *_counts(s)] for i, s in enumerate(r.by_source, 1)]
    return ["序号", "信息源", "类型", *_COUNT_HEADERS], rows


def topic_table(r: Report) -> Table:
    rows = [[t.name, *_counts(t), _share_of(t.total, r.totals.total)] for t in r.by_topic]
    return ["话题", *_COUNT_HEADERS, "占总量"], rows


def district_table(r: Report) -> Table:
    rows = [[d.name, *_counts(d), d.extra.get("top_topic", "—"), d.extra.get("top_negative", "—")]
            for d in r.by_district]
    return ["县区", *_COUNT_HEADERS, "主要话题", "主要负面事件"], rows


def stories_table(r: Report) -> Table:
    rows = [[str(i), s.title, s.source, s.district or "—", _short(s.first_seen), _short(s.last_seen), str(s.outlets),
             s.status]
            for i, s in enumerate(r.top_negative, 1)]
    return ["序号", "标题", "首发来源", "县区", "首次出现", "最近转载", "媒体数", "状态"], rows


def _short(stamp: str) -> str:
    """2026-11-08 01:30 -> 11-08 01:30 (the year is the report's)."""
    return stamp[5:] if len(stamp) == 16 and stamp[4] == "-" else stamp


def _share_of(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"
