"""A conversation printed as a chat: its turns stamped over their speakers (a board's chat, found by
``message``), or a hotline's or an online service's transcript: each turn a bare clock
("21:36:08"), the speaker's label on some ("坐席0286", "来电人", "话务员1037"), the words under it; the
day given once (a "2025年10月19日" line over the turns, or the call's own time among the fields above).
Each turn's words are a post; the platform's lines ("您已进入人工服务", "工单…已生成", "本次会话已结束…")
and the speakers' labels are no words. The office's answer under its own heading after the transcript
("办理结果") is the last post. A live blog's entries have the same shape, but no hotline's speakers."""
from __future__ import annotations

import re
from datetime import datetime

from .body import ISSUER_LINE
from .dates import DATETIME, RECENT_TIME, iter_dates
from .dom import HEADINGS, SENT_PUNCT, Block
from .message_lines import _prose

_CLOCK = re.compile(r"^[0-2]?\d:[0-5]\d(?::[0-5]\d)?$")
# a hotline's speakers and the platform's own lines: what makes the clocks a conversation's
_SPEAKER = re.compile(r"^(?:(?:坐席|话务员|接线员|客服|工号)\s*\d{0,6}|来电人|来电市民|市民|群众|网友|用户|我)$")
_PLATFORM = re.compile(r"进入人工服务|为您服务$|已生成|已转派|已转交|会话已结束|请对本次服务进行评价|通话结束|通话时长|正在为您转接")
_RESULT_HEAD = re.compile(r"^(?:办理|处理|处置)(?:结果|情况|反馈)$|^(?:答复|回复)(?:内容|意见)?$")
_DAY_LINE = re.compile(r"^(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?$")
SCAN = 400


# a chat's turn: its stamp on a line of its own (a year-less one too), the speaker's name under it, the
# words under that ("2022年3月15日 08:02" / "鹭栖苑居民" / …, "3月16日 14:30" / "临渚区综合行政执法局" / …)
_CHAT_STAMP = re.compile("^(?:" + DATETIME + r"(?::\d\d)?|" + RECENT_TIME + r"|[01]?\d月[0-3]?\d日\s*[0-2]?\d:[0-5]\d"
                         r"|[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d)$")
_NAME_ONLY = (r"(?!回复|答复|追问|补充|网友|市民|群众|留言|来信|诉求|评价|(?:部门|平台|官方|单位)(?:回复|答复|追答|受理|签收|办结|转办|交办|审核))"
              r"[\u4e00-\u9fff（）()·]{2,24}$")   # (a role word, or a step's: "平台受理<platform>", "部门签收<office>";
# opening the line makes it a card's head, under the previous turn's stamp)
SPEAKER = re.compile("^" + _NAME_ONLY)
CHAT_PAIR_LINES = re.compile(_CHAT_STAMP.pattern[:-1] + r"\n" + _NAME_ONLY, re.M)


def speaker_under_stamp(blocks: list[Block], i: int) -> bool:
    """A speaker's name alone on its line, a stamp over it and words under it: a chat's turn."""
    return 0 < i < len(blocks) - 1 and blocks[i].tag not in ("td", "th") and SPEAKER.match(blocks[i].text) is not None \
        and 2 * blocks[i].link_len < len(blocks[i].text) \
        and _CHAT_STAMP.match(blocks[i - 1].text) is not None and _prose(blocks[i + 1])   # (not a listed story's
    # headline, a link, between the stamp of the story above and its summary: "…垃圾集中处理中心")


def chat_turn_stamps(blocks: list[Block], scan: list[Block]) -> list[int]:
    """The stamps of a chat's turns when three or more are, and an office speaks in one of them."""
    heads = [b.index for b in scan if speaker_under_stamp(blocks, b.index)]
    if len(heads) >= 3 and any(ISSUER_LINE.match(blocks[i].text) for i in heads):
        return [i - 1 for i in heads]
    return []



