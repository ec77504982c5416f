"""When archived pages are re-fetched: the classes and their decaying intervals.

From the optional ``[recheck]`` table of bureau.toml (every class has a default)::

    [recheck]
    negative = ["1h", "6h", "24h", "3d", "7d", "30d"]   # 负面信息
    alert = ["1h", "6h", "24h", "3d", "7d", "30d"]      # 预警或处置中的信息
    own_repost = ["6h", "24h", "3d", "7d", "30d"]       # 转载本局发布的信息
    batch = 200                                         # most pages one run re-fetches

The k-th re-check of a page is due its k-th interval after the page was first captured; after the
last interval the page is no longer re-checked; a deleted page is not re-checked at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from clippings.archive import rechecks
from clippings.config import ConfigError, read_toml
from clippings.timeutil import parse_iso

CLASSES = ("alert", "negative", "own_repost")
DEFAULT_STEPS = ("1h", "6h", "24h", "3d", "7d", "30d")
_STEP = re.compile(r"^\s*(\d+)\s*([mhd])\s*$")
_UNIT = {"m": "minutes", "h": "hours", "d": "days"}


def parse_step(text: str) -> timedelta:
    m = _STEP.match(str(text))
    if not m or int(m.group(1)) == 0:
        raise ValueError(text)
    return timedelta(**{_UNIT[m.group(2)]: int(m.group(1))})


@dataclass(frozen=True)
class RecheckSettings:
    steps: dict = field(default_factory=lambda: {
        "alert": tuple(parse_step(s) for s in DEFAULT_STEPS),
        "negative": tuple(parse_step(s) for s in DEFAULT_STEPS),
        "own_repost": tuple(parse_step(s) for s in DEFAULT_STEPS[1:]),
    })
    batch: int = 200


def load_settings(path: str | Path | None) -> RecheckSettings:
    """The settings of a bureau.toml (defaults without a [recheck] table); a bad value is a
    ConfigError naming the field."""
    default = RecheckSettings()
    if not path or not Path(path).exists():
        return default
    table = read_toml(Path(path)).get("recheck") or {}
    if not isinstance(table, dict):
        raise ConfigError(path, "应为表", field="recheck")
    unknown = set(table) - {*CLASSES, "batch"}
    if unknown:
        raise ConfigError(path, f"未知字段 {', '.join(sorted(unknown))}（可用：{', '.join(CLASSES)}、batch）",
                          field=f"recheck.{sorted(unknown)[0]}")
    steps = dict(default.steps)
    for name in CLASSES:
        if name not in table:
            continue
        value = table[name]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(path, '应为间隔列表，如 ["1h", "6h", "3d"]', field=f"recheck.{name}")
        try:
            parsed = tuple(parse_step(v) for v in value)
        except ValueError as exc:
            raise ConfigError(path, f"间隔写法不对：{exc}（应为 数字+m/h/d，如 30m、6h、3d）",
                              field=f"recheck.{name}") from None
        if list(parsed) != sorted(parsed):
            raise ConfigError(path, "间隔应从短到长排列", field=f"recheck.{name}")
        steps[name] = parsed
    batch = table.get("batch", default.batch)
    if not isinstance(batch, int) or isinstance(batch, bool) or not 1 <= batch <= 10_000:
        raise ConfigError(path, "应为 1–10000 的整数", field="recheck.batch")
    return RecheckSettings(steps=steps, batch=batch)


@dataclass
class Due:
    clipping: dict
    klass: str
    step: int             # which re-check this is (0 = the first)
    due_at: datetime


def due(db, settings: RecheckSettings, own_sources: list[str], now: datetime) -> list[Due]:
    """Pages whose next re-check is due at ``now``, longest overdue first, at most ``batch``."""
    out = []
    for row in rechecks.candidates(db, own_sources, CLASSES):
        steps = settings.steps.get(row["class"]) or ()
        done = int(row["done"] or 0)
        if done >= len(steps):
            continue
        first = parse_iso(row["first_capture"]) if row.get("first_capture") else None
        if first is None:
            continue
        at = first + steps[done]
        last = parse_iso(row["last_recheck"]) if row.get("last_recheck") else None
        if last is not None and done and last + (steps[done] - steps[done - 1]) > at:
            at = last + (steps[done] - steps[done - 1])   # a late re-check moves the next one along
        if at <= now:
            out.append(Due(row, row["class"], done, at))
    out.sort(key=lambda d: d.due_at)
    return out[:settings.batch]
