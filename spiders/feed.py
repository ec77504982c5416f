"""RSS 2.0 and Atom feeds → articles. Titles and dates from the feed are kept as hints."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

import scrapy

from clippings.timeutil import parse_iso, to_iso
from spiders.base import SourceSpiderMixin


class FeedSpider(SourceSpiderMixin, scrapy.Spider):
    def parse(self, response):
        selector = scrapy.Selector(text=response.text, type="xml")
        selector.remove_namespaces()
        entries = selector.xpath("//item | //entry")
        if not entries:
            self.crawler.stats.inc_value("errors/feed_empty")
            self.logger.warning("订阅源中没有条目：%s", response.url)
        for entry in entries:
            link = entry.xpath("link/text()").get() or entry.xpath("link[not(@rel) or @rel='alternate']/@href").get()
            if not link:
                continue
            link = response.urljoin(link.strip())
            title = (entry.xpath("title/text()").get() or "").strip() or None
            published = _feed_date(entry.xpath("pubDate/text() | published/text() | updated/text()").get())
            updated = _feed_date(entry.xpath("updated/text()").get())
            meta = self.plan(link, lastmod=updated or published)
            if meta is None:
                continue
            meta.update(hint_title=title, hint_published=published)
            yield self.request(link, self.parse_article, meta)


def _feed_date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    try:
        return to_iso(parsedate_to_datetime(value))
    except (TypeError, ValueError):
        pass
    try:
        return to_iso(parse_iso(value))
    except ValueError:
        return None
