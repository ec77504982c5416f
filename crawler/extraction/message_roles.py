"""Turns headed by a role word run together with the poster's name, on a line of their own and with
no time beside them (the time filled in by a script): "来信内容锦绣花园居民", "网友湄东居民_7721",
"职能部门湄东区城管执法局", "办理答复鹤汀区城市管理局", "网友追问", "追问答复鹤汀区城市管理局" (or the
name first: "梅岭***诉求人", "西塘区城市管理行政执法局部门答复"). The
head is nobody's words; the lines under it, up to the next head, a heading or the rating, are the
turn's (salutation, text, 落款 and its date)."""
from __future__ import annotations

import re
from datetime import datetime

from . import fields as F
from .dom import HEADINGS, SENT_PUNCT, Block, ancestors_inclusive
from .dates import iter_dates
from .item_streams import action_row
from .message_lines import _AFTER, _BARE_STAMP, SCAN

_ASK_ROLES = ("来信内容", "留言内容", "诉求内容", "我的诉求", "网友留言", "来信", "留言", "网友", "市民", "群众",
              "栏目组", "曝光问题")   # (a TV 问政 follow-up's: the programme's exposure opens it)
_FOLLOW_ROLES = ("网友追问", "市民追问", "群众追问", "追问")
_REPLY_ROLES = ("办理答复", "部门答复", "部门回复", "部门再回复", "部门再答复", "官方回复", "职能部门", "追问答复", "追问回复",
                "再次答复", "再次回复", "二次回复",
                "二次答复", "责任单位", "整改情况",
                "办理结果", "处理结果", "答复", "回复")
_HEAD = re.compile(r"^(" + "|".join(sorted(_FOLLOW_ROLES + _REPLY_ROLES + _ASK_ROLES, key=len, reverse=True)) + r")"
                   r"(?![评留回说率])([^\s，。！？；:：,.!?（）()]{0,28}?(?:[（(][^\s，。！？；:：,.!?（）()]{1,6}[)）])?)"   # ("市民（匿名）")
                   r"(?:\s*(?:\d{1,2}\s*(?:分钟|小时|天|周|个月|年)前|刚刚|(?:今天|昨天|前天)\s*[0-2]?\d:[0-5]\d))?$")   # (a coarse
# reckoned time: "留言Lc_8842 2周前", "网友追问<name>昨天 18:20")


# ... or the poster's name first and the role after it ("梅岭***诉求人", "西塘区城市管理行政执法局部门答复",
# "梅岭***追问"): a mini-program's turn heads
_ASK_AFTER = ("诉求人", "留言人", "来信人", "提问人", "反映人", "投诉人")
_HEAD_AFTER = re.compile(r"^([^\s，。！？；:：,.!?（）()]{2,28}?)(" + "|".join(
    sorted(_ASK_AFTER + _FOLLOW_ROLES + tuple(r for r in _REPLY_ROLES if len(r) >= 4), key=len, reverse=True)) + r")$")
# (not a bare "回复" / "答复" after a name: a comment's action link)


