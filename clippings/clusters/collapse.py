"""Collapse a ranked list of clippings to one item per story, for search results and the briefing.

Each kept row gets ``cluster_size`` and ``other_outlets`` (how many other outlets carried the
story: "另有 N 家媒体转载"); rows of the same cluster further down the list are dropped.
"""

from __future__ import annotations

from clippings.archive import clusters as store


def repost_note(other_outlets: int) -> str:
    """The line shown under a collapsed item ('' when nobody else carried it)."""
    return f"另有 {other_outlets} 家媒体转载" if other_outlets > 0 else ""


def collapse_rows(db, rows: list[dict]) -> list[dict]:
    """Keep the first row of each cluster (rows need ``cluster_id``; None = unclustered, kept)."""
    info = store.get_clusters(db, (r.get("cluster_id") for r in rows))
    seen: set[int] = set()
    out = []
    for row in rows:
        cid = row.get("cluster_id")
        if cid is not None:
            if cid in seen:
                continue
            seen.add(cid)
        cluster = info.get(cid) or {}
        outlets = cluster.get("source_count") or 1
        mine = row.get("source_title") or row.get("source")
        others = outlets - 1 if mine in (cluster.get("sources") or []) else outlets
        out.append({**row, "cluster_size": cluster.get("size") or 1, "other_outlets": max(others, 0),
                    "repost_note": repost_note(max(others, 0))})
    return out
