"""SQL of the stored 月报 / 参阅件 drafts (``publication_drafts``, ``publication_entries``)."""

from __future__ import annotations

import sqlite_utils

STEP_COLUMNS = {"submitted": ("submitted_by", "submitted_at"), "reviewed": ("reviewed_by", "reviewed_at"),
                "signed": ("signed_by", "signed_at")}


def _one(db, sql: str, params) -> dict | None:
    cur = db.execute(sql, list(params))
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def _all(db, sql: str, params=()) -> list[dict]:
    cur = db.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def find(db: sqlite_utils.Database, kind: str, subject: str) -> dict | None:
    return _one(db, "SELECT * FROM publication_drafts WHERE kind = ? AND subject = ?", [kind, subject])


def get(db: sqlite_utils.Database, draft_id: int) -> dict | None:
    return _one(db, "SELECT * FROM publication_drafts WHERE id = ?", [draft_id])


def add(db: sqlite_utils.Database, values: dict) -> int:
    cols = ", ".join(values)
    return db.execute(f"INSERT INTO publication_drafts ({cols}) VALUES ({', '.join('?' * len(values))})",
                      list(values.values())).lastrowid


def delete(db: sqlite_utils.Database, draft_id: int) -> None:
    db.execute("DELETE FROM publication_entries WHERE draft_id = ?", [draft_id])
    db.execute("DELETE FROM publication_drafts WHERE id = ?", [draft_id])


def add_entry(db: sqlite_utils.Database, values: dict) -> int:
    cols = ", ".join(values)
    return db.execute(f"INSERT INTO publication_entries ({cols}) VALUES ({', '.join('?' * len(values))})",
                      list(values.values())).lastrowid


def entries(db: sqlite_utils.Database, draft_id: int) -> list[dict]:
    return _all(db, "SELECT * FROM publication_entries WHERE draft_id = ? ORDER BY id", [draft_id])


def get_entry(db: sqlite_utils.Database, entry_id: int) -> dict | None:
    return _one(db, "SELECT * FROM publication_entries WHERE id = ?", [entry_id])


def update_entry(db: sqlite_utils.Database, entry_id: int, title: str, summary: str) -> None:
    db.execute("UPDATE publication_entries SET title = ?, summary = ? WHERE id = ?", [title, summary, entry_id])


def remove_entry(db: sqlite_utils.Database, entry_id: int) -> None:
    db.execute("DELETE FROM publication_entries WHERE id = ?", [entry_id])


def update(db: sqlite_utils.Database, draft_id: int, values: dict) -> None:
    sets = ", ".join(f"{k} = ?" for k in values)
    db.execute(f"UPDATE publication_drafts SET {sets} WHERE id = ?", [*values.values(), draft_id])


def set_status(db: sqlite_utils.Database, draft_id: int, status: str, by: str | None, stamp: str) -> None:
    values = {"status": status, "updated_at": stamp}
    if status in STEP_COLUMNS:
        who, when = STEP_COLUMNS[status]
        values.update({who: by, when: stamp})
    update(db, draft_id, values)


def next_number(db: sqlite_utils.Database, kind: str, year: int) -> int:
    return db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM publication_drafts WHERE kind = ? AND year = ?",
                      [kind, year]).fetchone()[0]


def listing(db: sqlite_utils.Database, kind: str | None = None, status: str | None = None) -> list[dict]:
    return _all(db, "SELECT id, kind, subject, title, year, number, status, created_by, updated_at, signed_by,"
                    " signed_at, return_comment FROM publication_drafts WHERE (? IS NULL OR kind = ?)"
                    " AND (? IS NULL OR status = ?) ORDER BY id DESC", [kind, kind, status, status])
