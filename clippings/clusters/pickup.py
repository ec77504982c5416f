"""Pickup of the bureau's own releases (稿件采用率).

A release is a clipping from a source marked ``own = true`` in sources.toml (the bureau's
website, its 公众号 mirror). Copies of the same release on several own sources count once
(the earliest; the others are listed as mirrors). Its pickups are the other members of its
repost cluster: which outlets carried it, when, and how long after the release.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

from clippings.archive import clusters as store
from clippings.archive import records
from clippings.clusters.fidelity import compare_to_release
from clippings.timeutil import day_bounds, parse_iso

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def month_bounds(month: str) -> tuple[str, str]:
    """'2026-11' -> [start, end) archive strings. ValueError on a bad month."""
    m = _MONTH.match((month or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(f"月份格式应为 YYYY-MM，例如 2026-11：{month!r}")
    year, mon = int(m.group(1)), int(m.group(2))
    start = date(year, mon, 1)
    end = date(year + (mon == 12), mon % 12 + 1, 1)
    return day_bounds(start)[0], day_bounds(end)[0]


def own_source_names(sources_config) -> list[str]:
    """Names of the own sources, from a list of Source objects / dicts, or a sources.toml path."""
    if isinstance(sources_config, (str, Path)):
        from clippings.config import load_sources

        sources_config = load_sources(sources_config)
    names = []
    for s in sources_config or []:
        own = s.get("own") if isinstance(s, dict) else getattr(s, "own", False)
        name = s.get("name") if isinstance(s, dict) else getattr(s, "name", None)
        if own and name:
            names.append(name)
    return names


def _hours(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    return round((parse_iso(b) - parse_iso(a)).total_seconds() / 3600, 1)


def pickup_report(db, sources_config, month: str) -> dict:
    """Per release published in ``month``: the outlets that carried it and when.

    Returns {"month", "own_sources", "releases": [{id, title, source, source_title, url,
    published_at, cluster_id, mirrors, pickups: [{id, title, source, source_title, url,
    published_at, delay_hours, fidelity (a clusters.fidelity.Fidelity: headline changed, sentences
    dropped or added), deleted}], outlets}], "summary": {releases, picked_up, rate, pickups,
    outlets: [(outlet, count)], unclustered}}.
    """
    start, end = month_bounds(month)
    own = own_source_names(sources_config)
    own_set = set(own)
    releases: list[dict] = []
    by_cluster: dict[int, dict] = {}
    for row in store.releases(db, own, start, end):
        cid = row["cluster_id"]
        if cid is not None and cid in by_cluster:
            by_cluster[cid]["mirrors"].append({"id": row["id"], "source": row["source"], "url": row["url"]})
            continue
        release = {k: row[k] for k in ("id", "title", "source", "source_title", "url", "published_at", "cluster_id")}
        release.update(mirrors=[], pickups=[], outlets=[])
        when = row["published_at"] or row["fetched_at"]
        if cid is not None:
            by_cluster[cid] = release
            original = records.get_clipping(db, row["id"]) or {}
            for m in store.member_rows(db, cid):
                if m["source"] in own_set:
                    continue
                copy = records.get_clipping(db, m["id"]) or {}
                fidelity = compare_to_release(original.get("title") or "", original.get("text") or "",
                                              copy.get("title") or "", copy.get("text") or "")
                release["pickups"].append({
                    "fidelity": fidelity, "deleted": copy.get("status") == "deleted",
                    "id": m["id"], "title": m["title"], "source": m["source"],
                    "source_title": m["source_title"] or m["source"], "url": m["url"],
                    "published_at": m["published_at"],
                    "delay_hours": _hours(when, m["published_at"] or m["fetched_at"]),
                })
        outlets: dict[str, None] = {}
        for p in release["pickups"]:
            outlets.setdefault(p["source_title"], None)
        release["outlets"] = list(outlets)
        releases.append(release)
    counter: Counter = Counter(o for r in releases for o in r["outlets"])
    picked = sum(1 for r in releases if r["pickups"])
    summary = {
        "releases": len(releases),
        "picked_up": picked,
        "rate": round(picked / len(releases), 3) if releases else 0.0,
        "pickups": sum(len(r["pickups"]) for r in releases),
        "outlets": sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])),
        "unclustered": sum(1 for r in releases if r["cluster_id"] is None),
        "altered": sum(1 for r in releases for p in r["pickups"] if not p["fidelity"].same),
    }
    return {"month": month, "own_sources": own, "releases": releases, "summary": summary}

