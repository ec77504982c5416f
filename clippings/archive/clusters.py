"""Repost clusters in the archive: ``clusters`` rows, ``clippings.cluster_id`` and the LSH band
table ``cluster_bands(key, clipping_id)``. ``cluster_signatures`` keeps each clipping's MinHash signature. All cluster SQL lives here; the logic is in
``clippings.clusters``.

A cluster's id is the smallest clipping id among its members, so incremental assignment and a
full rebuild give the same ids as well as the same members.
"""

from __future__ import annotations

import json
from array import array
from typing import Iterable, Iterator

import sqlite_utils

MEMBER_COLUMNS = ("id, title, url, source, source_title, origin_source, original_title, published_at,"
                  " fetched_at, kind, status, substr(text, 1, 200) AS head,"
                  " CASE WHEN length(text) > 200 THEN substr(text, -200) ELSE '' END AS tail")
FEATURE_COLUMNS = MEMBER_COLUMNS + ", text"


def pending_ids(db: sqlite_utils.Database, limit: int | None = None) -> list[int]:
    sql = "SELECT id FROM clippings WHERE cluster_id IS NULL ORDER BY id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [r[0] for r in db.execute(sql).fetchall()]


def all_ids(db: sqlite_utils.Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM clippings ORDER BY id").fetchall()]


def feature_rows(db: sqlite_utils.Database, ids: Iterable[int], pending_only: bool = False) -> Iterator[dict]:
    """Rows with what fingerprinting needs, in chunks (ids in the order given are not kept);
    ``pending_only``: skip those that have a cluster by now."""
    ids = list(ids)
    pending = " AND cluster_id IS NULL" if pending_only else ""
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        cur = db.execute(f"SELECT {FEATURE_COLUMNS} FROM clippings WHERE id IN ({','.join('?' * len(chunk))})"
                         + pending, chunk)
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            yield dict(zip(names, row))


def cluster_of(db: sqlite_utils.Database, clipping_id: int) -> int | None:
    row = db.execute("SELECT cluster_id FROM clippings WHERE id = ?", [clipping_id]).fetchone()
    if row is None:
        raise KeyError(clipping_id)
    return row[0]


def candidates(db: sqlite_utils.Database, keys: list[int], title_keys: list[int], exclude: int,
               limit: int) -> list[tuple]:
    """Clippings sharing a band key, most shared keys first:
    (clipping_id, shared keys, shared title keys, shingle count, signature blob).

    Reads only the cluster tables: a clipping's cluster_id sits after its text in the row, so
    reading it costs the text's overflow pages; see :func:`clusters_of` for the few survivors.
    """
    if not keys:
        return []
    title_sql = f"b.key IN ({','.join('?' * len(title_keys))})" if title_keys else "0"
    return db.execute(
        f"SELECT b.clipping_id, COUNT(*), SUM({title_sql}), s.shingles, s.sig"
        " FROM cluster_bands b JOIN cluster_signatures s ON s.clipping_id = b.clipping_id"
        f" WHERE b.key IN ({','.join('?' * len(keys))}) AND b.clipping_id != ?"
        " GROUP BY b.clipping_id ORDER BY COUNT(*) DESC, b.clipping_id LIMIT ?",
        [*title_keys, *keys, exclude, limit],
    ).fetchall()


def clusters_of(db: sqlite_utils.Database, ids: list[int]) -> dict[int, int | None]:
    if not ids:
        return {}
    return dict(db.execute(f"SELECT id, cluster_id FROM clippings WHERE id IN ({','.join('?' * len(ids))})",
                           ids).fetchall())


def save_fingerprint(db: sqlite_utils.Database, clipping_id: int, keys: list[int], shingles: int,
                     sig: bytes | None, replace: bool = False) -> None:
    """Store a clipping's LSH keys and signature (``replace`` drops its previous ones first)."""
    if replace:
        old = db.execute("SELECT keys FROM cluster_signatures WHERE clipping_id = ?", [clipping_id]).fetchone()
        if old and old[0]:
            db.conn.executemany("DELETE FROM cluster_bands WHERE key = ? AND clipping_id = ?",
                                [(k, clipping_id) for k in array("q", old[0])])
        db.execute("DELETE FROM cluster_signatures WHERE clipping_id = ?", [clipping_id])
    if not keys:
        return
    db.conn.executemany("INSERT OR IGNORE INTO cluster_bands (key, clipping_id) VALUES (?, ?)",
                        [(k, clipping_id) for k in keys])
    db.execute("INSERT OR REPLACE INTO cluster_signatures (clipping_id, shingles, sig, keys) VALUES (?, ?, ?, ?)",
               [clipping_id, shingles, sig, array("q", keys).tobytes()])


def set_cluster(db: sqlite_utils.Database, clipping_id: int, cluster_id: int, stamp: str) -> None:
    """Put a clipping in a cluster (creating the cluster row if needed); bumps changed_at."""
    db.execute("INSERT OR IGNORE INTO clusters (id, first_clipping_id, updated_at) VALUES (?, ?, ?)",
               [cluster_id, cluster_id, stamp])
    db.execute("UPDATE clippings SET cluster_id = ?, changed_at = ? WHERE id = ?",
               [cluster_id, stamp, clipping_id])


def new_cluster(db: sqlite_utils.Database, clipping_id: int, stats: dict, stamp: str) -> None:
    """A cluster of one: its row (with ``stats``) and the clipping's cluster_id, in two statements."""
    fields = {**stats, "id": clipping_id, "updated_at": stamp}
    fields["sources"] = json.dumps(list(fields.get("sources") or []), ensure_ascii=False)
    db.execute(f"INSERT INTO clusters ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})",
               list(fields.values()))
    db.execute("UPDATE clippings SET cluster_id = ?, changed_at = ? WHERE id = ?",
               [clipping_id, stamp, clipping_id])


def merge_into(db: sqlite_utils.Database, target: int, other: int, stamp: str) -> int:
    """Move every member of cluster ``other`` into ``target``; returns how many moved."""
    cur = db.execute("UPDATE clippings SET cluster_id = ?, changed_at = ? WHERE cluster_id = ?",
                     [target, stamp, other])
    db.execute("DELETE FROM clusters WHERE id = ?", [other])
    return cur.rowcount


def member_rows(db: sqlite_utils.Database, cluster_id: int) -> list[dict]:
    cur = db.execute(f"SELECT {MEMBER_COLUMNS} FROM clippings WHERE cluster_id = ?"
                     " ORDER BY COALESCE(published_at, fetched_at), id", [cluster_id])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def save_stats(db: sqlite_utils.Database, cluster_id: int, stats: dict) -> None:
    fields = dict(stats)
    fields["sources"] = json.dumps(list(fields.get("sources") or []), ensure_ascii=False)
    set_clause = ", ".join(f"{k} = ?" for k in fields)
    db.execute(f"UPDATE clusters SET {set_clause} WHERE id = ?", [*fields.values(), cluster_id])


def decode_cluster(row: dict | None) -> dict | None:
    if row is not None and isinstance(row.get("sources"), str):
        try:
            row["sources"] = json.loads(row["sources"])
        except ValueError:
            row["sources"] = []
    return row


def get_cluster(db: sqlite_utils.Database, cluster_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM clusters WHERE id = ?", [cluster_id]))
    return decode_cluster(rows[0]) if rows else None


def get_clusters(db: sqlite_utils.Database, cluster_ids: Iterable[int]) -> dict[int, dict]:
    ids = sorted({int(i) for i in cluster_ids if i is not None})
    out: dict[int, dict] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for row in db.query(f"SELECT * FROM clusters WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            out[row["id"]] = decode_cluster(row)
    return out


def clusters_active_between(db: sqlite_utils.Database, start: str, end: str, min_size: int = 2) -> list[dict]:
    """Clusters (size >= min_size) with members published in [start, end), with ``new_members``
    (how many of those), most new members first."""
    rows = db.query(
        "SELECT k.*, COUNT(c.id) AS new_members FROM clippings c JOIN clusters k ON k.id = c.cluster_id"
        " WHERE COALESCE(c.published_at, c.fetched_at) >= ? AND COALESCE(c.published_at, c.fetched_at) < ?"
        " AND k.size >= ? GROUP BY k.id ORDER BY new_members DESC, k.size DESC, k.id",
        [start, end, min_size],
    )
    return [decode_cluster(r) for r in rows]


def member_times(db: sqlite_utils.Database, cluster_id: int) -> list[tuple[str, str]]:
    """(time, source) of each member, oldest first."""
    return db.execute(
        "SELECT COALESCE(published_at, fetched_at), COALESCE(source_title, source) FROM clippings"
        " WHERE cluster_id = ? ORDER BY 1", [cluster_id]).fetchall()


def releases(db: sqlite_utils.Database, sources: list[str], start: str, end: str) -> list[dict]:
    """Clippings of the given (own) sources published in [start, end), oldest first."""
    if not sources:
        return []
    cur = db.execute(
        f"SELECT {MEMBER_COLUMNS}, cluster_id FROM clippings WHERE source IN ({','.join('?' * len(sources))})"
        " AND COALESCE(published_at, fetched_at) >= ? AND COALESCE(published_at, fetched_at) < ?"
        " ORDER BY COALESCE(published_at, fetched_at), id",
        [*sources, start, end],
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


# --- rebuild ---------------------------------------------------------------------------

def reset(db: sqlite_utils.Database) -> None:
    """Forget every cluster, remembering each clipping's old cluster and changed_at (temp table)."""
    db.execute("DROP TABLE IF EXISTS temp.old_cluster_state")
    db.execute("CREATE TEMP TABLE old_cluster_state AS SELECT id, cluster_id, changed_at FROM clippings")
    db.execute("CREATE UNIQUE INDEX temp.idx_old_cluster_state ON old_cluster_state(id)")
    db.execute("DELETE FROM cluster_bands")
    db.execute("DELETE FROM cluster_signatures")
    db.execute("DELETE FROM clusters")
    db.execute("UPDATE clippings SET cluster_id = NULL")


def restore_unmoved(db: sqlite_utils.Database) -> int:
    """After a rebuild: clippings whose cluster did not change get their old changed_at back
    (so search does not reindex them). Returns how many moved."""
    db.execute(
        "UPDATE clippings SET changed_at = (SELECT o.changed_at FROM old_cluster_state o WHERE o.id = clippings.id)"
        " WHERE EXISTS (SELECT 1 FROM old_cluster_state o WHERE o.id = clippings.id"
        " AND o.cluster_id IS clippings.cluster_id)"
    )
    moved = db.execute(
        "SELECT COUNT(*) FROM clippings c JOIN old_cluster_state o ON o.id = c.id"
        " WHERE o.cluster_id IS NOT c.cluster_id"
    ).fetchone()[0]
    db.execute("DROP TABLE IF EXISTS temp.old_cluster_state")
    return moved


def counts(db: sqlite_utils.Database) -> dict:
    row = db.execute(
        "SELECT COUNT(*), SUM(size >= 2), MAX(size), SUM(CASE WHEN size >= 2 THEN size ELSE 0 END) FROM clusters"
    ).fetchone()
    return {"clusters": row[0] or 0, "multi": row[1] or 0, "largest": row[2] or 0, "in_multi": row[3] or 0}
