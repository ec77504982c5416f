"""Spiders built from sources.toml: one generated subclass per configured source."""

from __future__ import annotations

from crawler.rendering import render_settings
from spiders.board import BoardSpider
from spiders.feed import FeedSpider
from spiders.forum import ForumSpider
from spiders.news import NewsListSpider
from spiders.search import SearchSpider
from spiders.sitemap import ConfiguredSitemapSpider

BASES = {"news": NewsListSpider, "feed": FeedSpider, "sitemap": ConfiguredSitemapSpider, "forum": ForumSpider,
         "search": SearchSpider, "board": BoardSpider}


def spider_class_for(source, configured=()) -> type:
    """A spider class for one source, with its limits as per-spider settings. A search source is
    also given the other configured sources (``configured``): results they cover are left to them."""
    base = BASES[source.kind]
    attrs = {
        "name": source.name,
        "source": source,
        "allowed_domains": list(source.allowed_domains),
        "start_urls": list(source.start_urls),
        "custom_settings": {"CLOSESPIDER_PAGECOUNT": source.max_pages, "DEPTH_LIMIT": source.max_depth,
                            **render_settings(source)},
    }
    if base is SearchSpider:
        attrs["configured"] = [s for s in configured if s.name != source.name and s.kind != "search"]
    if base is NewsListSpider:
        attrs["rules"] = NewsListSpider.rules_for(source)
    if base is ConfiguredSitemapSpider:
        attrs["sitemap_urls"] = list(source.start_urls)
        attrs["sitemap_rules"] = [(p, "parse_article") for p in source.article_links] or [("", "parse_article")]
    return type(f"{base.__name__}_{source.name.replace('-', '_')}", (base,), attrs)
