"""A 留言板 / 问政 page: a citizen's message and the official reply, perhaps with 追问 and a second
reply, each under its own labels (留言时间：…, 答复时间：…, 追问人：…). Found by those labels, not by
the markup (boards differ in layout but label their fields alike); each turn becomes one post, so
the replies, usually in a ``reply`` container that news rules take for comments, are read too."""
from __future__ import annotations

import re
from datetime import datetime

from . import fields as F
from .body import ISSUER_LINE, SIGNED_DATE
from .dates import DATETIME, NAME_STAMP, RECENT_TIME
from .dom import HEADINGS, Block
from .message_footer import DASHED_LINES, POSTER_ROLE_LINES, footer_turns, is_poster_role_stamp
from .message_lines import (
    _AFTER, _ASK, _ASK_AT, _ASK_BARE, _ASK_FIELD, _ASK_HEAD, _ASK_LINES, _ASK_SPLIT, _AUTHOR, _BARE_DATE, _BARE_STAMP, _CHIPS_SPLIT,
    _BOARD_FIELD, _closing_line, _DISCLAIMER, _field, _FLOOR, _FOLLOW, _FOLLOW_WORD, _HANDLER_FIELD,
    _HEAD_OVER_STAMP, LABEL_LEN, _LETTER_CLOSE, _LETTER_SALUTE, _LIST_ITEM, _NAME_SALUTE, _NAMED_ASK,
    DOC_NUMBER, NAMED_REPLY, PENDING_REPLY, SECTION_NO, stamp_above, STAMP_LINE, STAMP_OVER_ROLE, STAMPED_ROLE, STEP_STAMP, UNIT_REPLY_SPLIT,
    named_ask_in, _NETIZEN_AT, _NEW_REPLY, _NO_REPLY, _NOTICE_HEAD, _PAGE_MARK, _POSTED, _POSTER, _POSTER_DAY_STAMP, _POSTER_STAMP,
    _PROGRESS, _PROGRESS_LINE, _prose, _QA_ICON, QA_ICONS, _REPLY, _REPLY_BARE, _REPLY_BARE_LINES, _REPLY_DOC, _REPLY_HEAD, _REPLY_SECTION,
    _REPLY_TAG_SPLIT, _REPLY_UNIT, _ROLE_ASK_HEAD, _ROLE_ASK_LINES, _ROLE_FOLLOW_HEAD, _ROLE_REPLY_HEAD, _ROLE_REPLY_LINES,
    _role_tag, _ROLE_TAG_SPLIT, _SALUTATION, SCAN, _STAMP_LED, _STATUS, _TIME_LABEL, _TURN_WORD, _UNIT_LABEL, _UNIT_REPLY,
    _valued, _when,
)


_COMMENTS_HEAD = re.compile(r"^(?:网友|热门|最新|全部)?(?:评论|評論)")   # ("网友评论（5）": readers' comments, no turn)
_MAIL_DATE = re.compile(r"^(?:日\s*期|发送时间|发信时间|发件时间|时\s*间)\s*[:：]")
_REPLY_STAMP_LEAD = re.compile(r"^(?:回复|答复)(?:时间|日期)\s*[:：]\s*(?:19|20)\d\d")
_ASK_HEAD_LINES = re.compile(_ASK_HEAD.pattern, re.M)
_STAMP_LINES = re.compile(STAMP_LINE.pattern, re.M)
_DOC_TITLE = re.compile(r"^关于.{4,40}(?:提案|建议|来信|信访事项|诉求|问题|意见)的(?:答复|回复|办理情况)(?:函|意见)?$")
_NUMBER_ROW = re.compile(r"^(?:\S{1,20}\s)?(?:编号|工单号|案件号|单号)\s*[:：]?\s*[A-Za-z0-9-]{6,}(?:\s*[·•|｜]|$)")   # (after
# the reporter's masked phone: "138****5521 案件号 YQ2020…")   # ("编号 SSP… · 浏览 286")
_ATTACH_HEAD = re.compile(r"^(?:来信|回复|答复|信件|留言|办理)?附件\s*(?:[（(]\d{1,2}[)）])?\s*[:：]?$")
_ATTACH_LINE = re.compile(r"^[^\s，。]{1,60}\.(?:jpe?g|png|gif|bmp|webp|pdf|docx?|xlsx?|wps|zip|rar|7z|mp4|mov|avi)\s*(?:[（(].{0,40}[)）])?$",
                          re.I)
