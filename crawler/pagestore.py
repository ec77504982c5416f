"""Archive crawled pages where the worker pool runs them: off the crawl's event-loop thread.

The ArchivePipeline and RelevancePipeline send their writes here through ``crawler.workers``, so
the crawl process itself only fetches and parses links. Each worker process keeps one archive
connection and one WARC file per store. A batch of calls is one transaction (group commit);
each call inside it is a savepoint, so one bad page never takes the others with it. A worker
killed before its commit loses only that batch: those pages are not marked as seen, and the next
run fetches them again (their WARC records stay behind, unreferenced).

Imports no Scrapy: it runs in spawned worker processes, or in the crawl process when
``PAGE_WORKERS = 0``.
"""

from __future__ import annotations

import os
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

from clippings import ingest
from clippings.archive import complaints, open_archive, outlets, records, transaction
from clippings.config import load_profile
from clippings.evidence import WarcStore

PAGE, NOT_MODIFIED, GONE, IRRELEVANT = "page", "not_modified", "gone", "irrelevant"


@dataclass(frozen=True)
class Store:
    """Where a crawl's pages go (small and picklable: it travels with every call)."""

    db_path: str
    profile_path: str
    warc_dir: str
    warc_prefix: str


_ingestors: dict[Store, ingest.Ingestor] = {}


def ingestor_for(store: Store) -> ingest.Ingestor:
    """This process's connection and WARC file for ``store``, opened on first use."""
    ingestor = _ingestors.get(store)
    if ingestor is None:
        warc = WarcStore(store.warc_dir, prefix=f"{store.warc_prefix}-{os.getpid()}")
        ingestor = ingest.Ingestor(open_archive(store.db_path), load_profile(store.profile_path), warc,
                                   check_relevance=False)
        _ingestors[store] = ingestor
    return ingestor


@contextmanager
def one_transaction(calls: list[tuple]):
    """Run a batch of ``archive`` calls in one transaction per store, committed at the end (each
    call's own ``transaction()`` is a savepoint inside it)."""
    with ExitStack() as stack:
        for store in {args[0] for args in calls}:
            stack.enter_context(transaction(ingestor_for(store).db))
        yield


def archive(store: Store, action: str, source: str, canonical_url: str, page: ingest.Page | None = None,
            status: int | None = None, redirected_from: tuple[str, ...] = (), responses: tuple = ()) -> ingest.Outcome:
    """Store one crawled page (``action`` PAGE), a 304 (NOT_MODIFIED), a 404/410 (GONE, with
    ``status``), or remember an irrelevant page (IRRELEVANT). Addresses that redirected here are
    remembered with it, so they are not followed again."""
    ingestor = ingestor_for(store)
    db = ingestor.db
    with transaction(db):
        for old in redirected_from:
            records.remember_url(db, old, source, "redirect", f"重定向到 {canonical_url}")
        if action == PAGE:
            if page.outlet_domain:
                page.source_title = outlets.remember(db, page.outlet_domain, page.source_title)
            outcome = ingestor.archive(page)
            if page.complaint is not None and outcome.clipping_id and outcome.action != ingest.DUPLICATE:
                complaints.save(db, outcome.clipping_id, page.complaint)
            return outcome
        if action == NOT_MODIFIED:
            return ingestor.not_modified(canonical_url)
        if action == GONE:
            return ingestor.gone(canonical_url, status, responses)
        if action == IRRELEVANT:
            records.remember_url(db, canonical_url, source, ingest.IRRELEVANT, "未提及本局及相关话题")
            return ingest.Outcome(ingest.IRRELEVANT, None, "未提及本局及相关话题")
    raise ValueError(f"unknown archive action: {action}")


archive.batch_context = one_transaction
