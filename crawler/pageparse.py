"""Turn a crawled page (or a forum thread's pages) into an ``ingest.Page``.

A plain function of picklable inputs, so the ExtractPipeline can run it in a worker process
while the crawl goes on; it imports no Scrapy.
"""

from __future__ import annotations

import re

from clippings import ingest
from clippings.config import Source
from clippings.archive.records import content_hash
from clippings.evidence import RawResponse, encode_record
from clippings.timeutil import parse_iso, to_iso
from clippings.evidence import is_rendered
from crawler.extraction import extract


def parse_page(source: Source, kind: str, url: str, canonical_url: str, responses: list[RawResponse],
               encoding: str | None, fetched_at: str, hints: dict) -> ingest.Page:
    now = parse_iso(fetched_at)
    posts: dict[int, dict] = {}
    first = None
    texts: list[str] = []   # a news article printed over several pages: each page's text, in order
    # a page rendered in the browser is read from its DOM; the raw response is kept as evidence only
    readable = [r for r in responses if is_rendered(r)] or responses
    # the source's kind says what its pages are where it can: a news site's article pages are read as
    # articles (no thread or message-board detection: a third of the extraction's time on a 90 KB
    # page); pages from feeds, sitemaps and searches may be anything
    page_type = "forum" if kind == "forum" else "news" if source.kind == "news" else None
    for response in readable:
        result = extract(response.body, response.url, encoding or source.encoding, now=now,
                         selectors=source.selectors or None, page_type=page_type)
        if page_type == "news" and not result.text and not result.deleted:   # no article on it after all
            result = extract(response.body, response.url, encoding or source.encoding, now=now,
                             selectors=source.selectors or None)
        if first is None:
            first = result
        for post in result.posts:
            posts.setdefault(post.floor, {"floor": post.floor, "author": post.author,
                                          "posted_at": to_iso(post.posted_at), "text": post.text})
        if result.text and result.text not in texts:
            texts.append(result.text)
    ordered = [posts[k] for k in sorted(posts)]
    text = "\n".join(p["text"] for p in ordered if p["text"]) if ordered else "\n".join(texts)
    published = to_iso(first.published_at) or (ordered[0]["posted_at"] if ordered else None)
    page = ingest.Page(
        url=url,
        canonical_url=canonical_url,
        source=source.name,
        source_title=source.title,
        kind=kind,
        title=first.title or hints.get("title"),
        author=first.author or (ordered[0]["author"] if ordered else None),
        origin_source=first.source,
        original_title=first.original_title,
        editor=first.editor,
        published_at=published or hints.get("published"),
        fetched_at=fetched_at,
        text=text or "",
        posts=ordered,
        district=source.district,
        http_etag=header(responses[0], "ETag"),
        http_last_modified=header(responses[0], "Last-Modified"),
        reply_count=hints.get("reply_count"),
        deleted=first.deleted,
    )
    if source.kind == "board":   # a 留言板 message: a complaint, its reply as fields
        from clippings.discovery.board import parse_message

        fields = parse_message(responses[0].body, encoding or source.encoding)
        page.kind = "complaint"
        page.complaint = fields
        page.author = fields.get("author") or page.author
        page.published_at = fields.get("posted_at") or page.published_at
        page.district = fields.get("district") or page.district
        page.text = fields.get("text") or page.text
        if fields.get("reply_text"):   # the reply is part of the text: its arrival is a new version
            page.text += f"\n【{fields.get('reply_unit') or '回复'}回复】{fields['reply_text']}"
        page.reply_count = 1 if fields["status"] == "replied" else 0
    if source.kind == "search":   # an outlet nobody configured: named by the page itself, per domain
        from clippings.discovery import domain_of

        page.outlet_domain = domain_of(url)
        page.source_title = site_name(responses[0].body) or first.source or None
    # The rest of the per-page CPU work that needs no archive: done here, off the crawl's thread.
    page.content_hash = content_hash(page.title, page.text)
    page.encoded_records = [encode_record(r.url, r.status, r.reason, r.headers, r.body, r.fetched_at or fetched_at)
                            for r in responses]
    return page


_SITE_NAME = re.compile(
    rb"""<meta\s[^>]*?(?:property|name)\s*=\s*["']?(?:og:site_name|sitename|site_name|application-name)["']?"""
    rb"""[^>]*?content\s*=\s*["']([^"'<>]{1,60})["']""", re.I)


def site_name(body: bytes) -> str | None:
    """The outlet's name from its site-name meta tag (utf-8 or GB pages), if it has one."""
    m = _SITE_NAME.search(body[:20000])
    if not m:
        return None
    raw = m.group(1)
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc).strip() or None
        except UnicodeDecodeError:
            continue
    return None


def header(response: RawResponse, name: str) -> str | None:
    for key, value in response.headers:
        if key.lower() == name.lower():
            return value
    return None


def warm_up() -> None:
    """Run once in each worker process before real pages arrive."""
    extract("<html><head><title>t</title></head><body><p>城管执法</p></body></html>".encode("utf-8"), "http://127.0.0.1/")
