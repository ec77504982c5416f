"""The heads that open a turn on a message page, each on a line of its own: a complaint platform's
timeline nodes (led by their role, "商家X回复<time>", or by their time, "<time> 办理单位回复"), a card's
name-role-time row ("<office>回复单位<time>", "<company> 回复 <time>", "<office>官方"), a report's masked
poster over its stamp and the office's "处置结果 <office>", a guestbook's numbered message
("第46条留言 留言人：X"), a chat's own bubble ("我20:14"), and the pager that ends them; a table's role
label under its stamp cell, a content label glued to its turn's first paragraph, a bubble's "<name> · 问";
and the checks of a page's short lines for such heads (``dot_qa``, ``glued_pair``, ``timeline_reply``).
``message_turns`` reads the turns under them."""
from __future__ import annotations

import re

from datetime import datetime

from .dates import DATETIME, RECENT_TIME
from .dom import Block
from .message_lines import _BARE_STAMP, _OFFICE, _REPLY_HEAD, RELATIVE_STAMP_LINE, STAMP_LINE, _when


_STAMP_LED_NODE = re.compile(r"^" + DATETIME + r"(?::\d\d)?\s+([\u4e00-\u9fff]{2,12})$")
_NODE_REPLY = re.compile(r"(?:回复|答复|回应|反馈|办结|处理意见|复查意见)$")
# a record's head, its time run into the office's name and its act ("2026-01-27 15:00澄湾区人民政府最终答复",
# "… <office>受理告知"): the office's words under it
STAMP_OFFICE_NODE = re.compile(r"^" + DATETIME + r"(?::\d\d)?\s*" + _OFFICE +
                               r"\s*(?:(?:最终|阶段性|初步|二次|再次)?(?:答复|回复)|受理告知|办理结果)$")
# a card's head, its role tag, the writer's name and a stamp run together ("回复澄湾区城市管理局01-16 17:40",
# "追问临溪路居民01-17 08:25"): the turn under it
ROLE_TAG_HEAD = re.compile(r"^(追问回复|追问答复|回复|答复|追问|补充)(?!回复|答复)\s*[\u4e00-\u9fff（）()·]{2,24}?\s*(?:" + DATETIME +
                           r"(?::\d\d)?|[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d)$")
ROLE_TAG_HEAD_LINES = re.compile(ROLE_TAG_HEAD.pattern, re.M)
_NODE_ASK = re.compile(r"(?:追问|补充|补充说明|复查请求|再次留言)$")


# a complaint platform's timeline node, led by its role, its stamp last ("商家某某回复2022-08-10 12:40",
# "用户某某补充说明<time>", "平台某某审核通过，投诉已公开<time>")
_ROLE_NODE = re.compile(r"^(?:[^\s\d][^\s]{0,15}?)??(商家|企业|客服|用户|消费者|平台)(\S[^\n]{0,39}?)(?:" + DATETIME + r"(?::\d\d)?|"
                        r"[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d|\d{1,2}\s*(?:天|小时|分钟)前|(?:昨天|前天)\s*[0-2]?\d:[0-5]\d)$")   # (or
# year-less or reckoned back: "商家回复3天前", "商家回复10-13 14:22")
# (the writer's name may lead: "j***8用户补充投诉<time>", "青橙出行商家商家已回复<time>")   # (the 网友/部门
# heads of a government board are read by their own rules)


def node_kind(text: str) -> str | None:
    """What a role-led timeline node heads: "reply", "ask" (the user's addition) or "progress"; None
    when the line is no such node."""
    m = _ROLE_NODE.match(text) if len(text) <= 60 else None
    if m is None:
        return None
    action = m.group(2).strip()   # (the action after the name, or before it: "商家回复<name><time>", "用户补充<name>")
    if m.group(1) in ("商家", "企业", "客服") and (_NODE_REPLY.search(action) or action.startswith(("回复", "答复", "回应"))):
        return "reply"
    if m.group(1) in ("用户", "消费者") and (_NODE_ASK.search(action) or action.startswith(("补充", "追问", "投诉", "评价"))):
        return "ask"
    return "progress"


