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


@migration(11)
def m011_tag_state(db: sqlite_utils.Database) -> str:
    return (
        """
        -- content_hash || '|' || title the automatic tags were computed from: a changed clipping is re-tagged
        ALTER TABLE clippings ADD COLUMN tagged_hash TEXT;
        CREATE INDEX idx_corrections_field ON corrections(field);
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


@migration(40)
def m040_briefings(db: sqlite_utils.Database) -> str:
    return (
        """
        -- one row per daily 网媒快讯: its number within the year and its review/sign-off record
        CREATE TABLE briefing_issues (
            date TEXT PRIMARY KEY,            -- YYYY-MM-DD (Asia/Shanghai)
            year INTEGER NOT NULL,
            number INTEGER NOT NULL,          -- 第N期 within the year
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'reviewed', 'signed')),
            created_at TEXT NOT NULL,
            generated_at TEXT,
            reviewed_by TEXT,
            reviewed_at TEXT,
            signed_by TEXT,
            signed_at TEXT,
            UNIQUE (year, number)
        );
        -- staff choices for a day's briefing: pin an item to the top or leave it out
        CREATE TABLE briefing_choices (
            date TEXT NOT NULL,
            clipping_id INTEGER NOT NULL REFERENCES clippings(id),
            action TEXT NOT NULL CHECK (action IN ('pin', 'exclude')),
            by TEXT,
            at TEXT NOT NULL,
            PRIMARY KEY (date, clipping_id)
        );
        """
    )


@migration(21)
def m021_cluster_state(db: sqlite_utils.Database) -> str:
    return (
        """
        -- LSH state: one row per MinHash band (and per title) of each clipping
        CREATE TABLE cluster_bands (
            key INTEGER NOT NULL,
            clipping_id INTEGER NOT NULL
        );
        CREATE INDEX idx_cluster_bands_key ON cluster_bands(key);
        CREATE INDEX idx_cluster_bands_clipping ON cluster_bands(clipping_id);
        ALTER TABLE clusters ADD COLUMN title TEXT;                 -- first publisher's title
        ALTER TABLE clusters ADD COLUMN first_source TEXT;          -- first publisher's outlet name
        ALTER TABLE clusters ADD COLUMN first_published_at TEXT;
        ALTER TABLE clusters ADD COLUMN origin_named TEXT;          -- outlet named by 来源 lines, if any
        ALTER TABLE clusters ADD COLUMN source_count INTEGER NOT NULL DEFAULT 1;
        CREATE INDEX idx_clusters_last_seen ON clusters(last_seen);
        """
    )


@migration(22)
def m022_cluster_signatures(db: sqlite_utils.Database) -> str:
    return (
        """
        -- MinHash signature of each fingerprinted clipping: prefilters LSH candidates cheaply
        CREATE TABLE cluster_signatures (
            clipping_id INTEGER PRIMARY KEY,
            shingles INTEGER NOT NULL,       -- distinct shingles in the cleaned body
            sig BLOB NOT NULL                -- NUM_PERM little-endian uint32 MinHash values
        );
        """
    )


@migration(23)
def m023_cluster_bands_compact(db: sqlite_utils.Database) -> str:
    # One B-tree for the band table (no rowid, no second index); each clipping's keys are kept
    # with its signature so they can be deleted by primary key. Clusters are recomputed by the
    # next `assign_pending` (they are cheap to rebuild).
    return (
        """
        DROP TABLE cluster_bands;
        CREATE TABLE cluster_bands (
            key INTEGER NOT NULL,
            clipping_id INTEGER NOT NULL,
            PRIMARY KEY (key, clipping_id)
        ) WITHOUT ROWID;
        ALTER TABLE cluster_signatures ADD COLUMN keys BLOB;   -- the clipping's band + title keys (int64)
        DELETE FROM cluster_signatures;
        DELETE FROM clusters;
        UPDATE clippings SET cluster_id = NULL WHERE cluster_id IS NOT NULL;
        """
    )


@migration(50)
def m050_web_users(db: sqlite_utils.Database) -> str:
    return (
        """
        -- web app accounts: argon2 password hashes, one role each
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'leader')),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            last_login_at TEXT
        );
        -- who did what and when: corrections, briefing choices, review, sign-off, accounts
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            username TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT,
            detail TEXT NOT NULL DEFAULT '{}'      -- JSON
        );
        CREATE INDEX idx_audit_at ON audit_log(at);
        """
    )


@migration(41)
def m041_briefing_content(db: sqlite_utils.Database) -> str:
    return (
        """
        -- JSON snapshot of the issue as last generated: what was reviewed is what gets signed,
        -- and a signed issue is reproduced from it (NULL: choices changed since, regenerate first)
        ALTER TABLE briefing_issues ADD COLUMN content TEXT;
        """
    )


@migration(51)
def m051_web_sessions(db: sqlite_utils.Database) -> str:
    return (
        """
        -- signed-in web sessions: the cookie carries a random id, only its SHA-256 is stored here,
        -- so signing out (or disabling an account) really ends the session
        CREATE TABLE web_sessions (
            id_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id),
            started REAL NOT NULL,               -- Unix time of sign-in
            created_at TEXT NOT NULL
        );
        CREATE INDEX idx_web_sessions_user ON web_sessions(user_id);
        """
    )


@migration(42)
def m042_number_at_signing(db: sqlite_utils.Database) -> str:
    """期号 are given when an issue is signed, not when it is first viewed: ``number`` may be NULL
    (not signed yet), ``total_number`` counts every signed issue (总第N期). Existing signed issues are
    renumbered in signing order; unsigned ones lose the number that merely viewing them gave out."""
    return (
        """
        CREATE TABLE briefing_issues_new (
            date TEXT PRIMARY KEY,            -- YYYY-MM-DD (Asia/Shanghai)
            year INTEGER NOT NULL,
            number INTEGER,                   -- 第N期 within the year, given at 签发 (NULL until then)
            total_number INTEGER UNIQUE,      -- 总第N期 since the first issue, given at 签发
            -- draft → submitted (宣传干事 提交审核) → reviewed (科长 审核) → signed (领导 签发);
            -- 退回 at either step goes back to draft with a comment; 撤回签发 too, keeping the number
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'reviewed', 'signed')),
            created_at TEXT NOT NULL,
            generated_at TEXT,
            submitted_by TEXT,
            submitted_at TEXT,
            reviewed_by TEXT,
            reviewed_at TEXT,
            signed_by TEXT,
            signed_at TEXT,
            returned_by TEXT,
            returned_at TEXT,
            return_comment TEXT,
            withdrawn_by TEXT,
            withdrawn_at TEXT,
            withdraw_reason TEXT,
            content TEXT,
            UNIQUE (year, number)
        );
        INSERT INTO briefing_issues_new (date, year, number, total_number, status, created_at, generated_at,
                                         reviewed_by, reviewed_at, signed_by, signed_at, content)
        SELECT date, year,
               CASE WHEN status = 'signed' THEN
                   (SELECT COUNT(*) FROM briefing_issues s WHERE s.status = 'signed' AND s.year = b.year
                      AND (COALESCE(s.signed_at, '') || s.date) <= (COALESCE(b.signed_at, '') || b.date))
               END,
               CASE WHEN status = 'signed' THEN
                   (SELECT COUNT(*) FROM briefing_issues s WHERE s.status = 'signed'
                      AND (COALESCE(s.signed_at, '') || s.date) <= (COALESCE(b.signed_at, '') || b.date))
               END,
               status, created_at, generated_at, reviewed_by, reviewed_at, signed_by, signed_at, content
        FROM briefing_issues b;
        DROP TABLE briefing_issues;
        ALTER TABLE briefing_issues_new RENAME TO briefing_issues;
        """
    )



@migration(57)
def m057_reviewer_role(db: sqlite_utils.Database) -> str:
    """A 科长 role (reviewer: 审核 the briefing) beside admin, staff and leader."""
    return (
        """
        CREATE TABLE users_new (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'reviewer', 'leader')),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            last_login_at TEXT
        );
        INSERT INTO users_new SELECT id, username, role, password_hash, active, created_at, last_login_at FROM users;
        DELETE FROM web_sessions;            -- the only table pointing at users: everyone signs in again
        DROP TABLE users;
        ALTER TABLE users_new RENAME TO users;
        """
    )


@migration(12)
def m012_story_corrections(db: sqlite_utils.Database) -> str:
    """Corrections apply to the whole story (repost cluster) unless made for one item: ``scope`` says
    which; ``story_of`` is the clipping a story-wide correction was made on. Earlier corrections were
    for one item each."""
    return (
        """
        ALTER TABLE corrections ADD COLUMN scope TEXT NOT NULL DEFAULT 'item' CHECK (scope IN ('item', 'story'));
        ALTER TABLE corrections ADD COLUMN story_of INTEGER;
        """
    )


@migration(43)
def m043_briefing_notes(db: sqlite_utils.Database) -> str:
    return (
        """
        -- what staff write on a negative story in a day's briefing: 编者按, 研判, 处置建议, 责任单位
        CREATE TABLE briefing_notes (
            date TEXT NOT NULL,
            story TEXT NOT NULL,              -- 'c<cluster id>' or 's<clipping id>'
            editor_note TEXT, judgement TEXT, suggestion TEXT, unit TEXT,
            by TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (date, story)
        );
        """
    )


@migration(52)
def m052_login_throttle(db: sqlite_utils.Database) -> str:
    return (
        """
        -- failed sign-ins per account ('user:NAME') and per client address ('ip:ADDR'): the count
        -- since the last success, when the last one happened and until when the key is locked out
        CREATE TABLE login_throttle (
            key TEXT PRIMARY KEY,
            failures INTEGER NOT NULL DEFAULT 0,
            last_failure REAL NOT NULL DEFAULT 0,   -- Unix time
            locked_until REAL NOT NULL DEFAULT 0    -- Unix time; 0 = not locked
        );
        """
    )


@migration(60)
def m060_alerts(db: sqlite_utils.Database) -> str:
    return (
        """
        -- 预警: one alert per story (repost cluster); grade low | medium | high (一般 / 较大 / 重大)
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            cluster_id INTEGER,
            first_clipping_id INTEGER NOT NULL,
            rule TEXT NOT NULL,                  -- name of the [[alerts]] rule that matched first
            grade TEXT NOT NULL,
            reasons TEXT NOT NULL DEFAULT '[]',  -- JSON list: why this grade
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'acked', 'closed')),
            title TEXT,
            source_title TEXT,
            district TEXT,
            outlets INTEGER NOT NULL DEFAULT 1,
            first_lines TEXT,
            published_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            acked_by TEXT,
            acked_at TEXT,
            closed_by TEXT,
            closed_at TEXT,
            close_reason TEXT
        );
        CREATE INDEX idx_alerts_state ON alerts(state, grade);
        CREATE INDEX idx_alerts_cluster ON alerts(cluster_id);
        -- which clippings belong to which alert (a story keeps its alert when clusters merge)
        CREATE TABLE alert_items (
            clipping_id INTEGER PRIMARY KEY,
            alert_id INTEGER NOT NULL REFERENCES alerts(id)
        );
        CREATE INDEX idx_alert_items_alert ON alert_items(alert_id);
        -- the delivery queue: one row per alert (or overdue order), channel, purpose and grade
        CREATE TABLE alert_notifications (
            id INTEGER PRIMARY KEY,
            alert_id INTEGER NOT NULL REFERENCES alerts(id),
            order_id INTEGER NOT NULL DEFAULT 0,
            channel TEXT NOT NULL,
            purpose TEXT NOT NULL,               -- alert | escalate | overdue
            grade TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            UNIQUE (alert_id, order_id, channel, purpose, grade)
        );
        CREATE INDEX idx_alert_notifications_due ON alert_notifications(state, next_attempt_at);
        CREATE TABLE alert_state (key TEXT PRIMARY KEY, value TEXT);
        -- 处置 work orders and their steps
        CREATE TABLE work_orders (
            id INTEGER PRIMARY KEY,
            alert_id INTEGER NOT NULL REFERENCES alerts(id),
            unit TEXT NOT NULL,
            grade TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'working', 'responded', 'done', 'declined')),
            report_due TEXT,                     -- 重大: report upward by
            respond_due TEXT NOT NULL,           -- first public response by
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            escalated_at TEXT
        );
        CREATE INDEX idx_work_orders_unit ON work_orders(unit, state);
        CREATE INDEX idx_work_orders_alert ON work_orders(alert_id);
        CREATE TABLE work_order_events (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES work_orders(id),
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            from_state TEXT,
            to_state TEXT NOT NULL,
            note TEXT
        );
        CREATE INDEX idx_work_order_events_order ON work_order_events(order_id);
        """
    )


@migration(70)
def m070_rechecks(db: sqlite_utils.Database) -> str:
    return (
        """
        -- 复查: each deliberate re-fetch of an archived page, and what it found
        CREATE TABLE rechecks (
            id INTEGER PRIMARY KEY,
            clipping_id INTEGER NOT NULL,
            checked_at TEXT NOT NULL,
            class TEXT NOT NULL,                 -- why it was due: negative | alert | own_repost
            http_status INTEGER,                 -- NULL: no answer (timeout, connection refused)
            content_hash TEXT,                   -- the archived text's hash after the check
            outcome TEXT NOT NULL CHECK (outcome IN ('unchanged', 'edited', 'deleted', 'unreachable')),
            detail TEXT
        );
        CREATE INDEX idx_rechecks_clipping ON rechecks(clipping_id, checked_at);
        """
    )


@migration(80)
def m080_outlets(db: sqlite_utils.Database) -> str:
    return (
        """
        -- outlets found by search sources: one name per domain, renamed once by staff
        CREATE TABLE outlets (
            domain TEXT PRIMARY KEY,
            seen_name TEXT,                  -- as the page named it (site-name meta, 来源：)
            name TEXT,                       -- staff's name; NULL = use seen_name
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            pages INTEGER NOT NULL DEFAULT 0
        );
        ALTER TABLE clippings ADD COLUMN outlet_domain TEXT;   -- set for pages found by search
        CREATE INDEX idx_clippings_outlet_domain ON clippings(outlet_domain);
        """
    )


@migration(81)
def m081_complaints(db: sqlite_utils.Database) -> str:
    # Widening the kind CHECK needs no change on disk: SQLite's documented writable_schema edit
    # (the schema version is bumped so every connection re-reads it).
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    return (
        f"""
        PRAGMA writable_schema = ON;
        UPDATE sqlite_master SET sql = replace(sql, "CHECK (kind IN ('news', 'forum'))",
                                                    "CHECK (kind IN ('news', 'forum', 'complaint'))")
         WHERE type = 'table' AND name = 'clippings';
        PRAGMA schema_version = {version + 1};
        PRAGMA writable_schema = OFF;
        -- 留言板 complaints (kind = 'complaint'): the message and the official reply as fields
        CREATE TABLE complaints (
            clipping_id INTEGER PRIMARY KEY REFERENCES clippings(id),
            posted_at TEXT,                  -- 留言时间
            author TEXT,                     -- 留言人, as shown
            district TEXT,
            topic TEXT,                      -- the board's category (类别)
            status TEXT NOT NULL,            -- replied | pending
            status_shown TEXT,               -- as the board says it (已回复 / 办理中 …)
            reply_unit TEXT,
            reply_at TEXT,
            reply_text TEXT,
            checked_at TEXT NOT NULL
        );
        CREATE INDEX idx_complaints_status ON complaints(status, posted_at);
        """
    )


@migration(90)
def m090_reporters_and_submissions(db: sqlite_utils.Database) -> str:
    """信息报送: a 信息员 role (``reporter``) tied to a district or unit, and the items they submit
    (photos kept as files under the data dir; an edit by staff keeps the original text)."""
    return (
        """
        CREATE TABLE users_new (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'reviewer', 'leader', 'reporter')),
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            last_login_at TEXT,
            unit TEXT                             -- a 信息员's district or unit
        );
        INSERT INTO users_new (id, username, role, password_hash, active, created_at, last_login_at)
            SELECT id, username, role, password_hash, active, created_at, last_login_at FROM users;
        DELETE FROM web_sessions;            -- the only table pointing at users: everyone signs in again
        DROP TABLE users;
        ALTER TABLE users_new RENAME TO users;
        CREATE TABLE submissions (
            id INTEGER PRIMARY KEY,
            reporter TEXT NOT NULL,               -- username
            unit TEXT NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            happened_at TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            original_title TEXT NOT NULL,         -- as the 信息员 sent it (kept through edits)
            original_text TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'submitted'
                CHECK (status IN ('submitted', 'adopted', 'returned', 'rejected')),
            use TEXT CHECK (use IS NULL OR use IN ('monthly', 'reference', 'release')),
            column_key TEXT,                      -- 月报 column when use = 'monthly'
            higher_level INTEGER NOT NULL DEFAULT 0,  -- also adopted by a higher level
            comment TEXT,                         -- 退回 comment or 不予采用 reason
            submitted_at TEXT NOT NULL,
            reviewed_at TEXT,
            reviewed_by TEXT,
            edited_by TEXT
        );
        CREATE INDEX idx_submissions_reporter ON submissions(reporter, submitted_at);
        CREATE INDEX idx_submissions_month ON submissions(submitted_at, status);
        CREATE TABLE submission_photos (
            id INTEGER PRIMARY KEY,
            submission_id INTEGER NOT NULL REFERENCES submissions(id),
            file TEXT NOT NULL,                   -- relative to the data dir's photos/
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            bytes INTEGER NOT NULL
        );
        CREATE INDEX idx_submission_photos ON submission_photos(submission_id);
        """
    )


@migration(91)
def m091_publication_drafts(db: sqlite_utils.Database) -> str:
    """Stored drafts of the 《城管执法月报》 (one per month, its entries editable and removable) and of
    参阅件 (one per story, with 研判 / 建议), through 送审 → 审核 → 签发 like the briefing; 期号 per kind
    and year given at 签发."""
    return (
        """
        CREATE TABLE publication_drafts (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('monthly', 'brief')),
            subject TEXT NOT NULL,                -- 'YYYY-MM' (月报) or the story's cluster id (参阅件)
            title TEXT NOT NULL,
            year INTEGER NOT NULL,
            number INTEGER,                       -- 期号 within (kind, year), given at 签发
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'reviewed', 'signed')),
            content TEXT,                         -- JSON snapshot (参阅件: the story as built)
            judgement TEXT NOT NULL DEFAULT '',   -- 参阅件 研判, written by staff
            suggestion TEXT NOT NULL DEFAULT '',  -- 参阅件 建议
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            submitted_by TEXT, submitted_at TEXT,
            reviewed_by TEXT, reviewed_at TEXT,
            signed_by TEXT, signed_at TEXT,
            returned_by TEXT, returned_at TEXT, return_comment TEXT,
            UNIQUE (kind, subject),
            UNIQUE (kind, year, number)
        );
        CREATE TABLE publication_entries (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES publication_drafts(id),
            column_key TEXT NOT NULL,             -- 月报 column
            position INTEGER NOT NULL,
            source_kind TEXT NOT NULL CHECK (source_kind IN ('submission', 'clipping')),
            ref INTEGER NOT NULL,                 -- submission or clipping id
            story INTEGER,                        -- cluster id
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',     -- staff's text under the title
            origin TEXT NOT NULL DEFAULT '',
            happened_at TEXT,
            original_title TEXT NOT NULL          -- as the draft was built (kept through edits)
        );
        CREATE INDEX idx_publication_entries ON publication_entries(draft_id, column_key, position);
        """
    )
