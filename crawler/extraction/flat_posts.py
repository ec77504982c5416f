"""Threads whose posts have no element each: a chat-like board of stamped header lines over their
text, all siblings of one parent (``flat_posts``); posts parted by ``<hr>`` rules only, each led by its
numbered stamp (``ruled_posts``); a chat's "name time" heads over their messages (``chat_posts``).
``forum.extract_posts`` asks them before looking for a container per post."""
from __future__ import annotations

import re

from .dates import iter_dates
from .dom import Block, norm_ws
from .forum_detect import CHAT_HEAD, chat_heads, ruled_stamps
from .thread_marks import STAMP as _STAMP
from .post_list import _sig
from .post_stamp import time_in_lines
from .post_text import member_text
from .thread_cleanup import clean_posts


def flat_posts(blocks: list[Block], now) -> list:
    """A chat-like board with no container per post: each post is a stamped header line (name +
    time) followed by its text lines, all siblings under one parent. Three or more same-shaped
    stamped headers under one parent split it into posts."""
    from .core import Post

    heads: dict = {}
    for b in blocks[:3000]:
        if len(b.text) <= 60 and not b.noise_forum and _STAMP.search(b.text):
            el = b.owner
            parent = el.getparent()
            if parent is not None:
                heads.setdefault((parent, _sig(el)), []).append(b)
    best = max(heads.values(), key=len, default=[])
    if len(best) < 3 or len({b.owner for b in best}) < len(best):
        return []
    parent = best[0].owner.getparent()
    starts = {b.owner: b for b in best}
    posts, current = [], None
    for b in blocks[best[0].index:]:
        child = b.owner
        while child is not None and child.getparent() is not parent:
            child = child.getparent()
        if child is None:
            break    # past the board
        if child in starts:
            head = starts[child]
            when = time_in_lines([head], now, need_time=True)
            name = head.text
            for dm in iter_dates(head.text, now):
                name = name.replace(head.text[dm.start:dm.end], " ")
            current = [norm_ws(name) or None, when, []]
            posts.append(current)
        elif current is not None and b is not starts.get(b.owner):
            current[2].append(b)
    out = []
    for author, when, mblocks in posts:
        lines = member_text(parent, mblocks, author)
        if lines:
            out.append(Post(len(out) + 1, author, when, "\n".join(lines)))
    if len(out) < 3:
        return []
    clean_posts(out)
    return out


def ruled_posts(blocks: list[Block], now) -> list:
    """Posts printed as runs of text in one element, parted by <hr> rules, each ending with its
    numbered stamp line ("1楼 2026-11-18 12:40 回复"); the run's first short line is the poster."""
    from .core import Post

    stamps = ruled_stamps(blocks)
    if not stamps:
        return []
    parent = stamps[0].owner

    def inside(b) -> bool:
        return b.owner is parent or any(a is parent for a in b.owner.iterancestors())

    out = []
    for k, stamp in enumerate(stamps):
        # (the first run begins with the element's first line)
        lo = stamps[k - 1].index + 1 if k else next((b.index for b in blocks if inside(b)), stamp.index)
        run = [b for b in blocks[lo:stamp.index] if inside(b)]
        author = run[0].text if run and len(run[0].text) <= 24 and not run[0].punct else None
        if author:
            run = run[1:]
            author = re.sub(r"\s+\d{1,3}$", "", author)   # (the poster's level badge after the name)
        lines = member_text(parent, run, author)
        if lines:
            out.append(Post(len(out) + 1, author, time_in_lines([stamp], now, need_time=True), "\n".join(lines)))
    if len(out) < 3:
        return []
    clean_posts(out)
    return out


_SYSTEM_LINE = re.compile(r"^[—–\-]{2}.*[—–\-]{2}$")   # "—— “某某”撤回了一条消息 ——"


def chat_posts(blocks: list[Block], now) -> list:
    """A chat log in one element: each header line ("3栋-王姐 昨天 21:05") and the lines under it, up
    to the next header, are a post; the group's notices ("—— … 加入了群聊 ——") are nobody's."""
    from .core import Post

    heads = chat_heads(blocks)
    if not heads:
        return []
    owner = heads[0].owner
    out = []
    for k, head in enumerate(heads):
        end = heads[k + 1].index if k + 1 < len(heads) else len(blocks)
        run = []
        for b in blocks[head.index + 1:end]:
            if b.owner is not owner or b.extra.get("ruled"):
                break   # past the log
            if not _SYSTEM_LINE.match(b.text):
                run.append(b)
        lines = member_text(owner, run, None)
        if lines:
            author = CHAT_HEAD.match(head.text).group(1)
            out.append(Post(len(out) + 1, author, time_in_lines([head], now, need_time=True), "\n".join(lines)))
    if len(out) < 5:
        return []
    clean_posts(out)
    return out
