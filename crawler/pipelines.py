"""Item pipelines: thin adapters from Scrapy into the clippings core.

Order (ITEM_PIPELINES): ExtractPipeline → RelevancePipeline → ArchivePipeline.
Counts go to the crawler's stats under ``archive/*``, ``relevance/dropped`` and ``dedup/dropped``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy.exceptions import DropItem, NotConfigured

from clippings import ingest
from clippings.archive import open_archive, records
from clippings.config import load_profile
from clippings.evidence import WarcStore
from clippings.paths import DataDir
from clippings.relevance import RelevanceFilter
from clippings.timeutil import to_iso
from crawler.extraction import extract

log = logging.getLogger(__name__)


def _data_dir(crawler) -> DataDir:
    value = crawler.settings.get("CLIPPINGS_DATA_DIR")
    if not value:
        raise NotConfigured("CLIPPINGS_DATA_DIR is not set")
    return DataDir.resolve(value).ensure()


def _profile(crawler):
    path = crawler.settings.get("CLIPPINGS_PROFILE")
    if not path:
        raise NotConfigured("CLIPPINGS_PROFILE is not set")
    return load_profile(path)


class ExtractPipeline:
    """Raw responses → an ingest.Page (title, time, author, source, text, forum posts)."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        if item.get("not_modified") or item.get("gone"):
            return item
        source = item["source"]
        fetched = item["fetched_at"]
        from clippings.timeutil import parse_iso

        now = parse_iso(fetched)
        posts: dict[int, dict] = {}
        first = None
        for response in item["responses"]:
            result = extract(response.body, response.url, item.get("encoding") or source.encoding,
                             now=now, selectors=source.selectors or None,
                             page_type="forum" if item["kind"] == "forum" else None)
            if first is None:
                first = result
            for post in result.posts:
                posts.setdefault(post.floor, {
                    "floor": post.floor, "author": post.author,
                    "posted_at": to_iso(post.posted_at), "text": post.text,
                })
        ordered = [posts[k] for k in sorted(posts)]
        text = "\n".join(p["text"] for p in ordered if p["text"]) if ordered else first.text
        published = first.published_at or (ordered[0]["posted_at"] if ordered else None)
        page = ingest.Page(
            url=item["url"],
            canonical_url=item["canonical_url"],
            source=source.name,
            source_title=source.title,
            kind=item["kind"],
            title=first.title or item.get("hint_title"),
            author=first.author or (ordered[0]["author"] if ordered else None),
            origin_source=first.source,
            original_title=first.original_title,
            editor=first.editor,
            published_at=to_iso(published) if not isinstance(published, str) else published,
            fetched_at=fetched,
            text=text or "",
            posts=ordered,
            district=source.district,
            http_etag=_header(item["responses"][0], "ETag"),
            http_last_modified=_header(item["responses"][0], "Last-Modified"),
            reply_count=item.get("reply_count"),
            deleted=first.deleted,
            responses=list(item["responses"]),
        )
        if page.published_at is None and item.get("hint_published"):
            page.published_at = item["hint_published"]
        item["page"] = page
        self.stats.inc_value("extract/pages", len(item["responses"]))
        return item


def _header(response, name: str) -> str | None:
    for key, value in response.headers:
        if key.lower() == name.lower():
            return value
    return None


def remember_redirects(db, item) -> None:
    """Old addresses that redirect to this page are remembered, so they are not followed again."""
    for old in item.get("redirected_from") or []:
        records.remember_url(db, old, item["source"].name, "redirect", f"重定向到 {item['canonical_url']}")


class RelevancePipeline:
    """Drop pages that do not concern the bureau; remember them so they are not fetched again."""

    def __init__(self, db, profile, stats):
        self.db, self.filter, self.stats = db, RelevanceFilter(profile), stats

    @classmethod
    def from_crawler(cls, crawler):
        data = _data_dir(crawler)
        return cls(open_archive(data.db_path), _profile(crawler), crawler.stats)

    def process_item(self, item):
        page = item.get("page")
        if page is None or page.deleted:
            return item
        match = self.filter.check(page.title, page.text)
        if match.relevant or records.get_by_canonical(self.db, page.canonical_url):
            return item
        with self.db.conn:
            records.remember_url(self.db, page.canonical_url, page.source, ingest.IRRELEVANT,
                                 "未提及本局及相关话题")
            remember_redirects(self.db, item)
        self.stats.inc_value("relevance/dropped")
        self.stats.inc_value(f"source/{page.source}/irrelevant")
        raise DropItem(f"irrelevant: {page.url}")


class ArchivePipeline:
    """Store the page: new clipping, new version, unchanged, duplicate, or deleted at source."""

    def __init__(self, db, profile, warc, stats):
        self.ingestor = ingest.Ingestor(db, profile, warc, check_relevance=False)
        self.warc, self.stats = warc, stats

    @classmethod
    def from_crawler(cls, crawler):
        data = _data_dir(crawler)
        run = crawler.settings.get("CLIPPINGS_RUN_ID", "manual")
        warc = WarcStore(data.warc_dir, prefix=f"crawl-{run}-{crawler.spider.name if crawler.spider else 'x'}")
        return cls(open_archive(data.db_path), _profile(crawler), warc, crawler.stats)

    def close_spider(self):
        self.warc.close()

    def process_item(self, item):
        source = item["source"].name
        if item.get("redirected_from"):
            with self.ingestor.db.conn:
                remember_redirects(self.ingestor.db, item)
        if item.get("not_modified"):
            outcome = self.ingestor.not_modified(item["canonical_url"])
        elif item.get("gone"):
            outcome = self.ingestor.gone(item["canonical_url"], item["gone"])
        else:
            outcome = self.ingestor.archive(item["page"])
        self.stats.inc_value(f"archive/{outcome.action}")
        self.stats.inc_value(f"source/{source}/{outcome.action}")
        if outcome.action == ingest.DUPLICATE:
            self.stats.inc_value("dedup/dropped")
            raise DropItem(f"duplicate of clipping {outcome.clipping_id}: {item['url']}")
        if outcome.action == ingest.UNUSABLE:
            raise DropItem(f"unusable ({outcome.reason}): {item['url']}")
        item["page"] = None  # release the bodies
        item["responses"] = []
        return {"url": item["url"], "action": outcome.action, "clipping_id": outcome.clipping_id}
