"""Time in the bureau's zone. Every stored timestamp is ISO 8601 with a +08:00 offset."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Shanghai")


def now() -> datetime:
    """Current time in Asia/Shanghai (honours CLIPPINGS_NOW=ISO for demos and tests)."""
    fixed = os.environ.get("CLIPPINGS_NOW")
    if fixed:
        return parse_iso(fixed)
    return datetime.now(TZ).replace(microsecond=0)


def to_iso(dt: datetime | None) -> str | None:
    """Serialise to the archive's canonical form: 2026-11-25T08:30:00+08:00."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=TZ)
    return dt.astimezone(TZ).replace(microsecond=0).isoformat()


def parse_iso(value: str | None) -> datetime | None:
    """Parse an ISO 8601 string; naive values are taken as Asia/Shanghai."""
    if not value:
        return None
    value = value.strip().replace("Z", "+00:00")
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=TZ)
    return dt.astimezone(TZ)


def day_bounds(day: date) -> tuple[str, str]:
    """[start, end) of a calendar day in Asia/Shanghai, as archive strings."""
    start = datetime.combine(day, time(0, 0), tzinfo=TZ)
    return to_iso(start), to_iso(start + timedelta(days=1))


def today() -> date:
    return now().date()
