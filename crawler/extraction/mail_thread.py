"""A mailing-list archive's thread view: each message under its header fields (From / Date /
Subject / Message-ID, or 发件人 / 日期 / 主题, label and value in cells of their own or on one line),
its words below. The header is nobody's words; in a message, the quoted earlier mail ("> " lines,
"X 写道:" / "X wrote:", everything under "----- Original Message -----"), the signature under "-- "
and the list's footer under its rule line are not its words either. Each message is a post, dated
by its Date header in its own zone."""
from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from .dates import iter_dates
from .dom import Block
from .message_lines import SCAN

_FROM = re.compile(r"^(?:From|发件人|發件人|发信人)\s*[:：]\s*(.*)$", re.I)
_DATE = re.compile(r"^(?:Date|Sent|日期|发送时间|發送時間)\s*[:：]\s*(.*)$", re.I)
_OTHER_FIELD = re.compile(r"^(?:Subject|To|Cc|Message-ID|In-Reply-To|References|主题|主題|收件人|抄送)\s*[:：]", re.I)
_QUOTED = re.compile(r"^\s*(?:>|＞)")
_ATTRIBUTION = re.compile(r"^.{1,60}(?:写道|寫道|wrote|writes)\s*[:：]?$|^(?:在|On\s).{4,80}(?:写道|寫道|wrote)\s*[:：]?$", re.I)
_ORIGINAL = re.compile(r"^[-—_=\s]{3,}\s*(?:Original Message|原始邮件|原邮件|原始消息)\s*[-—_=\s]{3,}$", re.I)
_SIG = re.compile(r"^(?:--|-- |—— ?)$")
_FOOTER_RULE = re.compile(r"^[_=]{10,}$")
_NAV = re.compile(r"^[\[【](?:上一封|下一封|前一封|后一封|按日期|按主题|按线索|回复本邮件)[\]】]")
_NAME = re.compile(r'^"?([^"<>]{1,40}?)"?\s*<[^<>@\s]+@[^<>\s]+>$')


def _field(blocks: list[Block], i: int, rx) -> tuple[str, int] | None:
    """The field's value (on its label's line, or in the next cell) and the index after it."""
    m = rx.match(blocks[i].text)
    if m is None:
        return None
    if m.group(1).strip():
        return m.group(1).strip(), i + 1
    if i + 1 < len(blocks):
        return blocks[i + 1].text.strip(), i + 2
    return None


def _sent(value: str, now: datetime):
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        dt = None
    if dt is not None and dt.tzinfo is not None:
        return dt.astimezone(now.tzinfo)
    return next((d.dt for d in iter_dates(value, now, allow_noyear=False)), None)


def mail_posts(blocks: list[Block], now: datetime):
    """[Post] per message, or None when the page has no three messages headed From + Date."""
    from .core import Post

    heads = [i for i, b in enumerate(blocks[:SCAN]) if len(b.text) <= 120 and _FROM.match(b.text)]
    if len(heads) < 3:
        return None
    posts = []
    for n, start in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else min(len(blocks), start + 200)
        who = when = None
        i = start
        while i < end:   # the header: its fields, one after another
            if (f := _field(blocks, i, _FROM)) is not None:
                m = _NAME.match(f[0])
                who, i = (m.group(1).strip() if m else f[0][:40]) or None, f[1]
            elif (f := _field(blocks, i, _DATE)) is not None:
                when, i = _sent(f[0], now), f[1]
            elif _OTHER_FIELD.match(blocks[i].text):
                i += 1 if _OTHER_FIELD.sub("", blocks[i].text).strip() else 2
            else:
                break
        if when is None:
            return None   # (no Date in the header: no mail archive)
        lines = []
        for b in blocks[i:end]:
            t = b.text.strip()
            if _ORIGINAL.match(t) or _SIG.match(t) or _FOOTER_RULE.match(t) or _NAV.match(t):
                break
            if not t or _QUOTED.match(t) or len(t) <= 80 and _ATTRIBUTION.match(t) or b.link_len > 0.5 * len(t):
                continue
            lines.append(t)
        if lines:
            posts.append(Post(len(posts) + 1, who, when, "\n".join(lines)))
    return posts if len(posts) >= 3 else None
