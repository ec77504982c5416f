"""A message page's subject: on a page titled only by its label ("诉求详情", "局长信箱") or by the
site's or bureau's name, the subject given in its field or its own heading above the message."""
from __future__ import annotations

import re

from . import fields as F
from .body import ISSUER_LINE
from .dates import iter_dates
from .dom import Block
from .message_lines import column_value, _LABEL_CELL, _LABEL_LINE, LABEL_LEN, _REPLY_DOC, SCAN
from .title_site import _SEP_RE, SITE_NAME, title_head

# a message page's own heading that names the page, not the message ("诉求详情", "留言详情")
_PAGE_LABEL = re.compile(r"^(?:(?:群众|网友|市民)?(?:诉求|留言|来信|来电|信件|工单|问题|问政|投诉|咨询){0,2}(?:详情|详细|内容|正文|查看|信息|详细信息|打印预览|打印|对话|对话记录)|"
                         r"(?:局长|市长|区长|县长|书记|主任|领导|首长|首長|市長|局長|區長|縣長|領導)信箱(?:案件)?(?:查询|查詢|详情|詳情)?|"
                         r"(?:地方)?(?:领导)?留言板|政民互动|互动交流|"
                         r"(?:网上)?信访\s*(?:事项|件)?\s*(?:查询结果|查询|详情)?|"
                         r"(?:民生|网络|阳光|网上|电视)?问政(?:平台|频道|栏目|[\u4e00-\u9fff]{2,3})?|"   # (a 问政 column's name)
                         r"(?:诉求|信件|留言|来信|咨询|投诉|工单|信访(?:事项)?)(?:举报)?(?:回复|办理|答复)?(?:公开|查询|选登|列表|办理|回复|公示|分享)|事件详情|"
                         r"(?:城管|城市|问题|文明)?随手拍|办理结果公开|答复公开|结果公开|"
                         r"(?:案件)?(?:处理|處理|办理|辦理)(?:情形|结果|結果)(?:公开|公開))$")   # (a 1999 page's "案件處理情形公開")
# a chat export's whole title, its program's ("QQ Message"); beside the group's name it names nothing
_CHAT_TITLE = re.compile(r"^(?:QQ|微信)?(?:Message|消息记录|聊天记录)$")
_SUBJECT_CLS = re.compile(r"title|subject|subj\b|tit\b|tit[-_]|ttl|hd\b|h1|\bbt\b|biaoti", re.I)   # (bt: 标题)
_CODE = re.compile(r"[A-Za-z0-9-]{10,}")
# no plain subject line: a field ("留言对象：…"), crumbs ("首页 > …"), a sentence, a button row
_PLAIN_NOT = re.compile(r"[:：>›»。|｜]|^[‹<]")
_STATUS_LEAD = re.compile("^" + F.CASE_STATE + r"\s*")
_STATUS_END = re.compile("(?:" + F.CASE_STATE + "|已结案|已立案|已派遣|已核查)$")   # (a card's chips: "市容环境暴露垃圾已结案", no subject)
_DAY_STAMP_END = re.compile(r"[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d$")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|font-size\s*:\s*(?:1[6-9]|2\d)px")   # (a table era's heading)
# the subject given with its label in one line ("留言标题：…")
_SUBJECT_LINE = re.compile(r"^【?(?:诉求|留言|来信|信件|问题|事项|咨询|投诉|建议|信访|工单)?(?:标\s*题|主\s*题)(?:】|\s*[:：]?)\s*(\S.{3,99})$")   # (or
# in brackets: "【来信标题】…")


# ... or a chat export's: whom it was with, a group or a person ("消息对象:澄湾县城管志愿者服务群", QQ's)
_CHAT_WITH = re.compile(r"^(?:消息对象|聊天对象|群名称|群聊名称)\s*[:：]\s*(\S.{1,59})$")
# ... or a document's name after the hotline's ("澜川市12345政务服务便民热线工单处理单")
_SHARE_LINE = re.compile(r"^我在.{2,20}?(?:上报|反映|投诉|提交|随手拍)了")
_DOC_LABEL = re.compile(r"(?:工单|诉求|信件|来信|来电)(?:处理单|受理单|办理单|处理笺|详情)$")


