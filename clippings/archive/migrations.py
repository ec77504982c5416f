"""Schema migrations. The archive's schema is created and upgraded only here.

Each migration is a function taking a ``sqlite_utils.Database`` and returning the SQL script
to run; ``MIGRATIONS`` maps a number to it. The script and its ``_migrations`` record run in
one transaction, so a failed migration leaves the archive as it was. Applied numbers are recorded in ``_migrations``. Numbers are grouped by
concern so work on different parts never collides: 1-9 crawl/archive, 10-19 tagger,
20-29 clusters, 30-39 index, 40-49 briefing/reports, 50-59 web app.
Never edit an applied migration: add a new one.
"""

from __future__ import annotations

import logging
from typing import Callable

import sqlite_utils

log = logging.getLogger(__name__)

Migration = Callable[[sqlite_utils.Database], str]
MIGRATIONS: dict[int, Migration] = {}


def migration(number: int):
    def register(fn: Migration) -> Migration:
        if number in MIGRATIONS:
            raise RuntimeError(f"duplicate migration number {number}")
        MIGRATIONS[number] = fn
        return fn

    return register


@migration(1)
def m001_crawl_archive(db: sqlite_utils.Database) -> str:
    return (
        """
        CREATE TABLE clippings (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL,
            canonical_url TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,            -- source name from sources.toml (or 'import:...')
            source_title TEXT,               -- the outlet's display name, e.g. 江州日报网
            kind TEXT NOT NULL DEFAULT 'news' CHECK (kind IN ('news', 'forum')),
            title TEXT,
            author TEXT,
            origin_source TEXT,              -- outlet named in a 来源/转自 line
            original_title TEXT,             -- 原标题 line
            editor TEXT,                     -- 责任编辑
            published_at TEXT,               -- ISO 8601 +08:00, or NULL when unknown
            fetched_at TEXT NOT NULL,
            updated_at TEXT,                 -- last time the row's content changed
            last_checked_at TEXT,            -- last time the page was requested
            changed_at TEXT NOT NULL,        -- any change (content, tags, cluster): drives the index
            text TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            district TEXT,                   -- primary district (config default, then tagger)
            matched_terms TEXT NOT NULL DEFAULT '[]',   -- JSON list
            warc_file TEXT,
            warc_offset INTEGER,
            http_etag TEXT,
            http_last_modified TEXT,
            reply_count INTEGER,             -- forum threads: replies seen on the board list
            status TEXT NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'changed', 'deleted')),
            origin TEXT NOT NULL DEFAULT 'crawl'        -- crawl | import
        );
        CREATE INDEX idx_clippings_published ON clippings(published_at);
        CREATE INDEX idx_clippings_fetched ON clippings(fetched_at);
        CREATE INDEX idx_clippings_changed ON clippings(changed_at);
        CREATE INDEX idx_clippings_hash ON clippings(content_hash);
        CREATE INDEX idx_clippings_source ON clippings(source);

        CREATE TABLE clipping_versions (
            id INTEGER PRIMARY KEY,
            clipping_id INTEGER NOT NULL REFERENCES clippings(id),
            title TEXT,
            text TEXT,
            content_hash TEXT,
            fetched_at TEXT,
            warc_file TEXT,
            warc_offset INTEGER,
            replaced_at TEXT NOT NULL
        );
        CREATE INDEX idx_versions_clipping ON clipping_versions(clipping_id);

        CREATE TABLE posts (
            id INTEGER PRIMARY KEY,
            clipping_id INTEGER NOT NULL REFERENCES clippings(id),
            floor INTEGER NOT NULL,
            author TEXT,
            posted_at TEXT,
            text TEXT NOT NULL DEFAULT '',
            UNIQUE (clipping_id, floor)
        );

        -- every archived HTTP response (a forum thread has one per page)
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            clipping_id INTEGER REFERENCES clippings(id),
            url TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            http_status INTEGER,
            warc_file TEXT NOT NULL,
            warc_offset INTEGER NOT NULL,
            warc_length INTEGER
        );
        CREATE INDEX idx_evidence_clipping ON evidence(clipping_id);

        -- pages fetched but not archived: remembered so they are not fetched again
        CREATE TABLE seen_urls (
            canonical_url TEXT PRIMARY KEY,
            source TEXT,
            status TEXT NOT NULL,            -- irrelevant | duplicate | unusable
            reason TEXT,
            content_hash TEXT,
            duplicate_of INTEGER,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL
        );

        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',   -- running | finished | failed | interrupted
            sources TEXT NOT NULL DEFAULT '[]',
            pages_fetched INTEGER NOT NULL DEFAULT 0,
            not_modified INTEGER NOT NULL DEFAULT 0,
            new INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            irrelevant INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0,
            errors TEXT NOT NULL DEFAULT '{}',        -- JSON {kind: count}
            per_source TEXT NOT NULL DEFAULT '{}'     -- JSON {source: {counter: n}}
        );
        """
    )


