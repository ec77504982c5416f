"""SQL of the 参阅件 (one story in depth): a story's members with their tags, the official replies
to its 留言, its 预警 and 处置 record, and how other stories ended."""

from __future__ import annotations

import sqlite_utils

from clippings.archive.clusters import clusters_active_between, get_cluster, get_clusters  # noqa: F401  (re-exported)


def _rows(db: sqlite_utils.Database, sql: str, params) -> list[dict]:
    cur = db.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def story_rows(db: sqlite_utils.Database, cluster_id: int) -> list[dict]:
    """The story's clippings, oldest first, with tags and (for 留言) the official reply."""
    return _rows(db,
                 "SELECT c.id, c.title, c.url, c.source, c.source_title, c.kind, c.status, c.published_at,"
                 " c.fetched_at, c.sentiment, c.district, c.districts, c.topics, c.matched_terms,"
                 " p.reply_unit, p.reply_at, p.reply_text, p.status AS reply_status"
                 " FROM clippings c LEFT JOIN complaints p ON p.clipping_id = c.id"
                 " WHERE c.cluster_id = ? ORDER BY COALESCE(c.published_at, c.fetched_at), c.id", [cluster_id])


def alert_of(db: sqlite_utils.Database, cluster_id: int) -> dict | None:
    """The story's 预警 (by cluster, else through its items), newest first."""
    rows = _rows(db,
                 "SELECT * FROM alerts WHERE cluster_id = ? OR id IN (SELECT i.alert_id FROM alert_items i"
                 " JOIN clippings c ON c.id = i.clipping_id WHERE c.cluster_id = ?) ORDER BY id DESC LIMIT 1",
                 [cluster_id, cluster_id])
    return rows[0] if rows else None


def order_events_of(db: sqlite_utils.Database, alert_id: int) -> list[dict]:
    """The 处置 steps of an alert's work orders (unit, state reached, when, note), oldest first."""
    return _rows(db,
                 "SELECT o.id AS order_id, o.unit, o.state AS order_state, o.updated_at, e.at, e.by,"
                 " e.to_state, e.note FROM work_orders o JOIN work_order_events e ON e.order_id = o.id"
                 " WHERE o.alert_id = ? ORDER BY e.at, e.id", [alert_id])


def orders_of(db: sqlite_utils.Database, alert_id: int) -> list[dict]:
    return _rows(db, "SELECT * FROM work_orders WHERE alert_id = ? ORDER BY id", [alert_id])
