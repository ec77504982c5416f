"""A 留言板 / 问政 page: one citizen's message and the official reply, each under its own labels
(留言时间：…, 回复单位：…, 答复内容). Found by those labels, not by the markup (boards differ in
layout but label their fields alike); the message and the reply become the page's two posts, so
the reply, usually in a ``reply`` container that news rules take for comments, is read too."""
from __future__ import annotations

import re
from datetime import datetime

from .dom import Block
from .dates import iter_dates

_MSG_TIME = re.compile(r"^(?:留言|来信|提问|诉求|投诉|咨询|反映|提交)(?:时间|日期)\s*[:：]")
_REPLY_LABEL = re.compile(r"^(?:(?:回复|答复|办理|处理)(?:单位|部门|机构|时间|日期|内容|意见|结果)|官方(?:回复|答复))\s*[:：]?")
_REPLY_TIME = re.compile(r"^(?:回复|答复|办理|处理)(?:时间|日期)\s*[:：]")
_AUTHOR = re.compile(r"^(?:留言人|留言者|来信人|提问人|网友)\s*[:：]\s*(\S{1,30})")
_LABEL_LINE = re.compile(r"^[\u4e00-\u9fff]{2,7}\s*[:：]")
SCAN = 800  # blocks looked at: the message and its reply are near the top


def _prose(b: Block) -> bool:
    t = b.text
    return not b.noise_forum and len(t) >= 8 and b.link_len <= 0.3 * len(t) and (b.punct > 0 or len(t) >= 20) \
        and not (len(t) <= 60 and _LABEL_LINE.match(t))


def _time(blocks: list[Block], pattern: re.Pattern, now: datetime) -> datetime | None:
    for b in blocks:
        if len(b.text) <= 60 and pattern.match(b.text):
            for m in iter_dates(b.text, now, allow_noyear=False):
                return m.dt
    return None


def _run(blocks: list[Block]) -> list[str]:
    """The prose blocks at the start of ``blocks`` (label lines skipped), up to the first other line."""
    out: list[str] = []
    for b in blocks:
        if _prose(b):
            out.append(b.text)
        elif out and not (len(b.text) <= 60 and _LABEL_LINE.match(b.text)):
            break
    return out


def message_posts(blocks: list[Block], now: datetime):
    """The message and the official reply as two posts, or None when the page is not such a page."""
    from .core import Post

    scan = blocks[:SCAN]
    mi = next((b.index for b in scan if len(b.text) <= 60 and ("时间" in b.text or "日期" in b.text)
               and _MSG_TIME.match(b.text)), None)
    if mi is None:
        return None
    ri = next((b.index for b in scan[mi + 1:] if len(b.text) <= 60 and _REPLY_LABEL.match(b.text)), None)
    if ri is None:
        return None
    head = blocks[max(0, mi - 12):ri]
    message = _run(blocks[mi + 1:ri])
    if not message:  # the text above the labels
        message = [b.text for b in blocks[max(0, mi - 12):mi] if _prose(b)][-3:]
    reply = _run(blocks[ri + 1:ri + 200])
    if not message or not reply:
        return None
    author = next((m.group(1) for b in head if (m := _AUTHOR.match(b.text))), None)
    msg_at = _time(head, _MSG_TIME, now)
    reply_at = _time(blocks[ri:ri + 12], _REPLY_TIME, now)
    return [Post(1, author, msg_at, "\n".join(message)), Post(2, None, reply_at, "\n".join(reply))]
