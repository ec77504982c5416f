"""A microblog status's handle bar between its words and the items under it: its counters on a line
("转发 128评论 64赞 512", a WAP status's "转发[58] 评论[214] 赞[1032] 收藏 <time> 来自…") or in cells of their own,
their words drawn by an icon font ("138", "427", "ñ3261"). The items under such a bar are the status's comments,
not a thread's posts (``forum_detect``)."""
from __future__ import annotations

import re

from .dom import Block

# (stricter than fields' COUNTER_ROW, which also takes 收藏 and counters without numbers: a group topic's
# "赞 86收藏 214转发 19" bar is no status's counters)
_STATUS_COUNTERS = re.compile(r"^(?:(?:转发|轉發|评论|評論|赞|讚|点赞|點讚)\s*[\[(（]?\d[\d,，.]*[万萬wW]?[\])）]?\s*){2,3}"
                              r"(?:收藏)?(?:\s*[^\n]{0,50}来自[^\n]{0,30})?$")
_COUNT_CELL = re.compile(r"^\D{0,2}\d[\d,.]*[万萬wW]?$")
_COUNTER_CELL = re.compile(r"^(?:转发|轉發|评论|評論|赞|讚|点赞|點讚)\s*\d[\d,.]*[万萬wW]?$")


def status_bar_between(blocks: list[Block], start: int, first_item: int) -> bool:
    """A status's handle bar from ``start`` (its stamp's block) to the first item, the first item
    included (a WAP status's counters' line is laid out as its comments are)."""
    if any(len(b.text) <= 80 and ("转发" in b.text or "轉發" in b.text) and _STATUS_COUNTERS.match(b.text)
           for b in blocks[start:first_item + 1]):
        return True
    streak = words = 0
    for b in blocks[start:first_item]:
        streak = streak + 1 if len(b.text) <= 8 and b.tag == "li" and _COUNT_CELL.match(b.text) else 0
        words = words + 1 if len(b.text) <= 12 and _COUNTER_CELL.match(b.text) else 0
        if streak >= 3 or words >= 3:
            return True   # (or "转发 356" | "评论 1208" | "赞 2894", a cell each)
    return False
