"""Downloader middlewares: retries with exponential back-off, and a filter for binary bodies."""

from __future__ import annotations

import asyncio
import logging

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.utils.response import response_status_message

log = logging.getLogger(__name__)


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, waiting base·2ⁿ seconds (capped) before the n-th retry."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 30.0)

    async def _later(self, retry: Request | None) -> Request | None:
        if retry is not None:
            delay = min(self.cap, self.base * 2 ** (retry.meta.get("retry_times", 1) - 1))
            if delay > 0:
                await asyncio.sleep(delay)
        return retry

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        return await self._later(retry) or response

    async def process_exception(self, request: Request, exception: Exception) -> Request | None:
        if isinstance(exception, self.exceptions_to_retry) and not request.meta.get("dont_retry", False):
            return await self._later(self._retry(request, exception))
        return None


class BinaryFilterMiddleware:
    """Drop responses that are not text (PDFs, images, or binary served as text/html).

    Counted in stats as ``filtered/binary``; the crawl goes on.
    """

    TEXT_TYPES = (b"text/", b"application/xhtml", b"application/xml", b"application/rss",
                  b"application/atom", b"application/json")

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("BINARY_FILTER_ENABLED", True):
            raise NotConfigured
        return cls(crawler.stats)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.url.split("?")[0].endswith((".xml", ".xml.gz")):
            return response  # sitemaps may be served gzipped; SitemapSpider unpacks them
        ctype = (response.headers.get(b"Content-Type") or b"").lower()
        head = response.body[:2048]
        binary = (ctype and not any(ctype.startswith(t) for t in self.TEXT_TYPES)) or _looks_binary(head)
        if binary and response.status == 200:
            self.stats.inc_value("filtered/binary")
            log.warning("忽略非文本响应 %s (%s)", response.url, ctype.decode("latin-1") or "无类型")
            raise IgnoreRequest(f"binary response: {response.url}")
        return response


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13))


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")):
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > 0.05
