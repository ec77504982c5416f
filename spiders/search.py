"""Keyword search sources: results pages of a news search engine → articles on any domain.

For each query (default: the bureau's aliases, see ``clippings.discovery.default_queries``) the
spider fetches ``pages_per_query`` results pages and follows the result links that pass the
domain allow/deny lists. Articles go through the same extraction, relevance filter and archive
as any configured site; robots.txt and per-domain concurrency apply to every domain met.
A captcha or an empty results page is counted (``search/captcha``, ``search/empty``) and the
query's later pages are not requested.
"""

from __future__ import annotations

import re

import scrapy
from scrapy.http import Request

from clippings.config import load_profile
from clippings.discovery import default_queries, domain_allowed, domain_of, fill
from crawler.extraction.selectors import _compile
from spiders.base import SourceSpiderMixin

CAPTCHA = re.compile(r"验证码|captcha|人机验证|安全验证|访问过于频繁", re.I)


class SearchSpider(SourceSpiderMixin, scrapy.Spider):
    configured = ()   # the other configured sources (set by spiders.spider_class_for)

    def setup_source(self) -> None:
        super().setup_source()
        self.covered = [(set(s.allowed_domains), s.compiled("article_links")) for s in self.configured
                        if s.article_links]
        cfg = self.source.search
        self.queries = cfg["queries"] or default_queries(load_profile(self.settings.get("CLIPPINGS_PROFILE")))
        self.result_patterns = [re.compile(p) for p in cfg["result_links"]]
        self.result_selector = _compile(cfg["result_selector"]) if cfg.get("result_selector") else None

    async def start(self):
        for request in self.recheck_requests():
            yield request
        for query in self.queries:
            yield self.results_request(query, 1)

    def results_request(self, query: str, page: int) -> Request:
        cfg = self.source.search
        url = fill(cfg["template"], query, page, cfg.get("sort_param"))
        self.crawler.stats.inc_value("search/results_pages")
        return Request(url, callback=self.parse_results, errback=self.on_error, dont_filter=True,
                       meta={"query": query, "page": page})

    def result_links(self, response) -> list[str]:
        if self.result_selector is not None:
            nodes = self.result_selector(response.selector.root) if callable(self.result_selector) else []
            hrefs = []
            for node in nodes:
                href = node if isinstance(node, str) else (node.get("href") or "".join(
                    a.get("href") or "" for a in node.iter("a")))
                if href:
                    hrefs.append(href)
        else:
            hrefs = response.xpath("//a/@href").getall()
        links = []
        for href in hrefs:
            url = response.urljoin(href.strip())
            if self.result_patterns and not any(p.search(url) for p in self.result_patterns):
                continue
            if url not in links:
                links.append(url)
        return links

    def is_covered(self, url: str) -> bool:
        host = domain_of(url)
        return any(host in domains and any(p.search(url) for p in patterns) for domains, patterns in self.covered)

    def parse_results(self, response):
        stats = self.crawler.stats
        query, page = response.meta["query"], response.meta["page"]
        text = response.text if hasattr(response, "text") else ""
        links = self.result_links(response) if hasattr(response, "text") else []
        if not links:
            if CAPTCHA.search(text[:20000]):
                stats.inc_value("search/captcha")
                self.logger.warning("搜索结果页要求验证码，已跳过：%s（查询 %s 第 %d 页）", response.url, query, page)
            elif page > 1:
                stats.inc_value("search/last_page")   # fewer results than pages_per_query: normal
            else:
                stats.inc_value("search/empty")
                self.logger.info("搜索无结果：%s（查询 %s 第 %d 页）", response.url, query, page)
            return
        stats.inc_value("search/results", len(links))
        for url in links:
            if not domain_allowed(url, self.source.search["allow"], self.source.search["deny"]):
                stats.inc_value("search/domain_skipped")
                continue
            if self.is_covered(url):
                stats.inc_value("search/configured")   # a configured source fetches it
                continue
            meta = self.plan(url)
            if meta is None:
                continue
            stats.inc_value("search/followed")
            yield self.request(url, self.parse_article, meta)
        if page < self.source.search["pages"]:
            yield self.results_request(query, page + 1)
