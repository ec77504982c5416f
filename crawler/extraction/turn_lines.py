"""What a message page's turns hold besides their words, line by line: the fields and their labels,
attachments, number rows, vote buttons, stamped captions, the platform's steps and summaries, a
quote of the letter at a reply's head; and the shapes of blocks that say so (a badge, a cell, a
label over its value). ``message_turns`` reads the turns with these."""
from __future__ import annotations

import re

from .dates import DATETIME, RECENT_TIME
from .dom import HEADINGS, SENT_PUNCT, SENTENCE_END, Block
from .message_lines import _ASK_FIELD, LABEL_LEN, _NO_REPLY, PENDING_REPLY, _prose, _REPLY, _REPLY_HEAD


_FIELD_LABELS = re.compile(r"(?:类别|分类|浏览|点击|编号|状态|来源|渠道|属地|区域|类型|评价|最后更新)\s*[:：]")
_SYSTEM_NOTE = re.compile(r"^系统(?:消息|通知|提示)\s*[:：]")
_SAYS = re.compile(r"^(.{2,30}?)\s*说道\s*[:：]$")   # (a WordPress comment's "<name> 说道：")
_COMMENTS_HEAD = re.compile(r"^(?:网友|热门|最新|全部)?(?:评论|評論)")   # ("网友评论（5）": readers' comments, no turn)
_DOC_TITLE = re.compile(r"^关于.{4,40}(?:提案|建议|来信|信访事项|诉求|问题|意见)的(?:答复|回复|办理情况)(?:函|意见)?$")
# ("编号 SSP… · 浏览 286"; after the reporter's masked phone: "138****5521 案件号 YQ2020…")
_NUMBER_ROW = re.compile(r"^(?:\S{1,20}\s)?(?:编号|工单号|案件号|单号)\s*[:：]?\s*[A-Za-z0-9-]{6,}(?:\s*[·•|｜]|$)")
_ATTACH_HEAD = re.compile(r"^(?:来信|回复|答复|信件|留言|办理)?附件\s*(?:[（(]\d{1,2}[)）])?\s*[:：]?$|"
                          r"^(?:网友|用户|市民)?(?:上传|上傳)(?:的)?(?:图片|圖片|照片)\s*[（(]\d{1,2}\s*张?[)）]\s*[:：]?$")   # ("网友上传图片（3张）")
_ATTACH_LINE = re.compile(r"^[^\s，。]{1,60}\.(?:jpe?g|png|gif|bmp|webp|pdf|docx?|xlsx?|wps|zip|rar|7z|mp4|mov|avi)\s*(?:[（(].{0,40}[)）])?$",
                          re.I)
_RESULT_FIELD = re.compile(r"^(?:办理|处理)结果\s*[:：]?$")
_VOTES = re.compile(r"^[\u4e00-\u9fff]{1,3}\s*[(（]?\s*\d{1,6}\s*[)）]?$")   # (a turn's vote button: "有用 (33)")
_CHIPS = ("群众", "市民", "部门")   # (role chips under the poster's name, over the time)
_STEP_LINE = re.compile(DATETIME + r"(?::\d\d)?\s*\S|\d{1,2}\s*[\u4e00-\u9fff]{2,6}\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}")   # (a 办理进度 list's dated
# step; or a numbered step bar's: "1提交2025-08-12 15:03", "4办理2025-08-15 至 2025-08-28")
_STEP_TAIL = re.compile(r"[^\s，。]{2,30}?\s*" + DATETIME + r"(?::\d\d)?$")   # (… its step's time after it)
_PENDING = re.compile(PENDING_REPLY)
_STAMPED = re.compile(DATETIME + "|" + RECENT_TIME)
_SUMMARY_HEAD = re.compile(r"^(?:AI|ＡＩ)\s*(?:智能)?(?:摘要|总结|概要)$|^智能(?:摘要|总结)$")
_STAMPED_CAPTION = re.compile(r"^[^，。！？]{0,12}[（(\s]*" + DATETIME + r"(?::\d\d)?[)）]?$")
# a turn's furniture line by line: a document's head with its issuer ("<office> 江城管函〔2025〕42号 签发人：何建平"), an
# editor's note on the transcript ("（以下为话务员根据通话录音整理…）"), a mail's date line ("2025年10月9日 (星期四) 22:16")
_TURN_FURNITURE = re.compile(r"签发人\s*[:：]\s*\S{2,4}$|"
                             r"^(?:[\u4e00-\u9fff]{2,6}\s*[:：]?\s*(?:[★☆]{1,5}|\d\s*星)\s*[/|｜]?\s*){2,}$|"   # (a rating's stars)
                             r"^[（(]以下(?:为|是).{0,40}(?:整理|摘录|记录).{0,40}[)）]$|"
                             r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*[（(](?:星期|周)[一二三四五六日天][)）]\s*[0-2]?\d:[0-5]\d$|"
                             r"^[^，。！？\s]{4,24}(?:号|路|街|巷|道|口|站|门)附近(?:[（(][^）)]{2,12}[）)])?$")   # (a report's place:
