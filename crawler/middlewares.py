"""Downloader middlewares: retries with exponential back-off, a filter for binary bodies, and one
for pages that only send the browser to a non-web address."""

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


class UnfollowableRefreshMiddleware:
    """Drop a page whose ``<meta http-equiv="refresh">`` sends the browser to a non-http(s) address
    (``javascript:void(0)``, ``data:…``): it has no content of its own and Scrapy's
    MetaRefreshMiddleware leaves it alone. Counted as ``filtered/meta_refresh`` (the run table's
    "跳转到非网页地址"), so the page is never lost silently.
    """

    def __init__(self, stats, max_delay: float):
        self.stats, self.max_delay = stats, max_delay

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("METAREFRESH_ENABLED", True):
            raise NotConfigured
        return cls(crawler.stats, crawler.settings.getfloat("METAREFRESH_MAXDELAY", 100))

    def process_response(self, request: Request, response: Response) -> Response:
        from scrapy.http import HtmlResponse
        from scrapy.utils.response import get_meta_refresh

        if not isinstance(response, HtmlResponse) or response.status != 200:
            return response
        interval, url = get_meta_refresh(response)
        if not url or interval is None or interval >= self.max_delay:
            return response
        scheme = url.split(":", 1)[0].lower() if ":" in url else "http"
        if scheme in ("http", "https"):
            return response
        self.stats.inc_value("filtered/meta_refresh")
        log.warning("忽略跳转到非网页地址的页面 %s（meta refresh → %s）", response.url, url[:80])
        raise IgnoreRequest(f"meta refresh to {scheme}: {response.url}")
