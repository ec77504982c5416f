"""Incremental cluster assignment and the full rebuild.

A new clipping is fingerprinted (``fingerprint.features``); its LSH band keys are looked up in
the indexed ``cluster_bands`` table, so only clippings sharing a band are compared (no O(n²)
pass and no in-memory index to rebuild at start). It joins every cluster it matches — merging
them if it bridges several — or starts its own. A cluster's id is its smallest clipping id, and
"same story" is symmetric, so the clusters are the connected components of the match graph:
processing clippings in id order, incrementally or in :func:`rebuild_clusters`, gives the same
clusters with the same ids. Every clipping whose cluster changes gets ``changed_at`` bumped so
the search index picks the change up.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict

import numpy as np

from clippings.archive import clusters as store, transaction
from clippings.clusters.fingerprint import Features, Gazetteer, features, norm_outlet
from clippings.clusters.match import estimated_containment, same_story
from clippings.clusters.spread import cluster_stats, refresh_cluster
from clippings.timeutil import now, to_iso

log = logging.getLogger(__name__)

CANDIDATE_LIMIT = 60      # most band-sharing clippings compared per new clipping
CACHE_SIZE = 2000         # fingerprints kept between assignments (recent stories repost most)
BATCH = 2000              # clippings per transaction (larger: fewer band-index pages rewritten per clipping)
CACHE_KIB = 128 * 1024    # SQLite page cache while clustering
PREFILTER = 0.3           # estimated containment below which a candidate is not compared exactly


def _default_profile():
    from clippings.config import ConfigError, load_profile
    from clippings.paths import config_path

    try:
        return load_profile(config_path("bureau.toml", env="CLIPPINGS_PROFILE"))
    except ConfigError as exc:
        log.warning("no bureau profile, clustering without district checks: %s", exc)
        return None


class Assigner:
    """Assigns clippings to clusters over one archive connection (keeps a small fingerprint cache)."""

    def __init__(self, db, profile=None):
        self.db = db
        profile = profile if profile is not None else _default_profile()
        self.gazetteer = Gazetteer(profile)
        names = [] if profile is None else [profile.name, profile.short_name, *profile.aliases]
        self.bureau_names = frozenset(n for n in map(norm_outlet, names) if len(n) >= 4)
        self._cache: OrderedDict[int, Features] = OrderedDict()
        self.compared = 0

    def _remember(self, feat: Features) -> None:
        self._cache[feat.id] = feat
        self._cache.move_to_end(feat.id)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def _features(self, ids: list[int]) -> dict[int, Features]:
        out = {i: self._cache[i] for i in ids if i in self._cache}
        missing = [i for i in ids if i not in out]
        for row in store.feature_rows(self.db, missing):
            out[row["id"]] = features(row, self.gazetteer)
            self._remember(out[row["id"]])
        return out

    def _matches(self, feat: Features, current: int | None) -> set[int]:
        """Clusters (other than ``current``) holding a clipping that is the same story as ``feat``."""
        matched: set[int] = set()
        found = store.candidates(self.db, feat.keys, feat.title_keys, feat.id, CANDIDATE_LIMIT)
        # prefilter on the signatures; a shared title always gets the exact check
        keep = [cid for cid, _shared, title_hits, n, sig in found
                if title_hits or estimated_containment(feat.sig, len(feat.shingles),
                                                       np.frombuffer(sig, dtype=np.uint32), n) >= PREFILTER]
        owner = store.clusters_of(self.db, keep)
        todo = [(cid, owner.get(cid)) for cid in keep if owner.get(cid) not in (None, current)]
        if not todo:
            return matched
        cand = self._features([cid for cid, _ in todo])
        for cid, clus in todo:
            if clus in matched or cid not in cand:
                continue
            self.compared += 1
            if same_story(feat, cand[cid])[0]:
                matched.add(clus)
        return matched

    def assign_row(self, row: dict, current: int | None, stamp: str) -> int:
        """Place one clipping (a feature row); returns its cluster id."""
        feat = features(row, self.gazetteer)
        matched = set() if feat.empty else self._matches(feat, current)
        sig = None if feat.sig is None else feat.sig.astype("<u4").tobytes()
        store.save_fingerprint(self.db, feat.id, feat.keys, len(feat.shingles), sig, replace=current is not None)
        self._remember(feat)
        if current is None and not matched:
            store.new_cluster(self.db, feat.id, cluster_stats([row], self.bureau_names), stamp)
            return feat.id
        own = current if current is not None else feat.id
        target = min(matched | {own})
        store.set_cluster(self.db, feat.id, target, stamp)
        for other in sorted((matched | {own}) - {target}):
            if other != feat.id or current is not None:
                store.merge_into(self.db, target, other, stamp)
        refresh_cluster(self.db, target, stamp, self.bureau_names)
        return target

    def run(self, ids: list[int], progress=None) -> int:
        done = 0
        previous = self.db.execute("PRAGMA cache_size").fetchone()[0]
        # the band index is read at random: a larger page cache while clustering (bounded)
        self.db.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        try:
            done = self._run(ids, progress)
        finally:
            self.db.execute(f"PRAGMA cache_size = {previous}")
        return done

    def _run(self, ids: list[int], progress=None) -> int:
        done = 0
        for i in range(0, len(ids), BATCH):
            chunk = ids[i:i + BATCH]
            stamp = to_iso(now())
            with transaction(self.db):   # BEGIN IMMEDIATE: two assigners never place the same clipping
                rows = {r["id"]: r for r in store.feature_rows(self.db, chunk, pending_only=True)}
                for cid in chunk:
                    if cid in rows:
                        self.assign_row(rows[cid], None, stamp)
                        done += 1
            if progress:
                progress(done)
        return done


def assign_clipping(db, clipping_id: int, profile=None) -> int:
    """Put one clipping in its cluster (joining, merging or starting one); returns the cluster id.

    A clipping already in a cluster (e.g. its text changed) is re-fingerprinted and may pull
    other clusters into its own; it never leaves its cluster (``rebuild_clusters`` splits).
    """
    assigner = Assigner(db, profile)
    with transaction(db):
        current = store.cluster_of(db, clipping_id)
        rows = list(store.feature_rows(db, [clipping_id]))
        return assigner.assign_row(rows[0], current, to_iso(now()))


def assign_pending(db, profile=None, limit: int | None = None, progress=None) -> int:
    """Cluster every clipping that has no cluster yet (oldest id first). Returns how many."""
    ids = store.pending_ids(db, limit)
    if not ids:
        return 0
    return Assigner(db, profile).run(ids, progress)


def rebuild_clusters(db, profile=None, progress=None) -> dict:
    """Forget all clusters and recompute them from the texts; same result as incremental.

    Clippings whose cluster did not change keep their ``changed_at``.
    """
    started = time.perf_counter()
    with transaction(db):
        store.reset(db)
    assigner = Assigner(db, profile)
    n = assigner.run(store.all_ids(db), progress)       # reset left every cluster_id NULL
    with transaction(db):
        moved = store.restore_unmoved(db)
    stats = store.counts(db)
    stats.update(clippings=n, moved=moved, compared=assigner.compared,
                 seconds=round(time.perf_counter() - started, 2))
    return stats
