"""Item pipelines: thin adapters from Scrapy into the clippings core.

Order (ITEM_PIPELINES): ExtractPipeline → RelevancePipeline → ArchivePipeline.
Counts go to the crawler's stats under ``archive/*``, ``relevance/dropped`` and ``dedup/dropped``.

The CPU work (extraction) and the archive writes run in ``PAGE_WORKERS`` worker processes
(``crawler.workers``), shared by every spider of the crawl, so the crawl's own thread keeps
fetching. With ``PAGE_WORKERS = 0`` the same functions run in the crawl process.
"""

from __future__ import annotations

import errno
import logging
import sqlite3

from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.misc import load_object

from clippings import ingest
from clippings.archive import open_archive, records
from clippings.config import load_profile
from clippings.paths import DataDir
from clippings.relevance import RelevanceFilter
from crawler import pagestore
from crawler.pageparse import warm_up
from crawler.workers import InProcessPool, WorkerPool

log = logging.getLogger(__name__)


def _data_dir(crawler) -> DataDir:
    value = crawler.settings.get("CLIPPINGS_DATA_DIR")
    if not value:
        raise NotConfigured("CLIPPINGS_DATA_DIR is not set")
    return DataDir.resolve(value).ensure()


def _profile_path(crawler) -> str:
    path = crawler.settings.get("CLIPPINGS_PROFILE")
    if not path:
        raise NotConfigured("CLIPPINGS_PROFILE is not set")
    return str(path)


def _store(crawler) -> pagestore.Store:
    data = _data_dir(crawler)
    run = crawler.settings.get("CLIPPINGS_RUN_ID", "manual")
    return pagestore.Store(str(data.db_path), _profile_path(crawler), str(data.warc_dir), f"crawl-{run}")


DISK_FULL_MESSAGE = ("磁盘空间已满：抓取已停止，本次运行记为失败。请清理数据目录所在的磁盘后重新运行 "
                     "clippings crawl（已入库的内容不受影响，未完成的页面下次会重新抓取）。")
_disk_full = False
_crawlers: list = []     # every crawler of this process with a pipeline: all stop on a full disk
on_disk_full: list = []  # callables run once when the disk fills (crawler.run frees its reserve)


def is_disk_full(exc: BaseException) -> bool:
    """A write failed for lack of space: ENOSPC/EDQUOT, or SQLite's "database or disk is full"."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if isinstance(exc, sqlite3.OperationalError) and "disk is full" in str(exc):
        return True
    return "No space left on device" in str(exc) or "database or disk is full" in str(exc)


def disk_full() -> bool:
    """True once any write of this crawl process failed for a full disk."""
    return _disk_full


def stop_for_disk_full(stats) -> None:
    """Say so once, count it, and stop every spider: nothing more can be stored."""
    global _disk_full
    if not _disk_full:
        _disk_full = True
        log.error(DISK_FULL_MESSAGE)
        for callback in on_disk_full:
            callback()
    stats.set_value("disk/full", 1)
    for crawler in list(_crawlers):
        engine = crawler.engine
        if getattr(crawler, "crawling", False) and engine is not None and engine.running and engine.spider is not None:
            # (not a spider already closed by an earlier write's failure, nor one not opened yet: Scrapy raises
            # "Spider not opened" for those, and the traceback would reach the user)
            from scrapy.utils.defer import deferred_from_coro

            deferred_from_coro(engine.close_spider_async(reason="disk_full"))


async def _in_worker(pool, stats, fn, *args):
    """``pool.call``, counting failures (a crashed worker, a bug): the page is not archived, is not
    marked as seen, and the next run fetches it again. Scrapy logs the traceback. A full disk stops
    the crawl with one message instead (the page is dropped quietly, as is every page after it)."""
    if _disk_full:
        raise DropItem("disk full")
    try:
        return await pool.call(fn, *args)
    except Exception as exc:
        if is_disk_full(exc):
            stop_for_disk_full(stats)
            raise DropItem("disk full") from None
        stats.inc_value("pipeline/failed")
        raise


_pool: WorkerPool | InProcessPool | None = None
_users: set[int] = set()   # crawlers using the pool; the last engine to stop closes it


def page_workers(crawler) -> WorkerPool | InProcessPool:
    """The crawl process's worker pool, shared by every pipeline of every spider."""
    global _pool
    if _pool is None:
        workers = crawler.settings.getint("PAGE_WORKERS", 1)
        if workers > 0:
            _pool = WorkerPool(workers, max_batch=crawler.settings.getint("PAGE_BATCH", 16), initializer=warm_up,
                               nice=crawler.settings.getint("PAGE_WORKERS_NICE", 5))
        else:
            _pool = InProcessPool()
        _pool.start()   # the workers import and warm up while the crawl begins
    if crawler not in _crawlers:
        _crawlers.append(crawler)
    if id(crawler) not in _users:
        _users.add(id(crawler))
        crawler.signals.connect(lambda: _release(id(crawler)), signal=signals.engine_stopped, weak=False)
    return _pool


