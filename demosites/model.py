"""The demo corpus's data model: `Item` (one article or forum thread), `Post` (one forum floor)
and the site constants they refer to (`TZ`, `SITES`, `SITE_NAMES`, `DISTRICT_SHORT`).

Pure data, no generation logic: `demosites.generate` fills these in, `demosites.corpus` serves
them and `demosites.render_*` turn them into pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from demosites import gazetteer as gz

TZ = timezone(timedelta(hours=8))
SITES = ("jzrb", "jzol", "bbs", "jzcg")
SITE_NAMES = {"jzrb": "江州日报", "jzol": "江州在线", "bbs": "江州论坛", "jzcg": gz.BUREAU_SHORT}
DISTRICT_SHORT = {"东湖区": "东湖", "西城区": "西城", "南山区": "南山", "北江区": "北江",
                  "江州经开区": "经开区", "青石县": "青石"}


@dataclass
class Post:
    floor: int
    author: str
    time: datetime
    text: str
    absolute_time: bool = False  # shown as absolute time even when recent


@dataclass
class Item:
    site: str
    path: str
    title: str
    published_at: datetime
    story_id: str
    label: str
    district: str | None
    topic: str | None
    relevant: bool
    repost_of: str | None = None
    seed: str = ""
    body: list[str] = field(default_factory=list)
    author: str = ""
    source: str = ""
    editor: str = ""
    num_id: int = 0
    edition: int = 1
    flags: set[str] = field(default_factory=set)
    posts: list[Post] = field(default_factory=list)          # bbs threads
    extra_posts: dict[int, list[Post]] = field(default_factory=dict)  # edition -> new replies
    gone: dict[int, int] = field(default_factory=dict)        # edition -> HTTP status (404/410/"deleted"=200)
    updates: dict[int, tuple[list[str], datetime]] = field(default_factory=dict)
    slots: dict = field(default_factory=dict, repr=False)  # the values filled into the seed

    @property
    def is_repost(self) -> bool:
        return self.repost_of is not None

    @property
    def tid(self) -> int:
        return self.num_id

    def status_at(self, edition: int) -> int | None:
        """None when live; else 404/410 (or 200 for a deleted forum thread)."""
        st = None
        for e in sorted(self.gone):
            if e <= edition:
                st = self.gone[e]
        return st

    def body_at(self, edition: int) -> list[str]:
        body = self.body
        for e in sorted(self.updates):
            if e <= edition:
                body = self.updates[e][0]
        return body

    def modified_at(self, edition: int) -> datetime:
        m = self.published_at
        for e in sorted(self.updates):
            if e <= edition:
                m = self.updates[e][1]
        if self.posts:
            m = max([m] + [p.time for p in self.posts_at(edition)])
        return m

    def posts_at(self, edition: int) -> list[Post]:
        out = list(self.posts)
        for e in sorted(self.extra_posts):
            if e <= edition:
                out.extend(self.extra_posts[e])
        return out

    def text(self, edition: int = 1) -> str:
        if self.posts:
            return "\n".join(p.text for p in self.posts_at(edition))
        return "\n".join(self.body_at(edition))

    def as_dict(self) -> dict:
        return {
            "site": self.site, "path": self.path, "title": self.title,
            "published_at": self.published_at.isoformat(), "story_id": self.story_id,
            "label": self.label, "district": self.district, "topic": self.topic,
            "relevant": self.relevant, "repost_of": self.repost_of, "edition": self.edition,
            "flags": sorted(self.flags),
        }
