"""A story's spread as a picture: one row per outlet, one mark per copy, along the time axis.

:func:`spread_timeline` lays the members of a repost cluster out (fractions of the axis, rows,
tick labels); the web page draws it as inline SVG, so it needs no script and no image file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from clippings.timeutil import parse_iso
from clippings.vocabulary import beijing

MAX_ROWS = 12  # outlets drawn; the rest are summed up in the last row


@dataclass
class Mark:
    clipping_id: int
    x: float            # 0..1 along the axis
    when: str           # 2026-11-25 20:33
    title: str
    first: bool = False
    fate: str = ""      # 已删除 / 已修改: what became of the copy after it was archived (复查, re-crawls)


@dataclass
class Row:
    outlet: str
    marks: list[Mark] = field(default_factory=list)


@dataclass
class Timeline:
    rows: list[Row]
    ticks: list[tuple[float, str]]   # (x, label)
    span_text: str                   # 首发 2026-11-25 08:00，最近一次 11-25 21:10，历时 13 小时
    undated: int = 0                 # copies without any time: not drawn


def _when(m: dict) -> datetime | None:
    value = m.get("published_at") or m.get("fetched_at")
    try:
        return parse_iso(value) if value else None
    except ValueError:
        return None


def _duration(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 1:
        return f"{max(1, round(hours * 60))} 分钟"
    if hours < 48:
        return f"{hours:.0f} 小时"
    return f"{hours / 24:.1f} 天"


def spread_timeline(members: list[dict], ticks: int = 4) -> Timeline | None:
    """The layout for ``members`` (dicts with id, title, source_title/source, published_at/fetched_at,
    is_first); ``None`` when fewer than two copies have a time."""
    dated = [(m, t) for m in members if (t := _when(m)) is not None]
    if len(dated) < 2:
        return None
    start = min(t for _, t in dated)
    end = max(t for _, t in dated)
    width = (end - start).total_seconds() or 1.0
    rows: dict[str, Row] = {}
    for m, t in sorted(dated, key=lambda mt: (mt[1], mt[0]["id"])):
        outlet = (m.get("source_title") or m.get("source") or "来源不详").strip() or "来源不详"
        row = rows.setdefault(outlet, Row(outlet))
        fate = {"deleted": "已删除", "changed": "已修改"}.get(m.get("status") or "", "")
        row.marks.append(Mark(m["id"], (t - start).total_seconds() / width, beijing(t), m.get("title") or "",
                              bool(m.get("is_first")), fate))
    ordered = list(rows.values())
    if len(ordered) > MAX_ROWS:
        rest = Row(f"其他 {len(ordered) - MAX_ROWS + 1} 家")
        for row in ordered[MAX_ROWS - 1:]:
            rest.marks += row.marks
        ordered = ordered[:MAX_ROWS - 1] + [rest]
    tick_marks = [(i / ticks, beijing(start + (end - start) * i / ticks)[5:]) for i in range(ticks + 1)]
    text = f"首发 {beijing(start)}，最近一次 {beijing(end)[5:]}，历时 {_duration(end - start)}，{len(rows)} 家媒体"
    return Timeline(ordered, tick_marks, text, undated=len(members) - len(dated))
