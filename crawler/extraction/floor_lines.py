"""A WAP board's thread printed as lines, in one element or an element each: each post opens with
its floor and poster ("[楼主]浔江渔夫:", "[2楼]KX网友7731:", or "[沙发] 小鱼儿 2009-8-14 22:31" with its
stamp) and runs to the next rule line ("-------------", an <hr>); its stamp line ("(08-6-21 22:15)")
dates it, and its action links (回复|引用|举报), a device or signature line ("--发自诺基亚N73") and a
quoted line ("『引用2楼:…』", "引用2楼 name：…") are not its words. The lines between a rule and the
next floor (an ad, "[推广]…") belong to no post."""
from __future__ import annotations

import re
from itertools import islice
from datetime import datetime

from . import fields as F
from .dates import iter_dates
from .dom import Block
from .post_lines import _ACTIONS, _EDIT_NOTE, _FORUM_BOILER, _SIG_SEP
from .sections import is_marker

_FLOOR = r"楼主|樓主|沙发|沙發|板凳|地板|\d{1,4}\s*[楼樓]"
_WAP_STAMP = r"(?:(?:19|20)?\d\d-)?[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d(?::\d\d)?"
_HEAD = re.compile(r"^(?:[\[【](?:" + _FLOOR + r")[\]】]|(?:" + _FLOOR + r")\s*[.．:：]|(?:" + _FLOOR + r")\s+(?=\S{1,16}\s+\d))"
                   r"\s*([^\s，。！？:：]{1,16})\s*"
                   r"(?:[:：]\s*(.*)|\s*(?:发表于|發表於)?\s*" + _WAP_STAMP + r"|(?<=[^\s:：])(?=$))$")   # (or the name alone,
# its stamp under the words: "[楼主]东站卖水果的")   # ("[2楼]name:", "[沙发] 小鱼儿 2009-8-14
# 22:31", "1楼.小雨点 10-08 14:35", "楼主:阿明哥 发表于2010-10-08 14:22": the floor, the poster and the stamp)
_STAMP_ONLY = re.compile(r"^[(（\[]?\s*(?:\d\d|(?:19|20)\d\d)-[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d(?::\d\d)?\s*[)）\]]?"
                         r"(?:\s*(?:回|回复|回覆))?$")   # ("(08-6-18 21:20) 回": the stamp and its reply link)
_SIGNED = re.compile(r"^(?:--|——)\s*\S|^[(（\[【]来自\s*[:：]?\s*\S{1,20}[)）\]】]$|^[\[【〖]签名[\]】〗]|^(?:签名|簽名)\s*[:：].{0,40}$")   # ("[签名]白沙人…")   # ("(来自诺基亚5230)": a device line)
_QUOTED = re.compile(r"^[『「【\[〖]\s*引用.{0,80}[』」】\]〗]$|^引用\s*(?:\d{1,4}\s*[楼樓])?\s*\S{1,16}?\s*[:：]")   # ("引用2楼 小鱼儿：…",
# "引用老胡同:…")


def floor_posts(blocks: list[Block], now: datetime):
    """[Post] per floor-led run of lines, or None when no element holds three such heads."""
    from .core import Post

    heads = [b for b in blocks[:3000] if len(b.text) <= 60 and _HEAD.match(b.text)]
    if len(heads) < 3:
        return None
    # in one element (lines parted by <br>), or in sibling elements under one (a line each)
    owner = max({b.owner for b in heads}, key=lambda o: sum(1 for b in heads if b.owner is o))
    box = owner if sum(1 for b in heads if b.owner is owner) >= 3 else owner.getparent()
    heads = [b for b in heads if b.owner is box or b.owner.getparent() is box]
    if len(heads) < 3:
        return None

    def inside(b) -> bool:   # (a line may sit a level or two deeper: a quote's own box)
        return b.owner is box or any(a is box for a in islice(b.owner.iterancestors(), 3))
    starts = {b.index for b in heads}
    posts, year = [], None
    for h in heads:
        m = _HEAD.match(h.text)
        lines = [m.group(2).strip()] if m.group(2) and m.group(2).strip() else []
        stamp = next(iter_dates(h.text, now), None) if m.group(2) is None else None
        quoting = False
        for b in blocks[h.index + 1:h.index + 60]:
            t = b.text.strip()
            if b.index in starts or not inside(b) or b.noise or _PAGE_END.match(t) or is_marker(b):
                break   # (the page's bar, its reply box or a list's heading under the last post)
            if _SIG_SEP.match(t) or b.extra.get("ruled"):
                if lines:
                    break
                continue   # (the opening post's rule under its head and counters)
            if quoting:
                quoting = False   # (the quoted words under "引用3楼(某某)：")
                continue
            if _QUOTE_HEAD_ONLY.match(t):
                quoting = True
                continue
            if _STAMP_ONLY.match(t):
                stamp = stamp or next(iter_dates(t, now), None)
            elif t and not (_ACTIONS.match(t) or _FORUM_BOILER.match(t) or _SIGNED.match(t) or _QUOTED.match(t) or F.STAT_LINE.match(t)
                            or _COUNTERS.match(t) or len(t) <= 120 and _EDIT_NOTE.search(t)):
                lines.append(t)
        when = stamp.dt if stamp else None
        if stamp is not None and stamp.kind == "noyear" and year is not None:
            when = _in_year(when, year)   # ("10-08 14:35" under the opening post's "2010-10-08 14:22")
        elif stamp is not None and stamp.kind != "noyear":
            year = when.year
        if when is not None:
            year = when.year
        if lines:
            posts.append(Post(len(posts) + 1, m.group(1), when, "\n".join(lines)))
    return posts if len(posts) >= 3 else None


_QUOTE_HEAD_ONLY = re.compile(r"^引用\s*(?:\d{1,4}\s*[楼樓])?\s*[(（]?\S{0,16}?[)）]?(?:\s*的(?:回复|回帖|发言|帖子))?\s*[:：]$")   # ("引用 2楼 某某 的回复：")
_PAGE_END = re.compile(r"^(?:第\s*\d+\s*/\s*\d+\s*页|共\s*\d+\s*页|快速回复|快速回覆|发表回复|我要回复|版规)")
_COUNTERS = re.compile(r"^(?:(?:阅读|閱讀|查看|浏览|瀏覽|点击|回复|回覆)\s*[:：]\s*\d+\s*){2,}$")   # ("阅读:1033 回复:8")


def _in_year(when: datetime, year: int) -> datetime:
    try:
        return when.replace(year=year)
    except ValueError:
        return when


def floor_heads(blocks: list[Block]) -> int:
    """How many short lines open a post with its floor and poster, not its words ("[1楼] 阿杰 09-3-17 20:58",
    "[楼主]某某")."""
    return sum(1 for b in blocks[:3000] if len(b.text) <= 60 and (m := _HEAD.match(b.text)) and m.group(2) is None)