_PAGER = re.compile(r"^共\s*\d+\s*(?:条|篇|封)\s*(?:留言|记录|信件|来信|回复)")
_LISTED_ASK = re.compile(r"^第\s*\d+\s*条留言\s*(?:留言人|网友)\s*[:：]")
_ASK_TIME_LABEL = re.compile(r"^(?:留言|来信|提问)(?:时间|日期)\s*[:：]\s*(?:19|20)\d\d")
_SELF_CLOCK = re.compile(r"^我\s*[0-2]?\d:[0-5]\d$")
_REPLY_TIME = re.compile(r"^(?:回复|答复)(?:时间|日期)\s*[:：]")
_NAME_ROLE_STAMP = re.compile(r"^\S{1,30}?(网友追问|网友补充|追问|再次回复|回复单位|答复单位|办理单位)\s*" + DATETIME + r"(?::\d\d)?$|"
                              r"^(?!网友|市民|用户)[\u4e00-\u9fff（）()]{2,30}?(办理结果|处理结果|(?:首次|再次|二次|最终|阶段性)(?:回复|答复))\s*"
                              + DATETIME + r"(?::\d\d)?$")   # ("梧桐区人民政府办理结果2025-06-20 15:31", "…首次回复<time>")
_ASK_ROLES = ("网友追问", "网友补充", "追问")


# a report's poster by a masked phone or name over its stamp ("138****0562 3月2日 07:41"), and its answer
# headed by the result's label and the office ("处置结果 某某区城市管理局某某中队"), no time (a 随手拍 share page)
MASKED_STAMP = re.compile(r"^(?:(?:(?:市民|网友|群众|用户)\s*)?1\d{2}[*＊]{4}\d{4}\s+|[^\s:：]{0,12}[*＊]{2,}(?:[^\s:：]{1,4}\s+|\s*))(?:" + DATETIME
                          + r"|[01]?\d月[0-3]?\d日\s*[0-2]?\d:[0-5]\d|[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d|" + RECENT_TIME + r")"
                          r"(?:\s*[\u4e00-\u9fff]{2,8}(?:\s*[·•]\s*[\u4e00-\u9fff]{2,10})?|\s*编号\s*[A-Z0-9-]{4,24}|"
                          r"\s*来源\s*[:：]\s*\S{1,10}|\s*浏览\s*[\d,]+)?$")   # (and its category, its channel ("刘**2025-10-14 07:46来源：APP"),
# or its case number: "市民****6627 03-14 07:42编号 26031400871";
# "市民138****2207 03-18 07:52户外广告 · 广告牌松动")
MASKED_STAMP_LINES = re.compile(MASKED_STAMP.pattern, re.M)
RESULT_OFFICE = re.compile(r"^(?:处置|处理|办理)结果\s*[·•|｜:：]?\s*(?:" + _OFFICE + r"|[\u4e00-\u9fff（）()]{2,30}[所站])$|"
                           r"^" + _OFFICE + r"\s*[·•|｜]\s*(?:处置|处理|办理)(?:结果|反馈)\s*[·•|｜]\s*(?:" + DATETIME
                           + r"|[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d)$|"   # (or "<office> · 处置反馈 · 03-18 11:36")
                           r"^(?:处置|处理|办理)单位\s*[:：]\s*[\u4e00-\u9fff（）()]{2,30}\s*[·•]\s*(?:" + DATETIME
                           + r"|[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d)$")   # ("处置单位：晓月社区 · 03-14 11:30" under "处置反馈")
RESULT_OFFICE_LINES = re.compile(RESULT_OFFICE.pattern, re.M)
# ... or the poster's masked name over its stamp ("用户138****2271" / "03-21 07:42"), and the answer's office with its
# stamp under the result's heading ("处置反馈" / "<office> · 03-21 10:31")
_YEARLESS = r"[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d"
MASKED_NAME = re.compile(r"^(?:用户|市民|网友|群众)?(?:1\d{2}[*＊]{4}\d{4}|[^\s:：]{0,12}[*＊]{2,}[^\s:：]{0,4})$")
MASKED_OVER_STAMP_LINES = re.compile(MASKED_NAME.pattern[:-1] + r"\n(?:" + DATETIME + "|" + _YEARLESS + "|" + RECENT_TIME +
                                     r"|[01]?\d月[0-3]?\d日\s*[0-2]?\d:[0-5]\d)$", re.M)   # (or "05月09日 23:18")
