"""Sitemaps (index, plain and Google News sitemaps) → articles (Scrapy's SitemapSpider)."""

from __future__ import annotations

import re

from scrapy.spiders import SitemapSpider

from spiders.base import SourceSpiderMixin


class ConfiguredSitemapSpider(SourceSpiderMixin, SitemapSpider):
    sitemap_alternate_links = False

    def sitemap_filter(self, entries):
        articles = [re.compile(p) for p in self.source.article_links] or [re.compile("")]
        for entry in entries:
            loc = entry.get("loc", "")
            if not any(p.search(loc) for p in articles):
                yield entry  # a child sitemap or a page we do not parse: let SitemapSpider decide
                continue
            meta = self.plan(loc, lastmod=entry.get("lastmod"))
            if meta is not None:
                self._pending[self.canonical(loc)] = meta
                yield entry

    def _parse_sitemap(self, response):
        # SitemapSpider builds plain requests; give ours the planned meta and conditional headers.
        for request in super()._parse_sitemap(response):
            meta = self._pending.pop(self.canonical(request.url), None)
            if meta is None:
                yield request
            else:
                yield self.request(request.url, request.callback, meta)

    def setup_source(self) -> None:
        super().setup_source()
        self._pending: dict[str, dict] = {}
