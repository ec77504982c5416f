"""SQL of the web app: accounts (``users``), sessions (``web_sessions``), the audit log (``audit_log``) and the read-only
per-source counts shown on the 信息源 page.

Password hashing and role rules live in :mod:`clippings.accounts`; this module only stores rows.
Callers commit writes (``with archive.transaction(db):``).
"""

from __future__ import annotations

import json

import sqlite_utils

_USER_COLUMNS = "id, username, role, password_hash, active, created_at, last_login_at, unit"


def add_user(db: sqlite_utils.Database, username: str, role: str, password_hash: str, stamp: str,
             unit: str | None = None) -> int:
    cur = db.execute(
        "INSERT INTO users (username, role, password_hash, created_at, unit) VALUES (?, ?, ?, ?, ?)",
        [username, role, password_hash, stamp, unit],
    )
    return cur.lastrowid


def get_user(db: sqlite_utils.Database, username: str) -> dict | None:
    rows = list(db.query(f"SELECT {_USER_COLUMNS} FROM users WHERE username = ?", [username]))
    return rows[0] if rows else None


def get_user_by_id(db: sqlite_utils.Database, user_id: int) -> dict | None:
    rows = list(db.query(f"SELECT {_USER_COLUMNS} FROM users WHERE id = ?", [user_id]))
    return rows[0] if rows else None


def list_users(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT id, username, role, active, created_at, last_login_at, unit FROM users ORDER BY id"))


def count_admins(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1").fetchone()[0]


def set_password_hash(db: sqlite_utils.Database, user_id: int, password_hash: str) -> None:
    db.execute("UPDATE users SET password_hash = ? WHERE id = ?", [password_hash, user_id])


def set_active(db: sqlite_utils.Database, user_id: int, active: bool) -> None:
    db.execute("UPDATE users SET active = ? WHERE id = ?", [1 if active else 0, user_id])


def set_role(db: sqlite_utils.Database, user_id: int, role: str) -> None:
    db.execute("UPDATE users SET role = ? WHERE id = ?", [role, user_id])


def touch_login(db: sqlite_utils.Database, user_id: int, stamp: str) -> None:
    db.execute("UPDATE users SET last_login_at = ? WHERE id = ?", [stamp, user_id])


# --- sessions ------------------------------------------------------------------------------

def add_session(db: sqlite_utils.Database, id_hash: str, user_id: int, started: float, stamp: str) -> None:
    db.execute("INSERT INTO web_sessions (id_hash, user_id, started, created_at) VALUES (?, ?, ?, ?)",
               [id_hash, user_id, started, stamp])


def session_user(db: sqlite_utils.Database, id_hash: str) -> dict | None:
    """The session's user row plus ``started`` (Unix time of sign-in), or None."""
    rows = list(db.query(
        f"SELECT {', '.join('u.' + c.strip() for c in _USER_COLUMNS.split(','))}, s.started"
        " FROM web_sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?", [id_hash]))
    return rows[0] if rows else None


def delete_session(db: sqlite_utils.Database, id_hash: str) -> None:
    db.execute("DELETE FROM web_sessions WHERE id_hash = ?", [id_hash])


def delete_user_sessions(db: sqlite_utils.Database, user_id: int) -> None:
    db.execute("DELETE FROM web_sessions WHERE user_id = ?", [user_id])


def purge_sessions(db: sqlite_utils.Database, started_before: float) -> None:
    db.execute("DELETE FROM web_sessions WHERE started < ?", [started_before])


# --- audit log ---------------------------------------------------------------------------

def add_audit(db: sqlite_utils.Database, stamp: str, username: str, action: str, target: str | None,
              detail: dict | None = None) -> int:
    cur = db.execute(
        "INSERT INTO audit_log (at, username, action, target, detail) VALUES (?, ?, ?, ?, ?)",
        [stamp, username, action, target, json.dumps(detail or {}, ensure_ascii=False)],
    )
    return cur.lastrowid


def audit_of(db: sqlite_utils.Database, target: str, actions: list[str]) -> list[dict]:
    """The entries of these actions on one target, oldest first; ``detail`` decoded."""
    marks = ", ".join("?" for _ in actions)
    rows = list(db.query(f"SELECT id, at, username, action, target, detail FROM audit_log WHERE target = ?"
                         f" AND action IN ({marks}) ORDER BY id", [target, *actions]))
    for row in rows:
        try:
            row["detail"] = json.loads(row["detail"] or "{}")
        except ValueError:
            row["detail"] = {}
    return rows


def list_audit(db: sqlite_utils.Database, limit: int = 200, action: str | None = None) -> list[dict]:
    """Audit entries, newest first; ``detail`` decoded."""
    where, params = ("WHERE action = ?", [action]) if action else ("", [])
    rows = list(db.query(f"SELECT id, at, username, action, target, detail FROM audit_log {where}"
                         " ORDER BY id DESC LIMIT ?", [*params, limit]))
    for row in rows:
        try:
            row["detail"] = json.loads(row["detail"] or "{}")
        except ValueError:
            row["detail"] = {}
    return rows


# --- the 信息源 page ------------------------------------------------------------------------

def counts_by_source(db: sqlite_utils.Database) -> dict[str, dict]:
    """{source: {"total", "deleted", "latest"}}: archived clippings per configured source name."""
    out = {}
    for row in db.query(
        "SELECT source, COUNT(*) AS total, SUM(status = 'deleted') AS deleted,"
        " MAX(COALESCE(published_at, fetched_at)) AS latest, MAX(fetched_at) AS last_fetched"
        " FROM clippings GROUP BY source"
    ):
        out[row["source"]] = row
    return out


# --- sign-in throttling --------------------------------------------------------------------

def get_throttle(db: sqlite_utils.Database, key: str) -> dict | None:
    rows = list(db.query("SELECT key, failures, last_failure, locked_until FROM login_throttle WHERE key = ?",
                         [key]))
    return rows[0] if rows else None


def put_throttle(db: sqlite_utils.Database, key: str, failures: int, last_failure: float,
                 locked_until: float) -> None:
    db.execute("INSERT INTO login_throttle (key, failures, last_failure, locked_until) VALUES (?, ?, ?, ?) "
               "ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, "
               "last_failure = excluded.last_failure, locked_until = excluded.locked_until",
               [key, failures, last_failure, locked_until])


def clear_throttle(db: sqlite_utils.Database, key: str) -> None:
    db.execute("DELETE FROM login_throttle WHERE key = ?", [key])


def list_throttles(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT key, failures, last_failure, locked_until FROM login_throttle ORDER BY key"))