_RESULT_FIELD = re.compile(r"^(?:办理|处理)结果\s*[:：]?$")
_VOTES = re.compile(r"^[\u4e00-\u9fff]{1,3}\s*[(（]?\s*\d{1,6}\s*[)）]?$")   # (a turn's vote button: "有用 (33)")
_CHIPS = ("群众", "市民", "部门")   # (role chips under the poster's name, over the time)
_STEP_LINE = re.compile(DATETIME + r"(?::\d\d)?\s*\S")   # (a 办理进度 list's dated step)
_STEP_TAIL = re.compile(r"[^\s，。]{2,30}?\s*" + DATETIME + r"(?::\d\d)?$")   # (… its step's time after it)
_PENDING = re.compile(PENDING_REPLY)
_STAMPED = re.compile(DATETIME + "|" + RECENT_TIME)
_SUMMARY_HEAD = re.compile(r"^(?:AI|ＡＩ)\s*(?:智能)?(?:摘要|总结|概要)$|^智能(?:摘要|总结)$")
_STAMPED_CAPTION = re.compile(r"^[^，。！？]{0,12}[（(\s]*" + DATETIME + r"(?::\d\d)?[)）]?$")
_POSTER_LINE_TIME = re.compile(r"^\S{2,5}\s*[:：]\s*[^\s:：]{1,20}\s*" + DATETIME)   # ("发帖人：某某 <time>")


