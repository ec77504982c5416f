"""The byline zone: the short lines between the headline and the text's first paragraph (and a few
just above the headline), where a page prints its time, source and author; a listed item's date
beside its link and another issue's linked day are not the page's."""
from __future__ import annotations

import re

from .meta import nfkc
from .attr_dates import tooltip_times

_CLOCK = re.compile(r"\d[:：][0-5]\d")
_BARE_DATE = re.compile(r"^[\[(（【]?\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*[\])）】]?$")


_DATE_AFTER_LINK = re.compile(r"(?:[\[(（【]\s*|\s)(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*[\])）】]?$")


# a ticker's item: its time, then its linked headline ("09-07 16:43<a>市公交集团启动…</a>")
_DATE_BEFORE_LINK = re.compile(r"^[\[(（【]?\s*(?:(?:19|20)\d\d[-/.年])?[01]?\d[-/.月][0-3]?\d日?(?:\s*[0-2]?\d:[0-5]\d)?\s*[\])）】]?")


_ANY_DATE = re.compile(r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}")


def _listed_date(b) -> bool:
    """A bare date in a cell or item right after one holding a link, or after a link in its own cell
    ("<a>…</a> (2009-08-07)", "· <a>…</a> 2013-02-28"), or before the link ("09-07 16:43<a>…</a>"): a
    listed item's date."""
    if b.link_len and (m := _DATE_AFTER_LINK.search(b.text)) and b.link_len >= 0.8 * len(b.text[:m.start()].strip()):
        return True
    if b.link_len >= 4 and (m := _DATE_BEFORE_LINK.match(b.text)) and b.link_len >= 0.8 * len(b.text[m.end():].strip()):
        return True
    if b.link_len >= 0.5 * len(b.text) and len(_ANY_DATE.findall(b.text)) >= 2:
        return True   # a ticker of linked notices, each with its day ("通知公告：<a>…</a>2025-03-10 <a>…</a>2025-01-20")
    if b.tag not in ("td", "li", "span", "div") or not _BARE_DATE.match(b.text):
        return False
    prev = b.owner.getprevious()
    return prev is not None and (prev.tag == "a" or next(prev.iter("a"), None) is not None)


def byline_zone(blocks: list, ntitle: str | None, body_start: int) -> list[str]:
    """The zone's lines (the exact times in their tooltips first), for the page's time and fields."""
    title_idx = None
    if ntitle:
        exact, near = [], []
        for b in blocks[:max(body_start + 1, 1) + 5]:
            if len(b.text) > 2 * len(ntitle) + 30:   # too long to be (or hold) the headline, even after NFKC
                continue
            nb = nfkc(b.text)
            if nb == ntitle:
                exact.append(b.index)
            elif ntitle in nb and len(nb) < len(ntitle) + 30 and len(ntitle) >= 4:   # ("微博" is in many lines)
                near.append(b.index)
        for cands in (exact, near):
            before = [i for i in cands if i <= body_start]
            if before:
                title_idx = before[-1]
                break
        if title_idx is None and (exact or near):
            title_idx = (exact or near)[0]
    if title_idx is not None and title_idx <= body_start:
        zone = blocks[title_idx + 1:min(body_start, title_idx + 15)]
        # dates printed just above the headline (not a list's date cell beside its link: "[2009-05-30]")
        zone += [b for b in blocks[max(0, title_idx - 3):title_idx] if not b.noise and not _listed_date(b)]
    else:
        zone = blocks[max(0, body_start - 8):body_start]
    zone_text = []
    for b in zone:
        if b.link_len >= 0.8 * len(b.text) and not _CLOCK.search(b.text):
            continue   # a day as a link ("10月27日" of 往期回顾): another issue's (a microblog's stamp,
            # with its minute, links to the post itself)
        if not (b.noise and len(b.text) > 200):
            if len(b.text) <= 60:   # a relative stamp with the exact time in its tooltip: <abbr title="…">昨天</abbr>
                zone_text += tooltip_times(b.owner)   # (read before the line: "2小时前" is only rounded)
            zone_text.append(b.text)
    return zone_text
