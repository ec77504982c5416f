"""Streams of other items among a page's blocks, found by repeated sibling structure: three or more
siblings of the same shape, each holding a short "name + timestamp" line (or bare date, or an all-link
headline) beside its text, are comments or teasers, not article text; the first of them is the page's own
card when it stands before any prose and holds most of the words (a status over a feed of its shape).
``shape`` is the one notion of "same-shaped sibling" that the thread and teaser rules share."""
from __future__ import annotations

import re

from .dom import Block, data_row
from .sections import _STAMP, article_started

_DIGITS = re.compile(r"\d+")


def shape(el) -> tuple:
    """An element's tag and first class name with digits folded ("item-3" and "item-7" alike)."""
    cls = el.get("class")
    if not cls:
        return el.tag, ""
    key = (el.tag, cls)
    shape = _SHAPES.get(key)
    if shape is None:
        first = cls.split(None, 1)[0] if cls.strip() else ""
        shape = el.tag, _DIGITS.sub("#", first) if first and any(c.isdigit() for c in first) else first
        if len(_SHAPES) > 20_000:
            _SHAPES.clear()
        _SHAPES[key] = shape
    return shape


_SHAPES: dict[tuple, tuple] = {}
# a row of actions with their counts ("赞 219分享", "点赞 12 评论 3"): no teaser's headline
_ACTION_ROW = re.compile(r"^(?:(?:赞|讚|点赞|點讚|分享|评论|評論|收藏|转发|轉發|回复|回覆|举报|舉報|关注进展|关注)\s*[(（]?\s*\d*\s*[)）]?\s*[·|｜]?\s*){2,}$")


_A_DIGIT = re.compile(r"\d")


def action_row(t: str) -> bool:
    """A row of actions with their counts ("赞 219分享", "点赞 213分享举报关注进展")."""
    return t[:1] in "赞讚点點分评評收转轉回举舉关" and _A_DIGIT.search(t) is not None and _ACTION_ROW.match(t) is not None
_BARE_TIME = re.compile(r"^[0-2]?\d:[0-5]\d$")
_BRACKET_HEAD = re.compile(r"^【[^】]{4,40}】.")


def mark_item_streams(blocks: list[Block], title: str | None = None) -> int:
    """Mark ``extra['stream']`` on blocks inside runs of three or more same-shaped siblings that
    each hold a short stamped line ("name 2026-11-20 10:02") or an all-link headline, and some
    other text: comment streams and teaser feeds. The item holding the page's own headline is not
    one (a "continuous reading" page prints the previous and next articles in full after it)."""
    item_parent: dict = {}
    shapes: dict = {}  # parent -> {shape: count of children}
    seen: set = set()
    for i, b in enumerate(blocks):
        n = len(b.text)
        if n > 40:
            continue
        # an item's head: a timestamp line, or a headline that is all link (a teaser's title), or a
        # bare clock time over a 【headline】 (a 7×24 flash feed's item; a live page's entries carry
        # no headline of their own)
        if not (_STAMP.search(b.text) or (n >= 6 and b.link_len >= n - 1 and not action_row(b.text)) or (
                n <= 5 and _BARE_TIME.match(b.text) and i + 1 < len(blocks) and _BRACKET_HEAD.match(blocks[i + 1].text))):
            continue
        el = b.owner
        for _ in range(6):
            p = el.getparent()
            if p is None or el in item_parent or el in seen:
                break
            seen.add(el)
            counts = shapes.get(p)
            if counts is None:
                counts = {}
                if len(p) <= 2000:
                    for k in p:
                        if isinstance(k.tag, str):
                            sk = shape(k)
                            counts[sk] = counts.get(sk, 0) + 1
                shapes[p] = counts
            if counts.get(shape(el), 0) >= 3:
                item_parent[el] = p
                break
            el = p
    if not item_parent:
        return 0
    # an item holds the stamp and at least one other block
    count: dict = {}
    owner_item: dict = {}
    for b in blocks:
        o = b.owner
        if o in owner_item:
            item = owner_item[o]
        else:
            item, el = None, o
            for _ in range(7):
                if el is None:
                    break
                if el in item_parent:
                    item = el
                    break
                el = el.getparent()
            owner_item[o] = item
        if item is not None:
            count[item] = count.get(item, 0) + 1
            b.extra["_item"] = item
    per_parent: dict = {}
    for item, p in item_parent.items():
        if count.get(item, 0) >= 2 and not data_row(item):
            per_parent[p] = per_parent.get(p, 0) + 1
    own = next((b.extra["_item"] for b in blocks if "_item" in b.extra and title and b.text.strip() == title.strip()
                and (b.tag in ("h1", "h2", "h3") or not b.link_len)), None)   # (an e-paper's 版面 printing all
    # its stories, each under its <h2>; a continuous-reading page's stories under headline <div>s: the one
    # the <title> names is the page's)
    if own is None:
        own = _leading_card(blocks, item_parent)
    marked = 0
    for b in blocks:
        item = b.extra.pop("_item", None)
        if item is not None and item is not own and count.get(item, 0) >= 2 and per_parent.get(item_parent[item], 0) >= 3:
            b.extra["stream"] = True
            marked += 1
    return marked


def _leading_card(blocks: list[Block], item_parent: dict):
    """The first item of a parent's items when it holds three paragraphs or more and no prose comes
    before it: the page's own card (a status above the cards of its account, its comments and other
    statuses), not one of a stream."""
    prose_of: dict = {}
    first_at: dict = {}
    for b in blocks:
        item = b.extra.get("_item")
        if item is None:
            continue
        first_at.setdefault(item, b.index)
        if b.punct >= 1 and len(b.text) >= 15:
            prose_of.setdefault(item, []).append(len(b.text))
    firsts: dict = {}
    for item, p in item_parent.items():   # (in document order: dicts keep the order items were found)
        firsts.setdefault(p, []).append(item)
    for p, items in firsts.items():
        first = min(items, key=lambda it: first_at.get(it, 1 << 30))
        mine = prose_of.get(first, [])
        # (or fewer paragraphs, twice the words of any other item: a status and the post it reposts, over
        # a feed of one-line statuses)
        if sum(mine) >= 150 and (len(mine) >= 3 or sum(mine) >= 2 * max(
                (sum(prose_of.get(it, [])) for it in items if it is not first), default=0)) \
                and not article_started(blocks, first_at[first]):
            return first
    return None
