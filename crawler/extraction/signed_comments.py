"""A wiki's talk page: comments closed by their authors' signatures ("——滢水（留言） 2013年3月12日 (二)
06:41 (UTC)" at the end of a paragraph or an indented <dd>), or by the note a bot adds under an unsigned
one ("—以上未签名的留言由 180.126.77.203（对话）于 <time> (UTC)加入。"). Each signature ends a post: the
lines since the one before are its text, the name its author, the time (UTC) its time. The thread's
subject is the heading of the section they are in ("[编辑] …" without its edit link)."""
from __future__ import annotations

import re
from datetime import datetime

from .dates import iter_dates
from .dom import HEADINGS, Block

# (the talk link's word: 留言, 讨论, 对话, talk; the time as the wiki prints it, its weekday in brackets)
_SIGNATURE = re.compile(r"\s*[—–-]{1,2}\s*(?P<name>[^\s（(—–]{1,30}?)\s*[（(]\s*(?:留言|讨论|討論|对话|對話|talk|Talk|贡献|貢獻)"
                        r"[^)）]{0,20}[)）]\s*(?P<when>(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*[（(][一二三四五六日][)）]\s*"
                        r"[0-2]?\d:[0-5]\d\s*[（(](?:UTC|CST)[)）])\s*$")
_UNSIGNED = re.compile(r"\s*[—–-]{1,2}\s*以上未(?:签名|簽名)的留言由\s*(?P<name>[^\s（(]{1,40}?)\s*(?:[（(][^)）]{0,12}[)）])?\s*"
                       r"(?:于|於)\s*(?P<when>(?:19|20)\d\d年.{4,30}?[（(]UTC[)）])\s*加入。?\s*$")
_EDIT_LINK = re.compile(r"^\s*\[(?:编辑|編輯|编辑源代码|編輯原始碼|edit)\]\s*", re.I)
_SCAN = 1500


def _signed(text: str):
    """(text without the signature, name, time text) when the line ends with one, else None."""
    if "UTC" not in text and "CST" not in text:
        return None
    m = _SIGNATURE.search(text) or _UNSIGNED.search(text)
    return (text[:m.start()].rstrip(), m.group("name"), m.group("when")) if m else None


def _when(text: str, now: datetime):
    utc = "UTC" in text
    text = re.sub(r"\s*[（(](?:UTC|CST)[)）]", " UTC" if utc else "", text)
    text = re.sub(r"[（(][一二三四五六日][)）]", " ", text)
    return next((d.dt for d in iter_dates(text, now, allow_noyear=False, allow_relative=False) if d.has_time), None)


def signed_posts(blocks: list[Block], now: datetime):
    """[Post] per signed comment, or None when the page has fewer than three signatures. The section's
    heading above the first is marked ``extra["subject"]`` with its text."""
    from .core import Post

    signed = [(i, s) for i, b in enumerate(blocks[:_SCAN]) if not b.noise and (s := _signed(b.text))]
    if len(signed) < 3:
        return None
    first = signed[0][0]
    head = next((k for k in range(first - 1, max(-1, first - 40), -1) if blocks[k].tag in HEADINGS), None)
    start = head + 1 if head is not None else first
    posts, lines = [], []
    ends = dict(signed)
    for k in range(start, signed[-1][0] + 1):
        b = blocks[k]
        if b.noise or b.quoted or not b.text.strip() or b.tag in HEADINGS:
            continue
        if k in ends:
            words, name, when = ends[k]
            if words:
                lines.append(words)
            if lines:
                posts.append(Post(len(posts) + 1, name, _when(when, now), "\n".join(lines)))
            lines = []
        else:
            lines.append(b.text.strip())
    if len(posts) < 3:
        return None
    if head is not None:
        subject = _EDIT_LINK.sub("", blocks[head].text).strip()
        if len(subject) >= 2:
            blocks[head].extra["subject"] = subject
    return posts
