"""What opens or closes an article's text without being the article: a Taiwan paper's credit before
the first paragraph, the writers' names in brackets on the last line, an account's calls to action
(扫描二维码, 点【在看】), a mail's signature under its "--" line and a list archive's footer; and a
speaker's label repeated over a live blog's entries. ``core`` trims the text with these once its
lines are read."""
from __future__ import annotations

import re

# Calls to action closing account-style articles: from such a line on, the short tail is not the article.
CTA_RE = re.compile(r"扫描?(?:下方|上方|下面|文末)?二维码|长按(?:识别)?(?:下方)?二维码|回复【|点击(?:菜单|下方|上方|阅读原文|关注|蓝字)|扫码关注|"
                    r"点个?[【“\"]?在看[】”\"]?|关注我们|关注.{1,12}(?:微信)?公众号|阅读原文|原文链接|点个赞|分享、点赞|↓↓|戳这里|一键三连")


# the article's last line only the writers' names (or the paper's) in brackets: "（韩亦舟 钱朵）"
_NAMES_CREDIT = re.compile(r"^[（(]\s*[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,3}\s*[)）]$")
_TO_BE_CONTINUED = re.compile(r"待续|待續|未完|续完|全文完|完$")


def drop_names_credit(paras: list[str]) -> list[str]:
    """Without a closing line of the writers' names, and without a Taiwan paper's credit opening the
    first paragraph ("〔記者林怡君／綜合報導〕中國大陸…")."""
    if paras and (m := _LEAD_CREDIT.match(paras[0])) and len(paras[0]) - m.end() >= 10:
        paras = [paras[0][m.end():]] + paras[1:]
    if len(paras) >= 2 and _NAMES_CREDIT.match(paras[-1]) and not _TO_BE_CONTINUED.search(paras[-1]):
        return paras[:-1]
    return paras


_LEAD_CREDIT = re.compile(r"^[〔【\[]\s*(?:[\u4e00-\u9fff]{2,10}\s*)?(?:記者|记者)[\u4e00-\u9fff·、\s]{2,12}[/／]\s*"
                          r"[\u4e00-\u9fff]{0,6}(?:報導|报道)\s*[〕】\]]\s*")


