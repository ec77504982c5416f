"""Clippings, their versions, posts and evidence pointers; remembered URLs; crawl runs."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Iterable, Iterator

import sqlite_utils

from clippings.timeutil import now, to_iso

CLIPPING_COLUMNS = (
    "url", "canonical_url", "source", "source_title", "kind", "title", "author", "origin_source",
    "original_title", "editor", "published_at", "fetched_at", "updated_at", "last_checked_at",
    "changed_at", "text", "content_hash", "district", "matched_terms", "warc_file", "warc_offset",
    "http_etag", "http_last_modified", "reply_count", "status", "origin",
)
_SPACE = re.compile(r"\s+")


def content_hash(title: str | None, text: str | None) -> str:
    """Hash of the normalised text (NFKC, whitespace removed): equal for exact duplicates."""
    body = unicodedata.normalize("NFKC", text or "")
    body = _SPACE.sub("", body)
    if not body:
        body = _SPACE.sub("", unicodedata.normalize("NFKC", title or ""))
    return hashlib.sha1(body.encode("utf-8")).hexdigest()


def _json(value) -> str:
    return value if isinstance(value, str) else json.dumps(list(value or []), ensure_ascii=False)


def insert_clipping(db: sqlite_utils.Database, row: dict) -> int:
    """Insert one clipping (keys are column names); fills hash, times and JSON fields. Returns id."""
    row = {k: v for k, v in row.items() if v is not None}
    stamp = to_iso(now())
    row.setdefault("canonical_url", row["url"])
    row.setdefault("kind", "news")
    row.setdefault("fetched_at", stamp)
    row.setdefault("changed_at", stamp)
    row.setdefault("last_checked_at", row["fetched_at"])
    row.setdefault("text", "")
    if "content_hash" not in row:
        row["content_hash"] = content_hash(row.get("title"), row["text"])
    for key in ("matched_terms", "topics", "districts"):
        if key in row:
            row[key] = _json(row[key])
    if "sentiment_evidence" in row:
        row["sentiment_evidence"] = _json(row["sentiment_evidence"])
    cur = db.execute(
        f"INSERT INTO clippings ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    )
    return cur.lastrowid


def decode_row(row: dict | None) -> dict | None:
    """JSON columns back to Python lists."""
    if row is None:
        return None
    for key in ("matched_terms", "topics", "districts", "sentiment_evidence"):
        if isinstance(row.get(key), str):
            try:
                row[key] = json.loads(row[key])
            except ValueError:
                row[key] = []
    return row


def _first(db: sqlite_utils.Database, sql: str, params: list) -> dict | None:
    """One row of a read as a dict (a plain cursor: the crawl's per-page lookups are hot)."""
    cursor = db.conn.execute(sql, params)
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row)) if row else None


def get_clipping(db: sqlite_utils.Database, clipping_id: int) -> dict | None:
    return decode_row(_first(db, "SELECT * FROM clippings WHERE id = ?", [clipping_id]))


def get_by_canonical(db: sqlite_utils.Database, canonical_url: str) -> dict | None:
    return decode_row(_first(db, "SELECT * FROM clippings WHERE canonical_url = ?", [canonical_url]))


def find_by_hash(db: sqlite_utils.Database, digest: str, outlet: str | None = None) -> dict | None:
    """A clipping with the same content from the same outlet (the same page under another URL).

    The same text from another outlet is a repost, not a duplicate: it is archived and clustered.
    """
    return _first(db, "SELECT id, canonical_url, source FROM clippings WHERE content_hash = ?"
                      " AND COALESCE(source_title, source) = ? LIMIT 1", [digest, outlet])


def update_content(db: sqlite_utils.Database, clipping_id: int, fields: dict) -> None:
    """Replace a clipping's content, keeping the previous text as a version."""
    old = get_clipping(db, clipping_id)
    stamp = to_iso(now())
    db.execute(
        "INSERT INTO clipping_versions (clipping_id, title, text, content_hash, fetched_at, warc_file,"
        " warc_offset, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [clipping_id, old["title"], old["text"], old["content_hash"], old["fetched_at"],
         old["warc_file"], old["warc_offset"], stamp],
    )
    fields = dict(fields)
    if "matched_terms" in fields:
        fields["matched_terms"] = _json(fields["matched_terms"])
    fields.update(status="changed", updated_at=stamp, changed_at=stamp, last_checked_at=stamp)
    set_clause = ", ".join(f"{k} = ?" for k in fields)
    db.execute(f"UPDATE clippings SET {set_clause} WHERE id = ?", [*fields.values(), clipping_id])


def mark_checked(db: sqlite_utils.Database, clipping_id: int, etag: str | None = None,
                 last_modified: str | None = None) -> None:
    db.execute(
        "UPDATE clippings SET last_checked_at = ?, http_etag = COALESCE(?, http_etag),"
        " http_last_modified = COALESCE(?, http_last_modified) WHERE id = ?",
        [to_iso(now()), etag, last_modified, clipping_id],
    )


def mark_deleted(db: sqlite_utils.Database, clipping_id: int) -> bool:
    """Mark a clipping deleted at its source (its archived copy stays). True if it changed."""
    stamp = to_iso(now())
    cur = db.execute(
        "UPDATE clippings SET status = 'deleted', changed_at = ?, last_checked_at = ?"
        " WHERE id = ? AND status != 'deleted'",
        [stamp, stamp, clipping_id],
    )
    return cur.rowcount > 0


