"""A telnet-era BBS article as its web view prints it (PTT-like boards, 水木/未名-like 站): a mail header
(作者/发信人, 看板/信区, 標題/标题, 時間/发信站 with the C ``ctime`` stamp "Wed Jan 10 21:34:56 2024"),
the article's lines, then a "--" rule, the station's "※ 發信站/※ 来源" lines and the pushes
("推 kuroneko77: 夜市不就這樣 01/10 21:36"). Read as a thread: the article the opening post, each push a
reply (the board's replies, its readers' say on the article, as a thread's are)."""
from __future__ import annotations

import re
from datetime import datetime

from .dates import iter_dates
from .dom import Block

# "作者chengwan0102 (南嶼阿賢)", "发信人: smthuser (夜归人), 信区: Beijing"
_AUTHOR = re.compile(r"^(?:作者|發信人|发信人)\s*[:：]?\s*([A-Za-z0-9_.\-]{2,20})")
_SUBJECT = re.compile(r"^(?:標\s*題|标\s*题)\s*[:：]?\s*(.+)$")
# a push: its mark, the pusher's id, ":", the words, the year-less stamp (an IP may stand before it)
_PUSH = re.compile(r"^(?:推|噓|嘘|→)\s*([A-Za-z0-9_.\-]{2,20})\s*[:：]\s?(.*?)\s*"
                   r"(?:(?:\d{1,3}\.){3}\d{1,3}\s+)?(\d{1,2})/(\d{1,2})(?:\s+(\d{1,2}):(\d\d))?$")
_STATION = re.compile(r"^※\s*(?:發信站|发信站|文章網址|文章网址|來源|来源|編輯|编辑|修改|轉錄|转载)")
# the lines an article quotes: "※ 引述《tofu0928 (臭豆腐)》之銘言：" over ": <their words>"
_QUOTED = re.compile(r"^(?:※\s*(?:引述|引述自|引用)|【\s*在\s*.{1,40}的大作中提到|[:：]\s)")
_WEEKDAY = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+[A-Z][a-z]{2}\s")   # (the ctime's opening)
_HEAD_SPAN = 6   # header fields stand within this many blocks of the author's


def _ctime(t: str, now: datetime) -> datetime | None:
    """The station's stamp in a header line: the C library's ctime() ("Wed Jan 10 21:34:56 2024"), read as
    ``dates`` reads it."""
    if not _WEEKDAY.search(t):
        return None
    return next((d.dt for d in iter_dates(t, now) if d.kind == "full" and d.has_time), None)


def _header_at(blocks: list[Block], i: int, now: datetime):
    """(author, stamp, index past the header, the subject's block) when a mail header starts at block
    ``i``, else None."""
    m = _AUTHOR.match(blocks[i].text)
    if m is None:
        return None
    when, subject, end = _ctime(blocks[i].text, now), None, i + 1
    for j in range(i, min(len(blocks), i + _HEAD_SPAN)):
        t = blocks[j].text
        if j > i and _AUTHOR.match(t):
            break
        hit = False
        if _SUBJECT.match(t):
            subject, hit = blocks[j], True
        if when is None and (stamp := _ctime(t, now)) is not None:
            when, hit = stamp, True
        if hit or j == i or re.match(r"^(?:看板|信區|信区)", t):
            end = j + 1
    return (m.group(1), when, end, subject) if subject is not None and when is not None else None


def mail_posts(blocks: list[Block], now: datetime):
    """[Post] of a page holding one such article: the article (without the lines it quotes), then each
    push, a reply of its own (its pusher's id, its words, its "03/12 21:08" in the article's year); or
    None. A page of several articles under headers of their own (a thread read in one view) is left to
    the thread readers, which know their quotes."""
    from .core import Post

    start = next((i for i, b in enumerate(blocks[:400]) if b.text[:1] in "作發发" and _header_at(blocks, i, now)), None)
    if start is None:
        return None
    author, when, i, subject = _header_at(blocks, start, now)
    lines: list[str] = []
    pushes: list = []
    in_text = True
    for b in blocks[i:i + 3000]:
        t = b.text.strip()
        if b.extra.get("section"):
            break   # (the page's own lists)
        if t[:1] in "作發发" and _header_at(blocks, b.index, now) is not None:
            return None   # (a second article)
        if (p := _PUSH.match(t)) is not None:
            in_text = False
            pushes.append(Post(0, p.group(1), _push_time(p, when, now), p.group(2)))
        elif t in ("--", "──") or _STATION.match(t):
            in_text = False   # (the signature, the station's lines)
        elif in_text and t and not _QUOTED.match(t):
            lines.append(t)
    if not lines:
        return None
    subject.extra["subject"] = _SUBJECT.match(subject.text).group(1).strip()   # (as the station prints it)
    posts = [Post(1, author, when, "\n".join(lines))] + [p for p in pushes if p.text]
    for n, p in enumerate(posts, 1):
        p.floor = n
    return posts


def _push_time(p, first: datetime | None, now: datetime) -> datetime | None:
    """A push's "01/11 00:12" in the year of the article (the next year once the month runs back)."""
    if first is None or p.group(5) is None:
        return None
    year = first.year + (1 if int(p.group(3)) < first.month else 0)
    try:
        return datetime(year, int(p.group(3)), int(p.group(4)), int(p.group(5)), int(p.group(6)), tzinfo=now.tzinfo)
    except ValueError:
        return None