def _release(crawler_id: int) -> None:
    global _pool
    _users.discard(crawler_id)
    if not _users and _pool is not None:
        _pool.close()
        _pool = None


class ExtractPipeline:
    """Raw responses → an ingest.Page (title, time, author, source, text, forum posts)."""

    def __init__(self, pool, stats, parse_page):
        self.pool, self.stats, self.parse_page = pool, stats, parse_page

    @classmethod
    def from_crawler(cls, crawler):
        return cls(page_workers(crawler), crawler.stats,
                   load_object(crawler.settings.get("PAGE_PARSER") or "crawler.pageparse.parse_page"))

    async def process_item(self, item):
        if item.get("not_modified") or item.get("gone"):
            return item
        page = await _in_worker(
            self.pool, self.stats, self.parse_page, item["source"], item["kind"], item["url"], item["canonical_url"],
            item["responses"], item.get("encoding"), item["fetched_at"],
            {"title": item.get("hint_title"), "published": item.get("hint_published"),
             "reply_count": item.get("reply_count")})
        page.responses = list(item["responses"])
        item["page"] = page
        self.stats.inc_value("extract/pages", len(item["responses"]))
        return item


class RelevancePipeline:
    """Drop pages that do not concern the bureau; remember them so they are not fetched again."""

    def __init__(self, pool, store: pagestore.Store, profile, stats):
        self.pool, self.store, self.filter, self.stats = pool, store, RelevanceFilter(profile), stats
        self.db = open_archive(store.db_path)   # reads only; the workers write

    @classmethod
    def from_crawler(cls, crawler):
        store = _store(crawler)
        return cls(page_workers(crawler), store, load_profile(store.profile_path), crawler.stats)

    async def process_item(self, item):
        page = item.get("page")
        if page is None or page.deleted:
            return item
        match = self.filter.check(page.title, page.text)
        page.matched_terms = list(match.terms)
        if match.relevant or records.get_by_canonical(self.db, page.canonical_url):
            return item   # relevant, or already archived: a changed page is updated all the same
        await _in_worker(self.pool, self.stats, pagestore.archive, self.store, pagestore.IRRELEVANT, page.source,
                         page.canonical_url, None, None, tuple(item.get("redirected_from") or ()))
        self.stats.inc_value("relevance/dropped")
        self.stats.inc_value(f"source/{page.source}/irrelevant")
        raise DropItem(f"irrelevant: {page.url}")


class ArchivePipeline:
    """Store the page: new clipping, new version, unchanged, duplicate, or deleted at source."""

    def __init__(self, pool, store: pagestore.Store, stats):
        self.pool, self.store, self.stats = pool, store, stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(page_workers(crawler), _store(crawler), crawler.stats)

    async def process_item(self, item):
        source = item["source"].name
        if item.get("not_modified"):
            action, page, status = pagestore.NOT_MODIFIED, None, None
        elif item.get("gone"):
            action, page, status = pagestore.GONE, None, item["gone"]
        else:
            action, page, status = pagestore.PAGE, item["page"], None
        gone_responses = tuple(item.get("responses") or ()) if action == pagestore.GONE else ()
        outcome = await _in_worker(self.pool, self.stats, pagestore.archive, self.store, action, source,
                                   item["canonical_url"], page, status, tuple(item.get("redirected_from") or ()),
                                   gone_responses)
        self.stats.inc_value(f"archive/{outcome.action}")
        self.stats.inc_value(f"source/{source}/{outcome.action}")
        if outcome.action == ingest.DUPLICATE:
            self.stats.inc_value("dedup/dropped")
            raise DropItem(f"duplicate of clipping {outcome.clipping_id}: {item['url']}")
        if outcome.action == ingest.UNUSABLE:
            raise DropItem(f"unusable ({outcome.reason}): {item['url']}")
        first = item["responses"][0] if item.get("responses") else None
        status = 304 if item.get("not_modified") else (item.get("gone") or (first.status if first else None))
        item["page"] = None  # release the bodies
        item["responses"] = []
        return {"url": item["url"], "canonical_url": item["canonical_url"], "action": outcome.action,
                "clipping_id": outcome.clipping_id, "http_status": status, "reason": item.get("gone_reason")}
