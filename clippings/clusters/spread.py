"""Where a story first appeared and how far it spread.

The first publisher is the member whose outlet the members' 来源 / 转自 lines name (most named
outlet first), else the member whose title others give as 原标题, else the earliest published
(fetched time when the publish time is unknown; then the lowest id). A cluster is *spreading*
when it has two or more members and its latest copy appeared within the last 24 hours.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from clippings.archive import clusters as store
from clippings.clusters.fingerprint import norm_outlet, outlets_match, parse_fields, squeeze
from clippings.timeutil import now, parse_iso, to_iso

SPREADING_HOURS = 24


def _when(m: dict) -> tuple[str, int]:
    return (m.get("published_at") or m.get("fetched_at") or "9999", m["id"])


def _named(m: dict, key: str) -> str | None:
    if m.get(key):
        return m[key]
    parsed = parse_fields((m.get("head") or "") + "\n" + (m.get("tail") or ""))
    return parsed.get(key)


def _outlet(m: dict) -> str:
    return m.get("source_title") or m.get("source") or ""


def choose_first(members: list[dict], bureau_names: frozenset = frozenset()) -> tuple[dict, str | None]:
    """(first publisher, outlet named by 来源 lines or None). Independent of member order."""
    named: Counter = Counter()
    display: dict[str, str] = {}
    for m in members:
        origin = _named(m, "origin_source")
        if origin and norm_outlet(origin):
            key = norm_outlet(origin)
            named[key] += 1
            display.setdefault(key, origin)
    for outlet, _ in sorted(named.items(), key=lambda kv: (-kv[1], kv[0])):
        matches = [m for m in members
                   if outlets_match(outlet, _outlet(m)) or outlets_match(outlet, m.get("source"))
                   or (outlet in bureau_names and norm_outlet(_outlet(m)) in bureau_names)]
        if matches:
            return min(matches, key=_when), display[outlet]
    originals = {squeeze(_named(m, "original_title")) for m in members} - {""}
    titled = [m for m in members if squeeze(m.get("title")) in originals]
    first_named = sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))
    origin_named = display[first_named[0][0]] if first_named else None
    if titled:
        return min(titled, key=_when), origin_named
    return min(members, key=_when), origin_named


def cluster_stats(members: list[dict], bureau_names: frozenset = frozenset()) -> dict:
    """The clusters-row fields for these members (non-empty list)."""
    first, origin_named = choose_first(members, bureau_names)
    times = sorted(_when(m)[0] for m in members)
    sources: dict[str, None] = {}
    for m in sorted(members, key=_when):
        sources.setdefault(_outlet(m), None)
    return {
        "first_clipping_id": first["id"],
        "size": len(members),
        "first_seen": times[0],
        "last_seen": times[-1],
        "sources": list(sources),
        "source_count": len(sources),
        "title": first.get("title"),
        "first_source": _outlet(first),
        "first_published_at": first.get("published_at"),
        "origin_named": origin_named,
    }


def refresh_cluster(db, cluster_id: int, stamp: str, bureau_names: frozenset = frozenset()) -> dict:
    members = store.member_rows(db, cluster_id)
    stats = cluster_stats(members, bureau_names)
    store.save_stats(db, cluster_id, {**stats, "updated_at": stamp})
    return stats


def cluster_members(db, cluster_id: int) -> list[dict]:
    """A cluster's clippings, oldest first: id, title, source, source_title, url, published_at, is_first."""
    cluster = store.get_cluster(db, cluster_id)
    if cluster is None:
        return []
    first = cluster["first_clipping_id"]
    return [
        {"id": m["id"], "title": m["title"], "source": m["source"], "source_title": m["source_title"],
         "url": m["url"], "published_at": m["published_at"], "is_first": m["id"] == first}
        for m in store.member_rows(db, cluster_id)
    ]


def is_spreading(cluster: dict, at: datetime | None = None, hours: int = SPREADING_HOURS) -> bool:
    """Two or more copies and a new one within ``hours`` before ``at`` (default now)."""
    if not cluster or (cluster.get("size") or 0) < 2 or not cluster.get("last_seen"):
        return False
    at = at or now()
    return parse_iso(cluster["last_seen"]) >= at - timedelta(hours=hours)


def spreading_clusters(db, at: datetime | None = None, hours: int = SPREADING_HOURS) -> list[dict]:
    """Clusters that gained copies in the ``hours`` before ``at``, each with ``new_members``."""
    at = at or now()
    return store.clusters_active_between(db, to_iso(at - timedelta(hours=hours)), to_iso(at + timedelta(seconds=1)))


def spread_timeline(db, cluster_id: int) -> list[dict]:
    """Per day: how many copies appeared and in which outlets (oldest day first)."""
    days: dict[str, dict] = {}
    for when, source in store.member_times(db, cluster_id):
        day = (parse_iso(when).date().isoformat() if when else "未知")
        entry = days.setdefault(day, {"day": day, "count": 0, "sources": []})
        entry["count"] += 1
        if source not in entry["sources"]:
            entry["sources"].append(source)
    return list(days.values())


def cluster_detail(db, cluster_id: int) -> dict | None:
    """Everything ``clippings clusters show`` prints: the cluster row, members, daily spread."""
    cluster = store.get_cluster(db, cluster_id)
    if cluster is None:
        return None
    return {"cluster": cluster, "members": cluster_members(db, cluster_id),
            "timeline": spread_timeline(db, cluster_id), "spreading": is_spreading(cluster)}
