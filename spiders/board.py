"""留言板 (12345-style message boards): list pages → message pages, each a complaint clipping.

The list shows each message's status; a message not yet replied is re-checked on every run (at
most every RECHECK_MIN_HOURS) until its reply appears, whatever its age.
"""

from __future__ import annotations

import scrapy

from clippings.discovery.board import REPLIED_WORDS
from spiders.base import SourceSpiderMixin


class BoardSpider(SourceSpiderMixin, scrapy.Spider):
    def setup_source(self) -> None:
        super().setup_source()
        self.message_patterns = self.source.compiled("article_links")
        self.page_patterns = self.source.compiled("pagination")
        self.deny_patterns = self.source.compiled("deny")

    async def start(self):
        for request in self.recheck_requests():
            yield request
        for url in self.source.start_urls:
            yield scrapy.Request(url, callback=self.parse_list, errback=self.on_error)

    def _decide(self, known, lastmod, reply_count):
        decision = super()._decide(known, lastmod, reply_count)
        if decision is None and known and known.get("state") == "archived" and known.get("reply_count") == 0 \
                and known.get("status") != "deleted" and reply_count in (None, 0):
            from clippings.timeutil import now, parse_iso

            checked = parse_iso(known.get("last_checked_at")) or parse_iso(known.get("fetched_at"))
            if not checked or now() - checked >= self.recheck_after:
                self.crawler.stats.inc_value("board/recheck_unreplied")
                return "conditional"   # unreplied: look again (304 if unchanged) until replied
        return decision

    def _wanted(self, url: str, patterns) -> bool:
        return any(p.search(url) for p in patterns) and not any(p.search(url) for p in self.deny_patterns)

    def parse_list(self, response):
        if not hasattr(response, "text"):
            return
        for row in response.xpath("//tr|//li"):
            for href in row.xpath(".//a/@href").getall():
                url = response.urljoin(href.strip())
                if not self._wanted(url, self.message_patterns):
                    continue
                shown = " ".join(row.xpath(".//text()").getall())
                replied = 1 if any(w in shown for w in REPLIED_WORDS) else 0
                meta = self.plan(url, reply_count=replied)
                if meta is not None:
                    yield self.request(url, self.parse_message, meta)
        for href in response.xpath("//a/@href").getall():
            url = response.urljoin(href.strip())
            if self._wanted(url, self.page_patterns):
                yield scrapy.Request(url, callback=self.parse_list, errback=self.on_error)

    @property
    def recheck_callback(self):
        return self.parse_message

    def parse_message(self, response):
        if response.status == 200 and hasattr(response, "text") and \
                "回复" not in response.text and "答复" not in response.text:
            self.crawler.stats.inc_value("board/no_reply_block")   # layout without a reply section
        yield from self.parse_article(response)
