"""A message not answered yet, on a share page or an app's page: the poster's line with its stamp
("用户1387****206 11-08 14:20 · 浔东区", "市民 张**11-18 21:06 浏览 213", or the name over
"11-18 21:06 · 来自 iPhone客户端"), the words under it, and a state that says no reply has come
("待回复", "办理中", "暂无官方回复"). Read as a message page of one turn."""
from __future__ import annotations

import re
from datetime import datetime

from .dates import iter_dates
from .dom import HEADINGS, Block
from .headline import _HEAD_CLASS
from .message_lines import BEING_HANDLED, _LETTER_CLOSE, _LETTER_SALUTE, _prose, SCAN, STAMP, STAMP_LINE

# the poster's name and stamp on one line, perhaps with the district, the client or the view count after it
_POSTER_LINE = re.compile(r"^(?:用户|市民|网友|群众)?\s*[^\s:：，。]{1,20}?\s*(?:(?:[·•|｜]\s*)?" + STAMP
                          + r"|[·•|｜]\s*\d{1,2}\s*(?:分钟|小时|天)前)"   # ("某某住户·3天前·浏览 86·编号 …")
                          + r"(?:\s*[·•|｜]?\s*(?:来自\s*\S{1,20}|[\u4e00-\u9fff]{2,8}|浏览\s*[\d,]+|编号\s*[A-Za-z0-9-]{4,})){0,3}$")
_PENDING = re.compile(r"^\W?(?:待回复|待答复|待办理|待处理|\d?\s*办理中|处理中|受理中|"
                      r"暂无(?:官方|部门)?(?:回复|答复)(?:[，,].{0,20})?)$")


# ... or says so in a sentence ("承办单位正在办理，暂无答复。本诉求已转…")
_PENDING_NOTICE = re.compile(BEING_HANDLED + r"[，,]\s*暂无(?:答复|回复)")
_TAGS = re.compile(r"^[^，。！？]{1,12}(?:\s*[·•]\s*[^，。！？·•]{1,16}){2,}$")   # ("澄陵市 · 汀阳区 · 人民南路地下通道")


def _subject(b: Block) -> bool:
    """The subject's own line over the words (<div class="wz-tt">…？</div>, an <h1>)."""
    return b.tag in HEADINGS or _HEAD_CLASS.search(((b.owner.get("class") or "") + " " + (b.owner.get("id") or "")).lower()) is not None


def pending_message(blocks: list[Block], now: datetime):
    """[Post] for a message with no reply yet, or None."""
    from .core import Post

    scan = blocks[:SCAN]
    if not any(b.tag not in ("li", "td") and not b.noise and (len(b.text) <= 30 and _PENDING.match(b.text)
                                                              or len(b.text) <= 120 and _PENDING_NOTICE.match(b.text))
               for b in scan):
        return None
    for b in scan:
        if len(b.text) > 60 or b.noise or b.tag == "li":
            continue
        if _POSTER_LINE.match(b.text):
            stamp_at = b.index
        elif STAMP_LINE.match(b.text) and b.index > 0 and len(blocks[b.index - 1].text) <= 20:
            stamp_at = b.index   # (the name on the line above: "用户8823" / "11-18 21:06 · 来自 …")
        else:
            continue
        when = next((m.dt for m in iter_dates(blocks[stamp_at].text, now)), None)
        if when is None:
            continue
        lines, k = [], stamp_at + 1
        while k < len(blocks) and k <= stamp_at + 5 and (not _prose(blocks[k]) or _subject(blocks[k])):
            if _LETTER_SALUTE.match(blocks[k].text) and k + 1 < len(blocks) and _prose(blocks[k + 1]):
                lines.append(blocks[k].text)   # ("领导您好：" over the letter)
            k += 1   # (a status chip, the subject's heading, a topic chip between)
        while k < len(blocks) and (_prose(blocks[k]) or lines and _LETTER_CLOSE.match(blocks[k].text)) \
                and blocks[k].tag not in HEADINGS and not _TAGS.match(blocks[k].text):
            lines.append(blocks[k].text)
            k += 1
        if sum(map(len, lines)) >= 30:
            return [Post(1, None, when, "\n".join(lines))]
    return None
