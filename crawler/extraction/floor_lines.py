"""A WAP board's thread printed as lines in one element: each post opens with its floor and poster
("[楼主]浔江渔夫:", "[2楼]KX网友7731:") and runs to the next rule line ("-------------"); its
stamp line ("(08-6-21 22:15)") dates it, and its action links (回复|引用|举报), a device or signature
line ("--发自诺基亚N73") and a quoted line ("『引用2楼:…』") are not its words. The lines between a rule
and the next floor (an ad, "[推广]…") belong to no post."""
from __future__ import annotations

import re
from datetime import datetime

from .dates import iter_dates
from .dom import Block
from .post_lines import _ACTIONS, _SIG_SEP

_HEAD = re.compile(r"^[\[【](楼主|樓主|\d{1,4}\s*[楼樓])[\]】]\s*([^\s，。！？:：]{1,16})\s*[:：]\s*(.*)$")
_STAMP_ONLY = re.compile(r"^[(（\[]?\s*(?:\d\d|(?:19|20)\d\d)-[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d(?::\d\d)?\s*[)）\]]?$")
_SIGNED = re.compile(r"^--\s*\S")
_QUOTED = re.compile(r"^[『「【\[]\s*引用.{0,80}[』」】\]]$")


def floor_posts(blocks: list[Block], now: datetime):
    """[Post] per floor-led run of lines, or None when no element holds three such heads."""
    from .core import Post

    heads = [b for b in blocks[:3000] if len(b.text) <= 60 and "楼" in b.text[:8] and _HEAD.match(b.text)]
    if len(heads) < 3:
        return None
    owner = max({b.owner for b in heads}, key=lambda o: sum(1 for b in heads if b.owner is o))
    heads = [b for b in heads if b.owner is owner]
    if len(heads) < 3:
        return None
    starts = {b.index for b in heads}
    posts = []
    for h in heads:
        m = _HEAD.match(h.text)
        lines = [m.group(3).strip()] if m.group(3).strip() else []
        when = None
        for b in blocks[h.index + 1:h.index + 60]:
            t = b.text.strip()
            if b.index in starts or _SIG_SEP.match(t) or b.owner is not owner:
                break
            if _STAMP_ONLY.match(t):
                when = when or next((d.dt for d in iter_dates(t, now)), None)
            elif t and not (_ACTIONS.match(t) or _SIGNED.match(t) or _QUOTED.match(t)):
                lines.append(t)
        if lines:
            posts.append(Post(len(posts) + 1, m.group(2), when, "\n".join(lines)))
    return posts if len(posts) >= 3 else None
