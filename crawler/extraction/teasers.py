"""Other stories' teasers after or around a short article, found by their layout: headline rows over
summary rows, paragraphs ending in a link to their story, and cards of a headline over a line or
two under one parent. Each marks blocks ``extra['stream']`` or noise; news pages only.
"""
from __future__ import annotations

import re

from .dom import Block
from .item_streams import shape
from .sections import article_started


def mark_headline_rows(blocks: list[Block]) -> int:
    """Mark ``extra['stream']`` on the summaries of a feed laid out in alternating rows: an all-link
    headline in one box, its summary in the next box beside it, three times or more under one parent
    (an e-paper's 本版标题导航 table: <tr><td><a>headline</a></td></tr><tr><td>导读…</td></tr>)."""
    groups: dict = {}
    for i in range(len(blocks) - 1):
        b, nb = blocks[i], blocks[i + 1]
        n, m = len(b.text), len(nb.text)
        if not (4 <= n <= 40 and b.link_len >= n - 1) or m < 15 or nb.link_len > 0.2 * m:
            continue
        head_box, text_box = b.owner, nb.owner
        for _ in range(3):   # the headline's box and the summary's box: next siblings
            nxt = head_box.getnext()
            while nxt is not None and not isinstance(nxt.tag, str):
                nxt = nxt.getnext()
            box, depth = text_box, 0
            while box is not None and box is not nxt and depth < 3:
                box, depth = box.getparent(), depth + 1
            if nxt is not None and box is nxt:
                groups.setdefault(head_box.getparent(), []).append(nb)
                break
            head_box = head_box.getparent()
            if head_box is None:
                break
    marked = 0
    for found in groups.values():
        if len(found) >= 3:
            for nb in found:
                nb.extra["stream"] = True
                marked += 1
    return marked


# a teaser's paragraph that ends with its link to the story ("…限期整改。[详细]", "…（全文>>）")
_READ_MORE_END = re.compile(r"[\[【(（]?\s*(?:详细|詳細|全文|详情|詳情|阅读全文|閱讀全文|查看全文|更多)\s*(?:>>|»|›)?\s*[\]】)）]?\s*(?:>>|»|›)?$")


def mark_teasers(blocks: list[Block]) -> int:
    """Mark as noise the paragraphs that end with a link to their story ("…[详细]") under that story's
    linked headline, when the page has two or more: other stories' teasers (an article's own paragraph
    may end with a "详情>>" link too, but follows its own text, not a headline link)."""
    found = [b for b in blocks if b.link_len and b.link_len <= 8 and len(b.text) > b.link_len + 10
             and _READ_MORE_END.search(b.text[-10:]) and b.index > 0
             and 0 < len(blocks[b.index - 1].text) <= 60 and blocks[b.index - 1].link_len >= 0.5 * len(blocks[b.index - 1].text)]
    if len(found) < 2:
        return 0
    for b in found:
        b.noise = True
    return len(found)


_HEAD_TAGS = ("h2", "h3", "h4", "h5")


def _article_box(blocks: list[Block], title: str | None):
    """The smallest element holding the page's headline and the first paragraph after it."""
    if not title:
        return None
    head = next((b for b in blocks if b.text.strip() == title.strip()), None)
    if head is None:
        return None
    para = next((b for b in blocks[head.index + 1:head.index + 40] if b.punct >= 2 and b.nonlink >= 30), None)
    if para is None:
        return None
    around = set(head.owner.iterancestors())
    around.add(head.owner)
    return next((a for a in para.owner.iterancestors() if a in around), None)


def mark_headed_cards(blocks: list[Block], title: str | None = None) -> int:
    """Mark ``extra['stream']`` on cards of other stories: five or more same-shaped siblings, each a
    short unlinked heading (h2–h5) with at most two short lines under it (a summary, a source), after
    the article's own prose, not beside it and outside the box of the headline and its text (a 更多
    feed of <article><h3>…</h3><p>…</p></article> with no links or dates to give it away)."""
    items: dict = {}   # item element -> its heading block
    alike: dict = {}   # (parent, shape) -> how many of the parent's children have it
    for b in blocks:
        if b.tag not in _HEAD_TAGS or b.link_len or not 6 <= len(b.text) <= 40 or (title and b.text.strip() == title.strip()):
            continue
        el = b.owner
        for _ in range(3):
            p = el.getparent()
            if p is None:
                break
            key = (p, shape(el))
            if key not in alike:
                alike[key] = sum(1 for k in p if isinstance(k.tag, str) and shape(k) == key[1])
            if alike[key] >= 5:
                items.setdefault(el, b)
                break
            el = p
    if len(items) < 5:
        return 0
    groups: dict = {}
    for item, head in items.items():
        run = [head]
        for x in blocks[head.index + 1:head.index + 4]:
            if x.owner is not item and not any(a is item for a in x.owner.iterancestors()):
                break
            run.append(x)
        if len(run) > 3 or sum(len(x.text) for x in run[1:]) > 150 or any(x.tag in _HEAD_TAGS for x in run[1:]):
            continue
        groups.setdefault(item.getparent(), []).append(run)
    article = _article_box(blocks, title)
    marked = 0
    for parent, runs in groups.items():
        if len(runs) < 5 or not article_started(blocks, runs[0][0].index) or (
                article is not None and (parent is article or any(a is article for a in parent.iterancestors()))):
            continue   # (inside the box of the headline and its text: the article's own headed parts)
        for run in runs:
            for x in run:
                x.extra["stream"] = True
                marked += 1
    return marked