def transcript_posts(blocks: list[Block], now: datetime):
    """The turns of a transcript as posts (then the answer under its result heading), or None."""
    from .core import Post

    scan = blocks[:SCAN]
    clocks = [b.index for b in scan if len(b.text) <= 8 and ":" in b.text and _CLOCK.match(b.text)]
    if len(clocks) < 4:
        return None
    speakers = [b for b in scan if len(b.text) <= 10 and _SPEAKER.match(b.text)]
    if len(speakers) < 2 and not any(len(b.text) <= 60 and _PLATFORM.search(b.text) for b in scan):
        return None   # (a live blog's entries: stamped, but no hotline's speaker nor platform line)
    first = clocks[0]
    day = _day_of(blocks, first, now)
    if day is None:
        return None
    turns: list[list] = []   # [time, lines]
    end = first
    opening = []   # the first words, between the day's line and the first clock (the writer's own request)
    for b in reversed(blocks[max(0, first - 3):first]):
        if _DAY_LINE.match(b.text) or b.tag in HEADINGS:
            break
        if len(b.text) >= 12 and SENT_PUNCT.search(b.text):
            opening.insert(0, b.text)
    if opening:
        hh, mm, *_ = (int(x) for x in blocks[first].text.split(":"))
        turns.append([day.replace(hour=hh, minute=mm, second=0), opening])
    for b in blocks[first:first + 300]:
        t = b.text
        if _CLOCK.match(t) and len(t) <= 8:
            hh, mm, *_ = (int(x) for x in t.split(":"))
            turns.append([day.replace(hour=hh, minute=mm, second=0), []])
            end = b.index
            continue
        if b.tag in HEADINGS or b.noise:
            break
        if not turns or len(t) <= 10 and _SPEAKER.match(t) or len(t) <= 60 and _PLATFORM.search(t):
            continue
        if len(t) >= 4 and (SENT_PUNCT.search(t) or len(t) >= 12):
            turns[-1][1].append(t)
            end = b.index
    turns = [tn for tn in turns if tn[1]]
    if len(turns) < 3:
        return None
    posts = [Post(i + 1, None, when, "\n".join(lines)) for i, (when, lines) in enumerate(turns)]
    answer = _answer_after(blocks, end)
    if answer:
        posts.append(Post(len(posts) + 1, None, None, "\n".join(answer)))
    return posts


def _day_of(blocks: list[Block], first: int, now: datetime) -> datetime | None:
    """The day of the transcript's first turn: a date line over the turns, else the field above whose
    clock is the first turn's (the call's own time), else the first date given above."""
    clock = blocks[first].text.rjust(8, "0")[:5] if len(blocks[first].text) > 5 else blocks[first].text.rjust(5, "0")
    above = [b for b in blocks[max(0, first - 60):first] if len(b.text) <= 60]
    dated = [dm for b in above for dm in iter_dates(b.text, now, allow_noyear=False) if dm.kind != "relative"]
    same = next((dm.dt for dm in dated if dm.has_time and dm.dt.strftime("%H:%M") == clock), None)
    if same is not None:
        return same
    for b in reversed(above):
        if b.tag not in ("td", "th", "dd") and _DAY_LINE.match(b.text):
            return next((dm.dt for dm in iter_dates(b.text, now, allow_noyear=False)), None)
    return dated[0].dt if dated else None


def _answer_after(blocks: list[Block], end: int) -> list[str]:
    """The office's answer under a result heading right after the transcript ("办理结果"), if any."""
    head = next((b.index for b in blocks[end + 1:end + 4] if b.tag in HEADINGS and _RESULT_HEAD.match(b.text)), None)
    if head is None:
        return []
    lines = []
    for b in blocks[head + 1:head + 30]:
        if b.tag in HEADINGS or b.noise:
            break
        if b.tag == "p" and len(b.text) >= 12 and SENT_PUNCT.search(b.text):
            lines.append(b.text)
        elif lines:
            break
    return lines
