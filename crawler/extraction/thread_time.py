"""A thread's or a message page's own time, from its posts: the opening post's stamp (or, shown
with none, the time its page's script or byline gives), in the board's zone; a Q&A page's question
time and a page's metadata date where they are the page's own."""
from __future__ import annotations

import re
from datetime import datetime, time as dt_time, timedelta

from .render_time import SERVER_TIME
from .published import meta_date_only, url_date
from .script_dates import script_date


def date_opening_post(posts: list, message_page: bool, raw: str, now: datetime, page_time: datetime | None,
                      title: str | None = None) -> None:
    """Give the opening post a time when it shows none: from its page's script (a message's
    createTime: …; a thread's, in the record that holds its subject) when no later than the
    replies', else the page's own (byline) time, unless that is a later reply's own stamp."""
    if not posts:
        return
    op = posts[0].posted_at
    day_only = op is not None and op.time() == dt_time(0)   # (a thread's
    # opener shown with its day only too: the minute in the record that holds its subject)
    if op is not None and (message_page or title) and _reckoned(op, now):
        # (or shown only as "2天前", reckoned here from now: the time the record that holds its subject gives,
        # any day before, since the page may have been rendered long before it is read; a message's, its
        # script's createTime)
        scripted = script_date(raw, now, title) if message_page else script_date(raw, now, title, own_only=True)
        reply_at = next((p.posted_at for p in posts[1:] if p.posted_at is not None and not _reckoned(p.posted_at, now)), None)
        if scripted is not None and scripted <= op + timedelta(days=1) and (reply_at is None or scripted <= reply_at):
            posts[0].posted_at = scripted
        return
    if (posts[0].posted_at is None or day_only) and (message_page or title):
        scripted = script_date(raw, now, title) if message_page else script_date(raw, now, title, own_only=True)
        reply_at = next((p.posted_at for p in posts[1:] if p.posted_at is not None), None)
        if scripted is not None and (reply_at is None or scripted <= reply_at) and not (
                day_only and (scripted.time() == dt_time(0) or scripted.date() > posts[0].posted_at.date())):
            posts[0].posted_at = scripted   # (or a message's day only, "受理时间 2011-09-05": the minute its
            # script gives, "LetterTime": "\/Date(1315141653000)\/", that day or the day before)
    if posts[0].posted_at is None and not any(p.posted_at == page_time for p in posts[2:]):
        posts[0].posted_at = page_time


def _reckoned(when: datetime, now: datetime) -> bool:
    """A stamp reckoned from now out of a relative one ("2天前", "5小时前"): a whole number of hours
    before now, to its second (a stamp the page prints has its own minute, or none)."""
    gap = (now.replace(microsecond=0) - when).total_seconds()
    return 0 <= gap and gap % 3600 == 0 and (now.minute, now.second) != (0, 0)


def thread_time(posts: list, message_page: bool, raw: str, root, meta: dict, ld: list, now: datetime,
                asked_at: datetime | None, page_time: datetime | None, url: str = "") -> datetime | None:
    """The page's time from its posts (shifted first when the board says its times are UTC): a
    thread's metadata date or a Q&A page's question time where given (a message page's own time is
    the message's, whatever its metadata says: the reply's), else the first stamped post's, unless
    this is a later page of the thread whose header gives an earlier time."""
    if not message_page and (shift := board_shift(raw, root)):   # ("所有显示的时间为 UTC")
        for p in posts:
            p.posted_at = p.posted_at + shift if p.posted_at else None
    md = meta_date_only(meta, ld, root, now) if not message_page or posts[0].posted_at is None else None
    md = (asked_at if not message_page else None) or md   # (a Q&A page's question)
    first_time = next((p.posted_at for p in posts if p.posted_at is not None), None)
    if md is not None and not _later_than_opener(md, posts, own_meta=not message_page and asked_at is None):
        return md
    later_page = posts[0].floor > 1 or any(p.floor > len(posts) + 5 for p in posts)   # (or floors numbered "103楼" …)
    if first_time is not None and not (later_page and page_time is not None and page_time < first_time):
        when = _year_given(first_time, raw, now)   # (on a later page, the thread's time in its header stays)
        dated = url_date(url, now) if url else None
        if dated is not None and dated.year < when.year and when.year >= now.year - 1 \
                and (dated.month, dated.day) == (when.month, when.day):
            return when.replace(year=dated.year)   # (a year-less stamp, "05-20 22:10", read as this year's: the
            # year the page's address gives for that day, "/thread/2018/0520/…")
        return when
    return page_time


_ISO_ZONED = re.compile(r"(?:19|20)\d\d-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:\d\d)")
_EPOCH = re.compile(r"1[0-9]{9}(?:[0-9]{3})?")   # (its ends checked by hand: a lookbehind here costs 25 times more)


