"""The archived original page, made harmless: decoded with the crawler's decoder, then cleaned by
nh3 (an allow-list sanitiser): no script, no event handlers, no javascript: URLs, no iframes or
forms. Links are made absolute to the original site. The result is served by its own route under
``SNAPSHOT_CSP`` (sandboxed, no scripts at all) and shown in an ``<iframe sandbox>``.
"""

from __future__ import annotations

import html
from email.message import Message
from urllib.parse import urljoin, urlsplit

import nh3

from clippings.vocabulary import beijing
from crawler.extraction.encoding import decode_html

DROP_TAGS = {"script", "style", "iframe", "frame", "frameset", "object", "embed", "form", "input", "button",
             "select", "textarea", "noscript", "template", "svg", "math", "title", "head"}
ALLOWED_TAGS = set(nh3.ALLOWED_TAGS) - DROP_TAGS
URL_ATTRIBUTES = {"href", "src", "cite"}
SAFE_SCHEMES = {"http", "https", "mailto"}
PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>原始网页存档</title>
<style>body{{font:15px/1.7 sans-serif;margin:1em 1.5em;color:#222}}img{{max-width:100%}}
.banner{{background:#fff3cd;border:1px solid #e0c36b;padding:.4em .8em;margin-bottom:1em;font-size:13px}}</style>
</head><body><div class="banner">原始网页存档（已去除脚本与交互内容，仅供核对）：{url}　抓取时间：{fetched}</div>
{body}
</body></html>"""


def _charset(headers: list[tuple[str, str]]) -> str | None:
    for name, value in headers:
        if name.lower() == "content-type":
            msg = Message()
            msg["content-type"] = value
            return msg.get_param("charset")
    return None


def sanitise(markup: str, base_url: str = "") -> str:
    """Allow-listed HTML only; every URL absolute http(s)/mailto or dropped."""
    def attribute_filter(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in URL_ATTRIBUTES:
            return value
        absolute = urljoin(base_url, value.strip()) if base_url else value.strip()
        return absolute if urlsplit(absolute).scheme.lower() in SAFE_SCHEMES else None

    return nh3.clean(markup, tags=ALLOWED_TAGS, clean_content_tags=DROP_TAGS - {"head"},
                     url_schemes=SAFE_SCHEMES, attribute_filter=attribute_filter,
                     link_rel="noopener noreferrer nofollow", strip_comments=True)


def snapshot_page(raw) -> str:
    """A complete, sanitised HTML page for a :class:`clippings.evidence.RawResponse`."""
    text, _ = decode_html(raw.body, _charset(raw.headers))
    return PAGE.format(url=html.escape(raw.url or ""), fetched=html.escape(beijing(raw.fetched_at) + "（北京时间）" if raw.fetched_at else "未知"),
                       body=sanitise(text, raw.url or ""))