@migration(10)
def m010_tags(db: sqlite_utils.Database) -> str:
    return (
        """
        ALTER TABLE clippings ADD COLUMN sentiment TEXT;            -- positive | negative | neutral
        ALTER TABLE clippings ADD COLUMN sentiment_score REAL;
        ALTER TABLE clippings ADD COLUMN sentiment_evidence TEXT;   -- JSON list of strings
        ALTER TABLE clippings ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';     -- JSON list
        ALTER TABLE clippings ADD COLUMN districts TEXT NOT NULL DEFAULT '[]';  -- JSON list
        ALTER TABLE clippings ADD COLUMN tagged_at TEXT;
        ALTER TABLE clippings ADD COLUMN tagged_by TEXT;           -- 'auto' or a staff name
        CREATE INDEX idx_clippings_sentiment ON clippings(sentiment);

        -- staff corrections: never overwritten by automatic tagging
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            clipping_id INTEGER NOT NULL REFERENCES clippings(id),
            field TEXT NOT NULL,              -- sentiment | topics | district
            old_value TEXT,
            new_value TEXT,
            by TEXT NOT NULL,
            note TEXT,
            at TEXT NOT NULL
        );
        CREATE INDEX idx_corrections_clipping ON corrections(clipping_id);
        """
    )


@migration(20)
def m020_clusters(db: sqlite_utils.Database) -> str:
    return (
        """
        ALTER TABLE clippings ADD COLUMN cluster_id INTEGER;
        CREATE INDEX idx_clippings_cluster ON clippings(cluster_id);
        CREATE TABLE clusters (
            id INTEGER PRIMARY KEY,
            first_clipping_id INTEGER,
            size INTEGER NOT NULL DEFAULT 1,
            first_seen TEXT,
            last_seen TEXT,
            sources TEXT NOT NULL DEFAULT '[]',
            updated_at TEXT
        );
        """
    )


def applied(db: sqlite_utils.Database) -> set[int]:
    if "_migrations" not in db.table_names():
        return set()
    return {row["number"] for row in db["_migrations"].rows}


def migrate(db: sqlite_utils.Database) -> list[int]:
    """Apply every pending migration, each in its own transaction. Returns the numbers applied."""
    if "_migrations" not in db.table_names():
        db.execute("CREATE TABLE _migrations (number INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
    done = applied(db)
    ran = []
    for number in sorted(MIGRATIONS):
        if number in done:
            continue
        fn = MIGRATIONS[number]
        log.info("applying migration %s %s", number, fn.__name__)
        script = fn(db)
        try:
            db.conn.executescript(
                "BEGIN;\n" + script + f"\nINSERT INTO _migrations (number, name, applied_at) "
                f"VALUES ({number}, '{fn.__name__}', datetime('now'));\nCOMMIT;"
            )
        except Exception:
            db.conn.rollback()
            raise
        ran.append(number)
    return ran
