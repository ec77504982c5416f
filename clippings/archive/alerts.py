"""SQL of 预警 (alerts, their delivery queue) and 处置 work orders. Callers hold the transaction."""

from __future__ import annotations

import json
from typing import Iterable

import sqlite_utils

GRADE_RANK = {"low": 1, "medium": 2, "high": 3}


def _one(db, sql: str, params=()) -> dict | None:
    rows = list(db.query(sql, list(params)))
    return rows[0] if rows else None


# --- cursor ----------------------------------------------------------------------------------
def get_state(db: sqlite_utils.Database, key: str) -> str | None:
    row = _one(db, "SELECT value FROM alert_state WHERE key = ?", [key])
    return row["value"] if row else None


def set_state(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute("INSERT INTO alert_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [key, value])


def changed_since(db: sqlite_utils.Database, cursor: str | None, limit: int = 5000) -> list[dict]:
    """Tagged clippings changed at or after ``cursor`` (oldest first): id, cluster_id, changed_at."""
    return list(db.query(
        "SELECT id, cluster_id, changed_at FROM clippings WHERE tagged_at IS NOT NULL AND changed_at >= ?"
        " ORDER BY changed_at, id LIMIT ?", [cursor or "", limit]))


STORY_COLUMNS = ("id, cluster_id, source, source_title, kind, title, text, published_at, fetched_at, sentiment,"
                 " topics, district, districts, tagged_by")


def cluster_of(db: sqlite_utils.Database, clipping_id: int) -> int | None:
    row = db.execute("SELECT cluster_id FROM clippings WHERE id = ?", [clipping_id]).fetchone()
    return row[0] if row else None


def story_members(db: sqlite_utils.Database, clipping_id: int, cluster_id: int | None) -> list[dict]:
    """The clippings of a story: its cluster's members, or the clipping alone."""
    if cluster_id is None:
        rows = db.query(f"SELECT {STORY_COLUMNS} FROM clippings WHERE id = ?", [clipping_id])
    else:
        rows = db.query(f"SELECT {STORY_COLUMNS} FROM clippings WHERE cluster_id = ? ORDER BY published_at, id",
                        [cluster_id])
    out = []
    for row in rows:
        row = dict(row)
        row["topics"] = json.loads(row["topics"] or "[]")
        row["districts"] = json.loads(row["districts"] or "[]")
        out.append(row)
    return out


def corrected_ids(db: sqlite_utils.Database, ids: Iterable[int]) -> set[int]:
    ids = list(ids)
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    return {r["clipping_id"] for r in db.query(
        f"SELECT DISTINCT clipping_id FROM corrections WHERE field = 'sentiment' AND clipping_id IN ({marks})", ids)}


# --- alerts ----------------------------------------------------------------------------------
def alert_for_items(db: sqlite_utils.Database, ids: Iterable[int]) -> dict | None:
    ids = list(ids)
    if not ids:
        return None
    marks = ",".join("?" * len(ids))
    return _one(db, f"SELECT a.* FROM alerts a JOIN alert_items i ON i.alert_id = a.id WHERE i.clipping_id IN ({marks})"
                    " ORDER BY a.id LIMIT 1", ids)


def add_alert(db: sqlite_utils.Database, values: dict) -> int:
    cols = ", ".join(values)
    cur = db.execute(f"INSERT INTO alerts ({cols}) VALUES ({', '.join('?' * len(values))})", list(values.values()))
    return cur.lastrowid


def update_alert(db: sqlite_utils.Database, alert_id: int, values: dict) -> None:
    sets = ", ".join(f"{k} = ?" for k in values)
    db.execute(f"UPDATE alerts SET {sets} WHERE id = ?", [*values.values(), alert_id])


def attach_items(db: sqlite_utils.Database, alert_id: int, ids: Iterable[int]) -> None:
    for cid in ids:
        db.execute("INSERT OR IGNORE INTO alert_items (clipping_id, alert_id) VALUES (?, ?)", [cid, alert_id])


def get_alert(db: sqlite_utils.Database, alert_id: int) -> dict | None:
    return _one(db, "SELECT * FROM alerts WHERE id = ?", [alert_id])


def list_alerts(db: sqlite_utils.Database, states: Iterable[str] = ("open", "acked"), limit: int = 200) -> list[dict]:
    states = list(states)
    marks = ",".join("?" * len(states))
    return list(db.query(
        f"SELECT * FROM alerts WHERE state IN ({marks}) ORDER BY CASE grade WHEN 'high' THEN 0 WHEN 'medium' THEN 1"
        " ELSE 2 END, created_at DESC, id DESC LIMIT ?", [*states, limit]))


def alert_items(db: sqlite_utils.Database, alert_id: int) -> list[dict]:
    return list(db.query(
        "SELECT c.id, c.title, c.source_title, c.url, c.published_at, c.sentiment FROM alert_items i"
        " JOIN clippings c ON c.id = i.clipping_id WHERE i.alert_id = ? ORDER BY c.published_at, c.id", [alert_id]))


# --- notifications ---------------------------------------------------------------------------
def enqueue(db: sqlite_utils.Database, alert_id: int, channel: str, purpose: str, grade: str, stamp: str,
            order_id: int = 0) -> bool:
    """Queue one notification; False when the same one was queued before (never twice)."""
    cur = db.execute(
        "INSERT OR IGNORE INTO alert_notifications (alert_id, order_id, channel, purpose, grade, next_attempt_at,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", [alert_id, order_id, channel, purpose, grade, stamp, stamp])
    return cur.rowcount > 0


def due_notifications(db: sqlite_utils.Database, stamp: str, limit: int = 100) -> list[dict]:
    return list(db.query(
        "SELECT * FROM alert_notifications WHERE state = 'pending' AND next_attempt_at <= ?"
        " ORDER BY next_attempt_at, id LIMIT ?", [stamp, limit]))


def mark_sent(db: sqlite_utils.Database, notification_id: int, stamp: str) -> None:
    db.execute("UPDATE alert_notifications SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL"
               " WHERE id = ?", [stamp, notification_id])


def mark_failed(db: sqlite_utils.Database, notification_id: int, error: str, retry_at: str) -> None:
    db.execute("UPDATE alert_notifications SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
               " WHERE id = ?", [error, retry_at, notification_id])


def hold_until(db: sqlite_utils.Database, notification_id: int, stamp: str) -> None:
    db.execute("UPDATE alert_notifications SET next_attempt_at = ? WHERE id = ?", [stamp, notification_id])


def notifications(db: sqlite_utils.Database, alert_id: int | None = None, limit: int = 500) -> list[dict]:
    if alert_id is None:
        return list(db.query("SELECT * FROM alert_notifications ORDER BY id DESC LIMIT ?", [limit]))
    return list(db.query("SELECT * FROM alert_notifications WHERE alert_id = ? ORDER BY id", [alert_id]))


def delivery_summary(db: sqlite_utils.Database, alert_ids: Iterable[int]) -> dict[int, dict]:
    """Per alert: sent / waiting / failing (pending after a failed attempt) counts."""
    ids = list(alert_ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    out: dict[int, dict] = {i: {"sent": 0, "waiting": 0, "failing": 0, "failed_channels": []} for i in ids}
    for r in db.query(f"SELECT alert_id, channel, state, attempts FROM alert_notifications WHERE alert_id IN ({marks})",
                      ids):
        s = out[r["alert_id"]]
        if r["state"] == "sent":
            s["sent"] += 1
        elif r["attempts"]:
            s["failing"] += 1
            s["failed_channels"].append(r["channel"])
        else:
            s["waiting"] += 1
    return out


# --- work orders -----------------------------------------------------------------------------
def add_order(db: sqlite_utils.Database, values: dict) -> int:
    cols = ", ".join(values)
    cur = db.execute(f"INSERT INTO work_orders ({cols}) VALUES ({', '.join('?' * len(values))})",
                     list(values.values()))
    return cur.lastrowid


def get_order(db: sqlite_utils.Database, order_id: int) -> dict | None:
    return _one(db, "SELECT * FROM work_orders WHERE id = ?", [order_id])


def orders_of_alert(db: sqlite_utils.Database, alert_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM work_orders WHERE alert_id = ? ORDER BY id", [alert_id]))


def set_order_state(db: sqlite_utils.Database, order_id: int, state: str, stamp: str) -> None:
    db.execute("UPDATE work_orders SET state = ?, updated_at = ? WHERE id = ?", [state, stamp, order_id])


def mark_escalated(db: sqlite_utils.Database, order_id: int, stamp: str) -> None:
    db.execute("UPDATE work_orders SET escalated_at = ? WHERE id = ?", [stamp, order_id])


def add_event(db: sqlite_utils.Database, order_id: int, stamp: str, by: str, from_state: str | None, to_state: str,
              note: str | None) -> None:
    db.execute("INSERT INTO work_order_events (order_id, at, by, from_state, to_state, note) VALUES (?, ?, ?, ?, ?, ?)",
               [order_id, stamp, by, from_state, to_state, note])


def order_events(db: sqlite_utils.Database, order_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM work_order_events WHERE order_id = ? ORDER BY id", [order_id]))


def list_orders(db: sqlite_utils.Database, unit: str | None = None, open_only: bool = True) -> list[dict]:
    where, params = [], []
    if unit:
        where.append("o.unit = ?")
        params.append(unit)
    if open_only:
        where.append("o.state IN ('pending', 'working')")
    sql = ("SELECT o.*, a.title AS alert_title FROM work_orders o JOIN alerts a ON a.id = o.alert_id"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY o.respond_due, o.id")
    return list(db.query(sql, params))
