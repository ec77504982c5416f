"""留言板 messages: the labelled fields of a message page (留言人, 留言时间, 回复单位, 回复时间 …).

Boards differ in layout but label their fields the same way, so the parser reads ``label：value``
pairs from the page's text lines; the message text and reply text are the longest block after
the message and after 回复内容. Imports no Scrapy.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml import html as lxml_html

from clippings.timeutil import TZ

LABELS = {
    "author": ("留言人", "留言者", "网友", "来信人"),
    "posted_at": ("留言时间", "来信时间", "提交时间"),
    "district": ("所属区县", "区县", "所属地区"),
    "topic": ("留言类别", "类别", "问题分类"),
    "status_shown": ("办理状态", "状态"),
    "reply_unit": ("回复单位", "答复单位", "办理单位"),
    "reply_at": ("回复时间", "答复时间"),
}
REPLIED_WORDS = ("已回复", "已办结", "已答复")
_TIME = re.compile(r"(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?\s*(\d{1,2})?:?(\d{2})?")


def _time(value: str | None) -> str | None:
    m = _TIME.search(value or "")
    if not m:
        return None
    y, mo, d, h, mi = (int(g) if g else 0 for g in m.groups())
    try:
        return datetime(y, mo, d, h, mi, tzinfo=TZ).isoformat()
    except ValueError:
        return None


def parse_message(body: bytes | str, encoding: str | None = None) -> dict:
    """The message's fields; ``has_reply_block`` is False when the page shows no reply section at all."""
    if isinstance(body, bytes):
        body = body.decode(encoding or "utf-8", errors="replace")
    try:
        root = lxml_html.fromstring(body)
    except (ValueError, lxml_html.etree.ParserError):
        return {"status": "pending", "has_reply_block": False}
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    lines = [el.text_content().strip() for el in root.iter("p", "li", "dd", "dt", "td", "th", "span")]
    lines += [ln.strip() for ln in root.text_content().splitlines()]
    lines = [ln for ln in lines if ln]
    out: dict = {}
    for key, labels in LABELS.items():
        for line in lines:
            m = re.match(rf"^(?:{'|'.join(labels)})\s*[：:]\s*(.+)$", line)
            if m and key not in out:
                out[key] = m.group(1).strip()[:200]
    texts = [t.text_content().strip() for t in root.xpath(
        "//*[contains(@class,'msg-text') or contains(@class,'message-content')]")]
    replies = [t.text_content().strip() for t in root.xpath(
        "//*[contains(@class,'reply-text') or contains(@class,'reply-content')]")]
    out["text"] = texts[0] if texts else ""
    out["reply_text"] = replies[0] if replies else None
    out["posted_at"] = _time(out.get("posted_at"))
    out["reply_at"] = _time(out.get("reply_at"))
    out["has_reply_block"] = "回复内容" in body or "暂无回复" in body or bool(replies)
    replied = bool(out["reply_text"] and out["reply_at"]) or any(w in (out.get("status_shown") or "")
                                                                   for w in REPLIED_WORDS)
    out["status"] = "replied" if replied and out.get("reply_text") else "pending"
    return out
