"""Values typed by a user, parsed once at the edge (web route, CLI command) with a Chinese error.

    parse_id("123")            -> 123        (InputError for "abc", "0", or past SQLite's 64-bit range)
    parse_day("2026-11-25")    -> date(...)  (InputError for "11/25", "0001-01-01", "9999-12-31")
    check_period(start, end)                 (InputError when reversed or longer than max_days)

Dates are limited to MIN_DAY…MAX_DAY: the archive holds nothing older, and a year 1 or 9999 date
overflows every "a day before / after" computation further in.
"""

from __future__ import annotations

from datetime import date

MAX_ID = 2 ** 63 - 1          # SQLite INTEGER
MIN_DAY = date(1990, 1, 1)
MAX_DAY = date(2100, 12, 31)


class InputError(ValueError):
    """A value the user typed that cannot be used; the message is Chinese."""


def parse_id(value, what: str = "信息编号") -> int:
    text = str(value if value is not None else "").strip()
    if not text.isascii() or not text.isdigit():
        raise InputError(f"{what}应为正整数：{text[:40] or '（空）'}")
    if len(text) > 19 or not 1 <= int(text) <= MAX_ID:
        raise InputError(f"{what}超出范围：{text[:40]}")
    return int(text)


def parse_int(value, what: str, lo: int, hi: int) -> int:
    """A whole number between lo and hi (inclusive), or InputError saying so in Chinese."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise InputError(f"{what}应为整数：{str(value)[:20]}") from None
    if not lo <= number <= hi:
        raise InputError(f"{what}应在 {lo}–{hi} 之间：{number}")
    return number


def parse_day(value, what: str = "日期") -> date:
    if isinstance(value, date):
        day = value
    else:
        text = str(value if value is not None else "").strip()
        try:
            day = date.fromisoformat(text) if len(text) == 10 else None
        except ValueError:
            day = None
        if day is None:
            raise InputError(f"{what}格式应为 YYYY-MM-DD，例如 2026-11-01：{text[:40] or '（空）'}")
    if not MIN_DAY <= day <= MAX_DAY:
        raise InputError(f"{what}超出范围：{day.isoformat()}（应在 {MIN_DAY.isoformat()} 至 "
                         f"{MAX_DAY.isoformat()} 之间）")
    return day


def check_period(start: date, end: date, max_days: int | None = None) -> None:
    if end < start:
        raise InputError("结束日期不能早于开始日期")
    if max_days is not None and (end - start).days >= max_days:
        raise InputError(f"统计周期最长 {max_days} 天")


def correction_topics(profile, topics, keep=()) -> list[str]:
    """Topic names a correction may set: each must be one of the profile's topics (or, ``keep``,
    one the clipping already has)."""
    chosen = [t.strip() for t in topics if t and t.strip()]
    known = {t.name for t in profile.topics} | set(keep)
    unknown = [t for t in chosen if t not in known]
    if unknown:
        raise InputError(f"未知话题：{'、'.join(unknown)[:200]}（可选：{'、'.join(sorted(known))}）")
    return chosen


def correction_district(profile, value: str) -> str:
    """The district a correction sets, from its name, an alias or a street of the gazetteer."""
    value = (value or "").strip()
    for d in profile.districts:
        if value == d.name or value in d.aliases or value in d.streets:
            return d.name
    names = "、".join(d.name for d in profile.districts)
    raise InputError(f"未知区县或街道：{value[:40]}（可选：{names}）")
