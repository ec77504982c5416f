"""The briefing's data model, shared by the builder and the three renderers.

Renderers read only these objects, so docx, HTML and Markdown always say the same thing.
All user-facing phrases (the opening line, the change against the previous day, the foot)
are produced here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


SECTION_NAMES = {"negative": "负面舆情", "positive": "正面宣传", "neutral": "工作动态·中性信息"}
SECTION_ORDER = ("negative", "positive", "neutral")
CN_NUMERALS = "一二三四五六七八九十"
APPENDIX_LIMIT = 200                # rows of the appendix table; a leader reads no more


@dataclass
class Item:
    clipping_id: int
    title: str
    source: str
    published_at: datetime | None
    summary: str
    url: str
    district: str | None
    sentiment: str                  # negative | positive | neutral (untagged counted as neutral)
    repost_count: int = 0           # other outlets carrying the same story
    spreading: bool = False         # reposts still appearing late in the day
    pinned: bool = False
    kind: str = "news"
    untagged: bool = False
    deleted: bool = False           # removed at the source since it was archived
    deleted_found: str = ""         # when a re-check found it removed: 11月26日1时
    cluster_id: int | None = None
    member_ids: list[int] = field(default_factory=list)
    editor_note: str = ""           # 编者按, 研判, 处置建议, 责任单位: written by staff, never invented
    judgement: str = ""
    suggestion: str = ""
    unit: str = ""

    @property
    def story(self) -> str:
        """The key staff notes are kept under: the repost cluster, else the clipping."""
        return f"c{self.cluster_id}" if self.cluster_id is not None else f"s{self.clipping_id}"

    @property
    def notes(self) -> list[tuple[str, str]]:
        """(label, text) of what staff wrote, in document order; empty when nobody wrote anything."""
        pairs = (("编者按", self.editor_note), ("研判", self.judgement), ("处置建议", self.suggestion),
                 ("责任单位", self.unit))
        return [(label, text) for label, text in pairs if text]
    time_is_fetch: bool = False     # publish time unknown: the time shown is when it was fetched

    @property
    def time_text(self) -> str:
        if self.published_at is None:
            return "时间不详"
        text = self.published_at.strftime("%Y-%m-%d %H:%M")
        return text + "（采集时间）" if self.time_is_fetch else text

    @property
    def repost_text(self) -> str:
        return f"另有 {self.repost_count} 家媒体转载" if self.repost_count else ""

    @property
    def staff_flags(self) -> list[str]:
        """Markers for the office's own page (置顶, 未研判): never printed in the document."""
        return (["置顶"] if self.pinned else []) + (["未研判"] if self.untagged else []) + self.flags

    @property
    def flags(self) -> list[str]:
        """What the document says about an item's spread and fate (no workflow markers)."""
        out = []
        if self.sentiment == "negative" and self.spreading:
            out.append("仍在传播")
        elif self.sentiment == "negative" and self.repost_count:
            out.append("传播趋缓")
        if self.deleted:
            out.append(f"原文已删除（{self.deleted_found}发现）" if self.deleted_found else "原文已删除")
        return out

    @property
    def meta_parts(self) -> list[str]:
        parts = [f"来源：{self.source}", f"时间：{self.time_text}"]
        if self.district:
            parts.append(f"区域：{self.district}")
        if self.repost_count:
            parts.append(self.repost_text)
        return parts


@dataclass
class Section:
    key: str
    name: str
    items: list[Item] = field(default_factory=list)
    omitted: int = 0                # items left out by the per-section limit (listed in the appendix)
    overflow: list[Item] = field(default_factory=list)   # those items, for the appendix table
    clippings: int = 0              # clippings of the day behind this section's stories

    @property
    def stories(self) -> int:
        return len(self.items) + self.omitted

    @property
    def count_text(self) -> str:
        """``24条，归并为19起`` where reposts were merged, else ``19条``: the same everywhere."""
        n = self.clippings or self.stories
        return f"{n}条，归并为{self.stories}起" if n != self.stories else f"{n}条"

    @property
    def titles_only(self) -> bool:
        """工作动态·中性信息 is listed by title and source only, to keep an issue short."""
        return self.key == "neutral"

    @property
    def heading(self) -> str:
        index = SECTION_ORDER.index(self.key) if self.key in SECTION_ORDER else 0
        return f"{CN_NUMERALS[index]}、{self.name}"

    @property
    def empty_text(self) -> str:
        return f"本期无{self.name}。"

    @property
    def omitted_text(self) -> str:
        return f"另有{self.omitted}起{self.name}见附表。" if self.omitted else ""


