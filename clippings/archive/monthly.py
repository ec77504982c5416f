"""SQL of the 《城管执法月报》 draft: the month's clippings with what the column rules need."""

from __future__ import annotations

import sqlite_utils


def month_clippings(db: sqlite_utils.Database, start: str, end: str) -> list[dict]:
    """Live clippings published in [start, end), oldest first, with sentiment, district and story."""
    return list(db.query(
        "SELECT id, title, source, source_title, url, published_at, sentiment, district, cluster_id,"
        " length(text) AS chars, substr(text, 1, 400) AS lead FROM clippings"
        " WHERE status != 'deleted' AND published_at >= ? AND published_at < ?"
        " ORDER BY published_at, id", [start, end]))
