"""Publish times a page's scripts write into its text: ``$("#pubtime").text(fmt(1402536615))``,
``document.write(publish_time)`` of a variable, a formatter's literal or an object's member, and the
first call of the page's own writing function (``writeTime(1318314652)`` under the headline)."""
from __future__ import annotations

import re

from .dates import parse_chinese_datetime
from .script_dates import compact_stamp, date_plausible


_FILLED = re.compile(r"""\$\(\s*["']#([\w-]{0,30})["']\s*\)\.(?:text|html)\(\s*[\w.$]{1,30}\(\s*["']?(\d{13}|\d{10})["']?""")
_FILLED_ID = re.compile(r"time|date|pub", re.I)
_NOT_PUBLISHED_ID = re.compile(r"mod|upd|edit|last|now|sys|server|cur", re.I)


def filled_date(raw: str, now):
    for m in _FILLED.finditer(raw, 0, 1_000_000):
        if _FILLED_ID.search(m.group(1)) and not _NOT_PUBLISHED_ID.search(m.group(1)):
            if (dt := _plausible(m.group(2), now)) is not None:
                return dt
    return None


# a script writing the time where it stands: document.write(pt.substring(0, 16)), "var pt = '<time>'"
_WRITTEN = re.compile(r"""document\.write\(\s*(?:["'][^"']{0,80}["']\s*\+\s*)?([A-Za-z_$][\w$]{0,30})\b""")


_MEMBER_ARG = re.compile(r"\s*\(\s*([A-Za-z_$][\w$]{0,30})\.([A-Za-z_$][\w$]{0,30})\s*\)")
_LITERAL_ARG = re.compile(r"""\s*\(\s*["']?((?:19|20)\d{12}|\d{13}|\d{10}|(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}(?:[ T]\d{1,2}:\d\d(?::\d\d)?)?)["']?\s*[,)]""")
# (or a compact stamp: fmtTime("20191203164109"))


def written_date(raw: str, now):
    for m in _WRITTEN.finditer(raw, 0, 1_000_000):
        name = m.group(1)
        if _NOT_PUBLISHED_ID.search(name):
            continue
        if (arg := _LITERAL_ARG.match(raw, m.end())) is not None:   # a formatter given the time itself:
            if (dt := _plausible(compact_stamp(arg.group(1)), now)) is not None:   # document.write(fmtTime('1402536615'))
                return dt
            continue
        if (member := _MEMBER_ARG.match(raw, m.end())) is not None:   # ... or an object's member:
            dt = _assigned_date(raw, now, member.group(1), member.group(2))  # (fmtTime(_artInfo.pt),
        else:                                                    # var _artInfo = {pt:'…'})
            dt = _assigned_date(raw, now, name)
        if dt is not None:
            return dt
    return _writer_call(raw, now)


# a function of the page's that writes what it is given (function writeTime(t){…document.write(…)})
_WRITER = re.compile(r"function\s+([A-Za-z_$][\w$]{0,30})\s*\([^)]{0,40}\)\s*\{[^{}]{0,400}?document\.write\(")


def _writer_call(raw: str, now):
    """The time given to the first call, in the page's body, of a function that writes it: a blog's
    ``<span class="time"><script>writeTime(1318314652)</script></span>`` under its headline (its
    comments call it again, later in the page, with their own)."""
    body = raw.find("<body")
    for m in _WRITER.finditer(raw, 0, 1_000_000):
        call = re.search(r"(?<![\w$.])" + re.escape(m.group(1)) + _LITERAL_ARG.pattern, raw[max(body, 0):max(body, 0) + 1_000_000])
        if call is not None and (dt := _plausible(call.group(1), now)) is not None:
            return dt
        # ... or given a variable named for a time: writeDate(pubdate), var pubdate = '20090617153208'
        call = re.search(r"(?<![\w$.])" + re.escape(m.group(1)) + r"\(\s*([A-Za-z_$][\w$]{0,30})\s*\)",
                         raw[max(body, 0):max(body, 0) + 1_000_000])
        if call is not None and _FILLED_ID.search(call.group(1)) and not _NOT_PUBLISHED_ID.search(call.group(1)):
            if (dt := _assigned_date(raw, now, call.group(1))) is not None:
                return dt
    return None


# what a script puts into an element or the page: document.write(…), $("#id").text(…), an element's
# innerHTML = …, given a variable or an object's member, perhaps through a formatter
_SINK = re.compile(r"""(?=[gd$])(?:getElementById\(\s*["']([\w-]{1,40})["']\s*\)\.innerHTML\s*=|document\.write\(|"""
                   r"""\$\(\s*["']#([\w-]{1,40})["']\s*\)\.(?:text|html)\()\s*(?:[A-Za-z_$][\w$.]{0,30}\(\s*)?"""
                   r"""([A-Za-z_$][\w$]{0,30})(?:\.([A-Za-z_$][\w$]{0,30}))?\s*[,);]""")


def sunk_date(raw: str, now):
    """The time a script writes into the page from a variable or an object's member
    (``innerHTML = fmtTime(videoInfo.addTime)`` with ``var videoInfo = {addTime: 1253011325000}``,
    ``document.write(fmtTime(publish_time))``): into an element named for a
    time, or from a variable named for one; never a server's, an update's or an edit's."""
    for m in _SINK.finditer(raw, 0, 1_000_000):
        target, name, member = m.group(1) or m.group(2), m.group(3), m.group(4)
        named = member or name
        if target and (not _FILLED_ID.search(target) or _NOT_PUBLISHED_ID.search(target)) \
                or _NOT_PUBLISHED_ID.search(named) or not (target or _FILLED_ID.search(named) or member):
            continue
        if (dt := _assigned_date(raw, now, name, member)) is not None:
            return dt
    return None


def _assigned_date(raw: str, now, name: str, member: str | None = None):
    """The plausible time a page's script assigns to a variable (``var pubdate = '20090617153208'``)
    or to an object's member (``var ARTICLE = {pubdate: 1245744300}``), quoted or a bare epoch."""
    owner = r"(?:var|let|const)\s+" + re.escape(name) + r"\s*=\s*"
    if member:
        owner += r"\{[^{}]{0,600}?\b" + re.escape(member) + r"[\"']?\s*:\s*"
    v = re.search(owner + r"""(?:["']([^"']{8,40})["']|(\d{13}|\d{10})\b)""", raw)
    return _plausible(compact_stamp(v.group(1) or v.group(2)), now) if v else None


def _plausible(text: str, now):
    dt = parse_chinese_datetime(text, now)
    return dt if dt is not None and date_plausible(dt, now) else None
