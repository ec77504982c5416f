"""Publish times a page gives in attributes rather than in its text or scripts: a time attribute on
the element around the article's text (``data-time="1794126000"``), a ``data-publish`` attribute or a
hidden element named for the time anywhere, an attribute of what follows a publish label."""
from __future__ import annotations

import re
from itertools import islice

from .dates import ATTR_TIME, parse_chinese_datetime
from .script_dates import compact_stamp, date_plausible


# an element carrying the publish time as epoch seconds / milliseconds for a script to print
_ATTR_DATE = re.compile(r"""\sdata-(?:publish|pub)[\w-]*\s*=\s*["'](\d{13}|\d{10})["']""")


# ... or as the whole content of a hidden element named for it (环球网: <textarea class="article-time">…)
_HIDDEN_DATE = re.compile(r"""<(?:textarea|span|div|em|i|p)\b[^>]{0,200}?\b(?:class|id|name)\s*=\s*["'][^"']{0,60}?"""
                          r"""\b(?:article[-_]?time|pub(?:lish)?[-_]?(?:time|date)|ptime)\b[^"']{0,60}["'][^>]{0,200}>\s*"""
                          r"""(\d{13}|\d{10}|(?:19|20)\d\d-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?)\s*<""", re.I)


# a time attribute on an element: data-time="1794126000", data-pubdate="2026-11-08 16:20"
_TIME_ATTR_NAME = re.compile(r"^data-(?:pub(?:lish)?[-_]?(?:time|date|at|ts)?|time(?:stamp)?|date|ts|ctime)$")
_TIME_ATTR_VALUE = re.compile(r"^\s*(?:\d{13}|\d{10}|(?:19|20)\d\d-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?\S*)?)\s*$")


def own_attr_date(container, now):
    """The publish time held in a time attribute of the element around the article's text (a
    script-built page's ``<div class="article-detail" data-time="1794126000">``); related items
    carry their own, on elements that do not hold the text."""
    el, depth = container, 0
    while el is not None and depth < 6 and el.tag not in ("body", "html"):
        for name, value in el.attrib.items():
            if _TIME_ATTR_NAME.match(name) and _TIME_ATTR_VALUE.match(value):
                dt = parse_chinese_datetime(value.strip(), now)
                if dt is not None and date_plausible(dt, now):
                    return dt
        el, depth = el.getparent(), depth + 1
    return None


# ... or in a time attribute of the element right after a publish label, an image of the time
# drawn by the server (发布时间：<img src="/pubdate/…/1640.gif" data-time="201506121640">)
_LABELLED_ATTR = re.compile(r"""(?:发布|發布|发表|發表|發佈)(?:时间|時間|日期)\s*[：:]?\s*<(?:img|span|em|i|b|time)\b"""
                            r"""[^>]{0,200}?\sdata-[\w-]*(?:time|date)\s*=\s*["'](\d{10}|\d{12}|\d{13}|\d{14})["']""")


def attr_date(raw: str, now):
    """The publish time held only in a ``data-publish="1794789900000"`` attribute, or in a hidden
    element named for it (``<textarea class="article-time">1794872160000</textarea>``), or in an
    attribute of what follows a publish label, for a script or an image to show: the first such."""
    head = raw[:1_000_000]
    m = _LABELLED_ATTR.search(head)
    if m is not None:
        dt = parse_chinese_datetime(compact_stamp(m.group(1)), now)
        if dt is not None and date_plausible(dt, now):
            return dt
    for rx in (_ATTR_DATE, _HIDDEN_DATE):
        m = rx.search(head)
        if m is not None:
            dt = parse_chinese_datetime(m.group(1), now)
            if dt is not None and date_plausible(dt, now):
                return dt
    return None


_MODIFIED = re.compile(r"dateModified", re.I)
_UPDATED_CLASS = re.compile(r"(?:^|\s)(?:updated|modified)(?:$|\s)")


_EDIT_SHOWN = re.compile(r"^\s*(?:最后|最近)?(?:编辑|更新|修改)(?:于|時間|时间|日期)")


def tooltip_times(el) -> list[str]:
    """Full times in the ``title`` / ``datetime`` attributes of a byline line's inline elements (a
    relative "昨天" or "3天前" shown, the minute behind it). Only the first 60 such elements are
    looked at: a short line's element is small, unless the line sits loose in a big container."""
    out = []
    for sub in islice(el.iter("abbr", "span", "time", "em", "i", "a"), 60):
        if _MODIFIED.search(sub.get("itemprop") or "") or _UPDATED_CLASS.search(sub.get("class") or "") \
                and "published" not in (sub.get("class") or ""):
            continue   # (the last edit's, hidden beside it: WordPress's <time class="updated" itemprop="dateModified">)
        if _EDIT_SHOWN.match(sub.text or ""):
            continue   # (or the tooltip of a stamp shown as the last edit's: <span title="…">最后编辑于 2024-06-01 08:03</span>)
        for attr in ("title", "datetime", "data-time"):
            v = sub.get(attr)
            if v and ATTR_TIME.match(v):
                out.append(v.strip())
                break
        if len(out) >= 2:
            break
    return out
