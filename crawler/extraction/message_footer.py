"""A message page whose turns are signed under their words: each turn's role, name and time on a
line below its text ("网友某某2016-04-11 22:31", "回复某某局2016-04-15 17:40", "追问某某2016-05-09
20:16"), as some newspapers' 问政 pages print them. ``message`` reads the pages whose heads come
first; this reads these, when every such line closes a run of words."""
from __future__ import annotations

import re
from datetime import datetime

from .dates import DATETIME
from .dom import SENTENCE_END, Block
from .message_lines import (_closing_line, _LETTER_SALUTE, _NAME_SALUTE, _prose, _ROLE_ASK_HEAD, _ROLE_FOLLOW_HEAD,
                            _ROLE_REPLY_HEAD, _SALUTATION, _TURN_WORD, _when)

# the asker's line: a role word and the name, then the time ("网友禾城小李2016-04-11 22:31 IP：…")
_POSTER_ROLE_STAMP = re.compile(r"^(?:网友|市民|群众|居民|读者)\s*[^\s:：，。]{1,20}?\s*" + DATETIME)
POSTER_ROLE_LINES = re.compile(_POSTER_ROLE_STAMP.pattern, re.M)


def is_poster_role_stamp(t: str) -> bool:
    """"网友某某<time>", not "网友评价于<time>" (a rating's)."""
    return len(t) <= 48 and _POSTER_ROLE_STAMP.match(t) is not None and not _TURN_WORD.search(t)


# ... or a signature line after a dash: "——来信人：李** 2013/07/02 10:45", "——回复单位：某某局 <time>",
# "——来信人追问 <time>"
_DASHED = re.compile(r"^[—―\-]{1,2}\s*(?:(来信人|留言人|写信人|提问人)|(回复单位|答复单位|办理单位|回复人))[^\n]{0,30}?" + DATETIME)
DASHED_LINES = re.compile(_DASHED.pattern, re.M)


# ... or the office's name with "回复于" and the time ("某某区人民政府回复于 2024-05-14 17:02:41")
_OFFICE_REPLIED = re.compile(r"^[\u4e00-\u9fff（）()]{2,24}(?:局|委|办|政府|中心|街道|城管|办事处|大队|中队)\s*"
                             r"(?:回复|答复)(?:于|時間|时间)?\s*[:：]?\s*" + DATETIME)


def _kind(t: str) -> str | None:
    if len(t) > 48:
        return None
    m = _DASHED.match(t)
    if m:
        return "ask" if m.group(1) else "reply"
    if _ROLE_REPLY_HEAD.match(t) or _OFFICE_REPLIED.match(t):
        return "reply"
    if _ROLE_FOLLOW_HEAD.match(t) or _ROLE_ASK_HEAD.match(t) or is_poster_role_stamp(t):
        return "ask"
    return None


def _words(blocks: list[Block], lo: int, hi: int) -> list[str]:
    """A turn's lines between ``lo`` and ``hi`` (exclusive): prose, a salutation, its 落款."""
    lines = []
    for b in blocks[lo:hi]:
        t = b.text
        if _prose(b, bool(lines)) or (_SALUTATION.match(t) or _NAME_SALUTE.match(t) or _LETTER_SALUTE.match(t)) \
                and not lines or lines and _closing_line(t) and not b.link_len:
            lines.append(t)
    return lines


def footer_turns(blocks: list[Block], scan: list[Block], now: datetime) -> list[list] | None:
    """[kind, time, lines] per turn, or None when the page's turn lines are not all under words."""
    heads = [b.index for b in scan if b.tag != "li" and _kind(b.text)]   # (a 办理进度 list's steps are no turns)
    if len(heads) < 2 or _kind(blocks[heads[0]].text) != "ask" or not any(_kind(blocks[h].text) == "reply" for h in heads):
        return None
    last = heads[-1]
    if last + 1 < len(blocks) and (_prose(blocks[last + 1]) or _SALUTATION.match(blocks[last + 1].text)
                                   or _NAME_SALUTE.match(blocks[last + 1].text)):
        return None   # words under the last such line: they head their turns
    first = heads[0]
    lo = first
    while lo > 0 and first - lo < 12 and (_prose(blocks[lo - 1]) or _LETTER_SALUTE.match(blocks[lo - 1].text)
                                          or lo < first and _closing_line(blocks[lo - 1].text)):
        lo -= 1   # the message above its line, with a salutation over it and a signature under it
    if lo == first or not _prose(blocks[lo]) and not _LETTER_SALUTE.match(blocks[lo].text) \
            or not any(SENTENCE_END.search(b.text) for b in blocks[lo:first]):
        return None   # (no sentence above the first line: a row of fields, not the message)
    turns, prev = [], lo
    for h in heads:
        lines = _words(blocks, prev, h)
        if not lines:
            return None   # a turn line over words, not under them: no such page
        turns.append([_kind(blocks[h].text), _when(blocks, h, now), lines])
        prev = h + 1
    return turns
