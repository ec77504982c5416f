"""The generated content of the demo web, as data (ground truth for tests and evaluations).

    from demosites.corpus import build_corpus
    c = build_corpus("2026-11-25")
    c.items                 # every item of every edition (Item objects)
    c.visible(1)            # items live in edition 1
    c.changes(2)            # which URLs changed when the world moved to edition 2
    c.stories()             # story_id -> items (repost clustering ground truth)

Each Item has: site ("jzrb"|"jzol"|"bbs"|"jzcg"), path (URL path incl. query for forum threads),
title, published_at (aware, +08:00), story_id, label ("positive"|"negative"|"neutral"), district,
topic, relevant, repost_of (path of the original item when this item is a repost, else None),
plus body paragraphs, author, source and fault flags.
Everything is deterministic for a given anchor date.

This module is the public API (`Corpus`, `build_corpus`, `items`); the data model is in
`demosites.model`, seed parsing in `demosites.seeds` and the generator in `demosites.generate`
(+ `generate_reposts`, `generate_editions`). Their names stay importable from here.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta

from demosites.generate import DAY_WEIGHTS, _Gen, it_slots  # noqa: F401  (re-exported)
from demosites.generate_reposts import edit_headline  # noqa: F401  (re-exported)
from demosites.model import DISTRICT_SHORT, SITE_NAMES, SITES, TZ, Item, Post  # noqa: F401  (re-exported)
from demosites.seeds import GENERIC_REPLIES, HERE, Seed, load_seeds  # noqa: F401  (re-exported)

__all__ = ["Corpus", "Item", "Post", "SITES", "SITE_NAMES", "TZ", "build_corpus", "items"]


class Corpus:
    def __init__(self, anchor: date, items: list[Item]):
        self.anchor = anchor
        self.items = items
        self._by_path = {i.path: i for i in items}

    def now(self, edition: int = 1) -> datetime:
        """The server's notion of "now" in an edition (anchor 23:00 +08:00, +1 day per edition up to 3;
        editions 4-6 are the incident evening of edition 3's day)."""
        d = self.anchor + timedelta(days=min(edition, 3) - 1)
        return datetime(d.year, d.month, d.day, 23, 0, tzinfo=TZ)

    def by_path(self, path: str) -> Item | None:
        return self._by_path.get(path)

    def visible(self, edition: int = 1, site: str | None = None) -> list[Item]:
        """Items listed in `edition` (newest first), excluding removed ones."""
        out = [i for i in self.items if i.edition <= edition and i.status_at(edition) is None
               and (site is None or i.site == site)]
        out.sort(key=lambda i: (i.published_at, i.num_id), reverse=True)
        return out

    def stories(self, edition: int = 1) -> dict[str, list[Item]]:
        out: dict[str, list[Item]] = {}
        for i in self.items:
            if i.edition <= edition:
                out.setdefault(i.story_id, []).append(i)
        return out

    def repost_groups(self, edition: int = 1) -> dict[str, list[str]]:
        """story_id -> paths, only for stories that appear on 2+ pages (clustering ground truth)."""
        return {k: [i.path for i in v] for k, v in self.stories(edition).items() if len(v) > 1}

    def flagged(self, flag: str) -> list[Item]:
        return [i for i in self.items if flag in i.flags]

    def changes(self, edition: int) -> dict[str, list[str]]:
        """What differs between edition-1 and `edition`: URL paths per kind of change."""
        out = {"added": [], "modified": [], "gone_404": [], "gone_410": [], "thread_replied": [],
               "thread_deleted": []}
        for i in self.items:
            if i.edition == edition:
                out["added"].append(i.path)
            if edition in i.updates:
                out["modified"].append(i.path)
            st = i.gone.get(edition)
            if st == 404:
                out["gone_404"].append(i.path)
            elif st == 410:
                out["gone_410"].append(i.path)
            elif st == 200:
                out["thread_deleted"].append(i.path)
            if edition in i.extra_posts:
                out["thread_replied"].append(i.path)
        return out

    def counts(self, edition: int = 1) -> dict[str, dict[str, int]]:
        """site -> day (YYYY-MM-DD) -> number of items published (edition's world)."""
        out: dict[str, dict[str, int]] = {}
        for i in self.items:
            if i.edition <= edition:
                day = i.published_at.date().isoformat()
                out.setdefault(i.site, {}).setdefault(day, 0)
                out[i.site][day] += 1
        return {s: dict(sorted(v.items())) for s, v in sorted(out.items())}


def _parse_date(anchor_date: str | date) -> date:
    return anchor_date if isinstance(anchor_date, date) else date.fromisoformat(str(anchor_date))


@functools.lru_cache(maxsize=8)
def build_corpus(anchor_date: str | date = "2026-11-25") -> Corpus:
    anchor = _parse_date(anchor_date)
    return Corpus(anchor, _Gen(anchor).build())


def items(anchor_date: str | date = "2026-11-25") -> list[Item]:
    """All items (every edition) for the anchor date."""
    return build_corpus(anchor_date).items
