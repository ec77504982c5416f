"""News sites: list pages with pagination → articles (Scrapy's CrawlSpider rules)."""

from __future__ import annotations

from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule

from spiders.base import SourceSpiderMixin


class NewsListSpider(SourceSpiderMixin, CrawlSpider):
    """Rules come from the source: ``pagination`` links are followed, ``article_links`` parsed."""

    @classmethod
    def rules_for(cls, source) -> tuple[Rule, ...]:
        articles = Rule(LinkExtractor(allow=source.article_links, deny=source.deny, unique=True),
                        callback="parse_article", follow=False, process_request="plan_request")
        if not source.pagination:   # an empty allow list would follow every link of the site
            return (articles,)
        return (articles, Rule(LinkExtractor(allow=source.pagination, deny=source.deny, unique=True), follow=True))

    def plan_request(self, request, response):
        meta = self.plan(request.url)
        if meta is None:
            return None
        return self.request(request.url, request.callback, {**request.meta, **meta})
