"""Repost clusters: one story, where it first appeared, and how far it spread.

Public API (see docs/clusters.md)::

    assign_pending(db) -> int           # cluster every clipping without a cluster (after a crawl)
    assign_clipping(db, clipping_id)    # one clipping joins, merges or starts a cluster
    rebuild_clusters(db) -> dict        # recompute everything (same clusters as incremental)
    cluster_members(db, cluster_id)     # [{id, title, source, source_title, url, published_at, is_first}]
    pickup_report(db, sources, month)   # the bureau's own releases and who carried them
    collapse_rows(db, rows)             # one item per story, with "另有 N 家媒体转载"
"""

from clippings.clusters.assign import assign_clipping, assign_pending, rebuild_clusters
from clippings.clusters.collapse import collapse_rows, repost_note
from clippings.clusters.pickup import pickup_report
from clippings.clusters.spread import cluster_members, is_spreading, spread_timeline, spreading_clusters

__all__ = [
    "assign_clipping", "assign_pending", "rebuild_clusters", "cluster_members", "pickup_report",
    "collapse_rows", "repost_note", "is_spreading", "spread_timeline", "spreading_clusters",
]