# a message page's gates: a reply's heading alone ("办理结果"), a result's heading, a poster's name over its stamp
REPLY_HEAD_LINES = re.compile(_REPLY_HEAD.pattern, re.M)
RESULT_LINES = re.compile(r"^(?:处置|处理|办理)结果$", re.M)
NAME_OVER_STAMP_LINES = re.compile(r"^[^\s\d，。：:][^\s，。：:]{1,11}\n(?:" + STAMP_LINE.pattern[1:] + "|"
                                   + RELATIVE_STAMP_LINE.pattern[1:] + ")", re.M)   # (a default
# user name's digits after its words: "江州市民7319")
RESULT_HEADING = re.compile(r"^(?:处置|处理|办理)(?:反馈|结果)$")
OFFICE_DOT_STAMP = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}?\s*[·•]?\s*(?:" + DATETIME + "|" + _YEARLESS + r")$")
# an answering office's name run into its stamp over its words ("澄湾区滨河街道办事处03-07 15:20")
OFFICE_STAMP = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:局|办事处|街道办|街道|中队|大队|中心|委员会|公司|政府)\s*[·•]?\s*(?:"
                          + DATETIME + "|" + _YEARLESS + r")$")
OFFICE_STAMP_LINES = re.compile(OFFICE_STAMP.pattern, re.M)
RESULT_OVER_OFFICE_LINES = re.compile(RESULT_HEADING.pattern[:-1] + r"\n" + OFFICE_DOT_STAMP.pattern[1:], re.M)
# a turn's head of the writer's name, a space, its role and its time ("青骑出行 回复 2025-11-04 10:05",
# "大学城***学生 补充说明 <time>": a complaint platform's)
NAME_SPACED_ROLE = re.compile(r"^\S{1,24}\s+(回复|答复|回应|补充说明|补充|追问|追问回复|回复追问)\s*[:：]?\s*" + DATETIME + r"(?::\d\d)?$")
NAME_SPACED_ROLE_LINES = re.compile(NAME_SPACED_ROLE.pattern, re.M)
# the complaint's own step at the foot of a timeline printed newest first ("发起投诉2025-04-12 20:14")
LAUNCH_LINES = re.compile(r"^(?:(?:[^\s\d][^\s]{0,15}?)??(?:投诉人|用户|消费者)\s*[·•]?\s*)?(?:发起投诉|投诉发起|提交投诉|投诉提交|投诉发布)\s*(?:" + DATETIME +
                          r"|[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d|$)", re.M)   # (or year-less: "发起投诉10-12 08:47")   # (or under its stamp)
# a bubble's head of the writer and its role after a dot ("锦绣路居民 · 问", "<office> · 答", "… · 追问", "… · 追答")
NAME_DOT_QA = re.compile(r"^[^\s·•]{1,24}\s*[·•]\s*(问|提问|追问|答|回答|追答)$")
NAME_DOT_QA_LINES = re.compile(NAME_DOT_QA.pattern, re.M)
# the answering office's name over its reply in a card ("滨江区城市管理和综合执法局官方")
OFFICE_OFFICIAL = re.compile(r"^" + _OFFICE + r"\s*(?:官方|官方账号|官方號)$")


# a table's role label under its stamp cell ("处理单位回复", "商家回复 · <company>", "用户追诉"), and a content label
# glued to its turn's first paragraph ("回复内容：网友您好！…", "诉求内容：…")
STAMPED_LABEL = re.compile(r"^(?:((?:处理|办理|承办)?(?:单位|部门|商家|企业)已?(?:回复|答复))(?:\s*[·•]\s*\S{1,24})?|"
                            r"(?:用户|网友|市民|投诉人)?(?:追诉|追问|补充说明|补充|追加|确认完成)|(?:用户|投诉人)评价)$")   # ("商家回复 · <company>",
# "投诉人补充", "用户追加", "用户评价")
CONTENT_LABEL_LEAD = re.compile(r"^(?:((?:回复|答复|回覆)(?:内容|意见)?)|(?:留言|来信|诉求|反映|咨询|投诉)(?:内容|详情))"
                                 r"\s*[:：]\s*(?=[^\s已])")   # (not a state: "办理结果：已办结…")


