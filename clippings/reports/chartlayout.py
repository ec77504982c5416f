"""The leadership report's charts as layouts the web page draws as inline SVG.

The docx and the HTML file get PNG charts from :mod:`clippings.reports.charts` (matplotlib);
the 态势 page draws the same five charts in the browser from these layouts: no image to render on
the server (matplotlib costs a second to import and another to draw five charts, on every change
of the archive), text that stays text at any width, and CJK glyphs from the browser's fonts.
Everything here is plain numbers and labels; the template escapes the labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clippings.reports.model import SENTIMENT_KEYS, Report, Tally
from clippings.vocabulary import SENTIMENT

COLORS = {"negative": "#d7263d", "positive": "#2e86ab", "neutral": "#a0a4a8"}
SHARE_COLOR = "#7a0010"
LEGEND = [(SENTIMENT[k], COLORS[k]) for k in SENTIMENT_KEYS]


@dataclass
class Segment:
    key: str          # negative | positive | neutral
    label: str        # 负面 …
    count: int
    start: float      # 0..1 of the axis
    size: float       # 0..1 of the axis
    color: str


@dataclass
class Bar:
    name: str
    total: int
    segments: list[Segment] = field(default_factory=list)


@dataclass
class BarChart:
    title: str
    bars: list[Bar]
    axis_max: int                    # the count at the end of the axis
    ticks: list[tuple[float, int]]   # (0..1, count)
    legend: list[tuple[str, str]] = field(default_factory=lambda: list(LEGEND))
    share_line: list[tuple[float, float] | None] = field(default_factory=list)  # trend: (x, 0..1)
    step: int = 1                    # trend: label every step-th day


def _nice_max(value: int) -> int:
    """A round number ≥ value for the end of the axis (1, 2, 5 × 10^k)."""
    value = max(1, value)
    scale = 1
    while True:
        for m in (1, 2, 5):
            if m * scale >= value:
                return m * scale
        scale *= 10


def _segments(t: Tally, axis_max: int) -> list[Segment]:
    out, start = [], 0.0
    for key in SENTIMENT_KEYS:
        count = getattr(t, key)
        if count:
            size = count / axis_max
            out.append(Segment(key, SENTIMENT[key], count, start, size, COLORS[key]))
            start += size
    return out


def _bars(rows: list[Tally], title: str, limit: int) -> BarChart:
    rows = [r for r in rows if r.total][:limit]
    axis_max = _nice_max(max((r.total for r in rows), default=1))
    ticks = [(i / 4, axis_max * i // 4) for i in range(5)]
    return BarChart(title, [Bar(r.name, r.total, _segments(r, axis_max)) for r in rows], axis_max, ticks)


def trend(report: Report) -> BarChart:
    """Stacked daily columns by sentiment, with the negative share of each day that has clippings."""
    chart = _bars(report.daily, f"每日舆情走势（{report.period_text}）", limit=len(report.daily))
    days = report.daily
    chart.bars = [Bar(d.name[5:], d.total, _segments(d, chart.axis_max)) for d in days]
    n = max(1, len(days))
    chart.share_line = [((i + 0.5) / n, d.share("negative")) if d.total else None for i, d in enumerate(days)]
    chart.step = max(1, len(days) // 12)
    chart.legend = [*LEGEND, ("负面占比", SHARE_COLOR)]
    return chart


def sentiment(report: Report) -> BarChart:
    """One bar of the whole period, split by sentiment, the axis being the total (shares)."""
    t = report.totals
    bar = Bar("全部", t.total, _segments(t, max(1, t.total)))
    return BarChart("情感倾向占比", [bar] if t.total else [], max(1, t.total), [])


def layouts(report: Report) -> dict[str, BarChart]:
    return {
        "trend": trend(report),
        "sentiment": sentiment(report),
        "topics": _bars(report.by_topic, "各话题信息量", 12),
        "districts": _bars(report.by_district, "各县区信息量", 12),
        "sources": _bars(report.by_source, "主要信息源", 10),
    }
