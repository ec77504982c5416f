"""The office's choices for its 网媒快讯, from the optional ``[briefing]`` table of bureau.toml.

    [briefing]
    max_items = 15                      # per section for 正面宣传 and 工作动态 (负面舆情 is never cut)
    window = "24h"                      # "today" 当日0–24时 | "yesterday" 昨日0–24时 | "24h" (up to cutoff)
    cutoff = "07:30"                    # with window = "24h": the 24 hours up to this time (the daily run)
    report_to = "市城管委主要领导"        # 版记 报
    copy_to = ["局领导班子成员", "各科室"]  # 版记 送
    issuer = "江州市城市管理综合行政执法局信息宣传科"   # 印发机关 (default: the bureau and 信息宣传科)

Validated when read (a wrong value names the field), so ``clippings sources check`` and every command
refuse it the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from clippings.config import ConfigError, read_toml
from clippings.timeutil import TZ

WINDOWS = ("today", "yesterday", "24h")
WINDOW_TEXT = {"today": "当日0时至24时", "yesterday": "昨日0时至24时"}


@dataclass(frozen=True)
class BriefingSettings:
    max_items: int = 15
    window: str = "24h"
    cutoff: time = time(7, 30)
    report_to: str = ""
    copy_to: tuple[str, ...] = ()
    issuer: str = ""

    def span(self, day: date) -> tuple[datetime, datetime]:
        """[start, end) of the issue dated ``day`` in Beijing time."""
        midnight = datetime.combine(day, time(0, 0), tzinfo=TZ)
        if self.window == "today":
            return midnight, midnight + timedelta(days=1)
        if self.window == "yesterday":
            return midnight - timedelta(days=1), midnight
        end = datetime.combine(day, self.cutoff, tzinfo=TZ)
        return end - timedelta(days=1), end

    def span_text(self, day: date) -> str:
        """The window printed under the title: ``统计时段：11月24日7:30至11月25日7:30``."""
        start, end = self.span(day)
        fmt = lambda t: f"{t.month}月{t.day}日{t.hour}:{t.minute:02d}"  # noqa: E731
        return f"统计时段：{fmt(start)}至{fmt(end)}"


DEFAULT = BriefingSettings()
_cache: dict = {}


def briefing_settings(profile) -> BriefingSettings:
    """The settings of ``profile``'s bureau.toml (defaults when it has no [briefing] table)."""
    path = getattr(profile, "path", "") or ""
    if not path or not Path(path).exists():
        return DEFAULT
    key = (path, Path(path).stat().st_mtime_ns)
    if key not in _cache:
        _cache.clear()
        _cache[key] = load_briefing_settings(path)
    return _cache[key]


def load_briefing_settings(path: str | Path) -> BriefingSettings:
    path = Path(path)
    table = read_toml(path).get("briefing") or {}
    if not isinstance(table, dict):
        raise ConfigError(path, "应为表", field="briefing")
    unknown = set(table) - {"max_items", "window", "cutoff", "report_to", "copy_to", "issuer"}
    if unknown:
        raise ConfigError(path, f"未知字段 {', '.join(sorted(unknown))}", field=f"briefing.{sorted(unknown)[0]}")
    max_items = table.get("max_items", DEFAULT.max_items)
    if not isinstance(max_items, int) or isinstance(max_items, bool) or not 1 <= max_items <= 500:
        raise ConfigError(path, "应为 1 到 500 的整数", field="briefing.max_items")
    window = table.get("window", DEFAULT.window)
    if window not in WINDOWS:
        raise ConfigError(path, f"应为 {' / '.join(WINDOWS)} 之一", field="briefing.window")
    cutoff_text = table.get("cutoff", "07:30")
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", cutoff_text) if isinstance(cutoff_text, str) else None
    if not match:
        raise ConfigError(path, "应为 HH:MM，例如 07:30", field="briefing.cutoff")
    texts = {}
    for key in ("report_to", "issuer"):
        value = table.get(key, "")
        if not isinstance(value, str):
            raise ConfigError(path, "应为字符串", field=f"briefing.{key}")
        texts[key] = value.strip()
    copy_to = table.get("copy_to", [])
    if isinstance(copy_to, str):
        copy_to = [copy_to]
    if not isinstance(copy_to, list) or not all(isinstance(c, str) and c.strip() for c in copy_to):
        raise ConfigError(path, "应为非空字符串的列表", field="briefing.copy_to")
    return BriefingSettings(max_items=max_items, window=window, cutoff=time(int(match[1]), int(match[2])),
                            copy_to=tuple(c.strip() for c in copy_to), **texts)
