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
from clippings.vocabulary import SENTIMENT as SENTIMENT_LABELS
CN_NUMERALS = "一二三四五六七八九十"


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
    cluster_id: int | None = None
    member_ids: list[int] = field(default_factory=list)
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
    def flags(self) -> list[str]:
        out = []
        if self.pinned:
            out.append("置顶")
        if self.sentiment == "negative" and self.spreading:
            out.append("仍在传播")
        elif self.sentiment == "negative" and self.repost_count:
            out.append("传播趋缓")
        if self.deleted:
            out.append("原文已删除")
        if self.untagged:
            out.append("未研判")
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
    omitted: int = 0                # items left out by the per-section limit

    @property
    def heading(self) -> str:
        index = SECTION_ORDER.index(self.key) if self.key in SECTION_ORDER else 0
        return f"{CN_NUMERALS[index]}、{self.name}"

    @property
    def empty_text(self) -> str:
        return f"本期无{self.name}。"

    @property
    def omitted_text(self) -> str:
        return f"另有 {self.omitted} 条{self.name}未列出，详见系统检索。" if self.omitted else ""


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
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    signed_by: str | None = None
    signed_at: str | None = None
    excluded: int = 0                   # items left out by staff
    generated_at: str | None = None
    editor: str = "信息宣传科"
    total_number: int | None = None     # 总第N期, given at 签发

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
        text = (f"{self.date_text}，今日共监测到涉及我局信息{c['total']}条，其中负面{c['negative']}条、"
                f"正面{c['positive']}条、中性{c['neutral']}条")
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
        return {"draft": "草稿", "reviewed": "已审核", "signed": "已签发"}.get(self.status, self.status)


def _change(now: int, before: int, label: str) -> str:
    if now == before:
        return f"{label}持平（{now}条）"
    word = "增加" if now > before else "减少"
    diff = abs(now - before)
    if before:
        return f"{label}{word}{diff}条（{'+' if now > before else '-'}{diff / before:.0%}）"
    return f"{label}{word}{diff}条"
