"""Item pipelines: thin adapters from Scrapy into the clippings core.

Order (ITEM_PIPELINES): ExtractPipeline → RelevancePipeline → ArchivePipeline.
Counts go to the crawler's stats under ``archive/*``, ``relevance/dropped`` and ``dedup/dropped``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import multiprocessing

from scrapy.exceptions import DropItem, NotConfigured

from clippings import ingest
from clippings.archive import open_archive, records, transaction
from clippings.config import load_profile
from clippings.evidence import WarcStore
from clippings.paths import DataDir
from clippings.relevance import RelevanceFilter
from crawler.pageparse import parse_page, warm_up

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
    many worker processes (shared by every spider of the crawl), so fetching goes on meanwhile.
    """

    _pool: concurrent.futures.ProcessPoolExecutor | None = None

    def __init__(self, stats, workers: int):
        self.stats, self.workers = stats, workers

    @classmethod
    def from_crawler(cls, crawler):
        workers = crawler.settings.getint("EXTRACT_WORKERS", 1)
        if workers > 0 and ExtractPipeline._pool is None:
            ExtractPipeline._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
            for _ in range(workers):  # start the workers (imports, dictionaries) while the crawl begins
                ExtractPipeline._pool.submit(warm_up)
        return cls(crawler.stats, workers)

    async def process_item(self, item):
        if item.get("not_modified") or item.get("gone"):
            return item
        args = (item["source"], item["kind"], item["url"], item["canonical_url"], item["responses"],
                item.get("encoding"), item["fetched_at"],
                {"title": item.get("hint_title"), "published": item.get("hint_published"),
                 "reply_count": item.get("reply_count")})
        if self.workers > 0:
            future = ExtractPipeline._pool.submit(parse_page, *args)
            page = await asyncio.wrap_future(future)
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
        with transaction(self.db):
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
            with transaction(self.ingestor.db):
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