def trim_cta_tail(paras: list[str]) -> list[str]:
    """Drop a closing run of short lines that starts with a call to action (扫描二维码, 回复【…】查看,
    点【在看】…) in the last part of the body."""
    n = len(paras)
    for k in range(max(1, n // 2), n):
        if len(paras[k]) > 60 or not CTA_RE.search(paras[k]):
            continue
        tail = paras[k:]
        # no prose sentence in the tail, and more than one call to action unless it is the last line
        if all(len(p) <= 60 and not (len(p) >= 25 and p.endswith("。")) for p in tail) and (
                len(tail) == 1 or sum(1 for p in tail if CTA_RE.search(p)) >= 2):
            return paras[:k]
    return paras


def drop_cta_runs(paras: list[str]) -> list[str]:
    """Without two or more short calls to action in a row anywhere in the text: an account's box set
    between its sections ("扫码关注，回复【12345】获取投诉入口" / "回复【停车】查询收费标准")."""
    keep, i, n = [], 0, len(paras)
    while i < n:
        j = i
        while j < n and len(paras[j]) <= 60 and CTA_RE.search(paras[j]):
            j += 1
        if j - i >= 2:
            i = j
            continue
        keep.append(paras[i])
        i += 1
    return keep


_MAILMAN_RULE = re.compile(r"^_{20,}$")


# a telnet-style BBS article's head lines, each a label glued to its value ("作者kuroneko0717 (小黑貓)", "看板Tonggang",
# "標題[問題] …", "時間Sun Sep 14 08:30:12 2025"), and the site's lines under its "--" ("※ 發信站: …")
_BBS_META = re.compile(r"^(?:作者|看板|標題|标题|時間|时间|发信人|發信人|信区|信區)\s*[:：]?\s*\S")
_BBS_ORIGIN = re.compile(r"^※\s*(?:發信站|发信站|來源|来源|文章網址|文章网址|編輯|编辑)\s*[:：]")


# what a writer's note on themselves says: their post and works, their column, an address to write to
_BIO_WORDS = re.compile(r"著有|出版|专栏|專欄|高级编辑|高級編輯|主任编辑|评论员|評論員|专栏作家|作家|研究员|研究員|教授|"
                        r"欢迎读者|歡迎讀者|来信交流|[\w.-]+@[\w-]+\.[\w.]+")


def without_writer_note(paras: list[str], author: str | None) -> list[str]:
    """Without a closing note on the writer ("司马岚，江州日报高级编辑、评论员，…著有《…》。…欢迎读者来信交流：
    …@…"): the byline's name, a comma, and two or more of the words such a note uses."""
    if author and len(paras) >= 2 and paras[-1].startswith((author + "，", author + ",")) and len(paras[-1]) <= 300 \
            and len(_BIO_WORDS.findall(paras[-1])) >= 2:
        return paras[:-1]
    return paras


def trim_mail_tail(paras: list[str]) -> list[str]:
    """A mail's signature under its "--" line, and a list archive's footer ("____" / "<list> mailing list"),
    at the end of the text; a BBS article's head lines over its words and, from its "--" line over the
    site's "※ 發信站:" line, its signature, the site's lines and the pushes (推/噓) under them."""
    head = 0
    while head < min(len(paras), 5) and _BBS_META.match(paras[head]):
        head += 1
    if head >= 3 and any(p.startswith(("看板", "信区", "信區")) for p in paras[:head]):
        paras = paras[head:]
    for k, p in enumerate(paras):
        if k and p.strip() == "--" and (len(paras) - k <= 10 and all(len(x) <= 80 for x in paras[k + 1:])
                                        or any(_BBS_ORIGIN.match(x) for x in paras[k + 1:k + 14])):
            return paras[:k]
        if k and _MAILMAN_RULE.match(p) and k + 1 < len(paras) and paras[k + 1].endswith("mailing list"):
            return paras[:k]
    return paras


_LABEL_ONLY = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
# a live blog's entry head, its clock and its writer's tag: "20:49记者 许静", "21:12主持人"
_ENTRY_HEAD = re.compile(r"^[0-2]?\d:[0-5]\d\s*(?:主持人|记者|記者|编辑|編輯|嘉宾|嘉賓|通讯员|通訊員)(?:\s*[\u4e00-\u9fff·]{2,4})?$")


def without_repeated_labels(paras: list[str]) -> list[str]:
    """Without a short label line repeated over three or more of the text's entries (a live blog's
    "主持人" over each of its posts), nor three or more entry heads ("20:49记者 许静"): a speaker's tag,
    not words."""
    counts: dict[str, int] = {}
    heads = 0
    for p in paras:
        if len(p) <= 6 and _LABEL_ONLY.match(p):
            counts[p] = counts.get(p, 0) + 1
        elif len(p) <= 16 and p[:1].isdigit() and _ENTRY_HEAD.match(p):
            heads += 1
    labels = {p for p, n in counts.items() if n >= 3}
    if heads >= 3:
        return [p for p in paras if p not in labels and not (len(p) <= 16 and _ENTRY_HEAD.match(p))]
    return [p for p in paras if p not in labels] if labels else paras


# a status's link cards, printed as link text at the end of its words: "江州城管的微博视频", "网页链接"
_STATUS_LINK_TAIL = re.compile(r"\s*(?:\S{1,20}的(?:微博|秒拍)视频|网页链接)$")


def without_status_link_tail(paras: list[str]) -> list[str]:
    """Without the label of a status's video or web-link card closing a line."""
    out = []
    for t in paras:
        m = _STATUS_LINK_TAIL.search(t) if t.endswith(("视频", "网页链接")) else None
        out.append(t[:m.start()] if m and m.start() >= 10 else t)
    return out


# a status's words cut short over a "全文" link, its whole words in the page too ("… 早上5 ...全文")
_CUT_TEASER = re.compile(r"\s*(?:\.{3}|…{1,2})\s*(?:展开)?全文$")


def without_cut_teaser(paras: list[str]) -> list[str]:
    """Without a line cut short over its "...全文" link when another line holds its whole words; nor, under
    a repost's own words, the reposted status quoted and cut short ("@江州城管发布:【…】…...全文")."""
    out = []
    for t in paras:
        m = _CUT_TEASER.search(t) if t.endswith("全文") else None
        head = t[:m.start()].strip() if m else ""
        if m and len(head) >= 20 and any(x is not t and head[:40] in x and len(x) > len(head) for x in paras):
            continue
        if m and out and _QUOTED_STATUS.match(head):
            continue
        out.append(t)
    return out


_QUOTED_STATUS = re.compile(r"^(?://)?@[^\s:：@]{1,30}\s*[:：]\s*\S")


_ANNEX_HEAD = re.compile(r"^附件\s*\d{0,2}\s*[:：]?$")


def trim_annex(paras: list[str]) -> list[str]:
    """Without a document's annex printed after its 落款 ("江州市城市管理局" / "2025年9月25日" / "附件" / its
    title and table): the annex is a document of its own."""
    from .body import ISSUER_LINE, SIGNED_DATE
    for k in range(2, len(paras) - 1):
        if _ANNEX_HEAD.match(paras[k]) and SIGNED_DATE.match(paras[k - 1]) and ISSUER_LINE.match(paras[k - 2]):
            return paras[:k]
    return paras

