"""Pages built by script: a source with ``render = "browser"`` has its pages rendered in headless
Chromium through scrapy-playwright, everything else stays on the plain downloader.

How a rendered page is fetched:
1. Scrapy fetches the page as usual (robots.txt, politeness, conditional GET, retries, size limits):
   that response is the raw evidence.
2. :class:`RenderMiddleware` sees a 200 HTML response for a URL the source renders and sends the
   request again with ``meta["playwright"]``; the page's own document is answered from the bytes
   already fetched (a Playwright route), so the browser runs exactly what was archived and only its
   scripts' requests (JSON, scripts) go to the network.
3. The rendered response carries the raw one in ``meta["render_raw"]``; the spider keeps both
   (the rendered DOM first, for extraction; stored as a WARC "resource" record beside the raw
   "response" record).

A page budget per run (``render_budget``) and a timeout per page (``render_timeout``) bound the
browser; past the budget, or when the page does not settle in time, the raw page goes on as it is
(counted in the stats: ``render/pages``, ``render/budget_exhausted``, ``render/timeouts``,
``render/errors``). Only spiders of rendering sources get the handler (:func:`render_settings`), so a
crawl without one never starts a browser.
"""

from __future__ import annotations

import logging
import re

from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse

from clippings.evidence import RENDERED_HEADER, RawResponse
from clippings.timeutil import now, to_iso

log = logging.getLogger(__name__)
_SKIP_HEADERS = {"content-length", "content-encoding", "transfer-encoding"}


def render_settings(source) -> dict:
    """Per-spider settings for a source that renders (empty for one that does not)."""
    if source.render != "browser":
        return {}
    from clippings.proof.render import ARGS, chromium_path

    handler = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
    return {
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": chromium_path(), "headless": True, "args": list(ARGS)},
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": int(source.render_timeout * 1000),
        # images, fonts and media are never needed for the text
        "PLAYWRIGHT_ABORT_REQUEST": "crawler.rendering.skip_heavy_resources",
    }


def skip_heavy_resources(request) -> bool:
    return request.resource_type in ("image", "media", "font")


class RenderMiddleware:
    """Send a rendering source's HTML pages through the browser (see the module docstring)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.rendered = 0
        # its failures are said once, in Chinese, by process_exception (not with a traceback each)
        logging.getLogger("scrapy-playwright").setLevel(logging.ERROR)

    @classmethod
    def from_crawler(cls, crawler):
        spidercls = crawler.spidercls
        source = getattr(spidercls, "source", None)
        if source is None or getattr(source, "render", "plain") != "browser":
            raise NotConfigured   # (no message: Scrapy would log one warning per plain spider)
        mw = cls(crawler)
        mw.source = source
        mw.patterns = [re.compile(p) for p in source.render_patterns]
        return mw

    def _wanted(self, request, response) -> bool:
        if "render_raw" in request.meta or request.method != "GET" or response.status != 200:
            return False
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        if "html" not in ctype:
            return False
        return not self.patterns or any(p.search(request.url) for p in self.patterns)

    def process_response(self, request, response, spider=None):
        raw = request.meta.get("render_raw")
        if raw is not None:                     # the rendered pass: the page as the browser built it
            if "playwright" in (response.flags or []):
                self.stats.inc_value("render/pages")
            return response
        if not self._wanted(request, response):
            return response
        if self.rendered >= self.source.render_budget:
            self.stats.inc_value("render/budget_exhausted")
            return response
        from spiders.base import raw_response   # (spiders.base imports this module)

        self.rendered += 1
        raw = raw_response(response)
        meta = {**request.meta, "playwright": True, "render_raw": raw,
                "playwright_page_init_callback": _serve_document(raw),
                "playwright_page_goto_kwargs": {"wait_until": "networkidle",
                                                "timeout": int(self.source.render_timeout * 1000)}}
        return request.replace(meta=meta, dont_filter=True)

    def process_exception(self, request, exception, spider=None):
        raw = request.meta.get("render_raw")
        if raw is None:
            return None
        timeout = "Timeout" in type(exception).__name__ or "timeout" in str(exception).lower()
        self.stats.inc_value("render/timeouts" if timeout else "render/errors")
        log.warning("页面渲染%s，按未渲染的原始页面处理：%s（%s）", "超时" if timeout else "失败", request.url,
                    str(exception).splitlines()[0][:200] if str(exception) else type(exception).__name__)
        meta = request.meta
        meta["render_raw"] = None               # go on with the raw page, as fetched (never rendered again)
        headers = {k: v for k, v in raw.headers if k.lower() not in _SKIP_HEADERS}
        return HtmlResponse(url=raw.url, status=raw.status, headers=headers, body=raw.body,
                            request=request, flags=["render_failed"])


def _serve_document(raw: RawResponse):
    """A page-init callback: the page's own document comes from the raw response already fetched."""
    headers = {k: v for k, v in raw.headers if k.lower() not in _SKIP_HEADERS}

    async def init(page, request):
        async def fulfil(route):
            await route.fulfill(status=raw.status, headers=headers, body=raw.body)

        await page.route(lambda url: url == request.url, fulfil)

    return init


def rendered_response(response) -> RawResponse | None:
    """The rendered DOM of a browser-rendered response, as evidence (None for a plain one)."""
    raw = response.meta.get("render_raw") if hasattr(response, "meta") else None
    if raw is None or "playwright" not in (response.flags or []):
        return None
    headers = [(k, v) for k, v in raw.headers if k.lower() not in _SKIP_HEADERS | {"content-type"}]
    headers += [("Content-Type", "text/html; charset=utf-8"), (RENDERED_HEADER, "chromium")]
    body = response.text.encode("utf-8")
    return RawResponse(url=response.url, status=200, reason="OK", headers=headers, body=body,
                       fetched_at=to_iso(now()))
