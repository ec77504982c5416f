"""A WAP board's thread printed as lines, in one element or an element each: each post opens with
its floor and poster ("[楼主]浔江渔夫:", "[2楼]KX网友7731:", or "[沙发] 小鱼儿 2009-8-14 22:31" with its
stamp) and runs to the next rule line ("-------------", an <hr>); its stamp line ("(08-6-21 22:15)")
dates it, and its action links (回复|引用|举报), a device or signature line ("--发自诺基亚N73") and a
quoted line ("『引用2楼:…』", "引用2楼 name：…") are not its words. The lines between a rule and the
next floor (an ad, "[推广]…") belong to no post."""
from __future__ import annotations

import re
from datetime import datetime

from .dates import iter_dates
from .dom import Block
from .post_lines import _ACTIONS, _SIG_SEP

_HEAD = re.compile(r"^[\[【](楼主|樓主|沙发|沙發|板凳|地板|\d{1,4}\s*[楼樓])[\]】]\s*([^\s，。！？:：]{1,16})\s*"
                   r"(?:[:：]\s*(.*)|\s(?:(?:19|20)?\d\d-[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d(?::\d\d)?))$")   # ("[2楼]name:" or
# "[沙发] 小鱼儿 2009-8-14 22:31": the floor, the poster and the stamp)
_STAMP_ONLY = re.compile(r"^[(（\[]?\s*(?:\d\d|(?:19|20)\d\d)-[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d(?::\d\d)?\s*[)）\]]?$")
_SIGNED = re.compile(r"^--\s*\S")
_QUOTED = re.compile(r"^[『「【\[]\s*引用.{0,80}[』」】\]]$|^引用\s*\d{1,4}\s*[楼樓]\s*\S{1,16}\s*[:：]")   # ("引用2楼 小鱼儿：…")


def floor_posts(blocks: list[Block], now: datetime):
    """[Post] per floor-led run of lines, or None when no element holds three such heads."""
    from .core import Post

    heads = [b for b in blocks[:3000] if len(b.text) <= 60 and b.text[:1] in "[【" and _HEAD.match(b.text)]
    if len(heads) < 3:
        return None
    # in one element (lines parted by <br>), or in sibling elements under one (a line each)
    owner = max({b.owner for b in heads}, key=lambda o: sum(1 for b in heads if b.owner is o))
    box = owner if sum(1 for b in heads if b.owner is owner) >= 3 else owner.getparent()
    heads = [b for b in heads if b.owner is box or b.owner.getparent() is box]
    if len(heads) < 3:
        return None

    def inside(b) -> bool:
        return b.owner is box or b.owner.getparent() is box
    starts = {b.index for b in heads}
    posts = []
    for h in heads:
        m = _HEAD.match(h.text)
        lines = [m.group(3).strip()] if m.group(3) and m.group(3).strip() else []
        when = next((d.dt for d in iter_dates(h.text, now)), None) if m.group(3) is None else None
        for b in blocks[h.index + 1:h.index + 60]:
            t = b.text.strip()
            if b.index in starts or _SIG_SEP.match(t) or not inside(b) or b.extra.get("ruled") or b.noise:
                break
            if _STAMP_ONLY.match(t):
                when = when or next((d.dt for d in iter_dates(t, now)), None)
            elif t and not (_ACTIONS.match(t) or _SIGNED.match(t) or _QUOTED.match(t)):
                lines.append(t)
        if lines:
            posts.append(Post(len(posts) + 1, m.group(2), when, "\n".join(lines)))
    return posts if len(posts) >= 3 else None