def _year_given(when: datetime, raw: str, now: datetime) -> datetime:
    """A year-less stamp read as this year's ("03-05 08:12"), when the page prints the same day and
    minute with an earlier year elsewhere (the thread's info line "时间:2015-03-05 08:12"): that year."""
    if when.year < now.year - 1:
        return when   # (a year-less stamp is read as this year's or last year's: this one names its year)
    stamp = f"-{when.month:02d}-{when.day:02d} {when.hour:02d}:{when.minute:02d}"
    years = {int(m.group(1)) for m in re.finditer(r"((?:19|20)\d\d)" + re.escape(stamp), raw[:300_000])} \
        if stamp in raw else set()   # (the pattern asked only when the stamp is there: str's search is 20 times faster)
    years.discard(when.year)
    if not years and not re.search(rf"{when.year}\s*[-/.年]\s*0?{when.month}\s*[-/.月]\s*0?{when.day}(?!\d)", raw[:300_000]):
        # (or, the stamp's year printed nowhere, the same day and minute as an epoch in the page's record:
        # "createdAt":1666956725000)
        for m in _EPOCH.finditer(raw, 0, 300_000):
            a, z = m.start(), m.end()
            if a and (raw[a - 1].isalnum() or raw[a - 1] in "._") or z < len(raw) and (raw[z].isalnum() or raw[z] in "._"):
                continue
            v = int(m.group(0)) / (1000 if len(m.group(0)) == 13 else 1)
            at = datetime.fromtimestamp(v, when.tzinfo) if when.tzinfo else None
            if at is not None and (at.month, at.day, at.hour, at.minute) == (when.month, when.day, when.hour, when.minute):
                years.add(at.year)
        if not years and "T" in raw:   # (or as an ISO time in another zone: "createdAt":"2025-04-02T01:14:00.000Z")
            for m in _ISO_ZONED.finditer(raw, 0, 300_000):
                try:
                    at = datetime.fromisoformat(m.group(0).replace("Z", "+00:00")).astimezone(when.tzinfo)
                except ValueError:
                    continue
                if (at.month, at.day, at.hour, at.minute) == (when.month, when.day, when.hour, when.minute):
                    years.add(at.year)
        years.discard(when.year)
        if not years and (m := SERVER_TIME.search(raw, 0, 300_000)):
            # (or the year the page was served in, its record's "SERVER_TIME = 1715952605": a stamp of that day
            # or before it, that year's; a later one, the year before)
            v = int(m.group(1)) / (1000 if len(m.group(1)) == 13 else 1)
            served = datetime.fromtimestamp(v, when.tzinfo) if when.tzinfo else None
            if served is not None and served.year < when.year:
                try:
                    years.add(served.year if when.replace(year=served.year) <= served + timedelta(days=1) else served.year - 1)
                except ValueError:
                    pass
    if len(years) != 1 or (year := years.pop()) > when.year:
        return when
    try:
        return when.replace(year=year)
    except ValueError:   # (29 February)
        return when


def _later_than_opener(md: datetime, posts: list, own_meta: bool) -> bool:
    """A date after the opening post's own stamp that is no thread's: a later reply's own time (the
    last reply's, in some boards' metadata), or, for the page's own metadata (``own_meta``), one days
    after a stamp with its minute (a side list's <time pubdate>)."""
    op = posts[0].posted_at
    if op is None or md <= op:
        return False
    if any(p.posted_at is not None and abs(p.posted_at - md) <= timedelta(minutes=1) for p in posts[1:]):
        return True
    return own_meta and (op.hour, op.minute) != (0, 0) and (md - op > timedelta(days=1) or (
        md.date() > op.date() and (md.hour, md.minute) == (0, 0)))   # (or a later day, without its minute: the
    # metadata's day of a reply, the opener's stamp precise)


# a board that prints its times in another zone says so in its footer ("所有显示的时间为 UTC + 8 小时",
# "All times are UTC - 5 hours", phpBB 3.1's "所有时间均为 UTC+08:00")
_BOARD_ZONE = re.compile(r"(?:所有(?:显示的)?时间均?为|All times are)\s*(?:协调世界时\s*[（(]?)?(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d\d))?)?")
# ("站点所有时间均为协调世界时（UTC）")


_ZONE_END = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$")
_ZONED_TIME = re.compile(r"\d:[0-5]\d(?::[0-5]\d)?\s*[（(]?(?:UTC|GMT)(?![+\-\d])")


def _board_zone(text: str):
    """The first such note, the pattern tried only around each "UTC" or "GMT" of the page, found by
    str.find (a search of a whole long page with the pattern costs most of a millisecond)."""
    found = []
    for word in ("UTC", "GMT"):
        at = text.find(word)
        while at >= 0:
            lo, hi = max(0, at - 80), at + 43
            m = _BOARD_ZONE.search(text, lo, hi) if text.find("为", lo, hi) >= 0 or text.find("All times are", lo, hi) >= 0 \
                else None   # (a note's head ends in 为 or is English: scripts name zones by the hundred)
            if m is not None:
                found.append(m)
                break   # (this word's first note; the other word's may come first)
            at = text.find(word, at + 3)
    return min(found, key=lambda m: m.start()) if found else None


def board_shift(text: str, root) -> timedelta | None:
    """How far a board's printed times are from Beijing time, when its footer names their zone and
    no <time datetime> carries the zone itself; None when they are Beijing time (or nothing says)."""
    m = _board_zone(text)
    if m is None or any(_ZONE_END.search(t.get("datetime") or "") for t in root.iter("time")) \
            or len(_ZONED_TIME.findall(text, 0, 500_000)) >= 2:
        return None   # (nor when the times print their zone themselves: "13:22:05 (UTC)", read as such)
    offset = (int(m.group(2) or 0) * 60 + int(m.group(3) or 0)) * (-1 if m.group(1) == "-" else 1)
    return None if offset == 480 else timedelta(minutes=480 - offset)
