"""The crawl process's one connection to the archive, shared by the pipelines and extensions.

Every write goes through ``CrawlArchive.write()`` and is atomic on its own (a savepoint). The
writes of the last ``ARCHIVE_COMMIT_INTERVAL`` seconds share one transaction (group commit):
committing every page alone costs about as much as the rest of archiving it. A crawl killed
between two commits loses at most that interval's pages; they are not marked as seen, so the
next run fetches them again (their WARC records stay behind, unreferenced). Each spider's close
commits, so a finished or interrupted (Ctrl-C) crawl leaves everything committed.

One connection per process matters: a second connection writing from the same event loop would
wait for this one's open transaction, which cannot commit while the loop is blocked.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterator

import sqlite_utils
from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import reactor

from clippings.archive import begin_write, commit, open_archive, transaction
from clippings.paths import DataDir

log = logging.getLogger(__name__)


class CrawlArchive:
    _shared: dict[str, "CrawlArchive"] = {}

    def __init__(self, db: sqlite_utils.Database, interval: float):
        self.db, self.interval = db, interval
        self._commit_call = None

    @classmethod
    def for_crawler(cls, crawler) -> "CrawlArchive":
        value = crawler.settings.get("CLIPPINGS_DATA_DIR")
        if not value:
            raise NotConfigured("CLIPPINGS_DATA_DIR is not set")
        data = DataDir.resolve(value).ensure()
        key = str(data.db_path.resolve())
        shared = cls._shared.get(key)
        if shared is None:
            shared = cls(open_archive(data.db_path), crawler.settings.getfloat("ARCHIVE_COMMIT_INTERVAL", 0.5))
            cls._shared[key] = shared
        crawler.signals.connect(shared.commit, signal=signals.spider_closed)
        crawler.signals.connect(shared.commit, signal=signals.engine_stopped)
        return shared

    @contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One atomic write; committed with the others of this interval (at once if it is 0)."""
        if not self.db.conn.in_transaction:
            begin_write(self.db)
        if self.interval > 0 and self._commit_call is None:
            self._commit_call = reactor.callLater(self.interval, self.commit)
        try:
            with transaction(self.db):
                yield self.db
        finally:
            if self.interval <= 0:
                self.commit()

    def commit(self, *args, **kwargs) -> None:
        """Commit what is pending now (also connected to spider_closed and engine_stopped)."""
        if self._commit_call is not None:
            if self._commit_call.active():
                self._commit_call.cancel()
            self._commit_call = None
        try:
            commit(self.db)
        except Exception:  # the pages of this interval are not archived; the next run fetches them again
            log.exception("archive commit failed")
