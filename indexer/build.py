"""Keep the index in step with the archive: incremental updates and full rebuilds.

- :func:`update_index` indexes the rows whose ``changed_at`` is at or after the watermark kept in
  the generation's ``state.json`` (minus a safety margin, for writers that committed late) and removes
  rows gone from the archive. Pages deleted at their source stay in the index with status
  ``deleted`` (searchable as 状态:已删除; ordinary searches leave them out). With no index yet, or a changed user
  dictionary, it rebuilds.
- :func:`rebuild_index` builds a new generation from scratch (bounded segments, optionally written by
  several processes; see ``indexer.parallel``) and swaps it in when complete.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import sqlite_utils

from clippings.archive import index_feed
from clippings.timeutil import parse_iso, to_iso
from indexer import store
from indexer.parallel import build_segments, merge_small_updates
from indexer.schema import make_schema, to_document

log = logging.getLogger(__name__)

SAFETY_MARGIN = timedelta(seconds=60)
STATE_VERSION = 5   # 5: pages deleted at source stay indexed; 4: packed positions. Older indexes are rebuilt
PARALLEL_MIN = 2000  # below this, forking workers costs more than it saves


@dataclass
class IndexStats:
    mode: str              # "rebuild" | "update"
    indexed: int = 0       # documents added or replaced
    removed: int = 0       # documents deleted from the index
    total: int = 0         # documents in the index afterwards
    seconds: float = 0.0
    generation: str = ""

    def __str__(self) -> str:
        """What changed; the caller says how long it took (``index`` prints it, ``daily`` per stage)."""
        verb = "已重建索引" if self.mode == "rebuild" else "已更新索引"
        return f"{verb}：写入 {self.indexed} 条，移除 {self.removed} 条，索引共 {self.total} 条"


def _state(profile_words, synonyms, watermark, total) -> dict:
    return {"version": STATE_VERSION, "watermark": watermark, "user_words": list(profile_words),
            "synonyms": [list(g) for g in synonyms], "total": total}


def _unchanged(searcher, row: dict) -> bool:
    """True if the index already holds exactly this row."""
    fields = searcher.document(id=str(row["id"]))
    if fields is None:
        return False
    doc = to_document(row)
    return all(fields.get(k) == v for k, v in doc.items() if k != "published")


def rebuild_index(db: sqlite_utils.Database, index_dir: str | Path, *, user_words=(), synonyms=(),
                  procs: int = 1, limitmb: int = 256) -> IndexStats:
    """Build a fresh generation from every indexable row, then make it the live one."""
    started = time.perf_counter()
    with store.update_lock(index_dir):
        gen = store.new_generation(index_dir)
        try:
            from whoosh import index as whoosh_index

            ix = whoosh_index.create_in(str(gen), make_schema(user_words))
            watermark = index_feed.max_changed_at(db)  # rows changed later are picked up next update
            ix.close()
            if index_feed.count_indexable(db) < PARALLEL_MIN:
                procs = 1
            count = build_segments(db, gen, procs, limitmb)
            store.write_state(gen, _state(user_words, synonyms, watermark, count))
        except BaseException:
            store.discard(gen)
            raise
        store.publish(index_dir, gen)
    stats = IndexStats("rebuild", indexed=count, total=count, generation=gen.name,
                       seconds=time.perf_counter() - started)
    log.info("index rebuilt: %s documents in %.1fs", count, stats.seconds)
    return stats


def update_index(db: sqlite_utils.Database, index_dir: str | Path, profile=None, *, user_words=None,
                 synonyms=None, rebuild: bool = False, procs: int = 1) -> IndexStats:
    """Bring the index up to date (the ``clippings index`` command). Rebuilds when asked or needed.

    The dictionary and synonyms come from ``profile`` (a config.Profile) unless given explicitly."""
    if user_words is None:
        user_words = profile.user_words() if profile is not None else ()
    if synonyms is None:
        synonyms = profile.synonyms if profile is not None else ()
    gen = store.current_generation(index_dir)
    state = store.read_state(gen) if gen else {}
    if (rebuild or gen is None or state.get("version") != STATE_VERSION
            or tuple(state.get("user_words", ())) != tuple(user_words)):
        return rebuild_index(db, index_dir, user_words=user_words, synonyms=synonyms, procs=procs)
    started = time.perf_counter()
    with store.update_lock(index_dir):
        gen, ix = store.open_current(index_dir)
        state = store.read_state(gen)
        since = state.get("watermark")
        if since:
            since = to_iso(parse_iso(since) - SAFETY_MARGIN)
        watermark = state.get("watermark")
        indexed = removed = 0
        writer = ix.writer(limitmb=128)
        try:
            with ix.searcher() as before:
                for row in index_feed.iter_changed_since(db, since):
                    if row["changed_at"] <= (watermark or "") and _unchanged(before, row):
                        continue  # in the safety margin and already indexed as it is
                    writer.update_document(**to_document(row))
                    indexed += 1
                    if watermark is None or row["changed_at"] > watermark:
                        watermark = row["changed_at"]
            present = index_feed.all_ids(db)
            with ix.searcher() as searcher:
                reader = searcher.reader()
                gone = [t for t in reader.lexicon("id") if int(t) not in present]
                gone = [t for t in gone if reader.doc_frequency("id", t)]
            for term in gone:
                removed += writer.delete_by_term("id", term.decode("utf-8"))
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=merge_small_updates)
        total = ix.doc_count()
        ix.close()
        store.write_state(gen, _state(user_words, synonyms, watermark, total))
    stats = IndexStats("update", indexed=indexed, removed=removed, total=total, generation=gen.name,
                       seconds=time.perf_counter() - started)
    log.info("index updated: %s indexed, %s removed in %.1fs", indexed, removed, stats.seconds)
    return stats