# "青枫区春晖路88号附近（春晖街道）")
_AUTO_NOTICE = re.compile(r"^[【\[]?系统自动(?:回复|答复|通知|提示)[】\]]?|^(?:部门|单位)?(?:答复|回复)后将在此(?:公开|显示)|"
                          r"^督办记录\s*[:：]\s*(?:19|20)\d\d")   # (a 督办 log line: "督办记录：2025-04-16 代表…交办…")
_PRIVACY_NOTE = re.compile(r"^※\s*.{0,12}(?:隐私|隱私|個人[資资]料保[護护]|个人信息保护|已隐去|已隱去|已隐匿|已隱匿)")
_STATE_FIELD = re.compile(r"^(?:办理|处理|办件|工单|当前|信件)状态\s*[:：]|"   # ("办理状态：已转办至…，等待部门回复（…）")
                          r"^(?:回复|答复)\s*[（(]\d{1,3}[)）]\s*(?:按时间(?:倒序|正序|顺序)排列)?$")   # ("回复（2）按时间倒序排列")
_SHOT_AT = re.compile(r"^(?:拍摄于|摄于|拍摄时间\s*[:：])\s*" + DATETIME + r"(?::\d\d)?$")   # (a photo's "拍摄于 2025-10-12 10:23")


def _quotes_letter(t: str, turns: list) -> bool:
    """A line quoting the message: led by its label ("【来信摘要】", "来信内容：") or opening with its words."""
    if _LETTER_QUOTE.match(t):
        return True
    words = t.lstrip("【】[]「」“\"").strip()[:12]
    return len(words) >= 8 and any(words in line for kind, _, lines in turns if kind == "ask" for line in lines)


_LETTER_QUOTE = re.compile(r"^[【\[]?(?:来信|原信|留言|诉求)(?:摘要|内容|原文)[】\]]?\s*[:：]?")
_QUOTE_LABEL = re.compile(r"^引用\s*(?:[^\s:：]{1,30}\s*的)?(?:来信|答复|回复|留言|原文|原帖|内容)?\s*[:：]$")   # (or whose:
# "引用 澄湾县城市管理局 的回复：")


def _badge_first(b: Block) -> bool:
    """The block opens with an element of one letter ("<span class="wen">问</span>…"), a badge."""
    el = b.owner
    return not (el.text or "").strip() and len(el) > 0 and isinstance(el[0].tag, str) \
        and (el[0].text or "").strip().rstrip("：:") in ("问", "答") and len(el[0]) == 0


def _in_cell(b: Block) -> bool:
    """The block's element sits in a table cell."""
    up = b.owner.getparent()
    return up is not None and up.tag in ("td", "th")


def _label_pair(blocks: list[Block], b: Block) -> bool:
    """A heading over a short value, the same kind of heading right after it: a field's label."""
    i = b.index
    return i + 2 < len(blocks) and len(blocks[i + 1].text) <= 40 and not SENT_PUNCT.search(blocks[i + 1].text) \
        and blocks[i + 1].tag not in HEADINGS and blocks[i + 2].tag == b.tag and len(blocks[i + 2].text) <= 8


def _label_ahead(blocks: list[Block], i: int) -> bool:
    """A reply's label ("回复机构：…", "答复时间：…") within a dozen short lines from ``i``, no prose before it."""
    for x in blocks[i + 1:i + 13]:
        if _prose(x):
            return False
        if len(x.text) <= LABEL_LEN and (_REPLY.search(x.text) or _REPLY_HEAD.match(x.text)):
            return True
    return False


def _column_head(b: Block) -> bool:
    """A head cell of a row of three or more head cells."""
    row = b.owner.getparent()
    return row is not None and sum(1 for c in row if c.tag == "th") >= 3


_CHIP_FIELD = re.compile(r"^[\[【][\u4e00-\u9fff]{2,6}[\]】]\s*\S")
_CONTENT_HEAD_TIMED = re.compile(r"^[\u4e00-\u9fff]{2,8}内容\s*(?:提交|留言|来信|投诉|反映)?(?:时间|日期)\s*[:：]")


