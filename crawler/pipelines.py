"""Item pipelines: thin adapters from Scrapy into the clippings core.

Order (ITEM_PIPELINES): ExtractPipeline → RelevancePipeline → ArchivePipeline.
Counts go to the crawler's stats under ``archive/*``, ``relevance/dropped`` and ``dedup/dropped``.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import DropItem, NotConfigured

from clippings import ingest
from clippings.archive import records
from clippings.config import load_profile
from clippings.evidence import WarcStore
from clippings.paths import DataDir
from clippings.relevance import RelevanceFilter
from crawler.archiving import CrawlArchive
from crawler.pageparse import parse_page, warm_up
from crawler.workers import WorkerPool

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
    """Raw responses → an ingest.Page (title, time, author, source, text, forum posts).

    Extraction is the crawl's heaviest CPU work; with ``EXTRACT_WORKERS`` > 0 it runs in that
    many worker processes (shared by every spider of the crawl), fed in small batches
    (``EXTRACT_BATCH``), so fetching goes on meanwhile.
    """

    _pool: WorkerPool | None = None

    def __init__(self, stats, workers: int):
        self.stats, self.workers = stats, workers

    @classmethod
    def from_crawler(cls, crawler):
        workers = crawler.settings.getint("EXTRACT_WORKERS", 1)
        if workers > 0 and ExtractPipeline._pool is None:
            ExtractPipeline._pool = WorkerPool(workers, max_batch=crawler.settings.getint("EXTRACT_BATCH", 16),
                                               initializer=warm_up)
            ExtractPipeline._pool.start()
        return cls(crawler.stats, workers)

    async def process_item(self, item):
        if item.get("not_modified") or item.get("gone"):
            return item
        args = (item["source"], item["kind"], item["url"], item["canonical_url"], item["responses"],
                item.get("encoding"), item["fetched_at"],
                {"title": item.get("hint_title"), "published": item.get("hint_published"),
                 "reply_count": item.get("reply_count")})
        if self.workers > 0:
            page = await ExtractPipeline._pool.call(parse_page, *args)
        else:
            page = parse_page(*args)
        page.responses = list(item["responses"])
        item["page"] = page
        self.stats.inc_value("extract/pages", len(item["responses"]))
        return item


def remember_redirects(db, item) -> None:
    """Old addresses that redirect to this page are remembered, so they are not followed again."""
    for old in item.get("redirected_from") or []:
        records.remember_url(db, old, item["source"].name, "redirect", f"重定向到 {item['canonical_url']}")


class RelevancePipeline:
    """Drop pages that do not concern the bureau; remember them so they are not fetched again."""

    def __init__(self, archive: CrawlArchive, profile, stats):
        self.archive, self.filter, self.stats = archive, RelevanceFilter(profile), stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(CrawlArchive.for_crawler(crawler), _profile(crawler), crawler.stats)

    def process_item(self, item):
        page = item.get("page")
        if page is None or page.deleted:
            return item
        match = self.filter.check(page.title, page.text)
        page.matched_terms = list(match.terms)
        if match.relevant or records.get_by_canonical(self.archive.db, page.canonical_url):
            return item
        with self.archive.write() as db:
            records.remember_url(db, page.canonical_url, page.source, ingest.IRRELEVANT, "未提及本局及相关话题")
            remember_redirects(db, item)
        self.stats.inc_value("relevance/dropped")
        self.stats.inc_value(f"source/{page.source}/irrelevant")
        raise DropItem(f"irrelevant: {page.url}")


class ArchivePipeline:
    """Store the page: new clipping, new version, unchanged, duplicate, or deleted at source."""

    def __init__(self, archive: CrawlArchive, profile, warc, stats):
        self.archive = archive
        self.ingestor = ingest.Ingestor(archive.db, profile, warc, check_relevance=False)
        self.warc, self.stats = warc, stats

    @classmethod
    def from_crawler(cls, crawler):
        data = _data_dir(crawler)
        run = crawler.settings.get("CLIPPINGS_RUN_ID", "manual")
        warc = WarcStore(data.warc_dir, prefix=f"crawl-{run}-{crawler.spider.name if crawler.spider else 'x'}")
        return cls(CrawlArchive.for_crawler(crawler), _profile(crawler), warc, crawler.stats)

    def close_spider(self):
        self.warc.close()
        self.archive.commit()

    def process_item(self, item):
        source = item["source"].name
        with self.archive.write() as db:   # the redirect memory and the page: together or not at all
            remember_redirects(db, item)
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
