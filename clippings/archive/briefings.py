"""SQL of the daily 网媒快讯 and the leadership reports.

Issue numbers and review/sign-off records (``briefing_issues``), staff pins and exclusions
(``briefing_choices``), and the read-only queries that select a day's or a period's clippings.
Callers commit writes (``with archive.transaction(db):``) unless a function says otherwise.
"""

from __future__ import annotations

from datetime import date, timedelta

import sqlite_utils


# Columns the briefing needs (text for the summary); the report reads the same without text.
_ITEM_COLUMNS = (
    "id, title, url, source, source_title, kind, published_at, fetched_at, district, topics,"
    " sentiment, sentiment_score, cluster_id, status"
)


def _bounds(start: date, end_inclusive: date) -> tuple[str, str]:
    """String bounds for stored times (ISO with +08:00): the same as day_bounds() for canonical
    values, and a bare date such as '2026-11-25' still falls on its day."""
    return start.isoformat(), (end_inclusive + timedelta(days=1)).isoformat()


def _in_period_sql(columns: str) -> str:
    # Two branches so each can use its index: publish time, else fetch time when it is unknown.
    return (
        f"SELECT {columns}, published_at AS t FROM clippings WHERE published_at >= :lo AND published_at < :hi"
        f" UNION ALL SELECT {columns}, fetched_at AS t FROM clippings"
        f" WHERE published_at IS NULL AND fetched_at >= :lo AND fetched_at < :hi"
    )


def clippings_between(db: sqlite_utils.Database, start: date, end: date, *, with_text: bool) -> list[dict]:
    """Clippings dated ``start``..``end`` (inclusive days, Asia/Shanghai); ``t`` is the date used."""
    lo, hi = _bounds(start, end)
    columns = _ITEM_COLUMNS + (", text" if with_text else "")
    return list(db.query(_in_period_sql(columns) + " ORDER BY t, id", {"lo": lo, "hi": hi}))


def clippings_in_span(db: sqlite_utils.Database, lo: str, hi: str) -> list[dict]:
    """Clippings whose time (publish, else fetch) is in [lo, hi) (canonical ISO +08:00 strings)."""
    return list(db.query(_in_period_sql(_ITEM_COLUMNS) + " ORDER BY t, id", {"lo": lo, "hi": hi}))


def sentiment_counts_in_span(db: sqlite_utils.Database, lo: str, hi: str) -> dict[str | None, int]:
    sql = f"SELECT sentiment, COUNT(*) AS n FROM ({_in_period_sql('id, sentiment')}) GROUP BY sentiment"
    return {row["sentiment"]: row["n"] for row in db.query(sql, {"lo": lo, "hi": hi})}


def sentiment_counts(db: sqlite_utils.Database, start: date, end: date) -> dict[str | None, int]:
    """{sentiment or None: count} for the clippings dated ``start``..``end``."""
    lo, hi = _bounds(start, end)
    sql = f"SELECT sentiment, COUNT(*) AS n FROM ({_in_period_sql('id, sentiment')}) GROUP BY sentiment"
    return {row["sentiment"]: row["n"] for row in db.query(sql, {"lo": lo, "hi": hi})}


