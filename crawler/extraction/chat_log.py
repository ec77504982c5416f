"""A group chat's log published as a page (an 业主群's "聊天记录" kept by a community office): a day's
divider ("2025年11月3日 星期一"), then bubbles, each under its speaker's name run into its clock
("8栋-刘20:14"); the group's own lines ("“某某”撤回了一条消息", "…修改群名为…") are nobody's. Read as a
thread: each bubble a post, its time the divider's day at the bubble's clock."""
from __future__ import annotations

import re
from datetime import datetime

from . import fields as F
from .dates import parse_with_precision
from .dom import Block

# the speaker's name (not ending in a digit: "8栋-刘", "锦湖湾社区-李书记") run into the bubble's clock
_HEAD = re.compile(r"^([^\s，。！？：:]{0,19}[^\d\s，。！？：:])\s*(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::[0-5]\d)?"
                   r"(?:\s*(?P<AP>[AaPp][Mm]))?$")   # (QQ's export: "name9:05:12"; 钉钉's archive: "name7:42 AM")
_CLOCK = re.compile(r"^(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::[0-5]\d)?$")
_NAME = re.compile(r"^[^\s，。！？：:]{1,20}$")
# the day's divider: "2025年11月3日 星期一", or QQ's export's "日期: 2019-04-12"
_DAY = re.compile(r"^(?:((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日(?:\s*(?:星期|周)[一二三四五六日天])?|"
                  r"(?:日期\s*[:：]\s*)?((?:19|20)\d\d)-(\d{1,2})-(\d{1,2}))$")
# a quoted message in a reply ("「3栋-王阿姨：…」" over a rule of "- - -"), nobody's words here
_QUOTED = re.compile(r"^「[^」]{1,300}」$|^(?:-\s*){5,}$")
GROUP_LINE = re.compile(r"撤回了一条消息|修改群名为|加入了?群聊|邀请.{1,30}加入|移出了?群聊|^[—–\-]{2}.*[—–\-]{2}$")
_SCAN = 800


def _attr_second(el, when: datetime) -> datetime:
    """``when`` to its second when the message's element carries its epoch (``data-ts="1699357356"``) of that
    minute."""
    for x in (el, *el.iterancestors()):
        v = x.get("data-ts") or x.get("data-time")
        if v and v.isdigit():
            at, _ = parse_with_precision(v)   # (epoch seconds or milliseconds)
            return at if at is not None and at.replace(second=0) == when else when
        if x.tag in ("body", "html"):
            break
    return when


def chat_log_posts(blocks: list[Block], now: datetime):
    """[Post] of such a log, or None: five or more bubbles under their heads, a day's divider above the first."""
    from .core import Post

    scan = blocks[:_SCAN]
    heads = [b for b in scan if len(b.text) <= 30 and (b.text[-3:-2] == ":" or b.text[-2:] in ("AM", "PM", "am", "pm"))
             and _HEAD.match(b.text)]
    names: dict[int, str] = {}   # (QQ's export: the name in an element of its own, the clock alone after it)
    if len(heads) < 5:
        heads = [b for b in scan[1:] if len(b.text) <= 8 and _CLOCK.match(b.text)
                 and _NAME.match(blocks[b.index - 1].text)]
        names = {b.index: blocks[b.index - 1].text for b in heads}
    if len(heads) < 5:
        return None
    kind = heads[0].owner.get("class")
    heads = [h for h in heads if h.owner.get("class") == kind]
    if len(heads) < 5:
        return None
    day = next((m for b in reversed(blocks[max(0, heads[0].index - 6):heads[0].index]) if (m := _DAY.match(b.text))), None)
    if day is None:
        return None
    at = {h.index for h in heads} | {i - 1 for i in names}   # (a head's name line too)
    posts, bubble, last = [], None, heads[0].index
    for h in heads:
        day = next((m for b in blocks[last:h.index] if (m := _DAY.match(b.text))), None) or day   # (a new day's divider)
        last = h.index
        lines = []
        for b in blocks[h.index + 1:h.index + 12]:
            if b.index in at:
                break
            if _DAY.match(b.text):
                break   # (the next day's divider)
            if GROUP_LINE.search(b.text) or _QUOTED.match(b.text) or b.quoted:
                continue   # (or a quoted message in a box of its own: "回复 林慧：…" over the reply's words)
            if len(b.text) <= 60 and F.is_boilerplate(b.text):
                break   # (the page's share bar under the log: "分享到：微信 QQ空间 …")
            bubble = bubble or b.owner.get("class")
            if b.owner.get("class") != bubble:
                break   # (past the bubbles: the office's note on the log, the page's lists)
            lines.append(b.text)
        if not lines:
            continue
        m = _CLOCK.match(h.text) if h.index in names else _HEAD.match(h.text)
        y, mo, d = day.groups()[:3] if day.group(1) else day.groups()[3:]
        ap = m.group("AP") if h.index not in names else None   # (a 12-hour clock: "12:05 AM" is 00:05)
        when, _ = parse_with_precision(f"{y}-{mo}-{d} {m.group('H')}:{m.group('M')}" + (f" {ap}" if ap else ""), now)
        if when is None:
            continue
        when = _attr_second(h.owner, when)
        posts.append(Post(len(posts) + 1, names.get(h.index) or m.group(1), when, "\n".join(lines)))
    return posts if len(posts) >= 5 else None