def message_posts(blocks: list[Block], now: datetime):
    """The message, the replies and any 追问 as posts in page order (the message alone when nothing
    is answered yet), or None when the page is not such a page: no message-time label, or neither a
    reply label nor a status field (办理状态) near it."""
    from .core import Post

    scan = blocks[:SCAN]
    short = "\n".join(b.text for b in scan if len(b.text) <= LABEL_LEN)
    if not (_ASK_LINES.search(short) or _ASK_AT.search(short) or _ASK_BARE.search(short) or _NETIZEN_AT.search(short)
            or _POSTED.search(short) and _BOARD_FIELD.search(short)
            or _ROLE_ASK_LINES.search(short) and _ROLE_REPLY_LINES.search(short) or _ASK_SPLIT.search(short)
            or named_ask_in(short) or _ROLE_TAG_SPLIT.search(short) or _HEAD_OVER_STAMP.search(short)
            or "问\n" in short and QA_ICONS.search(short) or ("回复" in short or "答复" in short) and _REPLY_TAG_SPLIT.search(short)
            or "部门\n" in short and _CHIPS_SPLIT.search(short)
            or POSTER_ROLE_LINES.search(short) and _ROLE_REPLY_LINES.search(short)
            or _REPLY_BARE_LINES.search(short)
            or ("\n答复" in short or "\n回复" in short or "\n回应" in short) and STAMP_OVER_ROLE.search(short)
            or ("回复\n" in short or "答复\n" in short) and UNIT_REPLY_SPLIT.search(short)
            or "发件人" in short and "收件人" in short   # (a letter shown as an e-mail: 发件人, 收件人, 日期, 主题)
            or "状态" in short and ("答复" in short or "回复" in short) and _ASK_HEAD_LINES.search(short)
            or ("·" in short or "来自" in short) and _STAMP_LINES.search(short) and _ROLE_REPLY_LINES.search(short)):
        # (or the message's section heading with a reply's under it and the letter's status: no time shown)
        return None   # (one scan of the page's short lines: most pages are no message page)
    if POSTER_ROLE_LINES.search(short) or "—" in short and DASHED_LINES.search(short):   # each turn signed under its words?
        turns = footer_turns(blocks, scan, now)
        if turns:
            return [Post(i + 1, None, when, "\n".join(lines)) for i, (kind, when, lines) in enumerate(turns)]
    start = next((b.index for b in scan if len(b.text) <= LABEL_LEN and (
        (("时间" in b.text or "日期" in b.text or "于" in b.text) and _ASK.search(b.text) and _valued(blocks, b.index))
        or _ASK_BARE.search(b.text) or _NETIZEN_AT.search(b.text) or _ROLE_ASK_HEAD.match(b.text) or _NAMED_ASK.match(b.text)
        or _role_tag(blocks, b.index) == "ask" and not _FOLLOW_WORD.match(b.text)
        or _POSTER.match(b.text) and _POSTER_LINE_TIME.search(b.text))), None)   # ("发帖人：某某 2019-09-23 18:46")
    if start is not None and _FOLLOW_WORD.match(blocks[start].text):
        # the first time label is a 追问's: the message is above it, under its poster's line with no
        # time shown ("网友：望江路居民" over the letter; its time only in the page's script)
        above = next((b.index for b in blocks[max(0, start - 30):start] if len(b.text) <= 30
                      and _AUTHOR.match(b.text) and b.index + 1 < start
                      and (_prose(blocks[b.index + 1]) or _LETTER_SALUTE.match(blocks[b.index + 1].text))), None)
        start = above if above is not None else start
    if start is None and "发件人" in short:   # an e-mail's "日 期：" (or "发送时间：") cell, by its 发件人 and 收件人
        start = next((b.index for b in scan if len(b.text) <= 24 and _MAIL_DATE.match(b.text) and _valued(blocks, b.index)
                      and any(x.text.startswith("收件人") for x in blocks[max(0, b.index - 8):b.index])), None)
    if start is None and "状态" in short:   # "<div>来信内容</div>" over the letter, "答复内容" over the reply,
        # and the letter's status among its fields: no time shown (a script-built page's, in its script)
        start = next((b.index for b in scan if len(b.text) <= 12 and _ASK_HEAD.match(b.text) and b.tag != "li"
                      and any(_REPLY_HEAD.match(x.text) for x in blocks[b.index + 2:b.index + 30])
                      and any(_STATUS.search(x.text) for x in blocks[max(0, b.index - 30):b.index])), None)
    if start is None:   # the poster's name over "昨天 08:15 · 来自 …", the words under it, a reply headed
        # "处置结果 · <office> · <time>" further down (a share page's report and its answer)
        start = next((b.index for b in scan if len(b.text) <= 40 and b.index > 0 and STAMP_LINE.match(b.text)
                      and len(blocks[b.index - 1].text) <= 20 and any(_prose(x) for x in blocks[b.index + 1:b.index + 4])
                      and any(len(x.text) <= LABEL_LEN and _ROLE_REPLY_HEAD.match(x.text)
                              for x in blocks[b.index + 2:b.index + 40])), None)
    if start is None:   # "信件编号：… 发布时间：…": the board's own time for the message, when it has no other
        start = next((b.index for b in scan if len(b.text) <= LABEL_LEN and ("时间" in b.text or "日期" in b.text)
                      and _POSTED.search(b.text) and _BOARD_FIELD.search(b.text) and _valued(blocks, b.index)), None)
    if start is None:   # <h3>网友留言</h3> over "name · 昨天 20:15": the message's stamp
        start = next((b.index + 1 for b in scan if b.tag in HEADINGS and _ASK_HEAD.match(b.text)
                      and b.index + 1 < len(blocks) and _POSTER_STAMP.match(blocks[b.index + 1].text)), None)
    if start is None:   # "留言对象：…" over a bare "name 2023-07-14 23:48:02" line: the message's stamp
        start = next((b.index + k for b in scan if len(b.text) <= LABEL_LEN and _ASK_FIELD.match(b.text)
                      for k in (1, 2) if b.index + k < len(blocks) and len(blocks[b.index + k].text) <= 40
                      and re.search(DATETIME, blocks[b.index + k].text)), None)
    if start is None:   # "网友某某2016-11-02 08:17" over the words (not a 办理进度 list's step)
        start = next((b.index for b in scan if b.tag != "li" and is_poster_role_stamp(b.text)), None)
    if start is None:   # a reply's role tag over its stamp ("官方回复<office>" / "昨天 16:30"): the message
        # is the words under the poster's "name <time>" line above it
        tag = next((b.index for b in scan if len(b.text) <= 32 and (_role_tag(blocks, b.index) == "reply"
                                                                    or _REPLY_BARE.match(b.text))), None)
        if tag is not None:   # (the first above it; or a row led by its time: "昨天 21:06 <place> <category>")
            start = next((b.index for b in blocks[max(0, tag - 15):tag] if len(b.text) <= 60
                          and (_POSTER_STAMP.match(b.text) or _POSTER_DAY_STAMP.match(b.text) or _STAMP_LED.match(b.text))
                          and any(_prose(x) for x in blocks[b.index + 1:b.index + 4])), None)   # (a status
        # chip and the subject's <h1> may sit between: "已回复")
    if start is None or not any(len(b.text) <= LABEL_LEN and (_REPLY.search(b.text) or _STATUS.search(b.text)
                                                               or _REPLY_BARE.match(b.text) or _UNIT_REPLY.match(b.text)
                                                               or _ROLE_REPLY_HEAD.match(b.text) or NAMED_REPLY.match(b.text)
                                                               or len(b.text) <= 32 and _role_tag(blocks, b.index) == "reply"
                                or len(b.text) <= 10 and _REPLY_HEAD.match(b.text.strip("【】[] ")))
                                for b in scan[max(0, start - 40):]):   # (a reply printed above the message)
        return None
    # the fields' time label, then the message under its own head further down ("诉求内容 市民 陈女士 · <time>"):
    # read from that head (the fields between hold no words)
    own = next((b.index for b in blocks[start + 1:start + 25] if len(b.text) <= LABEL_LEN and _ROLE_ASK_HEAD.match(b.text)), None)
    if own is not None and not any(_prose(b) for b in blocks[start + 1:own]):
        start = own
    if sum(1 for b in scan[start:] if len(b.text) <= LABEL_LEN and (_FLOOR.search(b.text) or _POSTER.search(b.text))
           and _REPLY.search(b.text)) >= 2:
        return None   # "第2楼 回复人：… 回复日期：…", "作者：… 回复日期：…": a thread's floors, not a message's replies
    head = blocks[max(0, start - 12):start + 1]
    author = next((m.group(1) for b in head if (m := _AUTHOR.search(b.text))), None)
    # a board that prints the reply above the message: read from the reply's own header down
    above = next((b.index for b in blocks[max(0, start - 40):start] if len(b.text) <= LABEL_LEN and (
        _REPLY_HEAD.match(b.text) or (_UNIT_LABEL.search(b.text) or _REPLY_SECTION.match(b.text))
        and _TIME_LABEL.search(b.text) or _REPLY_STAMP_LEAD.match(b.text))), None)   # ("回复时间：… 【官方回复】…")
    turns = None
    if above is not None:
        turns = _turns(blocks, above, start, now)
        if not any(kind == "ask" and lines for kind, _, lines in turns):
            turns = None
        else:   # the message first, as it was written first
            turns.sort(key=lambda tn: tn[0] != "ask")
    if turns is None:
        # the message's text above its stamp ("网友：某某 2016-09-02 13:18" under the letter, the
        # reply's header right below): read it first
        lead = _text_above(blocks, start) if start + 1 < len(blocks) and not _prose(blocks[start + 1]) \
            and (_NETIZEN_AT.search(blocks[start].text) or start > 0 and _prose(blocks[start - 1])
                 and (_REPLY_HEAD.match(blocks[start + 1].text) or _REPLY.search(blocks[start + 1].text))
                 or any(_prose(x) for x in blocks[max(0, start - 2):start]) and _STATUS.search(blocks[start + 1].text)) else []
        # (or "管理员回复：暂无回复" under it: a guestbook's message with no reply yet)
        turns = _turns(blocks, start, start, now, lead)
    if not turns[0][2] and len(turns) > 1 and turns[1][0] == "ask":   # the fields' time label, then the
        turns[1][1] = turns[1][1] or turns[0][1]                        # message under its own head
        del turns[0]
    if not turns[0][2] and start > 0:   # the message text above its labels: the prose right above them
        turns[0][2] = _text_above(blocks, start)[-3:]
    turns = [tn for tn in turns if tn[2] and tn[0] != "progress"]
    if not turns or turns[0][0] != "ask":
        return None
    if not any(kind == "reply" for kind, _, _ in turns) and not any(
            _STATUS.search(b.text) for b in blocks[max(0, start - 12):start + 40] if len(b.text) <= LABEL_LEN):
        return None   # no reply and no 办理状态: not a message page after all
    return [Post(i + 1, author if kind == "ask" else None, when, "\n".join(lines))
            for i, (kind, when, lines) in enumerate(turns)]


