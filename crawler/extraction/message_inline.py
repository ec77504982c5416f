"""Turns whose label opens their own first paragraph, no header of their own: "【听众留言】喆喆妈
08-10-15 14:22：主持人好…", "【部门回音】某某局 08-10-24：", "群众意见：白沙镇每逢…", "委员回复：感谢您的
反映。…". The label, and the poster's name and stamp before the colon, are no words; a turn's time is
on its label line or on the stamp line under its words ("白沙镇 居民 林** | 2018-5-7 下午 3:24")."""
from __future__ import annotations

import re
from datetime import datetime

from .dates import iter_dates
from .dom import HEADINGS, Block
from .message_lines import _AFTER, _closing_line, _LETTER_CLOSE, _prose, _SALUTATION, SCAN

_ASK = r"(?:听众|网友|群众|市民|选民|居民|村民|来信人)(?:留言|意见|来信|反映|提问|诉求|来电)"
_REPLY = r"(?:部门|单位|委员|代表|官方|领导|局长|主持人|嘉宾|村委会?)(?:回复|答复|回音|反馈|回应|解答)"
# 【label】 with the poster's name and stamp before a colon, or a label with its colon
_LABEL = re.compile(r"^(?:【(?:(" + _ASK + r")|(" + _REPLY + r"))】\s*(?:([^：]{1,40}?)\s*：)?|(?:("
                    + _ASK + r")|(" + _REPLY + r"))\s*[:：])\s*")
_SHORT_YEAR = re.compile(r"(?<!\d)(\d\d)-([01]\d)-([0-3]\d)(?:\s+([0-2]?\d):([0-5]\d))?(?!\d)")   # ("08-10-15 14:22")
_SALUTE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:朋友|同志|先生|女士)?\s*[:：]$")   # ("听众朋友：" over the reply)


def _when(text: str, now: datetime):
    for m in iter_dates(text, now, allow_noyear=False):
        return m.dt
    m = _SHORT_YEAR.search(text)
    if m is None:
        return None
    year = 2000 + int(m.group(1)) if int(m.group(1)) < 50 else 1900 + int(m.group(1))
    try:
        return datetime(year, int(m.group(2)), int(m.group(3)), int(m.group(4) or 0), int(m.group(5) or 0),
                        tzinfo=now.tzinfo)
    except ValueError:
        return None


def inline_turns(blocks: list[Block], now: datetime):
    """[Post] per labelled turn, the message first, or None when the page has no message label
    followed by a reply label."""
    from .core import Post

    heads = []
    for b in blocks[:SCAN]:
        if b.noise or b.link_len or b.tag == "li":
            continue
        m = _LABEL.match(b.text)
        if m is not None and (m.end() < len(b.text) or m.group(3)):
            heads.append((b.index, m))
    kinds = ["ask" if m.group(1) or m.group(4) else "reply" for _, m in heads]
    if "ask" not in kinds or kinds[0] != "ask" or "reply" not in kinds:
        return None
    starts = {i for i, _ in heads}
    posts = []
    for (i, m), kind in zip(heads, kinds):
        lines = [blocks[i].text[m.end():].strip()] if m.end() < len(blocks[i].text) else []
        when = _when(m.group(3) or "", now)
        k = i + 1
        while k < len(blocks) and k not in starts:
            b = blocks[k]
            t = b.text
            if b.tag in HEADINGS or b.noise or _AFTER.search(t):
                break
            if when is None and len(t) <= 80 and ":" in t and "。" not in t and "，" not in t \
                    and (stamp := _when(t, now)) is not None:
                when = stamp   # (the stamp line under the words closes the turn)
                break
            if _prose(b) or not lines and (_SALUTATION.match(t) or _SALUTE.match(t)) \
                    or lines and (_closing_line(t) or _LETTER_CLOSE.match(t)):
                lines.append(t)
            elif lines:
                break
            k += 1
        if not lines:
            return None
        posts.append(Post(len(posts) + 1, None, when, "\n".join(lines)))
    return posts