@dataclass
class Briefing:
    date: date
    year: int
    number: int | None                  # 第N期 within the year, given at 签发 (None before)
    bureau: str
    counts: dict[str, int]              # total, negative, positive, neutral, untagged
    previous_counts: dict[str, int]
    sections: list[Section]
    status: str = "draft"
    submitted_by: str | None = None
    submitted_at: str | None = None
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    signed_by: str | None = None
    signed_at: str | None = None
    excluded: int = 0                   # items left out by staff
    generated_at: str | None = None
    editor: str = "信息宣传科"
    total_number: int | None = None     # 总第N期, given at 签发
    span_text: str = ""                 # 统计时段：… printed under the title
    report_to: str = ""                 # 版记 报
    copy_to: list[str] = field(default_factory=list)   # 版记 送
    issuer: str = ""                    # 版记 印发机关

    @property
    def title(self) -> str:
        return "网媒快讯"

    @property
    def issue_text(self) -> str:
        """``2026年 第3期（总第15期）`` once signed; before that the number is not yet given."""
        if self.number is None:
            return f"{self.year}年 第＿期"          # the number is written in at 签发
        total = f"（总第{self.total_number}期）" if self.total_number else ""
        return f"{self.year}年 第{self.number}期{total}"

    @property
    def date_text(self) -> str:
        return f"{self.date.year}年{self.date.month}月{self.date.day}日"

    @property
    def empty(self) -> bool:
        return self.counts.get("total", 0) == 0

    @property
    def opening(self) -> str:
        c = self.counts
        if self.empty:
            text = f"{self.date_text}，今日未监测到涉及我局的网络信息。"
            prev = self.previous_counts.get("total", 0)
            return text + (f"前一日监测到{prev}条。" if prev else "")
        by_key = {s.key: s for s in self.sections}

        def part(key: str, word: str) -> str:
            section = by_key.get(key)
            merged = f"（归并为{section.stories}起）" if section and section.stories != c[key] else ""
            return f"{word}{c[key]}条{merged}"

        text = (f"{self.date_text}，今日共监测到涉及我局信息{c['total']}条，其中{part('negative', '负面')}、"
                f"{part('positive', '正面')}、{part('neutral', '中性')}")
        if c.get("untagged"):
            text += f"（含尚未研判{c['untagged']}条，暂按中性计）"
        return text + "。" + self.change_text

    @property
    def change_text(self) -> str:
        prev = self.previous_counts
        total = _change(self.counts.get("total", 0), prev.get("total", 0), "信息总量")
        negative = _change(self.counts.get("negative", 0), prev.get("negative", 0), "负面信息")
        return f"与前一日相比，{total}；{negative}。"

    @property
    def key_points(self) -> list[str]:
        """今日要情: three to five lines written from the day's data (nothing invented)."""
        if self.empty:
            return []
        negative = next((s for s in self.sections if s.key == "negative"), None)
        lines = []
        if negative and negative.items:
            spreading = [i for i in negative.items if i.spreading]
            lines.append(f"负面舆情{negative.count_text}" + (f"，其中{len(spreading)}起仍在传播" if spreading else "") + "。")
            for item in sorted(negative.items, key=lambda i: (-i.repost_count, not i.spreading))[:3]:
                where = f"（{item.district}）" if item.district else ""
                spread = f"，{item.repost_count + 1}家媒体刊发" if item.repost_count else ""
                lines.append(f"“{item.title}”{where}：首发{item.source}{spread}"
                             f"{'，仍在传播' if item.spreading else ''}。")
        else:
            lines.append("今日未监测到负面舆情。")
        positive = next((s for s in self.sections if s.key == "positive"), None)
        if positive and positive.stories:
            top = max(positive.items, key=lambda i: i.repost_count, default=None)
            lines.append(f"正面宣传{positive.count_text}" + (f"，“{top.title}”被{top.repost_count + 1}家媒体刊发"
                                                          if top and top.repost_count else "") + "。")
        return lines[:5]

    @property
    def colophon(self) -> list[str]:
        """版记 lines: 报 / 送 (when configured), then the issuing office and the date."""
        lines = []
        if self.report_to:
            lines.append(f"报：{self.report_to}")
        if self.copy_to:
            lines.append(f"送：{'，'.join(self.copy_to)}")
        lines.append(f"{self.issuer or self.editor}\t{self.date_text}印发")
        return lines

    @property
    def appendix(self) -> list[tuple[str, Item]]:
        """Items beyond a section's limit: (section name, item), for the appendix table (at most
        APPENDIX_LIMIT rows; the rest are counted in ``appendix_more``)."""
        return [(s.name, i) for s in self.sections for i in s.overflow][:APPENDIX_LIMIT]

    @property
    def appendix_more(self) -> str:
        rest = sum(len(s.overflow) for s in self.sections) - APPENDIX_LIMIT
        return f"另有{rest}条未列入附表，请在系统中检索。" if rest > 0 else ""

    @property
    def item_count(self) -> int:
        return sum(len(s.items) for s in self.sections)

    @property
    def foot(self) -> dict[str, str]:
        return {
            "编发": self.editor,
            "审核": self.reviewed_by or "",
            "签发": self.signed_by or "",
        }

    @property
    def status_text(self) -> str:
        from clippings.vocabulary import BRIEFING_STATUS

        return BRIEFING_STATUS.get(self.status, self.status)


def _change(now: int, before: int, label: str) -> str:
    if now == before:
        return f"{label}持平（{now}条）"
    word = "增加" if now > before else "减少"
    diff = abs(now - before)
    if before:
        return f"{label}{word}{diff}条（{'+' if now > before else '-'}{diff / before:.0%}）"
    return f"{label}{word}{diff}条"
