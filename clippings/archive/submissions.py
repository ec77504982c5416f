"""SQL of 信息报送: ``submissions`` and ``submission_photos``. Rules live in
:mod:`clippings.publishing.submissions`; callers commit writes."""

from __future__ import annotations

import sqlite_utils

_COLUMNS = ("id, reporter, unit, title, text, happened_at, place, original_title, original_text, status, use,"
            " column_key, higher_level, comment, submitted_at, reviewed_at, reviewed_by, edited_by")


def add(db: sqlite_utils.Database, row: dict) -> int:
    cur = db.execute(
        "INSERT INTO submissions (reporter, unit, title, text, happened_at, place, original_title, original_text,"
        " submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [row["reporter"], row["unit"], row["title"], row["text"], row["happened_at"], row["place"],
         row["title"], row["text"], row["submitted_at"]])
    return cur.lastrowid


def add_photo(db: sqlite_utils.Database, submission_id: int, file: str, width: int, height: int, size: int) -> None:
    db.execute("INSERT INTO submission_photos (submission_id, file, width, height, bytes) VALUES (?, ?, ?, ?, ?)",
               [submission_id, file, width, height, size])


def get(db: sqlite_utils.Database, submission_id: int) -> dict | None:
    rows = list(db.query(f"SELECT {_COLUMNS} FROM submissions WHERE id = ?", [submission_id]))
    if not rows:
        return None
    row = rows[0]
    row["photos"] = list(db.query("SELECT id, file, width, height, bytes FROM submission_photos"
                                  " WHERE submission_id = ? ORDER BY id", [submission_id]))
    return row


def get_photo(db: sqlite_utils.Database, photo_id: int) -> dict | None:
    rows = list(db.query("SELECT p.id, p.file, p.submission_id, s.reporter FROM submission_photos p"
                         " JOIN submissions s ON s.id = p.submission_id WHERE p.id = ?", [photo_id]))
    return rows[0] if rows else None


def listing(db: sqlite_utils.Database, reporter: str | None = None, status: str | None = None,
            month: str | None = None, limit: int = 500) -> list[dict]:
    """Newest first; ``month`` is ``2026-11`` (by the time it was submitted)."""
    where, params = [], []
    if reporter is not None:
        where.append("reporter = ?"), params.append(reporter)
    if status:
        where.append("status = ?"), params.append(status)
    if month:
        where.append("substr(submitted_at, 1, 7) = ?"), params.append(month)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    return list(db.query(f"SELECT {_COLUMNS}, (SELECT COUNT(*) FROM submission_photos p WHERE p.submission_id ="
                         f" submissions.id) AS photos FROM submissions {clause} ORDER BY submitted_at DESC, id DESC"
                         " LIMIT ?", [*params, limit]))


def set_review(db: sqlite_utils.Database, submission_id: int, status: str, use: str | None, column: str | None,
               higher_level: bool, comment: str | None, stamp: str, by: str) -> None:
    db.execute("UPDATE submissions SET status = ?, use = ?, column_key = ?, higher_level = ?, comment = ?,"
               " reviewed_at = ?, reviewed_by = ? WHERE id = ?",
               [status, use, column, 1 if higher_level else 0, comment, stamp, by, submission_id])


def set_text(db: sqlite_utils.Database, submission_id: int, title: str, text: str, by: str) -> None:
    db.execute("UPDATE submissions SET title = ?, text = ?, edited_by = ? WHERE id = ?",
               [title, text, by, submission_id])


def resubmit(db: sqlite_utils.Database, submission_id: int, title: str, text: str, stamp: str) -> None:
    """A returned item sent again by its 信息员: back to 待审核, the new text becomes the original."""
    db.execute("UPDATE submissions SET title = ?, text = ?, original_title = ?, original_text = ?,"
               " status = 'submitted', comment = NULL, reviewed_at = NULL, reviewed_by = NULL WHERE id = ?",
               [title, text, title, text, submission_id])


def month_items(db: sqlite_utils.Database, month: str) -> list[dict]:
    """The 信息 submitted in ``month`` (``2026-11``, Beijing time) with how often each was returned."""
    return list(db.query(
        f"SELECT {_COLUMNS}, (SELECT COUNT(*) FROM audit_log a WHERE a.action = 'submission_return'"
        " AND a.target = CAST(submissions.id AS TEXT)) AS returns"
        " FROM submissions WHERE substr(submitted_at, 1, 7) = ? ORDER BY id", [month]))


def reporter_units(db: sqlite_utils.Database) -> list[str]:
    """Units of the active 信息员 accounts."""
    return [r[0] for r in db.execute("SELECT DISTINCT unit FROM users WHERE role = 'reporter' AND active = 1"
                                     " AND unit IS NOT NULL ORDER BY unit")]