def replace_posts(db: sqlite_utils.Database, clipping_id: int, posts: Iterable[dict]) -> None:
    db.execute("DELETE FROM posts WHERE clipping_id = ?", [clipping_id])
    for p in posts:
        db.execute(
            "INSERT OR REPLACE INTO posts (clipping_id, floor, author, posted_at, text) VALUES (?, ?, ?, ?, ?)",
            [clipping_id, p["floor"], p.get("author"), p.get("posted_at"), p.get("text") or ""],
        )


def get_posts(db: sqlite_utils.Database, clipping_id: int) -> list[dict]:
    return list(db.query("SELECT floor, author, posted_at, text FROM posts WHERE clipping_id = ? ORDER BY floor",
                         [clipping_id]))


def add_evidence(db: sqlite_utils.Database, clipping_id: int | None, url: str, fetched_at: str,
                 http_status: int, warc_file: str, warc_offset: int, warc_length: int | None) -> None:
    db.execute(
        "INSERT INTO evidence (clipping_id, url, fetched_at, http_status, warc_file, warc_offset, warc_length)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [clipping_id, url, fetched_at, http_status, warc_file, warc_offset, warc_length],
    )


def get_evidence(db: sqlite_utils.Database, clipping_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM evidence WHERE clipping_id = ? ORDER BY id", [clipping_id]))


def get_versions(db: sqlite_utils.Database, clipping_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM clipping_versions WHERE clipping_id = ? ORDER BY id", [clipping_id]))


# --- URLs fetched but not archived -------------------------------------------------------

def remember_url(db: sqlite_utils.Database, canonical_url: str, source: str, status: str,
                 reason: str | None = None, digest: str | None = None, duplicate_of: int | None = None) -> None:
    stamp = to_iso(now())
    db.execute(
        "INSERT INTO seen_urls (canonical_url, source, status, reason, content_hash, duplicate_of, first_seen,"
        " last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(canonical_url) DO UPDATE SET"
        " status = excluded.status, reason = excluded.reason, content_hash = excluded.content_hash,"
        " duplicate_of = excluded.duplicate_of, last_seen = excluded.last_seen",
        [canonical_url, source, status, reason, digest, duplicate_of, stamp, stamp],
    )


def known_urls(db: sqlite_utils.Database) -> dict[str, dict]:
    """Everything the archive knows about URLs (any source), for the crawler to decide what to fetch."""
    known: dict[str, dict] = {}
    for row in db.query("SELECT canonical_url, status, reason FROM seen_urls"):
        known[row["canonical_url"]] = {"state": row["status"]}
    for row in db.query(
        "SELECT id, canonical_url, source, status, published_at, fetched_at, last_checked_at, http_etag,"
        " http_last_modified, reply_count FROM clippings"
    ):
        row["state"] = "archived"
        known[row["canonical_url"]] = row
    return known


# --- crawl runs ------------------------------------------------------------------------

RUN_COUNTERS = ("pages_fetched", "not_modified", "new", "updated", "unchanged", "duplicates",
                "irrelevant", "deleted")


def start_run(db: sqlite_utils.Database, sources: list[str]) -> int:
    # A run still marked running was killed: say so.
    db.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running'")
    cur = db.execute("INSERT INTO crawl_runs (started_at, sources) VALUES (?, ?)",
                     [to_iso(now()), json.dumps(sources, ensure_ascii=False)])
    return cur.lastrowid


def save_run(db: sqlite_utils.Database, run_id: int, counters: dict, errors: dict, per_source: dict,
             status: str | None = None) -> None:
    fields = {k: int(counters.get(k, 0)) for k in RUN_COUNTERS}
    fields["errors"] = json.dumps(errors, ensure_ascii=False)
    fields["per_source"] = json.dumps(per_source, ensure_ascii=False)
    if status:
        fields["status"] = status
        fields["finished_at"] = to_iso(now())
    set_clause = ", ".join(f"{k} = ?" for k in fields)
    db.execute(f"UPDATE crawl_runs SET {set_clause} WHERE id = ?", [*fields.values(), run_id])


def get_run(db: sqlite_utils.Database, run_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM crawl_runs WHERE id = ?", [run_id]))
    if not rows:
        return None
    row = rows[0]
    row["errors"] = json.loads(row["errors"] or "{}")
    row["per_source"] = json.loads(row["per_source"] or "{}")
    row["sources"] = json.loads(row["sources"] or "[]")
    return row


def latest_runs(db: sqlite_utils.Database, limit: int = 10) -> list[dict]:
    ids = [r["id"] for r in db.query("SELECT id FROM crawl_runs ORDER BY id DESC LIMIT ?", [limit])]
    return [get_run(db, i) for i in ids]


def count_clippings(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM clippings").fetchone()[0]


def iter_clippings(db: sqlite_utils.Database, batch: int = 500) -> Iterator[dict]:
    last = 0
    while True:
        rows = list(db.query("SELECT * FROM clippings WHERE id > ? ORDER BY id LIMIT ?", [last, batch]))
        if not rows:
            return
        for row in rows:
            yield decode_row(row)
        last = rows[-1]["id"]

