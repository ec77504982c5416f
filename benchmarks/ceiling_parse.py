"""A page parser for ``crawl_bench.py --ceiling``: ``crawler.pageparse.parse_page`` with the
extraction replaced by reading the ``<title>``, and nothing else changed (WARC record, content
hash, relevance, archive). The crawl it runs shows how fast the pipeline could go if extraction
cost nothing: the ceiling that any faster extractor stays under.

Loaded in the crawl's worker processes through the ``PAGE_PARSER`` setting.
"""

from __future__ import annotations

import re

from crawler import pageparse
from crawler.extraction.core import Extracted

_TITLE = re.compile(rb"<title>([^<]{1,200})</title>", re.I)


def _title_only(body: bytes, url: str, encoding: str | None = None, **_kw) -> Extracted:
    m = _TITLE.search(body[:4096])
    title = m.group(1).decode(encoding or "utf-8", "replace") if m else url
    # the bench pages concern the bureau; the URL keeps each page's text apart for the de-duplication
    return Extracted(title=title, text=f"{title}\n城管执法 {url}")


def parse_page(*args, **kwargs):
    real = pageparse.extract
    pageparse.extract = _title_only
    try:
        return pageparse.parse_page(*args, **kwargs)
    finally:
        pageparse.extract = real