_TEXT_ONLY = {"uni-text", "uni-view", "txt", "text"}   # (a class naming a text, not what it is)


def _classes(el) -> str:
    """An element's class, and its wrapper's when it is a bare text component, the wrapper's only
    child (``<uni-view class="p-title"><uni-text>…</uni-text></uni-view>``, read as a div classed
    ``uni-text``: a 小程序's markup names its text, not what the text is)."""
    cls = el.get("class") or ""
    parent = el.getparent()
    if all(w in _TEXT_ONLY for w in cls.split()) and parent is not None and len(parent) == 1:
        cls += " " + (parent.get("class") or "")
    return cls


_PREV_NEXT = re.compile(r"^(?:上一|下一)(?:主题|主題|篇|页|頁|帖)")


def _issuer_and_label(title: str) -> bool:
    """An office's name and its board's label ("某某市城市管理执法局 网上信访"): the site's banner."""
    parts = title.split()
    return len(parts) == 2 and ISSUER_LINE.match(parts[0]) is not None and _PAGE_LABEL.match(parts[1]) is not None


def labelled_subject(title: str | None, blocks: list[Block], page_title: str = "") -> str | None:
    """On a message page titled only by its label ("诉求详情", "局长信箱"), the subject given in its
    field (``<th>诉求标题</th><td>…</td>``, "留言标题：…") or, without one, the page's own heading above
    the message; otherwise ``title`` as it was. (A <title> of a label and the site's name, "问政沅梁_留言
    详情", says so too, whatever headline was matched to it: the banner repeating the site's name is none.)"""
    head = title_head(title) if title else ""
    named = [p.strip() for p in _SEP_RE.split(title or "") if p.strip()]
    if len(named) == 2 and sum(1 for p in named if _CHAT_TITLE.match(p.replace(" ", ""))) == 1:
        return next(p for p in named if not _CHAT_TITLE.match(p.replace(" ", "")))   # ("<group> - 微信聊天记录")
    parts = [p.strip() for p in _SEP_RE.split(page_title or "") if p.strip()]
    labelled_page = len(parts) >= 2 and any(_PAGE_LABEL.match(p) for p in parts) and all(
        len(p) <= 12 for p in parts if not _PAGE_LABEL.match(p))   # (a label and names: no subject in it)
    bare = (title or "").strip().replace(" ", "").replace("\u3000", "")   # (a spaced label: "来 电 详 情")
    if not title or not (_PAGE_LABEL.match(bare) or _PAGE_LABEL.match(head) or _DOC_LABEL.search(bare) or _CHAT_TITLE.match(bare)
                         or len(bare) <= 12 and _REPLY_DOC.search(bare)   # (the reply's document: "信访事项处理意见书")
                         or ISSUER_LINE.match(title.strip()) or _issuer_and_label(title.strip())
                         or SITE_NAME.search(title.strip()) or labelled_page or _CODE.fullmatch(title.strip())
                         or len(title.strip()) <= 8 and blocks and blocks[0].text.strip() == title.strip()   # (the banner's brand)
                         or len(title.strip()) <= 6 and title.strip() == (page_title or "").strip()   # (a column's name alone)
                         or _SHARE_LINE.match(title.strip())):   # (an app's share line: "我在<app>上报了一个问题,已处理完毕!")
        return title   # (titled by a label, the site's or bureau's own name or the order's number: the subject is elsewhere)
    site = [p for p in parts if len(p) >= 2] if labelled_page else []   # (a banner repeats one of them)
    for b in blocks[:SCAN]:
        t = b.text
        if len(t) > LABEL_LEN:
            continue
        if F.TITLE_CELL_RE.match(t) and b.index + 1 < len(blocks):
            value = blocks[b.index + 1].text
            if b.tag == "th" and (under := column_value(b)) and 4 <= len(under) <= 100:
                return under   # (a header row over the value row: "主题" over the subject)
            if 4 <= len(value) <= 100 and not F.TITLE_CELL_RE.match(value) and not _LABEL_CELL.match(value) \
                    and not _PREV_NEXT.match(value):   # (not a board's "主题 上一主题 | 下一主题" links)
                return value
        m = _SUBJECT_LINE.match(t) or _CHAT_WITH.match(t)
        if m and not _PREV_NEXT.match(m.group(1).strip()):
            return m.group(1).strip()
    # no labelled field: the subject's own heading above the message ("<h2 class="subject">…</h2>"),
    # else the first plain short line above it (a card's first line, "<div class="sj">…</div>")
    plain = None
    crumbs = next((b.index for b in blocks[:SCAN] if F.BREADCRUMB_RE.match(b.text)), -1)   # (the banner above them)
    for b in blocks[:SCAN]:
        if b.index < crumbs or b.noise or b.link_len or not 6 <= len(b.text) <= 100 or _PAGE_LABEL.match(b.text.replace(" ", "")) \
                or SITE_NAME.search(b.text) \
                or ISSUER_LINE.match(b.text) \
                or any(p in b.text for p in site) or _LABEL_LINE.match(b.text.replace(" ", "")) or _CODE.search(b.text):
            # (a field: "信件编号：… 浏览次数：…" set in the heading's style; an order's number and tags:
            # "No.TH2611170093 已办结 渣土管理")
            continue   # (a hotline's name in the banner's <h1> is no subject)
        if b.tag in ("h1", "h2", "h3") or _SUBJECT_CLS.search(_classes(b.owner)) \
                or _BOLD_STYLE.search(b.owner.get("style") or ""):
            if not any(True for _ in iter_dates(b.text, allow_noyear=False)) and not _DAY_STAMP_END.search(b.text):
                # (not a poster's line ending in a year-less stamp: "7栋业主 11-12 20:05"; a status badge
                # before the subject, "<span>已办结</span>…", is no part of it)
                m = _STATUS_LEAD.match(b.text)
                if m and len(b.text) - m.end() >= 6:
                    return b.text[m.end():]
                lead = b.owner[0] if len(b.owner) and not (b.owner.text or "").strip() else None
                badge = "".join(lead.itertext()).strip() if lead is not None and lead.tag == "span" else ""
                if 1 <= len(badge) <= 4 and b.text.startswith(badge) and len(b.text) - len(badge) >= 6:
                    return b.text[len(badge):].strip()   # (a type badge before it: "<span>投诉</span>…")
                state = F.trailing_state_badge(b.owner)   # (or after it, in a badge: "…彩钢房<span>已办结</span>")
                if state and b.text.endswith(state):
                    return b.text[:-len(state)].strip()
                return b.text
        if b.punct >= 2 and len(b.text) >= 40:
            break   # (the message's text: no heading above it)
        if plain is None and len(b.text) <= 60 and b.tag in ("div", "p", "span", "section") \
                and not _PLAIN_NOT.search(b.text) and b.punct <= 2 and not _STATUS_END.search(b.text) \
                and not F.BREADCRUMB_RE.match(b.text) and not any(True for _ in iter_dates(b.text, allow_noyear=False)) \
                and not _DAY_STAMP_END.search(b.text):
            plain = b.text
    head_of_page = parts[0] if parts else ""
    if head_of_page != title and 6 <= len(head_of_page) <= 100 and not _PAGE_LABEL.match(head_of_page) \
            and not SITE_NAME.search(head_of_page) and not ISSUER_LINE.match(head_of_page):
        return head_of_page   # ("subject-书记信箱-site": the <title> names it, the heading only the column)
    return plain or title