def _quotes_letter(t: str, turns: list) -> bool:
    """A line quoting the message: led by its label ("【来信摘要】", "来信内容：") or opening with its words."""
    if _LETTER_QUOTE.match(t):
        return True
    words = t.lstrip("【】[]「」“\"").strip()[:12]
    return len(words) >= 8 and any(words in line for kind, _, lines in turns if kind == "ask" for line in lines)


_LETTER_QUOTE = re.compile(r"^[【\[]?(?:来信|原信|留言|诉求)(?:摘要|内容|原文)[】\]]?\s*[:：]?")


def _badge_first(b: Block) -> bool:
    """The block opens with an element of one letter ("<span class="wen">问</span>…"), a badge."""
    el = b.owner
    return not (el.text or "").strip() and len(el) > 0 and isinstance(el[0].tag, str) \
        and (el[0].text or "").strip().rstrip("：:") in ("问", "答") and len(el[0]) == 0


def _in_cell(b: Block) -> bool:
    """The block's element sits in a table cell."""
    up = b.owner.getparent()
    return up is not None and up.tag in ("td", "th")


def _column_head(b: Block) -> bool:
    """A head cell of a row of three or more head cells."""
    row = b.owner.getparent()
    return row is not None and sum(1 for c in row if c.tag == "th") >= 3


