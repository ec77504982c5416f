"""Messages each under a header of fields, label and value in cells of their own or on one line: a
mailing-list archive's thread view (From / Date / Subject / Message-ID, or a web archive's unlabelled
"name <address>" over the date) and a Lotus Domino
discussion's documents (主题 / 作者 / 日期 / 类别, 回应主题 / 回应于). The header is nobody's words; in a
message, the quoted earlier mail ("> " lines, "X 写道:" / "X wrote:", the box under "-----原始文档-----"
or "----- Original Message -----"), the signature under "-- ", the list's footer under its rule and the
document's number line are not its words either. Each message is a post, dated by its date field (a
mail's in its own zone), signed by its author field."""
from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from . import fields as F
from .dates import iter_dates
from .dom import HEADINGS, Block
from .message_lines import SCAN
from .post_lines import _SIG_SEP
from .sections import is_marker

_AUTHOR_LABELS = {"from", "发件人", "發件人", "发信人", "發信人", "作者", "发言人", "發言人"}
_DATE_LABELS = {"date", "sent", "日期", "时间", "時間", "创建时间", "創建時間", "创建于", "創建於", "发送时间", "發送時間",
                "发表时间", "發表時間", "发布时间", "發佈時間"}
_OTHER_LABELS = {"subject", "to", "cc", "message-id", "in-reply-to", "references", "主题", "主題", "回应主题",
                 "回應主題", "回复主题", "回覆主題", "收件人", "抄送", "类别", "類別", "回应于", "回應於", "最后修改", "最後修改",
                 "回复", "回覆", "回复给", "回覆給", "回应给", "回應給",
                 "newsgroups", "新闻组", "新聞組", "讨论组", "討論組", "nntp-posting-host", "nntp-posting-date", "lines", "organization", "path", "xref",
                 "followup-to", "reply-to", "sender", "mime-version", "content-type", "user-agent"}   # (a news
# gateway's article headers; and any "X-…" one)
_AUTHOR_LINES = re.compile(r"^(?:From|发件人|發件人|发信人|發信人|作\s*者|发\s*言\s*人|發\s*言\s*人)\s*(?:[:：]|$)", re.M | re.I)
_LABEL = re.compile(r"^([A-Za-z][A-Za-z-]{1,24}|[\u4e00-\u9fff]{2,5})\s*(?:[:：]\s*(.*)|$)")   # (or a label cell
# without its colon: <dt>发件人</dt><dd>…</dd>)
_QUOTED = re.compile(r"^\s*(?:>|＞)")
_ATTRIBUTION = re.compile(r"^.{1,60}(?:写道|寫道|wrote|writes)\s*[:：]?$|^(?:在|On\s).{4,80}(?:写道|寫道|wrote)\s*[:：]?$|"
                          r"^.{4,60}<[^<>\s]+@[^<>\s]+>\s*[:：]$", re.I)   # (a web mail's "<time> name <address>:")
# the message answered, quoted whole in a reply: "----- 原始文档 -----" (Domino), "-----Original Message-----"
ORIGINAL = re.compile(r"^[-—=_\s]{3,}\s*(?:原始文档|原始文件|原始邮件|原邮件|原始消息|原文|Original (?:Message|Document))\s*[-—=_\s]{3,}", re.I)
_SIG = re.compile(r"^(?:--|-- |—— ?)$")
_FOOTER_RULE = re.compile(r"^[_=]{10,}$")
_END = re.compile(r"^[\[【](?:上一封|下一封|前一封|后一封|按日期|按主题|按线索|回复本邮件)[\]】]|^文档编号\s*[:：]|"
                  r"^(?:最后修改|最後修改)\s*[:：].{0,40}文档编号|"
                  r"^(?:本主题)?讨论线索$|^全部回应")
_SITE_LINE = re.compile(r"^(?:主办|主辦|承办|承辦)\s*[:：]")
_AUTHOR_AND_DATE = re.compile(r"^(?:作者|發表人|发表人|发言人|發言人|From)\s*[:：]\s*([^\s:：]{1,30})\s+"
                              r"(?:日期|时间|時間|Date)\s*[:：]\s*(\S.{5,40})$", re.I)
_DATED = re.compile(r"\d{4}|\d[:：][0-5]\d")
_REPLY_SUBJECT = re.compile(r"^(?:Re|RE|回复|回覆|答复)\s*[:：]\s*\S")
# a quote between dashed lines: "----- 老街坊 在 <time> 写道 -----" … "------------"
_DASHED_QUOTE = re.compile(r"^[-—=]{3,}\s*.{1,60}(?:写道|寫道|wrote|说|說)\s*[:：]?\s*[-—=]{3,}$", re.I)
_FURNITURE = re.compile(r"^(?:管理员|管理員|版主|系统|系統)(?:批注|注|提示|备注|備註)\s*[:：]|^以下为回复|^以下是回复|^以下為回覆|"
                        r"^[\[【](?:广告|廣告|推广|推廣|推荐|推薦|赞助|贊助)[\]】]")   # (an ad between messages)
# (an archive hides the @ from harvesters: "name <user 在 example.cn>", "<user at example.cn>")
_AT = r"(?:@|\s(?:在|at|AT)\s|\s?[(\[](?:at|AT)[)\]]\s?)"
_MAIL_FROM = re.compile(r"^(?:From|发件人|發件人)\s*[:：]\s*.{0,40}<[^<>\s]+(?:@|\s(?:在|at)\s)[^<>\s]+>$", re.M)
_MAIL_SUBJECT = re.compile(r"^(?:Subject|主题|主題)\s*[:：]\s*\S", re.M)
_NAME = re.compile(r'^"?([^"<>]{1,40}?)"?\s*<[^<>@\s]+' + _AT + r'[^<>\s]+>$')
_ADDRESS_LINES = re.compile(r'^"?[^"<>\n]{1,40}"?\s*<[^<>@\s]+' + _AT + r'[^<>\s]+>$', re.M)