def dot_qa(short: str) -> bool:
    """Bubbles headed by their writer and role ("锦绣路居民 · 问" and "<office> · 答")."""
    if "答" not in short or "问" not in short:
        return False   # (both roles must be there)
    roles = {m.group(1)[-1] for m in NAME_DOT_QA_LINES.finditer(short)}
    return "问" in roles and "答" in roles


def glued_pair(scan: list[Block]) -> int | None:
    """The message's words with their label glued on ("诉求内容：井盖丢失…") and a reply's so labelled
    below ("答复内容：经核实…"): the message's block, or None."""
    ask = next((b.index for b in scan if len(b.text) >= 20 and b.text[2:4] in ("内容", "详情")
                and (m := CONTENT_LABEL_LEAD.match(b.text)) and not m.group(1)), None)
    if ask is None:
        return None
    return ask if any(b.index > ask and len(b.text) >= 20 and b.text[2:4] in ("内容", "意见")
                      and (m := CONTENT_LABEL_LEAD.match(b.text)) and m.group(1) for b in scan[ask + 1:ask + 30]) else None


_ROLE_OVER_STAMP = re.compile(r"^(?:市民|网友|群众|用户)?(?:反映|提交|来电|留言|诉求|投诉|提问|上报)$")


def role_stamp_above(blocks: list[Block], start: int, now: datetime):
    """The message's time in a step list above it: its role's word over a bare stamp ("市民反映" / <time>)."""
    for b in blocks[max(0, start - 30):start]:
        if len(b.text) <= 8 and _ROLE_OVER_STAMP.match(b.text) and b.index + 1 < start \
                and _BARE_STAMP.match(blocks[b.index + 1].text):
            return _when(blocks, b.index + 1, now)
    return None


def timeline_reply(short: str) -> bool:
    """A company's reply among a complaint timeline's nodes ("<company> 回复<time>", "商家已回复<time>")."""
    return bool(NAME_SPACED_ROLE_LINES.search(short)) or any(
        "回复" in t and (len(t) <= 60 and node_kind(t) == "reply" or UNIT_ROLE_REPLY.match(t)) for t in short.split("\n"))


UNIT_ROLE_REPLY = re.compile(r"^(?:处理|办理|承办|责任)?(?:单位|部门|商家|企业)(?:已)?回复(?:\s*[·•]\s*\S{1,24})?$|"
                             r"^(?:单位|部门|商家|企业)\s*[·•]\s*\S{1,24}\s+(?:已)?回复$")   # (or "商家 · <company> 回复")
# a timeline node under its stamp, the party, a dot and its act ("投诉人 · 补充说明", "平台 · 审核通过")
_ROLE_DOT_PARTY = re.compile(r"^(?:商家|企业|单位|部门)(?:回复|答复|回应)\s*[·•]\s*\S.{0,24}$")
_PARTY_DOT = re.compile(r"^(投诉人|用户|消费者|商家|企业|单位|部门|平台|客服|系统)\s*[·•]\s*(\S.{0,24})$")


def party_dot_kind(text: str) -> str | None:
    """What a "<party> · <act>" node under its stamp heads: "reply", "ask" or "progress"; None for no such node."""
    if len(text) > 40:
        return None
    if _ROLE_DOT_PARTY.match(text):
        return "reply"   # ("商家回复 · <company>")
    m = _PARTY_DOT.match(text)
    if m is None:
        return None
    party, act = m.groups()
    if party in ("商家", "企业", "单位", "部门") and act.endswith(("回复", "答复", "回应")):
        return "reply"
    if party in ("投诉人", "用户", "消费者") and act.startswith(("补充", "追问", "确认", "评价")):
        return "ask"   # (the complainant's words, if any, under its confirmation: "已收到退款，问题解决…")
    return "progress"   # ("处理单位回复" over the unit)


# a turn's own time on a line of its own, labelled ("回复时间：2025-09-09 15:30", "追问时间：…")
LABELLED_TIME = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:时间|日期)\s*[:：]\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
                           r"(?:\s*[0-2]?\d[:时][0-5]\d分?(?::[0-5]\d)?)?$")
