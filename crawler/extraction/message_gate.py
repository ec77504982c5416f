"""Whether a page may be a message page at all (a 留言 and its reply, a complaint's timeline, a 随手拍
card, a chat, a mailbox's letter…), by one scan of its short lines for the labels and heads such pages
print: most pages are none, and ``message`` reads no further on them."""
from __future__ import annotations

import re

from .chat_transcript import CHAT_PAIR_LINES, chat_turn_stamps
from .dom import Block
from .message_footer import POSTER_ROLE_LINES
from .message_lines import (
    OFFICE_STAMP_ROLE, OFFICIAL_OVER_STAMP, PARTY_ROLE_LINES, QA_ICONS, STAMP_LINE, STAMP_OVER_ROLE, UNIT_REPLY_SPLIT,
    _ASK_AT, _ASK_BARE, _ASK_HEAD, _ASK_LINES, _ASK_SPLIT, _BOARD_FIELD, _CHIPS_SPLIT, _HEAD_OVER_STAMP, _NETIZEN_AT,
    _POSTED, _POSTER_STAMP, _REPLY_BARE_LINES, _REPLY_TAG_SPLIT, _ROLE_ASK_LINES, _ROLE_REPLY_LINES, _ROLE_TAG_SPLIT,
    _UNIT_REPLY, named_ask_in,
)
from .turn_heads import (
    LAUNCH_LINES, MASKED_OVER_STAMP_LINES, MASKED_STAMP_LINES, NAME_OVER_STAMP_LINES, NAME_SPACED_ROLE_LINES,
    OFFICE_STAMP_LINES, REPLY_HEAD_LINES, RESULT_LINES, RESULT_OFFICE_LINES, RESULT_OVER_OFFICE_LINES, ROLE_TAG_HEAD_LINES,
    dot_qa, glued_pair, timeline_reply,
)

_BAD_REVIEW = re.compile(r"差评(?:内容|标签|整改|原因)")   # (not the site's menu item "好差评")
_REVIEW_TIME = re.compile(r"^(?:评价人\s*[:：][^\n]{1,30}?)?(?:差评|评价)时间\s*[:：]?")   # (after the reviewer and the
# rating in the review's head: "评价人：孙**非常不满意评价时间：<time>")
_REVIEW_TIME_LINES = re.compile(_REVIEW_TIME.pattern, re.M)
_OFFICE_STAMP_ROLE_LINES = re.compile(OFFICE_STAMP_ROLE.pattern, re.M)
_POSTER_TO_LINES = re.compile(r"^[^\s:：，。]{2,12}(?:问政|留言|投诉|咨询|反映)对象\s*[:：]", re.M)   # ("青禾路人问政对象：…")
_UNIT_REPLY_LINES = re.compile(_UNIT_REPLY.pattern, re.M)
_ASK_HEAD_LINES = re.compile(_ASK_HEAD.pattern, re.M)
_STAMP_LINES = re.compile(STAMP_LINE.pattern, re.M)
_POSTER_STAMP_LINES = re.compile(_POSTER_STAMP.pattern, re.M)


def may_be_message(short: str, scan: list[Block], blocks: list[Block]) -> bool:
    """``short``: the page's short lines (of its first blocks, ``scan``) joined by newlines. (Of two tests
    that must both pass, the cheaper one first: most pages fail them all.)"""
    return bool(_ASK_LINES.search(short) or _ASK_AT.search(short) or _ASK_BARE.search(short) or _NETIZEN_AT.search(short)
            or _POSTED.search(short) and _BOARD_FIELD.search(short)
            or _ROLE_ASK_LINES.search(short) and _ROLE_REPLY_LINES.search(short) or _ASK_SPLIT.search(short)
            or named_ask_in(short) or _ROLE_TAG_SPLIT.search(short) or _HEAD_OVER_STAMP.search(short)
            or "问\n" in short and QA_ICONS.search(short) or ("回复" in short or "答复" in short) and _REPLY_TAG_SPLIT.search(short)
            or "部门\n" in short and _CHIPS_SPLIT.search(short)
            or POSTER_ROLE_LINES.search(short) and _ROLE_REPLY_LINES.search(short)
            or _REPLY_BARE_LINES.search(short)
            or ("\n答复" in short or "\n回复" in short or "\n回应" in short or "\n部门" in short) and STAMP_OVER_ROLE.search(short)
            or ("回复\n" in short or "答复\n" in short) and UNIT_REPLY_SPLIT.search(short)
            or "官方\n" in short and OFFICIAL_OVER_STAMP.search(short)
            or "·" in short and _OFFICE_STAMP_ROLE_LINES.search(short)   # ("某某分局官方3小时前 · 承办单位回复")
            or "发件人" in short and "收件人" in short   # (a letter shown as an e-mail: 发件人, 收件人, 日期, 主题)
            or "差评" in short and _BAD_REVIEW.search(short) and _REVIEW_TIME_LINES.search(short)   # (a 好差评
            # page: the bad review is the message)
            or CHAT_PAIR_LINES.search(short) and chat_turn_stamps(blocks, scan)   # (a chat: stamp, speaker, words)
            or "对象" in short and _POSTER_TO_LINES.search(short) and _UNIT_REPLY_LINES.search(short)   # (a card:
            # "某某问政对象：某某局" over the words, "某某局官方回复" over the reply, the times in the cards' footers)
            or "状态" in short and ("答复" in short or "回复" in short) and _ASK_HEAD_LINES.search(short)
            or ("·" in short or "来自" in short) and _STAMP_LINES.search(short) and _ROLE_REPLY_LINES.search(short)
            or ("结果" in short or "反馈" in short) and RESULT_OFFICE_LINES.search(short) and MASKED_STAMP_LINES.search(short)
            or "*" in short and MASKED_STAMP_LINES.search(short) and (REPLY_HEAD_LINES.search(short) or OFFICE_STAMP_LINES.search(short))   # ("刘**<time>" over the
            # words, "办理结果" over the office's answer; a poster's name over its stamp, "处置结果" over the answer)
            or "结果" in short and RESULT_LINES.search(short) and NAME_OVER_STAMP_LINES.search(short)
            or " 回复" in short and _ASK_HEAD_LINES.search(short) and NAME_SPACED_ROLE_LINES.search(short)
            or "回复" in short and "投诉" in short and LAUNCH_LINES.search(short) and timeline_reply(short)
            or "·" in short and dot_qa(short)
            or ("反馈" in short or "结果" in short) and RESULT_OVER_OFFICE_LINES.search(short)
            and MASKED_OVER_STAMP_LINES.search(short)   # (a 随手拍 card: "用户138****2271" over its stamp)
            or "投诉" in short and PARTY_ROLE_LINES.search(short)   # ("被投诉方（<company>）回复" over its time)
            or "回复" in short and ROLE_TAG_HEAD_LINES.search(short) and any(   # ("回复<office><time>" over its words)
                m.group(1) == "回复" for m in ROLE_TAG_HEAD_LINES.finditer(short))
            or "*" in short and REPLY_HEAD_LINES.search(short) and MASKED_OVER_STAMP_LINES.search(short)   # (a share
            # page's masked poster over its stamp, "部门回复" over the office's answer)
            or "回复" in short and _UNIT_REPLY_LINES.search(short) and _POSTER_STAMP_LINES.search(short)   # (a share
            # page's poster run into its stamp, "<office>官方回复" over the answer)
            or glued_pair(scan) is not None)