def _field(blocks: list[Block], i: int) -> tuple[str, str, int] | None:
    """(kind, value, index after it) of a header field at block i: "author", "date" or "other"."""
    t = blocks[i].text.replace(" ", "") if len(blocks[i].text) <= 12 else blocks[i].text
    m = _LABEL.match(t)
    if m is None:
        return None
    label = m.group(1).lower()
    kind = "author" if label in _AUTHOR_LABELS else "date" if label in _DATE_LABELS else \
        "other" if label in _OTHER_LABELS or label.startswith("x-") else None
    if kind is None:
        return None
    if (m.group(2) or "").strip():
        return kind, m.group(2).strip(), i + 1
    if i + 1 < len(blocks) and blocks[i + 1].owner is not blocks[i].owner:
        nxt = _LABEL.match(blocks[i + 1].text.replace(" ", ""))
        if nxt is not None and not nxt.group(2) and _known(nxt.group(1).lower()):
            return kind, "", i + 1   # (an empty field: the next label follows at once)
        return kind, blocks[i + 1].text.strip(), i + 2
    return None


def _known(label: str) -> bool:
    return label in _AUTHOR_LABELS or label in _DATE_LABELS or label in _OTHER_LABELS or label.startswith("x-")


def _sent(value: str, now: datetime):
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        dt = None
    if dt is not None and dt.tzinfo is not None:
        return dt.astimezone(now.tzinfo)
    return next((d.dt for d in iter_dates(value, now, allow_noyear=False)), None)


def _headers(blocks: list[Block]) -> list[tuple[int, int, str | None, str]]:
    """(start, end, author, date value) of each header: a run of fields with an author and a date."""
    out = []
    i, n = 0, min(len(blocks), SCAN)
    while i < n:
        start, fields = i, {}
        if i and _REPLY_SUBJECT.match(blocks[i - 1].text) and (two := _AUTHOR_AND_DATE.match(blocks[i].text)):
            # both on one line under the reply's subject ("Re: …" over "作者：阿杰 日期：2006-08-14 上午 11:02:55")
            out.append((i - 1, i + 1, two.group(1), two.group(2)))
            i += 1
            continue
        while i < n and (f := _field(blocks, i)) is not None:
            fields.setdefault(f[0], f[1])
            i = f[2]
        if "author" in fields and _DATED.search(fields.get("date", "")):   # (a listing's header row of bare
            # labels has no values)
            out.append((start, i, fields["author"], fields["date"]))
        elif i == start and _NAME.match(blocks[i].text) and i + 1 < n and len(blocks[i + 1].text) <= 40 \
                and any(d.has_time for d in iter_dates(blocks[i + 1].text, allow_noyear=False)):
            # a web archive's header with no labels: the sender's "name <address>", the date under it
            out.append((i, i + 2, blocks[i].text, blocks[i + 1].text))
            i += 2
            continue
        if i == start:
            i += 1
    return out


def headed_posts(blocks: list[Block], now: datetime):
    """[Post] per message, or None when the page has no three headers with an author and a date."""
    from .core import Post

    short = "\n".join(b.text for b in blocks[:SCAN] if len(b.text) <= 120)
    mailed = "<" in short   # (an address in angle brackets: both need one)
    one_mail = mailed and _MAIL_FROM.search(short) is not None and _MAIL_SUBJECT.search(short) is not None
    if len(_AUTHOR_LINES.findall(short)) < 3 and not (mailed and len(_ADDRESS_LINES.findall(short)) >= 3) and not one_mail:
        return None   # (one pass over the short lines first: most pages have no such header at all)
    heads = _headers(blocks)
    if len(heads) < 3 and not (one_mail and len(heads) == 1):   # (or one mail: its From with an address, its
        return None                                              # Subject and Date)
    posts = []
    for n, (_, body_at, author, date) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else min(len(blocks), body_at + 200)
        m = _NAME.match(author or "")
        who = (m.group(1).strip() if m else (author or "")[:40]) or None
        when = _sent(date, now)
        lines, box, in_quote = [], None, False
        for k in range(body_at, end):
            b = blocks[k]
            t = b.text.strip()
            if box is not None and (b.owner is box or any(a is box for a in b.owner.iterancestors())):
                continue   # (inside the box of a quoted original)
            box = None
            if ORIGINAL.match(t):
                box = b.owner
                continue
            if in_quote:
                in_quote = not _SIG_SEP.match(t)
                continue
            if _DASHED_QUOTE.match(t):
                in_quote = True
                continue
            if _SIG_SEP.match(t) and lines:
                break   # (a rule under the words: the signature below it)
            if _FURNITURE.match(t):
                continue
            if _SIG.match(t) or _FOOTER_RULE.match(t) or _END.match(t) or b.tag in HEADINGS or is_marker(b) \
                    or len(t) <= 200 and (F.SITE_FOOTER_RE.search(t) or _SITE_LINE.match(t)):
                break   # (… or the site's footer under the last message)
            if not t or _QUOTED.match(t) or len(t) <= 80 and _ATTRIBUTION.match(t) or b.link_len > 0.5 * len(t):
                continue
            lines.append(t)
        if lines:
            posts.append(Post(len(posts) + 1, who, when, "\n".join(lines)))
    return posts if len(posts) >= 3 or one_mail and len(heads) == 1 and posts else None