def _text_above(blocks: list[Block], start: int) -> list[str]:
    """The prose right above ``start``, with a letter's salutation over it."""
    lines: list[str] = []
    for b in reversed(blocks[max(0, start - 12):start]):
        if not _prose(b):
            if lines and _LETTER_SALUTE.match(b.text):
                lines.insert(0, b.text)
            if lines:
                break
            if b.index == start - 1 and b.index > 0 and _prose(blocks[b.index - 1]) and _SIGNATURE.match(b.text):
                lines.insert(0, b.text)   # the writer's signature under the letter, over its stamp
            continue
        lines.insert(0, b.text)
    return lines


_SIGNATURE = re.compile(r"^[\u4e00-\u9fff]{2,14}$")   # ("一位学院路居民")


def _turns(blocks: list[Block], begin: int, start: int, now: datetime, above: list[str] = ()) -> list[list]:
    """[kind, time, lines] per turn, read from ``begin`` (the message's time label at ``start``, or
    a reply's header above it) until the page's other sections; ``above``: the message's text, read
    above its stamp."""
    if begin == start:
        turns: list[list] = [["ask", _when(blocks, start, now) or (
            _when(blocks, start - 1, now) if stamp_above(blocks, start) and STAMPED_ROLE.match(blocks[start].text)
            else None), list(above)]]
    else:
        turns = [["reply", _when(blocks, begin, now), []]]
    reply_at = None
    text_at = -10   # where the last line of text was read
    summary = False   # inside a machine's summary of the page
    tagged = (begin > 0 and _role_tag(blocks, begin - 1) is not None) or _QA_ICON.match(blocks[begin].text) is not None   # turns tagged by role words
    for b in blocks[begin + 1:start + 400]:
        t = b.text
        short = len(t) <= LABEL_LEN
        if summary:   # a machine's summary of the turns ("AI智能摘要", its points, its disclaimer):
            if not _STAMPED.search(t):   # nobody's words, up to the next turn's stamped head
                continue
            summary = False
        if short and _SUMMARY_HEAD.match(t):
            summary = True
            continue
        if b.index == start:   # the message below the reply
            if turns[-1][0] == "ask" and turns[-1][2] and turns[-1][1] is None:
                turns[-1][1] = _when(blocks, start, now)   # (its text above its stamp, under 【来信内容】)
            else:
                turns.append(["ask", _when(blocks, start, now), []])
            continue
        if t[:1] in "问答" and len(t) > 2 and _badge_first(b):
            t = t[1:].lstrip("：: ")   # "<span>问</span>我准备…": the turn's badge, not its words
        if short and t.startswith("【") and NAMED_REPLY.match(t):
            turns.append(["reply", _when(blocks, b.index, now), []])   # "【某某局】回复：<time>"
            tagged = True   # (the replies sit in a container news rules take for comments)
            continue
        if len(t) <= 8 and (" " in t or "\u3000" in t):
            t = t.replace(" ", "").replace("\u3000", "")   # a spaced heading ("回 复", "来　信")
        if short and t.startswith("【") and t.endswith("】"):
            t = t[1:-1].strip()   # a bracketed heading ("【办理结果】", "【来信内容】")
            head = True
        else:
            head = b.tag in HEADINGS
            if short and t.startswith("【") and 3 <= t.find("】") <= 8:   # "【网友追问】2014.06.15 21:33",
                t = t[1:].replace("】", "", 1)                        # "【追问答复】<office><time>"
        if b.bq and turns[-1][0] == "reply" and not turns[-1][2] and _quotes_letter(t, turns):
            continue   # the letter quoted at the reply's head (<blockquote>【来信摘要】…): the letter's words
        if short and (_ATTACH_HEAD.match(t) or _ATTACH_LINE.match(t) or t.startswith("📍") or _NUMBER_ROW.match(t)):
            continue   # a turn's attachments ("来信附件（3）", "IMG_….jpg (1.2MB，上传于…)"): no words, no end
        if b.tag == "li" and (_STEP_LINE.match(t) or _STEP_TAIL.match(t) and any(
                x.tag == "li" and _STEP_TAIL.match(x.text) for x in blocks[b.index - 1:b.index + 2:2])):
            continue   # a 办理进度 list's step ("2014.05.13 09:02 市长信箱办公室受理，转市城建局",
            # "转交某某督查室2019-06-13 09:20" in a strip of such)
        if short and _PENDING.match(t):
            continue   # "管理员回复：暂无回复": no reply yet, no words
        if b.tag == "figcaption" and len(t) <= 40 and _STAMPED_CAPTION.search(t):
            continue   # a photo's caption that only stamps it ("整改前（2023-06-14 07:25）"): no words
        if b.tag == "th" and _column_head(b):
            if len(turns) >= 2 and turns[-1][2] and turns[-1][0] == "reply":
                break   # a table of other records under the answered message ("本车辆历史告知单")
            continue   # a table's column heads ("序号 操作时间 环节 处理意见"): no turn's label
        kind = _role_tag(blocks, b.index) if len(t) <= 32 else None
        if kind:   # a card's role tag over its "name <time>" line
            if turns[-1][2] or turns[-1][0] != kind:
                turns.append([kind, None, []])
                if b.index + 1 < len(blocks) and _BARE_STAMP.match(blocks[b.index + 1].text):
                    turns[-1][1] = _when(blocks, b.index + 1, now)   # (its time alone under it)
                elif stamp_above(blocks, b.index) and STAMPED_ROLE.match(t):
                    turns[-1][1] = _when(blocks, b.index - 1, now)   # (a timeline's stamp over it)
            tagged = True   # (its "回复" tag reads as a comment section's heading elsewhere: not here)
            continue
        if len(t) <= 32 and STEP_STAMP.match(t):
            turns.append(["progress", None, []])   # (the platform's step: its note is nobody's words)
            continue
        if len(t) <= 48 and NAME_STAMP.match(t) and not _TURN_WORD.search(t):
            # "网友 某某2026-11-12 00:15", "某某局2026-11-10 17:25": a turn's stamp, never its words
            if turns[-1][2] and not (tagged and turns[-1][1] is None):   # (under the words of a tagged turn: its own)
                turns.append(["reply" if _REPLY_BARE.match(t) else "ask", _when(blocks, b.index, now), []])
                tagged = tagged or b.noise_forum   # (stamps inside a box news rules take for comments: the turns')
            else:
                turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)
            continue
        if len(turns) >= 2 and turns[-1][2] and _BARE_DATE.match(t) and any(
                _BARE_DATE.match(x.text) for x in blocks[b.index + 1:b.index + 6]):
            break   # a list's dates in a row (its titles are links): the page's other letters
        if short and _ROLE_FOLLOW_HEAD.match(t):
            turns.append(["ask", _when(blocks, b.index, now), []])
            continue
        if short and _ROLE_REPLY_HEAD.match(t):
            turns.append(["reply", _when(blocks, b.index, now), []])
            continue
        if short and _PROGRESS.match(t):
            turns.append(["progress", None, []])   # the hotline's steps (受理, 派发, 签收): nobody's words
            continue
        if _PROGRESS_LINE.match(t):
            continue
        if short and _FOLLOW.search(t) and not _REPLY.search(t):
            if turns[-1][2] or turns[-1][0] != "ask":
                turns.append(["ask", None, []])
            turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)
            continue
        if short and _NEW_REPLY.match(t) and turns[-1][2]:
            turns.append(["reply", _when(blocks, b.index, now), []])   # 阶段性回复, then 最终回复 (or after a 追问)
            continue
        if short and _REPLY_UNIT.match(t) and turns[-1][2]:
            turns.append(["reply", None, []])
            continue
        if short and _REPLY_BARE.match(t) and turns[-1][2]:
            turns.append(["reply", _when(blocks, b.index, now), []])
            continue
        if short and turns[-1][0] == "reply" and not turns[-1][2] and _REPLY_BARE.match(t):
            turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)   # ("处置结果" over "<office> · 09/14 08:42")
            continue
        if short and turns[-1][0] == "ask" and not turns[-1][2] and (_HANDLER_FIELD.match(t) or _RESULT_FIELD.match(t) and (
                b.tag in ("td", "th", "dt") and b.index + 1 < len(blocks) and len(blocks[b.index + 1].text) <= 40
                and blocks[b.index + 1].owner is b.owner.getnext())):   # (its value in the next cell)
            continue   # "办理单位：市城管执法局", "办理结果 | A类（…）" among the message's fields, above its text
        if short and turns[-1][0] == "reply" and turns[-1][2] and _AFTER.search(t) and _REPLY.search(t):
            break   # the asker's feedback on the reply, with its time ("代表反馈意见 反馈时间：…")
        if short and _REPLY.search(t):
            # (after a reply's text, a time label with the replying unit opens the next reply:
            # "回复单位：… 回复时间：…"; alone, it is this reply's time: "办结时间：…")
            if _TIME_LABEL.search(t) and (not turns[-1][2] or turns[-1][0] == "reply" and (
                    not _UNIT_LABEL.search(t) or turns[-1][1] is None)):   # (a reply's unit and time under it)
                # a time, not a section: among the message's fields above its text, or the reply's own
                if turns[-1][0] == "reply":
                    turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)
                else:
                    reply_at = reply_at or _when(blocks, b.index, now)
                continue
            if turns[-1][2] or turns[-1][0] != "reply":
                turns.append(["reply", None, []])
            turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now) or reply_at
            continue
        if short and head and _ASK_HEAD.match(t):
            if turns[-1][2] or turns[-1][0] != "ask":
                turns.append(["ask", None, []])
            continue
        if short and turns[-1][0] == "reply" and not turns[-1][2] and (_REPLY_DOC.search(t) or DOC_NUMBER.match(t)):
            continue   # under the reply's head, its document's title and number ("信访事项受理告知书", "…〔2022〕第047号")
        if short and _DOC_TITLE.match(t):
            if turns[-1][2] or turns[-1][0] != "reply":
                turns.append(["reply", None, []])
            continue   # the reply document's own title ("关于市政协…第10136号提案的答复"): it heads the reply
        if short and b.tag in HEADINGS and ISSUER_LINE.match(t) and b.index + 1 < len(blocks) \
                and blocks[b.index + 1].tag in HEADINGS and _REPLY_DOC.search(blocks[b.index + 1].text):
            continue   # "某某局<br>信访事项处理意见书": the reply's heading in two lines
        if short and (head and (_REPLY_HEAD.match(t) or _REPLY_DOC.search(t)) or _UNIT_REPLY.match(t)
                      or len(t) <= 8 and _REPLY_HEAD.match(t) and b.index + 1 < len(blocks)   # ("部门回复" over
                      and (_prose(blocks[b.index + 1]) or _SALUTATION.match(blocks[b.index + 1].text))):   # its words)
            # <h3>回复信息</h3>, <h4>某某局回复</h4> 2026-11-13 16:40: the reply's section
            if turns[-1][2] or turns[-1][0] != "reply":
                turns.append(["reply", None, []])
            turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)
            continue
        if short and turns[-1][2] and ISSUER_LINE.match(t) and b.index + 1 < len(blocks) \
                and len(blocks[b.index + 1].text) >= 30 and blocks[b.index + 1].punct >= 2:
            turns.append(["reply", None, []])   # the answering office's name heading its reply's text
            continue
        if short and turns[-1][0] == "reply" and turns[-1][2] and _AFTER.search(t) and any(
                len(x.text) <= LABEL_LEN and (_FOLLOW.search(x.text) or _NEW_REPLY.match(x.text)
                                              or _ROLE_FOLLOW_HEAD.match(x.text))
                for x in blocks[b.index + 1:b.index + 6]):
            continue   # the citizen's rating of a reply, then a 追问 or a second 办理: the turns go on
        if short and b.index < start and _AFTER.search(t):
            continue   # the rating of a reply printed above the message: the message is still to come
        if b.tag in ("h1", "h2") and turns[-1][0] == "ask" and not turns[-1][2] and b.index + 1 < len(blocks) \
                and (_prose(blocks[b.index + 1]) or _LETTER_SALUTE.match(blocks[b.index + 1].text)):
            continue   # the subject's own heading over the letter, inside its card
        if b.tag in HEADINGS and len(t) <= 8 and _in_cell(b) and not b.extra.get("section"):
            continue   # a form's field label set as a heading in its cell (SharePoint's <td><h3>信件类别</h3>)
        if b.tag in HEADINGS or b.extra.get("section") and (not tagged or _COMMENTS_HEAD.match(t)) \
                or short and _NOTICE_HEAD.match(t) \
                or (b.noise_forum and turns[-1][2] and len(turns) >= 2 and not tagged and not _VOTES.match(t)
                    and not any(_PAGE_MARK.search(x.text) for x in blocks[b.index:b.index + 4])) \
                or (short and turns[-1][0] in ("reply", "progress") and (turns[-1][2] or len(turns) >= 3)
                    and _AFTER.search(t) and not (turns[-1][0] == "progress" and b.tag in ("td", "li"))):
            break    # the page's other sections begin
        if turns[-1][0] == "reply" and len(turns[-1][2]) >= 2 and SIGNED_DATE.match(turns[-1][2][-1]) \
                and ISSUER_LINE.match(turns[-1][2][-2]) and _prose(b):
            break   # the reply is signed and dated: what follows is the page's ("本次征集共收到意见 214 条…")
        if _prose(b, bool(turns[-1][2])) or (turns[-1][2] and _closing_line(t) and not b.link_len
                                               and b.index - text_at <= 3 and not _field(b, True)
                                               and not (b.index + 1 < len(blocks) and blocks[b.index + 1].text in _CHIPS
                                                        and _role_tag(blocks, b.index + 1))):   # (the next turn's name over its chip)
            turns[-1][2].append(t)   # (a 落款 right under the text, not a listed item's date further down)
            text_at = b.index
        elif SECTION_NO.match(t) and b.index + 1 < len(blocks) and _prose(blocks[b.index + 1]):
            turns[-1][2].append(t)   # "二、处理情况" over its paragraph, inside the turn's text
            text_at = b.index
        elif turns[-1][0] == "ask" and (not turns[-1][2] and _LETTER_SALUTE.match(t)
                                        or turns[-1][2] and b.index - text_at <= 2 and _LETTER_CLOSE.match(t)):
            turns[-1][2].append(t)   # "尊敬的市长：" over the letter, "谢谢！" under it
            text_at = b.index
        elif turns[-1][0] == "reply" and not turns[-1][2] and (_SALUTATION.match(t) or _NAME_SALUTE.match(t)
                                                                 or _LETTER_SALUTE.match(t)):
            turns[-1][2].append(t)   # "网友您好：" opens the reply
        elif (turns[-1][2] and len(t) >= 5 or len(t) >= 8 and t[-1] in "：:") and (
                b.punct and t[-1] in "。！!" or t[-1] in "：:" and b.index + 1 < len(blocks)
                and _LIST_ITEM.match(blocks[b.index + 1].text)) \
                and not _DISCLAIMER.search(t) and not F.is_boilerplate(t) and not _NO_REPLY.match(t):
            turns[-1][2].append(t)   # a short closing sentence of the text ("感谢您的来电。"), a list's lead-in
    return turns
