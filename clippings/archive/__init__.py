"""The SQLite archive. All SQL of the project lives in this package, one module per concern:

- ``migrations``: the schema and its upgrades;
- ``records``: clippings, versions, posts, evidence pointers, remembered URLs, crawl runs.

Other modules (tags, clusters, index state, briefing, users) add their own files here.

Writes that belong together go in one ``with transaction(db):`` block. (``with db.conn:`` is not
enough: sqlite-utils commits each ``db.execute`` on its own unless a transaction is already open.)
"""

from __future__ import annotations

import fcntl
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from clippings.archive.migrations import MIGRATIONS, applied, migrate


class ArchiveError(Exception):
    """The archive file cannot be opened or is not a clippings archive."""


NO_ARCHIVE = ("数据目录中没有归档库：{path}。请检查 --data-dir（或环境变量 CLIPPINGS_DATA）是否写对；"
              "新的数据目录请先运行 clippings crawl、clippings import 或 clippings demo 建立归档库。")


def open_archive(path: str | Path, *, create: bool = True, read_only: bool = False) -> sqlite_utils.Database:
    """Open (and create or upgrade) the archive at ``path``: WAL mode, busy timeout, migrations.
    With ``create=False`` a missing archive is an ArchiveError (NO_ARCHIVE); ``read_only`` opens
    it with :func:`open_archive_read_only`."""
    path = Path(path)
    if read_only:
        return open_archive_read_only(path)
    if not path.exists() and not create:
        raise ArchiveError(NO_ARCHIVE.format(path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = sqlite_utils.Database(conn)
        if set(MIGRATIONS) - applied(db):
            with _migration_lock(path):  # two processes opening a new archive must not both migrate
                migrate(db)
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"无法打开归档库 {path}：{exc}") from exc
    return db


def open_archive_read_only(path: str | Path) -> sqlite_utils.Database:
    """The archive for reading only (SQLite ``mode=ro``): works on a read-only directory or file,
    and nothing done through it can change the archive. When the directory is read-only and
    SQLite cannot create the WAL's shared-memory file, the file is opened ``immutable``. An
    archive that still needs a migration is opened normally (and upgraded) if it is writable."""
    from urllib.parse import quote

    path = Path(path)
    if not path.is_file():
        raise ArchiveError(NO_ARCHIVE.format(path=path))
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = None
    try:
        for suffix in ("", "&immutable=1"):
            conn = sqlite3.connect(uri + suffix, uri=True, timeout=30, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 30000")
            try:
                conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
                break
            except sqlite3.OperationalError:
                conn.close()
                if suffix:
                    raise
        conn.execute("PRAGMA query_only = ON")
        db = sqlite_utils.Database(conn)
        if set(MIGRATIONS) - applied(db):
            import os

            if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
                conn.close()
                return open_archive(path, create=False)
            raise ArchiveError(f"归档库 {path} 需要升级但只读，无法升级：请在可写的数据目录上运行一次 clippings crawl")
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"无法打开归档库 {path}：{exc}") from exc
    return db


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One atomic write: all of the block or none of it.

    ``BEGIN IMMEDIATE`` takes the write lock up front (waiting up to the busy timeout), so a block
    that reads and then writes cannot fail half-way because another process wrote meanwhile.
    Nested blocks become savepoints, so a batch of writes can share one commit while each still
    rolls back alone.
    """
    conn = db.conn
    nested = conn.in_transaction
    # SQLite pairs each RELEASE / ROLLBACK TO with the innermost savepoint of that name
    conn.execute("SAVEPOINT clippings_tx" if nested else "BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:   # an error may already have ended the whole transaction
            if nested:
                conn.execute("ROLLBACK TO clippings_tx")
                conn.execute("RELEASE clippings_tx")
            else:
                conn.execute("ROLLBACK")
        raise
    conn.execute("RELEASE clippings_tx" if nested else "COMMIT")


@contextmanager
def _migration_lock(path: Path):
    with open(path.with_name(path.name + ".migrate-lock"), "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