# a reply's head naming its unit with a label ("答复内容 答复单位：青箬区城市管理综合执法局")
_REPLY_UNIT_HEAD = re.compile(r"^(?:答复|回复|办理|处理)(?:内容|意见|结果)\s+(?:答复|回复|办理|承办)单位\s*[:：]\s*(\S{2,28})$")
_CONTENT_HEADS = re.compile(r"^(?:来信|留言|诉求|答复|回复|办理|处理)(?:内容|意见|结果)")
_FIELD_WORD = re.compile(r"^(?:主题|標題|标题|日期|时间|時間|内容|內容|板|列表|人)$")
_SIGNED_DAY = re.compile(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_PAGE_TAIL = re.compile(r"^本页内容由.{2,24}(?:整理|编辑)发布|^分享到\s*[:：]")
_NOT_WHO = re.compile(r"评价|榜|排行|尚未|暂无|须知|列表|热线|信箱|频道|首页|详情")   # (a box's name, a state)


def _kind(role: str) -> str:
    return "ask" if role in _ASK_ROLES or role in _ASK_AFTER else "follow" if role in _FOLLOW_ROLES else "reply"


def role_turns(blocks: list[Block], now: datetime):
    """[Post] per role-headed turn, the message first, or None when the page has no three such heads
    (a message, a reply and one more), each over words of its own."""
    from .core import Post

    heads = []
    for b in blocks[:SCAN]:
        if heads and _AFTER.search(b.text):
            break   # (the rating closes the turns: "网友尚未评价", then other boxes)
        if len(b.text) > 36 or b.link_len:
            continue
        if (m := _HEAD.match(b.text)) and not _NOT_WHO.search(m.group(2)) and not (
                m.group(1) == "留言" and (not m.group(2) and not named_stamped(blocks, b.index) or m.group(2)
                                          and _FIELD_WORD.match(m.group(2)))):   # ("留言Lc_8842 2周前"; not a
            # readers' comments heading, "留言", nor a field's label, "留言主题")
            heads.append((b.index, _kind(m.group(1)), m.group(2) or None))
        elif (m := _HEAD_AFTER.match(b.text)) and not _NOT_WHO.search(m.group(1)):
            heads.append((b.index, _kind(m.group(2)), m.group(1)))
        elif heads and (m := _REPLY_UNIT_HEAD.match(b.text)):
            heads.append((b.index, "reply", m.group(1)))
    if heads and heads[0][1] != "ask" and any(k == "reply" for _, k, _ in heads) and len(heads) >= 2 \
            and all(len(_HEAD.match(blocks[i].text).group(1)) >= 4 for i, _, _ in heads if _HEAD.match(blocks[i].text)) \
            and (above := _words_above(blocks, heads[0][0])) is not None:
        heads.insert(0, (above, "ask", None))   # (the message under the headline, headed by no role: its
        # poster's line over it, "望江老街坊浏览 4621"; the replies and 追问 under their role heads)
    if len(heads) < 3 and not (len(heads) == 2 and _CONTENT_HEADS.match(blocks[heads[0][0]].text)
                               and _CONTENT_HEADS.match(blocks[heads[1][0]].text)):
        return None   # (two heads do when both say what they head: "来信内容", "答复内容 答复单位：X")
    if heads[0][1] != "ask" or not any(k == "reply" for _, k, _ in heads):
        return None
    starts = {i for i, _, _ in heads}
    posts = []
    for i, kind, who in heads:
        lines, when = [], None
        box = None   # (the element holding the head and the turn's first line: its lines stay inside it)
        k = i + 1
        while k < len(blocks) and k not in starts:
            b = blocks[k]
            t = b.text
            if b.tag in HEADINGS or _AFTER.search(t) or lines and (_PAGE_TAIL.search(t) or action_row(t)
                                                                  or box is not None and not _inside(b.owner, box)):
                break   # (or the page's own lines under the last turn: "本页内容由…整理发布", a share bar, a note
                # outside the turns' box: "本诉求由…平台转交相关部门办理…")
            if k == i + 1 and len(t) <= 30 and not SENT_PUNCT.search(t) and k + 1 < len(blocks) \
                    and _BARE_STAMP.match(blocks[k + 1].text):
                who = who or t   # (the writer's name on a line of its own under the head, its stamp under it)
            elif len(t) <= 40 and _BARE_STAMP.match(t):
                when = when or next((d.dt for d in iter_dates(t, now)), None)   # (its time on the line
                # under the head, or under its words)
            elif t and b.link_len <= 0.3 * len(t) and not (len(t) <= 80 and F.is_boilerplate(t)):   # ("承办单位：某局答复时间：",
                lines.append(t)                                                                  # its time left to a script)
                if box is None:
                    box = _common(blocks[i].owner, b.owner)
                if kind == "reply" and len(lines) >= 3 and _SIGNED_DAY.match(t) and len(lines[-2]) <= 30 \
                        and not blocks[k - 1].punct:
                    k += 1
                    break   # (its 落款, the unit over the day: what follows is the page's, a progress list)
            elif lines:
                break
            k += 1
        if not lines or not any(blocks[j].punct and len(blocks[j].text) >= 8 for j in range(i + 1, k)):
            if who is None and len(posts) >= 3 and any(p.author != posts[0].author for p in posts):
                break   # (the turns done, a progress list's steps below them: "答复", "追问", "追问答复")
            return None   # (a head over no words: a list of roles, a menu)
        posts.append(Post(len(posts) + 1, who, when, "\n".join(lines)))
    return posts


def _common(a, b):
    """The lowest element holding both ``a`` and ``b``."""
    ours = list(ancestors_inclusive(a))   # (kept alive: lxml gives an element the same proxy only while one lives)
    return next((x for x in ancestors_inclusive(b) if any(x is y for y in ours)), None)


def _inside(el, box) -> bool:
    return any(x is box for x in ancestors_inclusive(el))


def _words_above(blocks: list[Block], first: int) -> int | None:
    """The line over a run of two or more paragraphs right above the first role head (the message's
    words, its head no role's: the poster's line), or None."""
    k = first - 1
    while k >= 0 and blocks[k].punct >= 1 and len(blocks[k].text) >= 15 and not blocks[k].link_len:
        k -= 1
    if first - 1 - k < 2 or k < 0 or len(blocks[k].text) > 40:
        return None
    return k


def named_stamped(blocks: list[Block], i: int) -> bool:
    """A bare role word over a writer's name and a bare stamp ("留言" / "江州网友jz****1988" / "2025/3/2 16:16:05"):
    a turn's head, not a comment section's heading."""
    return i + 2 < len(blocks) and len(blocks[i + 1].text) <= 30 and not SENT_PUNCT.search(blocks[i + 1].text) \
        and _BARE_STAMP.match(blocks[i + 2].text) is not None