def cluster_members(db: sqlite_utils.Database, cluster_ids: list[int]) -> list[dict]:
    """Every clipping of the given clusters, whatever its date."""
    rows: list[dict] = []
    ids = sorted(set(cluster_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows += db.query(
            "SELECT id, cluster_id, source, source_title, published_at, fetched_at, status FROM clippings"
            f" WHERE cluster_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
    return rows


def clusters_by_id(db: sqlite_utils.Database, cluster_ids: list[int]) -> dict[int, dict]:
    out: dict[int, dict] = {}
    ids = sorted(set(cluster_ids))
    if "clusters" not in db.table_names():
        return out
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for row in db.query(f"SELECT * FROM clusters WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            out[row["id"]] = row
    return out


def clipping_day_times(db: sqlite_utils.Database, clipping_id: int) -> dict | None:
    rows = list(db.query("SELECT id, published_at, fetched_at FROM clippings WHERE id = ?", [clipping_id]))
    return rows[0] if rows else None


# --- issue numbers and sign-off ------------------------------------------------------------

def get_issue(db: sqlite_utils.Database, day: date) -> dict | None:
    rows = list(db.query("SELECT * FROM briefing_issues WHERE date = ?", [day.isoformat()]))
    return rows[0] if rows else None


def ensure_issue(db: sqlite_utils.Database, day: date, stamp: str) -> dict:
    """The day's issue row, created without a number when missing (only write paths call this)."""
    row = get_issue(db, day)
    if row is None:
        db.execute("INSERT INTO briefing_issues (date, year, status, created_at, generated_at)"
                   " VALUES (?, ?, 'draft', ?, ?)", [day.isoformat(), day.year, stamp, stamp])
    else:
        db.execute("UPDATE briefing_issues SET generated_at = ? WHERE date = ?", [stamp, day.isoformat()])
    return get_issue(db, day)


def give_numbers(db: sqlite_utils.Database, day: date) -> dict:
    """Number the day's issue at 签发: the next 第N期 of its year and the next 总第N期, in signing
    order; an issue that already has its numbers keeps them (numbers are given once)."""
    row = get_issue(db, day)
    if row["number"] is None:
        number = db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM briefing_issues WHERE year = ?",
                            [row["year"]]).fetchone()[0]
        total = db.execute("SELECT COALESCE(MAX(total_number), 0) + 1 FROM briefing_issues").fetchone()[0]
        db.execute("UPDATE briefing_issues SET number = ?, total_number = ? WHERE date = ?",
                   [number, total, day.isoformat()])
    return get_issue(db, day)


_STEP_COLUMNS = {"submitted": ("submitted_by", "submitted_at"), "reviewed": ("reviewed_by", "reviewed_at"),
                 "signed": ("signed_by", "signed_at")}


def set_status(db: sqlite_utils.Database, day: date, status: str, by: str | None, stamp: str) -> None:
    """Move the day's issue to ``status``; going forward records who and when, ``draft`` clears them."""
    if status in _STEP_COLUMNS:
        who, when = _STEP_COLUMNS[status]
        db.execute(f"UPDATE briefing_issues SET status = ?, {who} = ?, {when} = ? WHERE date = ?",
                   [status, by, stamp, day.isoformat()])
    elif status == "draft":
        db.execute("UPDATE briefing_issues SET status = 'draft', submitted_by = NULL, submitted_at = NULL,"
                   " reviewed_by = NULL, reviewed_at = NULL, signed_by = NULL, signed_at = NULL WHERE date = ?",
                   [day.isoformat()])
    else:
        raise ValueError(status)


def record_return(db: sqlite_utils.Database, day: date, by: str, comment: str, stamp: str) -> None:
    db.execute("UPDATE briefing_issues SET returned_by = ?, returned_at = ?, return_comment = ? WHERE date = ?",
               [by, stamp, comment, day.isoformat()])


def record_withdrawal(db: sqlite_utils.Database, day: date, by: str, reason: str, stamp: str) -> None:
    db.execute("UPDATE briefing_issues SET withdrawn_by = ?, withdrawn_at = ?, withdraw_reason = ? WHERE date = ?",
               [by, stamp, reason, day.isoformat()])


def pending(db: sqlite_utils.Database, status: str, limit: int = 20) -> list[dict]:
    """Issues waiting in ``status`` (oldest first), for the landing page."""
    return list(db.query("SELECT date, number, status, submitted_by, submitted_at, reviewed_by, reviewed_at,"
                         " returned_by, return_comment FROM briefing_issues WHERE status = ? ORDER BY date LIMIT ?",
                         [status, limit]))


def returned(db: sqlite_utils.Database, limit: int = 20) -> list[dict]:
    """Drafts that came back with a comment (退回), newest first."""
    return list(db.query("SELECT date, returned_by, returned_at, return_comment FROM briefing_issues"
                         " WHERE status = 'draft' AND return_comment IS NOT NULL ORDER BY returned_at DESC LIMIT ?",
                         [limit]))


def list_issues(db: sqlite_utils.Database, year: int | None = None) -> list[dict]:
    columns = ("date, year, number, total_number, status, created_at, generated_at, submitted_by, submitted_at,"
               " reviewed_by, reviewed_at, signed_by, signed_at, returned_by, returned_at, return_comment,"
               " withdrawn_by, withdrawn_at, withdraw_reason")
    if year is None:
        return list(db.query(f"SELECT {columns} FROM briefing_issues ORDER BY date DESC"))
    return list(db.query(f"SELECT {columns} FROM briefing_issues WHERE year = ? ORDER BY date DESC", [year]))


# --- pins and exclusions ----------------------------------------------------------------

def get_choices(db: sqlite_utils.Database, day: date) -> dict[int, dict]:
    return {row["clipping_id"]: row for row in
            db.query("SELECT * FROM briefing_choices WHERE date = ?", [day.isoformat()])}


def put_choice(db: sqlite_utils.Database, day: date, clipping_id: int, action: str | None,
               by: str | None, stamp: str) -> None:
    if action is None:
        db.execute("DELETE FROM briefing_choices WHERE date = ? AND clipping_id = ?", [day.isoformat(), clipping_id])
        return
    db.execute(
        "INSERT INTO briefing_choices (date, clipping_id, action, by, at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(date, clipping_id) DO UPDATE SET action = excluded.action, by = excluded.by, at = excluded.at",
        [day.isoformat(), clipping_id, action, by, stamp],
    )


NOTE_FIELDS = ("editor_note", "judgement", "suggestion", "unit")


def get_notes(db: sqlite_utils.Database, day: date) -> dict[str, dict]:
    return {row["story"]: row for row in db.query("SELECT * FROM briefing_notes WHERE date = ?", [day.isoformat()])}


def put_notes(db: sqlite_utils.Database, day: date, story: str, values: dict, by: str, stamp: str) -> None:
    if not any(values.get(k) for k in NOTE_FIELDS):
        db.execute("DELETE FROM briefing_notes WHERE date = ? AND story = ?", [day.isoformat(), story])
        return
    db.execute(
        "INSERT INTO briefing_notes (date, story, editor_note, judgement, suggestion, unit, by, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(date, story) DO UPDATE SET editor_note = excluded.editor_note,"
        " judgement = excluded.judgement, suggestion = excluded.suggestion, unit = excluded.unit, by = excluded.by,"
        " at = excluded.at",
        [day.isoformat(), story, *(values.get(k) or None for k in NOTE_FIELDS), by, stamp])


def texts_for(db: sqlite_utils.Database, ids: list[int]) -> dict[int, str]:
    """{id: text} for the given clippings (only those a document shows need their text)."""
    out: dict[int, str] = {}
    ids = sorted(set(ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for row in db.query(f"SELECT id, text FROM clippings WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            out[row["id"]] = row["text"] or ""
    return out


def latest_stamp(db: sqlite_utils.Database) -> str | None:
    """The latest date a clipping carries (publish time, else fetch time), as stored."""
    row = db.execute("SELECT MAX(COALESCE(published_at, fetched_at)) FROM clippings").fetchone()
    return row[0] if row else None


def save_content(db: sqlite_utils.Database, day: date, content: str | None) -> None:
    """Store (or, with None, invalidate) the JSON snapshot of the day's issue."""
    db.execute("UPDATE briefing_issues SET content = ? WHERE date = ?", [content, day.isoformat()])