# a company's or an office's name over its words in a timeline's item ("青枫恒通物业服务有限公司：")
_ORG_SPEAKER = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:公司|集团|局|中心|物业|委员会|办公室|大队|中队|管理处)\s*[:：]$")
# a report's topic tag, place and stamp on one line under its words ("# 共享单车乱停放<place>10-09 07:52")
_TAG_STAMP_LINE = re.compile(r"^#\s*\S.{0,48}?(?:" + DATETIME + r"|[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d)$")


# a reply document's contact line under its signature: "（联系人：沈俊 联系电话：87021×××）"
_CONTACT_LINE = re.compile(r"^[（(]?\s*联系人\s*[:：]\s*\S{1,12}\s*[，,；;]?\s*(?:联系)?电话\s*[:：]\s*[\d×*xX\-－ ]{5,20}\s*[)）]?$")


_OFFICE_AT_STEP = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}\s*于\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*"
                             r"(?:[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\s*(?:受理|转办|交办|签收|办结|审核通过|分派|派发)$")
_VOTE_TALLY = re.compile(r"^[^。！？]{0,12}满意\s*[(（]\s*\d+\s*[)）]\s*[|｜/]?\s*(?:基本满意\s*[(（]\s*\d+\s*[)）]\s*[|｜/]?\s*)?"
                         r"不满意\s*[(（]\s*\d+\s*[)）]$")


def no_words(b: Block, t: str, short: bool, worded: bool, blocks: list[Block]) -> bool:
    """A line of a turn that is none of its words and ends no turn: an attachment, a progress list's step,
    a pending reply's notice, the message's fields, a photo's stamp. ``t``: the block's text as the turns
    read it; ``worded``: the current turn has words already."""
    if short and (_ATTACH_HEAD.match(t) or _ATTACH_LINE.match(t) or t.startswith("📍") or _NUMBER_ROW.match(t)):
        return True   # a turn's attachments ("来信附件（3）", "IMG_….jpg (1.2MB，上传于…)")
    if b.tag == "li" and (_STEP_LINE.match(t) or _STEP_TAIL.match(t) and any(
            x.tag == "li" and _STEP_TAIL.match(x.text) for x in blocks[b.index - 1:b.index + 2:2])):
        return True   # a 办理进度 list's step ("2014.05.13 09:02 市长信箱办公室受理，转市城建局",
        # "转交某某督查室2019-06-13 09:20" in a strip of such)
    if short and (_PENDING.match(t) or _NO_REPLY.match(t)):
        return True   # "管理员回复：暂无回复", "您的留言已转交…将在5个工作日内答复": no reply yet
    if len(t) <= 80 and _TURN_FURNITURE.search(t):
        return True   # a document's head, an editor's note, a mail's date line
    if len(t) <= 160 and _AUTO_NOTICE.match(t):
        return True   # the system's own notice ("【系统自动回复】您的来信已收到并受理…"), not an office's reply
    if t[:1] == "※" and len(t) <= 120 and _PRIVACY_NOTE.match(t):
        return True   # the site's note on the page ("※ 本案件已依個人資料保護法隱去陳情人姓名及聯絡方式。 公開日期：…")
    if short and not worded and b.tag in ("li", "dd", "td", "span") and _CHIP_FIELD.match(b.text):
        return True   # "[投诉要求]退还调度费、道歉": a bracketed field of the message, above its words
    if short and len(t) <= 60 and _ASK_FIELD.match(t) and not SENTENCE_END.search(t) and t[-1] not in ":：" \
            or len(t) <= 80 and _STATE_FIELD.match(t):
        return True   # "问政对象：某某局 已回复", "办理状态：已转办至…": a field of the message
    if short and len(_FIELD_LABELS.findall(t)) >= 2 and not SENTENCE_END.search(t):
        return True   # a row of fields ("类别：市政设施浏览：214编号：LY2015…")
    if short and "于" in t and _OFFICE_AT_STEP.match(t):
        return True   # the platform's step: "<office> 于 2018-06-27 09:00 受理"
    if short and "满意" in t and _VOTE_TALLY.search(t):
        return True   # the readers' tally on a reply: "网友对此回复：满意(86) 不满意(3)"
    # a photo's caption that only stamps it ("整改前（2023-06-14 07:25）", "拍摄于 <time>")
    return b.tag == "figcaption" and len(t) <= 40 and _STAMPED_CAPTION.search(t) is not None \
        or len(t) <= 30 and _SHOT_AT.match(t) is not None
