"""The report's tables as (headers, rows of strings), shared by the docx and HTML renderers."""

from __future__ import annotations

from clippings.reports.model import Report, Tally

Table = tuple[list[str], list[list[str]]]


class Link(str):
    """A cell's text that the HTML renderers show as a link (the docx shows the text)."""

    url: str = ""

    def __new__(cls, text: str, url: str | None):
        cell = super().__new__(cls, text)
        cell.url = url or ""
        return cell

# Column widths (mm) for the docx, summing to the 156 mm text width of an A4 公文 page.
WIDTHS = {
    "daily": [36, 24, 24, 24, 24, 24],
    "kind": [30, 21, 21, 21, 21, 21, 21],
    "source": [10, 36, 18, 16, 15, 15, 15, 17, 14],
    "topic": [30, 21, 21, 21, 21, 21, 21],
    "district": [20, 13, 12, 12, 12, 17, 22, 48],
    "stories": [9, 40, 19, 15, 17, 17, 11, 14, 14],
    "hotwords": [12, 40, 26, 26, 52],
    "complaints": [30, 20, 20, 20, 30, 30, 26],
}
_COUNT_HEADERS = ["信息量", "负面", "正面", "中性", "负面占比"]
_NUMERALS = "一二三四五六七八九十"

# The report's sections in the order a leader reads them: the figures, what needs action, then the
# trend, districts, topics, outlets and words. (heading, tables, charts); every renderer follows it.
SECTIONS = (
    ("总体情况", (), ("sentiment",)),
    ("重点负面舆情", ("stories",), ()),
    ("每日走势", ("daily",), ("trend",)),
    ("县区动态", ("district",), ("districts",)),
    ("话题分布", ("topic",), ("topics",)),
    ("媒体排行", ("kind", "source"), ("sources",)),
    ("热词", ("hotwords",), ()),
    ("留言办理", ("complaints",), ()),
)
EMPTY_TEXT = {"stories": "本期未监测到负面舆情。", "complaints": "本期留言板无新留言。"}
TITLE_COLUMN = {"source": 1, "district": 7, "stories": 1}


def numbered_sections() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """SECTIONS with their headings numbered: 一、总体情况, 二、重点负面舆情 …"""
    return [(f"{_NUMERALS[i]}、{heading}", names, charts) for i, (heading, names, charts) in enumerate(SECTIONS)]


def all_tables(r: Report) -> dict[str, Table]:
    return {"daily": daily_table(r), "kind": kind_table(r), "source": source_table(r), "topic": topic_table(r),
            "district": district_table(r), "stories": stories_table(r), "hotwords": hotwords_table(r),
            "complaints": complaints_table(r)}


def complaints_table(r: Report) -> Table:
    """留言办理: 留言板 complaints of the period, reply rate and time to reply, overall and by district."""
    from clippings.vocabulary import COMPLAINT_FIGURES

    figures = r.complaints or {}
    if not figures or not figures["all"]["total"]:
        return list(COMPLAINT_FIGURES.values()), []

    def hours(h):
        return "—" if h is None else (f"{h / 24:.1f}天" if h >= 48 else f"{h:.0f}小时")

    rows = []
    for name, f in [("全部", figures["all"]), *figures["groups"].items()]:
        rate = "—" if f["reply_rate"] is None else f"{f['reply_rate']:.0%}"
        rows.append([name or "未标注", str(f["total"]), str(f["replied"]), rate, hours(f["median_hours"]),
                     hours(f["p90_hours"]), str(f["unanswered_overdue"])])
    return list(COMPLAINT_FIGURES.values()), rows


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
    """媒体排行: outlets by items, with negative share and how many stories each published first."""
    rows = [[str(i), s.name, s.extra.get("kind", ""), *_counts(s), str(s.extra.get("first", 0))]
            for i, s in enumerate(r.by_source, 1)]
    return ["序号", "媒体", "类型", *_COUNT_HEADERS, "首发"], rows


def hotwords_table(r: Report) -> Table:
    rows = [[str(w.rank), w.word, str(w.count), str(w.previous), w.change_text] for w in r.hot_words]
    return ["排名", "热词", "本期（条）", "上期（条）", "排名变化"], rows


def topic_table(r: Report) -> Table:
    rows = [[t.name, *_counts(t), _share_of(t.total, r.totals.total)] for t in r.by_topic]
    return ["话题", *_COUNT_HEADERS, "占总量"], rows


def district_table(r: Report) -> Table:
    rows = [[d.name, *_counts(d), d.extra.get("top_topic", "—"), d.extra.get("top_negative", "—")]
            for d in r.by_district]
    return ["县区", *_COUNT_HEADERS, "主要话题", "主要负面事件"], rows


def stories_table(r: Report) -> Table:
    """Negative stories, those still spreading first."""
    rows = [[str(i), Link(s.title, s.url), s.source, s.district or "—", _short(s.first_seen), _short(s.last_seen),
             str(s.outlets), s.grade, s.status]
            for i, s in enumerate(r.leader_stories, 1)]
    return ["序号", "标题", "首发来源", "县区", "首次出现", "最近转载", "媒体数", "预警", "状态"], rows


def _short(stamp: str) -> str:
    """2026-11-08 01:30 -> 11-08 01:30 (the year is the report's)."""
    return stamp[5:] if len(stamp) == 16 and stamp[4] == "-" else stamp


def _share_of(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"
