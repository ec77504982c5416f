"""SQL of the re-check schedule (复查): which archived pages are candidates, their history, outcomes."""

from __future__ import annotations

from typing import Iterable

import sqlite_utils

CANDIDATE_COLUMNS = ("c.id, c.url, c.canonical_url, c.source, c.title, c.status, c.content_hash, c.fetched_at,"
                     " c.published_at, c.sentiment")


def candidates(db: sqlite_utils.Database, own_sources: Iterable[str], classes: Iterable[str]) -> list[dict]:
    """Archived, not yet deleted pages in a re-check class, with the class (the first that applies:
    alert, negative, own_repost), the time of the first capture and how many re-checks were done."""
    own = list(own_sources)
    classes = set(classes)
    parts, params = [], []
    if "alert" in classes:
        parts.append("SELECT i.clipping_id AS id, 'alert' AS class, 0 AS rank FROM alert_items i"
                     " JOIN alerts a ON a.id = i.alert_id WHERE a.state IN ('open', 'acked')"
                     " OR EXISTS (SELECT 1 FROM work_orders w WHERE w.alert_id = a.id"
                     " AND w.state IN ('pending', 'working', 'responded'))")
    if "negative" in classes:
        parts.append("SELECT id, 'negative', 1 FROM clippings WHERE sentiment = 'negative'")
    if "own_repost" in classes and own:
        marks = ",".join("?" * len(own))
        parts.append(
            f"SELECT r.id, 'own_repost', 2 FROM clippings r WHERE r.cluster_id IS NOT NULL AND r.source NOT IN ({marks})"
            f" AND EXISTS (SELECT 1 FROM clippings o WHERE o.cluster_id = r.cluster_id AND o.source IN ({marks}))")
        params += own + own
    if not parts:
        return []
    sql = (
        f"WITH wanted AS ({' UNION ALL '.join(parts)}),"
        " best AS (SELECT id, class, MIN(rank) AS rank FROM wanted GROUP BY id)"
        f" SELECT {CANDIDATE_COLUMNS}, best.class AS class,"
        " COALESCE((SELECT MIN(e.fetched_at) FROM evidence e WHERE e.clipping_id = c.id), c.fetched_at) AS first_capture,"
        " (SELECT COUNT(*) FROM rechecks k WHERE k.clipping_id = c.id) AS done,"
        " (SELECT MAX(k.checked_at) FROM rechecks k WHERE k.clipping_id = c.id) AS last_recheck"
        " FROM best JOIN clippings c ON c.id = best.id WHERE c.status IS NOT 'deleted' AND c.url IS NOT NULL"
        " ORDER BY best.rank, c.id")
    cur = db.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def snapshot(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, dict]:
    """id -> status, content_hash, last_checked_at, changed_at: compared before and after a re-check."""
    ids = list(ids)
    out: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in db.query(
                f"SELECT id, status, content_hash, last_checked_at, title FROM clippings"
                f" WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            out[row["id"]] = row
    return out


def add(db: sqlite_utils.Database, clipping_id: int, checked_at: str, klass: str, http_status: int | None,
        content_hash: str | None, outcome: str, detail: str | None = None) -> int:
    cur = db.execute(
        "INSERT INTO rechecks (clipping_id, checked_at, class, http_status, content_hash, outcome, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", [clipping_id, checked_at, klass, http_status, content_hash, outcome, detail])
    return cur.lastrowid


def history(db: sqlite_utils.Database, clipping_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM rechecks WHERE clipping_id = ? ORDER BY checked_at, id", [clipping_id]))


def recent_unreachable(db: sqlite_utils.Database, clipping_id: int) -> int:
    """How many re-checks in a row, counting back from the newest, found the page unreachable."""
    n = 0
    for row in db.query("SELECT outcome FROM rechecks WHERE clipping_id = ? ORDER BY checked_at DESC, id DESC",
                        [clipping_id]):
        if row["outcome"] != "unreachable":
            break
        n += 1
    return n


def findings(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, dict]:
    """id -> the first re-check that found the page deleted or edited (for labels in lists)."""
    ids = list(ids)
    out: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in db.query(
                f"SELECT clipping_id, outcome, MIN(checked_at) AS checked_at FROM rechecks WHERE outcome IN"
                f" ('deleted', 'edited') AND clipping_id IN ({','.join('?' * len(chunk))})"
                " GROUP BY clipping_id, outcome", chunk):
            known = out.get(row["clipping_id"])
            if known is None or row["outcome"] == "deleted":
                out[row["clipping_id"]] = row
    return out
