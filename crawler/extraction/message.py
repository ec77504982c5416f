"""A 留言板 / 问政 page: a citizen's message and the official reply, perhaps with 追问 and a second
reply, each under its own labels (留言时间：…, 答复时间：…, 追问人：…). Found by those labels, not by
the markup (boards differ in layout but label their fields alike); each turn becomes one post, so
the replies, usually in a ``reply`` container that news rules take for comments, are read too."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from .dates import DATETIME, iter_dates
from .dom import HEADINGS, SENTENCE_END, Block
from .message_footer import DASHED_LINES, POSTER_ROLE_LINES, footer_turns, is_poster_role_stamp
from .message_lines import (
    _ASK, _ASK_BARE, _ASK_FIELD, _ASK_HEAD, _AUTHOR, _BARE_STAMP, _BOARD_FIELD, _FLOOR, _FOLLOW_WORD, LABEL_LEN,
    _LETTER_SALUTE, _NAMED_ASK, NAMED_REPLY, _NETIZEN_AT, _NO_REPLY, _POSTED, _POSTER, _POSTER_DAY_STAMP, _POSTER_STAMP,
    _prose, _PROGRESS, _REPLY, _REPLY_BARE, _REPLY_DOC, _REPLY_HEAD, _REPLY_SECTION, _ROLE_ASK_HEAD, _ROLE_REPLY_HEAD,
    _role_tag, RELATIVE_STAMP_LINE, RESULT_HEADS, SCAN, STAMP_LINE, _STAMP_LED, _STATUS, _TIME_LABEL, _UNIT_LABEL, _UNIT_REPLY, _valued, _when,
)
from .chat_transcript import CHAT_PAIR_LINES, chat_turn_stamps
from .message_folding import as_printed, fold, fold_needed
from .message_gate import _BAD_REVIEW, _POSTER_TO_LINES, _REVIEW_TIME, may_be_message
from .message_turns import _turns
from .message_roles import named_stamped
from .turn_lines import _TAG_STAMP_LINE
from .turn_heads import (
    CONTENT_LABEL_LEAD, dot_qa, glued_pair, LAUNCH_LINES, MASKED_NAME, MASKED_OVER_STAMP_LINES, MASKED_STAMP, NAME_DOT_QA,
    NAME_SPACED_ROLE, node_kind, OFFICE_DOT_STAMP, OFFICE_OFFICIAL, OFFICE_STAMP, RESULT_HEADING, RESULT_OFFICE, ROLE_TAG_HEAD,
    role_stamp_above, STAMP_OFFICE_NODE, timeline_reply, UNIT_ROLE_REPLY,
)


_ROLE_NAME_TIME = re.compile(r"^(?:网友|市民|群众)(?:问政|留言|提问|诉求|来信|反映)?[^\s:：]{1,16}?(?:发布|提问|留言|提交)?时间\s*[:：]\s*"
                             + DATETIME)
_FOOT_STAMP = re.compile(DATETIME + r"(?::\d\d)?$")
_MAIL_DATE = re.compile(r"^(?:日\s*期|发送时间|发信时间|发件时间|时\s*间)\s*[:：]")
_REPLY_STAMP_LEAD = re.compile(r"^(?:回复|答复)(?:时间|日期)\s*[:：]\s*(?:19|20)\d\d")
_OFFICE_TIME = re.compile(r"(?:受理|登记|来件|来电)(?:时间|日期)\s*(?:[:：]|$)")
_OWN_TIME = re.compile(r"(?:留言|来信|写信|提问|问政|诉求|投诉|举报|上报|反映)(?:时间|日期)\s*[:：]\s*(?:19|20)\d\d")
_OWN_TIME_LABEL = re.compile(r"^(?:留言|来信|写信|提问|问政|诉求|投诉|反映|来电|来件)\s*(?:时间|日期)\s*[:：]?\s*$")
_MASKED_POSTER = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:市民|网友|群众|居民|用户)\s*[\u4e00-\u9fff]{1,2}[*＊]{2,}$")
_POSTER_LINE_TIME = re.compile(r"^\S{2,5}\s*[:：]\s*[^\s:：]{1,20}\s*" + DATETIME)   # ("发帖人：某某 <time>")


_RECOMMENDED = re.compile(r"推荐|相关|热门|热搜|精选|猜你")


def _outside_recommended(scan: list[Block]) -> list[Block]:
    """The page's first blocks without those of a section of other stories under a heading that says so
    ("相关推荐": other accounts' statuses, stamped like a board's turns)."""
    if not any(b.extra and b.extra.get("section") == "related" for b in scan):
        return scan
    out, skipping = [], False
    for b in scan:
        if b.extra.get("section") != "related":
            skipping = False
        elif b.tag in HEADINGS and _RECOMMENDED.search(b.text):
            skipping = True
        if not skipping:
            out.append(b)
    return out

def message_posts(blocks: list[Block], now: datetime):
    """The message, the replies and any 追问 as posts in page order (the message alone when nothing
    is answered yet), or None when the page is not such a page: no message-time label, or neither a
    reply label nor a status field (办理状态) near it. A page in traditional characters (陳情, 來信,
    回覆) is read through its labels folded to the simplified ones, its words given back as printed."""
    posts = _message_posts(blocks, now)
    if posts is None:
        trad, bracketed = fold_needed(blocks)
        if not (trad or bracketed):
            return None
        folded = [replace(b, text=fold(b.text, trad, bracketed)) for b in blocks]
        posts = _message_posts(folded, now)
        if posts:
            printed = {f.text: b.text for f, b in zip(folded, blocks)}
            for p in posts:
                p.text = "\n".join(as_printed(line, printed) for line in p.text.split("\n"))
                p.author = as_printed(p.author, printed) if p.author else p.author
    return posts


def _message_posts(blocks: list[Block], now: datetime):
    from .core import Post

    scan = blocks[:SCAN]
    short = "\n".join(b.text for b in _outside_recommended(scan) if len(b.text) <= LABEL_LEN)
    if not may_be_message(short, scan, blocks):
        return None   # (most pages are no message page)
    if POSTER_ROLE_LINES.search(short) or "—" in short and DASHED_LINES.search(short):   # each turn signed under its words?
        turns = footer_turns(blocks, scan, now)
        if turns:
            return [Post(i + 1, None, when, "\n".join(lines)) for i, (kind, when, lines) in enumerate(turns)]
    start = None
    if "差评" in short and _BAD_REVIEW.search(short):
        # a 好差评 page: the citizen's review is the message and its 评价时间 the message's time (the
        # 受理时间 / 申请时间 among the fields above it are the service's, not the review's)
        start = next((b.index for b in scan if len(b.text) <= LABEL_LEN and _REVIEW_TIME.match(b.text)
                      and _valued(blocks, b.index)), None)
    chat = False
    if start is None and CHAT_PAIR_LINES.search(short):   # a chat's first turn, by its stamp over its speaker
        start = next(iter(chat_turn_stamps(blocks, scan)), None)
        chat = start is not None   # (its replies are known by their speaker, an office: no labels)
    if start is None and "内容" in short:   # "留言时间：" left empty (a script fills it), "留言内容：" over the
        # message, a reply's "回复时间：<time>" under it (and perhaps a 追问's own time further down)
        start = next((b.index for b in scan if _OWN_TIME_LABEL.match(b.text) and not _valued(blocks, b.index)
                      and any(_ASK_HEAD.match(x.text) for x in blocks[b.index + 1:b.index + 25] if len(x.text) <= 12)
                      and any(len(x.text) <= LABEL_LEN and _REPLY.search(x.text) for x in blocks[b.index + 2:b.index + 60])), None)
    glued = None
    if start is None and (glued := glued_pair(scan)) is not None:   # "诉求内容：<words>" over "答复内容：<words>", the
        start = glued   # time in a step list above ("市民反映" over its stamp)
    if start is None and "·" in short and dot_qa(short):   # bubbles: "<name> · 问" over the message
        start = next((b.index for b in scan if len(b.text) <= 30 and (m := NAME_DOT_QA.match(b.text))
                      and m.group(1) in ("问", "提问")), None)
    if start is None and "回复" in short and LAUNCH_LINES.search(short):   # a complaint's timeline newest first
        # under its 进度 heading, "发起投诉<time>" at its foot: the turns are read from the heading down
        launch = next((b.index for b in scan if len(b.text) <= 40 and LAUNCH_LINES.match(b.text)), None)
        if launch is not None and timeline_reply("\n".join(b.text for b in scan[:launch] if len(b.text) <= LABEL_LEN)):
            start = launch   # (only at the foot, under the company's reply: a timeline of steps in time order
            # above a "投诉内容" heading is read from that heading)
        elif launch is not None and any(_PROGRESS.match(b.text) for b in blocks[max(0, launch - 3):launch]):
            start = launch   # (or first under the 进程 heading, the complaint's words above the heading)
    start = start if start is not None else next((b.index for b in scan if len(b.text) <= LABEL_LEN and (
        (("时间" in b.text or "日期" in b.text or "于" in b.text) and _ASK.search(b.text) and _valued(blocks, b.index))
        or _ASK_BARE.search(b.text) or _NETIZEN_AT.search(b.text) or _ROLE_ASK_HEAD.match(b.text) or _NAMED_ASK.match(b.text)
        or _role_tag(blocks, b.index) == "ask" and not _FOLLOW_WORD.match(b.text)
        or _POSTER.match(b.text) and _POSTER_LINE_TIME.search(b.text))), None)   # ("发帖人：某某 2019-09-23 18:46")
    if start is not None and _OFFICE_TIME.search(blocks[start].text) and not _OWN_TIME.search(blocks[start].text):
        # the office's 受理时间 in a summary box over the message's own line ("留言人：某某 留言时间：<time>"):
        # the message's own
        own = next((b.index for b in blocks[start + 1:start + 4] if len(b.text) <= LABEL_LEN
                      and _OWN_TIME.search(b.text) and _valued(blocks, b.index)), None)
        if own is None and any(x.text == "留言" and named_stamped(blocks, x.index) for x in blocks[start + 1:start + 12]):
            return None   # (the turns below headed by bare role words over their writers and stamps: "留言" /
            # "江州网友jz****1988" / "2025/3/2 16:16:05", role_turns' to read)
        start = own if own is not None else start
    if start is not None and blocks[start].tag == "li" and _progress_strip(blocks, start):
        # the role word of a progress strip ("留言 | <time> | 受理 | <time> | 转办 …") under the message: the
        # message's own label is above it, in its fields' line ("… 留言人：某某留言时间：<time>")
        fields = next((b.index for b in reversed(blocks[max(0, start - 12):start]) if len(b.text) <= 300
                       and (m := _ASK.search(b.text)) and _DAY_STAMP.match(b.text, m.start(), m.start() + 40)), None)
        start = fields if fields is not None else start
    if start is not None and _FOLLOW_WORD.match(blocks[start].text):
        # the first time label is a 追问's: the message is above it, under its poster's line with no
        # time shown ("网友：望江路居民" over the letter; its time only in the page's script)
        above = next((b.index for b in blocks[max(0, start - 30):start] if len(b.text) <= 30
                      and _AUTHOR.match(b.text) and b.index + 1 < start
                      and (_prose(blocks[b.index + 1]) or _LETTER_SALUTE.match(blocks[b.index + 1].text))), None)
        if above is None:   # (or its head of the same form as the 追问's: "网友问政<name>发布时间：<time>")
            above = next((b.index for b in blocks[max(0, start - 30):start] if len(b.text) <= 60
                          and _ROLE_NAME_TIME.match(b.text) and b.index + 1 < start and _prose(blocks[b.index + 1])), None)
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
        # "处置结果 · <office> · <time>" further down (a share page's report and its answer; its stamp relative,
        # "3天前 · 市容环境/店外经营", only when the answer is headed so: a 随手拍 card's)
        start = next((b.index for b in scan if len(b.text) <= 40 and b.index > 0
                      and ((stamped := STAMP_LINE.match(b.text) is not None) or RELATIVE_STAMP_LINE.match(b.text))
                      and len(blocks[b.index - 1].text) <= 20 and any(_prose(x) for x in blocks[b.index + 1:b.index + 4])
                      and _role_tag(blocks, b.index - 1) != "reply"   # (not a reply's own stamp under its tag)
                      and any(len(x.text) <= LABEL_LEN and (stamped and (_ROLE_REPLY_HEAD.match(x.text) or _role_tag(blocks, x.index) == "reply")
                                                             or x.text in RESULT_HEADS)
                              for x in blocks[b.index + 2:b.index + 40])), None)
    if start is None and ("结果" in short or "反馈" in short or "*" in short):   # "138****0562 3月2日 07:41" over the report, "处置结果 <office>" over
        # the answer further down (a 随手拍 share page)
        start = next((b.index for b in scan if len(b.text) <= 40 and MASKED_STAMP.match(b.text)
                      and any(_prose(x) for x in blocks[b.index + 1:b.index + 5])
                      and any(RESULT_OFFICE.match(x.text) or len(x.text) <= 10 and _REPLY_HEAD.match(x.text) or OFFICE_STAMP.match(x.text)
                              for x in blocks[b.index + 2:b.index + 40])), None)
    if start is None and ("反馈" in short or "结果" in short):   # "用户138****2271" over "03-21 07:42" over the report,
        # "处置反馈" over "<office> · <time>" over the answer further down: the turns from the stamp
        start = next((b.index + 1 for b in scan if len(b.text) <= 24 and b.index + 1 < len(blocks) and MASKED_NAME.match(b.text)
                      and MASKED_OVER_STAMP_LINES.match(b.text + "\n" + blocks[b.index + 1].text)
                      and any(_prose(x) for x in blocks[b.index + 2:b.index + 6])
                      and any(OFFICE_DOT_STAMP.match(x.text) and RESULT_HEADING.match(blocks[x.index - 1].text)
                              for x in blocks[b.index + 3:b.index + 40])), None)
    if start is None and "*" in short:   # the masked poster over its stamp over the report, "部门回复" over the answer
        start = next((b.index + 1 for b in scan if len(b.text) <= 24 and b.index + 1 < len(blocks) and MASKED_NAME.match(b.text)
                      and MASKED_OVER_STAMP_LINES.match(b.text + "\n" + blocks[b.index + 1].text)
                      and any(_prose(x) for x in blocks[b.index + 2:b.index + 6])
                      and any(len(x.text) <= 8 and _REPLY_HEAD.match(x.text) for x in blocks[b.index + 3:b.index + 40])), None)
    if start is None and "回复" in short:   # the poster run into its stamp over the report ("江州市民_8a3f市民3天前 · 来自
        # iPhone"), "<office>官方回复" over the answer further down
        start = next((b.index for b in scan if len(b.text) <= 60 and _POSTER_STAMP.match(b.text)
                      and any(_prose(x) for x in blocks[b.index + 1:b.index + 5])
                      and any(len(x.text) <= 40 and _UNIT_REPLY.match(x.text) for x in blocks[b.index + 3:b.index + 40])), None)
    if start is None and " 回复 " in short:   # <h3>投诉内容</h3> over the complaint, "<company> 回复 <time>" over the
        # answer further down (a complaint platform's page, its own steps in a timeline above)
        start = next((b.index for b in scan if b.tag in HEADINGS and _ASK_HEAD.match(b.text) and b.index + 1 < len(blocks)
                      and _prose(blocks[b.index + 1])
                      and any(NAME_SPACED_ROLE.match(x.text) for x in blocks[b.index + 2:b.index + 40])), None)
    if start is None:   # "信件编号：… 发布时间：…": the board's own time for the message, when it has no other
        start = next((b.index for b in scan if len(b.text) <= LABEL_LEN and ("时间" in b.text or "日期" in b.text)
                      and _POSTED.search(b.text) and _BOARD_FIELD.search(b.text) and _valued(blocks, b.index)), None)
    if start is None:   # "网友：某某" over "发表于：2025-4-2 7:05": the poster's line, its time under it
        start = next((b.index for b in scan if 0 < b.index and len(b.text) <= 40 and _POSTED.match(b.text)
                      and _valued(blocks, b.index) and _AUTHOR.match(blocks[b.index - 1].text)), None)
    if start is None:   # <h3>网友留言</h3> over "name · 昨天 20:15": the message's stamp
        start = next((b.index + 1 for b in scan if b.tag in HEADINGS and _ASK_HEAD.match(b.text)
                      and b.index + 1 < len(blocks) and _POSTER_STAMP.match(blocks[b.index + 1].text)), None)
    if start is None:   # "留言对象：…" over a bare "name 2023-07-14 23:48:02" line: the message's stamp
        start = next((b.index + k for b in scan if len(b.text) <= LABEL_LEN and _ASK_FIELD.match(b.text)
                      for k in (1, 2) if b.index + k < len(blocks) and len(blocks[b.index + k].text) <= 40
                      and re.search(DATETIME, blocks[b.index + k].text)), None)
    footer = False
    if start is None and "对象" in short:   # the poster's line with the message's addressee over the words, the
        # time in the card's footer under them ("青禾路人问政对象：某某局" … "浏览 2.3万 · 点赞 56 2021-09-14 12:06")
        start = next((b.index for b in scan if len(b.text) <= 60 and _POSTER_TO_LINES.match(b.text)
                      and any(_prose(x) for x in blocks[b.index + 1:b.index + 3])), None)
        footer = start is not None
    if start is None:   # "网友某某2016-11-02 08:17" over the words (not a 办理进度 list's step)
        start = next((b.index for b in scan if b.tag != "li" and is_poster_role_stamp(b.text)), None)
    if start is None:   # a reply's role tag over its stamp ("官方回复<office>" / "昨天 16:30"): the message
        # is the words under the poster's "name <time>" line above it
        tag = next((b.index for b in scan if len(b.text) <= 32 and (_role_tag(blocks, b.index) == "reply"
                                                                    or _REPLY_BARE.match(b.text))), None)
        if tag is not None:   # (the first above it; or a row led by its time: "昨天 21:06 <place> <category>")
            start = next((b.index for b in blocks[max(0, tag - 15):tag] if len(b.text) <= 60
                          and (_POSTER_STAMP.match(b.text) or _POSTER_DAY_STAMP.match(b.text) or _STAMP_LED.match(b.text)
                               or _MASKED_POSTER.match(b.text))   # (or the poster's masked name alone: "江州市民 周**")
                          and any(_prose(x) for x in blocks[b.index + 1:b.index + 6])), None)   # (a status
        # chip and the subject's <h1> may sit between: "已回复")
    if start is None and "回复" in short and (tagged := next((b.index for b in scan if len(b.text) <= 60
                                                              and (m_tag := ROLE_TAG_HEAD.match(b.text))), None)) is not None \
            and "复" in m_tag.group(1):
        # "回复<office><time>" over the answers: the message is under the last stamped line above them
        start = next((b.index for b in reversed(blocks[max(0, tagged - 30):tagged]) if len(b.text) <= LABEL_LEN
                      and _DAY_STAMP.search(b.text) and b.index + 1 < tagged and _prose(blocks[b.index + 1])), None)
    if start is None or not chat and not any(len(b.text) <= LABEL_LEN and (_REPLY.search(b.text) or _STATUS.search(b.text)
                                                               or _REPLY_BARE.match(b.text) or _UNIT_REPLY.match(b.text)
                                                               or _ROLE_REPLY_HEAD.match(b.text) or NAMED_REPLY.match(b.text)
                                                               or len(b.text) <= 32 and _role_tag(blocks, b.index) == "reply"
                                or len(b.text) <= 10 and _REPLY_HEAD.match(b.text.strip("【】[] "))
                                or node_kind(b.text) == "reply"
                                or len(b.text) <= 60 and STAMP_OFFICE_NODE.match(b.text)   # ("<time><office>最终答复")
                                or len(b.text) <= 16 and _REPLY_DOC.search(b.text)   # ("信访事项处理意见书" over the reply)
                                or " 回复" in b.text and NAME_SPACED_ROLE.match(b.text)   # ("<company> 回复 <time>")
                                or ("反馈" in b.text or "单位" in b.text) and RESULT_OFFICE.match(b.text)   # ("<office> · 处置反馈 · <time>")
                                or "·" in b.text and (m_qa := NAME_DOT_QA.match(b.text)) and m_qa.group(1)[-1] == "答"
                                or len(b.text) <= 40 and UNIT_ROLE_REPLY.match(b.text))   # ("商家回复 · <company>")
                                for b in scan[max(0, start - 40):]):   # (a reply printed above the message)
        return None
    # the fields' time label, then the message under its own head further down ("诉求内容 市民 陈女士 · <time>"):
    # read from that head (the fields between hold no words)
    own = next((b.index for b in blocks[start + 1:start + 25] if len(b.text) <= LABEL_LEN and (
        _ROLE_ASK_HEAD.match(b.text) or b.tag == "td" and _ASK_HEAD.match(b.text) and b.index + 1 < len(blocks)
        and _BARE_STAMP.match(blocks[b.index + 1].text))), None)   # (or "来信内容" | "2012-08-21 10:42": the letter's
    # own time beside its label, the 受理日期 among the fields above it the office's)
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
        and _TIME_LABEL.search(b.text) or _REPLY_STAMP_LEAD.match(b.text)
        or _ROLE_REPLY_HEAD.match(b.text))), None)   # ("回复时间：… 【官方回复】…", "部门答复（最终）<time>" newest first)
    if above is None and LAUNCH_LINES.match(blocks[start].text):   # (or the first node under the 进度 heading)
        above = next((b.index + 1 for b in reversed(blocks[max(0, start - 40):start]) if _PROGRESS.match(b.text)), None)
        above = above if above is not None and above < start - 2 else None   # (not the launch first under it)
    turns = None
    if above is not None:
        turns = _turns(blocks, above, start, now)
        if LAUNCH_LINES.match(blocks[start].text) and turns[-1][0] == "ask":
            # the platform's "发起投诉<time>" at the foot (its note, if any, the platform's: "投诉已提交，等待
            # 平台审核"): the complaint is the prose above the timeline's 进度 heading
            head = next((b.index for b in reversed(blocks[max(0, above - 8):above]) if _PROGRESS.match(b.text)), None)
            words = _text_above(blocks, head) if head is not None else []
            if sum(len(line) for line in turns[-1][2]) < 60:   # (unless the node holds the complaint's own words)
                turns[-1][2] = words or turns[-1][2]
            if turns[-1][1] is None and start > 0 and _BARE_STAMP.match(blocks[start - 1].text):
                turns[-1][1] = _when(blocks, start - 1, now)   # ("发起投诉" under its stamp, a table's row)
        if not any(kind == "ask" and lines for kind, _, lines in turns):
            turns = None
        elif all(tn[1] is not None for tn in turns if tn[2] and tn[0] != "progress"):   # all dated (a timeline
            turns.sort(key=lambda tn: (tn[1] is None, tn[1] or now))               # newest first): in time order
        else:   # the message first, as it was written first
            turns.sort(key=lambda tn: tn[0] != "ask")
    if turns is None and blocks[start].tag == "li" and start >= 2 and (head := next(
            (b.index for b in blocks[start - 2:start] if _PROGRESS.match(b.text)), None)) is not None:
        # the message's first step in a 办理进度 list ("网友提交 <time>", "平台审核通过，转…办理 <time>", …) under
        # the words it stamps: the words above the heading, then the turns under the list
        lead = _text_above(blocks, head)
        end = start
        while end + 1 < len(blocks) and blocks[end + 1].tag == "li" and len(blocks[end + 1].text) <= 60:
            end += 1
        if lead and end > start:
            turns = _turns(blocks, end, end, now, lead)
            turns[0][1] = _when(blocks, start, now)
    if turns is None and glued is not None:
        m_lead = CONTENT_LABEL_LEAD.match(blocks[start].text)
        turns = _turns(blocks, start, start, now, [blocks[start].text[m_lead.end():]])
        turns[0][1] = turns[0][1] or role_stamp_above(blocks, start, now)
    if turns is None:
        # the message's text above its stamp ("网友：某某 2016-09-02 13:18" under the letter, the
        # reply's header right below): read it first
        lead = _text_above(blocks, start) if start + 1 < len(blocks) and not _prose(blocks[start + 1]) \
            and (_NETIZEN_AT.search(blocks[start].text) or start > 0 and _prose(blocks[start - 1])
                 and (_REPLY_HEAD.match(blocks[start + 1].text) or _REPLY.search(blocks[start + 1].text)
                      or OFFICE_OFFICIAL.match(blocks[start + 1].text))   # (a card's "<office>官方" over the reply)
                 or any(_prose(x) for x in blocks[max(0, start - 2):start]) and _STATUS.search(blocks[start + 1].text)) else []
        # (or "管理员回复：暂无回复" under it: a guestbook's message with no reply yet)
        turns = _turns(blocks, start, start, now, lead)
    if not turns[0][2] and len(turns) > 1 and turns[1][0] == "ask":   # the fields' time label, then the
        turns[1][1] = turns[1][1] or turns[0][1]                        # message under its own head
        del turns[0]
    if not turns[0][2] and above is not None and turns[0][0] == "ask":   # a timeline newest first under its
        # 进度 heading, its first node the platform's "发起投诉<time>": the complaint is the prose above the heading
        head = next((b.index for b in reversed(blocks[max(0, above - 8):above]) if _PROGRESS.match(b.text)), None)
        if head is not None:
            turns[0][2] = _text_above(blocks, head)
    if turns[0][0] == "ask" and _REPORT_STEP.match(blocks[start].text):
        # a 随手拍's steps, "上报<time>" first with the platform's note under it: the report is the prose
        # above the steps' heading
        head = next((b.index for b in blocks[max(0, start - 3):start] if _PROGRESS.match(b.text)), start)
        turns[0][2] = _text_above(blocks, head) or turns[0][2]
        if turns[0][1] is None and _BARE_STAMP.match(blocks[start - 1].text):
            turns[0][1] = _when(blocks, start - 1, now)   # (its stamp over it)
    if not turns[0][2] and start > 0:   # the message text above its labels: the prose right above them
        turns[0][2] = _text_above(blocks, start)[-3:]
    if footer and turns[0][1] is None:   # the message's time at its card's foot, under its words
        foot = next((b for b in blocks[start + 1:start + 12] if len(b.text) <= 60 and not _prose(b)
                     and _FOOT_STAMP.search(b.text)), None)
        turns[0][1] = _when(blocks, foot.index, now) if foot is not None else None
    if turns[0][0] == "ask" and LAUNCH_LINES.match(blocks[start].text) and (head := next(
            (b.index for b in blocks[max(0, start - 3):start] if _PROGRESS.match(b.text)), None)) is not None:
        # the platform's "发起投诉" first under the timeline's heading (its note the platform's: "用户 X 发起投诉"):
        # the complaint is the prose above the heading
        turns[0][2] = _text_above(blocks, head) or turns[0][2]
        if turns[0][1] is None and _BARE_STAMP.match(blocks[start - 1].text):
            turns[0][1] = _when(blocks, start - 1, now)   # (its stamp over it)
    if turns[0][0] == "ask" and turns[0][1] is None and (MASKED_STAMP.match(blocks[start].text) or _REPORT_STEP.match(blocks[start].text)
                                                                or start > 0 and MASKED_NAME.match(blocks[start - 1].text)):
        # the report's year-less stamp under its masked poster ("市民****6627 03-14 07:42编号 …"): this year's
        turns[0][1] = next((dm.dt for dm in iter_dates(blocks[start].text, now, allow_noyear=True)), None)
    turns = [tn for tn in turns if tn[2] and tn[0] != "progress"]
    if not turns or turns[0][0] != "ask":
        return None
    if turns[0][1] is not None and blocks[start].text.startswith("受理") and any(
            _OWN_TIME_LABEL.match(b.text) and not _valued(blocks, b.index) for b in blocks[max(0, start - 12):start]):
        turns[0][1] = None   # the office's 受理时间 beside the message's own, left empty (a script fills it): not its time
    elif turns[0][1] is not None and blocks[start].text.startswith("受理"):   # the office's 受理时间 in the summary
        # (or among the fields)
        own = next((b.index for b in blocks[start + 1:start + 30] if _OWN_TIME_LABEL.match(b.text)   # line, the call's
                    and _valued(blocks, b.index)   # own 来电时间 among the fields under it: the message's time (or
                    or len(b.text) <= 60 and not b.text.startswith("受理") and (m := _ASK.search(b.text))   # over its
                    and _DAY_STAMP.match(b.text, m.start(), m.start() + 40)), None)   # words: "留言内容 … 留言时间：<time>")
        turns[0][1] = (_when(blocks, own, now) or turns[0][1]) if own is not None else turns[0][1]
    if not any(kind == "reply" for kind, _, _ in turns) and not any(
            _STATUS.search(b.text) or _NO_REPLY.match(b.text)   # ("暂无答复，信件正在办理中。" in the reply's place)
            for b in blocks[max(0, start - 12):start + 40] if len(b.text) <= LABEL_LEN):
        return None   # no reply and no 办理状态: not a message page after all
    return [Post(i + 1, author if kind == "ask" else None, when, "\n".join(lines))
            for i, (kind, when, lines) in enumerate(turns)]


_DAY_STAMP = re.compile(r"\S{2,6}\s*[:：]?\s*" + DATETIME)   # (the label, then its time)
_REPORT_STEP = re.compile(r"^上报\s*(?:" + DATETIME + r"(?::\d\d)?|[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d)$")
_STRIP_STEP = re.compile(r"^(?:受理|转办|交办|签收|办理|回复|答复|办结|评价)$")


def _progress_strip(blocks: list[Block], i: int) -> bool:
    """``i`` heads a strip of step words and their times in list items (留言, <time>, 受理, <time>, 转办 …)."""
    return sum(1 for b in blocks[i + 1:i + 8] if b.tag == "li" and _STRIP_STEP.match(b.text)) >= 2


def _text_above(blocks: list[Block], start: int) -> list[str]:
    """The prose right above ``start``, with a letter's salutation over it."""
    lines: list[str] = []
    for b in reversed(blocks[max(0, start - 12):start]):
        if b.text[:1] == "#" and _TAG_STAMP_LINE.match(b.text):
            continue   # (the report's topic tag, place and stamp under its words)
        if not _prose(b) or len(_FIELD_PAIR.findall(b.text)) >= 3 and not SENTENCE_END.search(b.text):
            # (a row of fields over the words: "投诉人：… 投诉对象：… 投诉编号：… 关注：218")
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
_FIELD_PAIR = re.compile(r"[\u4e00-\u9fff]{2,5}\s*[:：]")
