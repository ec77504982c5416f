"""What the search index reads from the archive: rows to index, rows changed since a watermark,
the ids present. The index itself lives outside SQLite (Whoosh files under DataDir.index_dir).

``changed_at`` (ISO 8601, +08:00, so it sorts as text) drives incremental indexing.
"""

from __future__ import annotations

from typing import Iterator

import sqlite_utils

from clippings.archive.records import decode_row

INDEX_COLUMNS = (
    "id", "url", "source", "source_title", "kind", "title", "text", "published_at", "fetched_at",
    "changed_at", "status", "sentiment", "topics", "district", "districts", "cluster_id",
)
_SELECT = f"SELECT {', '.join(INDEX_COLUMNS)} FROM clippings"


def _batched(db: sqlite_utils.Database, where: str, params: list, batch: int) -> Iterator[dict]:
    last = 0
    while True:
        rows = list(db.query(f"{_SELECT} WHERE id > ? AND ({where}) ORDER BY id LIMIT ?",
                             [last, *params, batch]))
        if not rows:
            return
        for row in rows:
            yield decode_row(row)
        last = rows[-1]["id"]


def iter_indexable(db: sqlite_utils.Database, batch: int = 1000, lo: int | None = None,
                   hi: int | None = None) -> Iterator[dict]:
    """Every clipping that belongs in the index (all of them: pages deleted at their source stay
    searchable with their status, hidden from ordinary searches), optionally only ids in [lo, hi)."""
    where, params = "1", []
    if lo is not None:
        where, params = where + " AND id >= ?", [*params, lo]
    if hi is not None:
        where, params = where + " AND id < ?", [*params, hi]
    return _batched(db, where, params, batch)


def id_boundaries(db: sqlite_utils.Database, parts: int) -> list[tuple[int | None, int | None]]:
    """Split the indexable ids into ``parts`` ranges [lo, hi) of about equal size."""
    count = count_indexable(db)
    cuts = []
    for i in range(1, parts):
        row = db.execute("SELECT id FROM clippings ORDER BY id LIMIT 1 OFFSET ?",
                         [count * i // parts]).fetchone()
        if row and (not cuts or row[0] > cuts[-1]):
            cuts.append(row[0])
    bounds = [None, *cuts, None]
    return list(zip(bounds[:-1], bounds[1:]))


def database_path(db: sqlite_utils.Database) -> str:
    """The file behind a connection (for worker processes that open their own)."""
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return row[2]
    return ""


def count_indexable(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM clippings").fetchone()[0]


def iter_changed_since(db: sqlite_utils.Database, watermark: str | None, batch: int = 1000) -> Iterator[dict]:
    """Rows (deleted ones included) whose ``changed_at`` is at or after ``watermark``."""
    if not watermark:
        return _batched(db, "1", [], batch)
    return _batched(db, "changed_at >= ?", [watermark], batch)


def max_changed_at(db: sqlite_utils.Database) -> str | None:
    return db.execute("SELECT MAX(changed_at) FROM clippings").fetchone()[0]


def all_ids(db: sqlite_utils.Database) -> set[int]:
    """Ids of every row in the archive, deleted-at-source ones included."""
    return {r[0] for r in db.execute("SELECT id FROM clippings")}


def indexable_ids(db: sqlite_utils.Database) -> set[int]:
    return {r[0] for r in db.execute("SELECT id FROM clippings")}
