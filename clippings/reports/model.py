"""The leadership report's data model, shared by the docx and HTML renderers.

Plain rows (dicts/dataclasses) plus the Chinese sentences that summarise them, written once
here so both formats say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


SENTIMENT_KEYS = ("negative", "positive", "neutral")
KIND_LABELS = {"news": "新闻网站", "forum": "论坛社区", "complaint": "留言板"}
UNKNOWN_DISTRICT = "未识别区域"


@dataclass
class Tally:
    """Counts by sentiment for one row of a table (a day, a source, a topic, a district)."""

    name: str
    total: int = 0
    negative: int = 0
    positive: int = 0
    neutral: int = 0
    untagged: int = 0
    extra: dict = field(default_factory=dict)

    def add(self, sentiment: str | None) -> None:
        self.total += 1
        if sentiment not in SENTIMENT_KEYS:
            self.untagged += 1
            sentiment = "neutral"
        setattr(self, sentiment, getattr(self, sentiment) + 1)

    def share(self, key: str) -> float:
        return getattr(self, key) / self.total if self.total else 0.0

    def share_text(self, key: str) -> str:
        return f"{self.share(key):.1%}" if self.total else "—"


@dataclass
class Story:
    """A negative story of the period: one repost cluster (or a single clipping)."""

    clipping_id: int
    title: str
    source: str
    url: str
    district: str | None
    first_seen: str
    last_seen: str
    outlets: int          # distinct outlets carrying it
    clippings: int        # clippings in the cluster
    status: str           # 仍在传播 | 已平息 | 原文已删除
    member_ids: list[int] = field(default_factory=list)
    grade: str = "—"      # 预警 grade (一般 / 较大 / 重大) when the story raised an alert


@dataclass
class Report:
    start: date
    end: date
    bureau: str
    totals: Tally
    previous: Tally
    previous_start: date
    previous_end: date
    daily: list[Tally]
    by_kind: list[Tally]
    by_source: list[Tally]
    by_topic: list[Tally]
    by_district: list[Tally]
    top_negative: list[Story]
    charts: dict[str, Path] = field(default_factory=dict)
    generated_at: str | None = None
    sources_total: int = 0
    hot_words: list = field(default_factory=list)      # [reports.hotwords.HotWord]
    outlets: list[Tally] = field(default_factory=list)  # every outlet, extra: first (首发 stories)
    complaints: dict = field(default_factory=dict)      # 留言办理: archive.complaints.reply_figures by district

    @property
    def open_stories(self) -> list[Story]:
        """Negative stories a leader must still watch: spreading, or not yet settled."""
        return [s for s in self.top_negative if s.status == "仍在传播"]

    @property
    def leader_stories(self) -> list[Story]:
        """The top negative stories with those still spreading first (otherwise in rank order)."""
        return self.open_stories + [s for s in self.top_negative if s.status != "仍在传播"]

    @property
    def title(self) -> str:
        return "网络舆情分析报告"

    @property
    def period_text(self) -> str:
        return f"{_cn_date(self.start)}至{_cn_date(self.end)}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def overview(self) -> str:
        t = self.totals
        if not t.total:
            return f"{self.period_text}，未监测到涉及我局的网络信息。"
        text = (f"{self.period_text}（共{self.days}天），共监测到涉及我局网络信息{t.total}条，来自{self.sources_total}个"
                f"信息源；其中负面{t.negative}条（占{t.share_text('negative')}），正面{t.positive}条"
                f"（占{t.share_text('positive')}），中性{t.neutral}条（占{t.share_text('neutral')}）")
        if t.untagged:
            text += f"，另有{t.untagged}条尚未研判，暂按中性计"
        return text + "。"

    @property
    def change_text(self) -> str:
        prev = self.previous
        span = f"{_cn_date(self.previous_start)}至{_cn_date(self.previous_end)}"
        if not prev.total:
            return f"上一周期（{span}）无数据，暂不作对比。"
        return (f"与上一周期（{span}）相比，信息总量{_change(self.totals.total, prev.total)}，"
                f"负面信息{_change(self.totals.negative, prev.negative)}，"
                f"负面占比{_share_change(self.totals.share('negative'), prev.share('negative'))}。")

    @property
    def peak_text(self) -> str:
        if not self.totals.total:
            return ""
        peak = max(self.daily, key=lambda d: (d.total, d.name))
        worst = max(self.daily, key=lambda d: (d.negative, d.name))
        text = f"信息量最高为{peak.name}（{peak.total}条）"
        if worst.negative:
            text += f"；负面信息最多为{worst.name}（{worst.negative}条）"
        return text + "。"


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _change(now: int, before: int) -> str:
    if now == before:
        return f"持平（{now}条）"
    word = "增加" if now > before else "减少"
    diff = abs(now - before)
    if before:
        return f"{word}{diff}条（{'+' if now > before else '-'}{diff / before:.1%}）"
    return f"{word}{diff}条"


def _share_change(now: float, before: float) -> str:
    """Change of a share in percentage points; callers make sure the previous period has data."""
    delta = (now - before) * 100
    if abs(delta) < 0.05:
        return f"持平（{now:.1%}）"
    return f"{'上升' if delta > 0 else '下降'}{abs(delta):.1f}个百分点（{before:.1%}→{now:.1%}）"
