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
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from demosites import gazetteer as gz

TZ = timezone(timedelta(hours=8))
HERE = Path(__file__).parent
SITES = ("jzrb", "jzol", "bbs", "jzcg")
SITE_NAMES = {"jzrb": "江州日报", "jzol": "江州在线", "bbs": "江州论坛", "jzcg": gz.BUREAU_SHORT}
DISTRICT_SHORT = {"东湖区": "东湖", "西城区": "西城", "南山区": "南山", "北江区": "北江",
                  "江州经开区": "经开区", "青石县": "青石"}
# Share of originals per day, oldest (anchor-6) to newest (anchor).
DAY_WEIGHTS = [1.0, 1.2, 1.4, 1.6, 1.9, 2.2, 2.7]


# --------------------------------------------------------------------------- seeds
@dataclass
class Seed:
    key: str
    kind: str  # news | release | forum | irr | pool | close
    label: str
    topic: str | None
    district: str | None
    titles: list[str] = field(default_factory=list)
    lead: str = ""
    paras: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)


def _parse_seed_file(path: Path) -> list[Seed]:
    seeds: list[Seed] = []
    cur: Seed | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("==="):
            parts = [p.strip() for p in line[3:].split("|")]
            if parts[0] in ("pool", "close"):
                cur = Seed(parts[0] + ":" + parts[1], parts[0], parts[1] if parts[0] == "close" else "neutral",
                           parts[1] if parts[0] == "pool" else None, None)
            else:
                key, kind, label, topic, district = (parts + ["-"] * 5)[:5]
                cur = Seed(key, kind, label, None if topic == "-" else topic,
                           None if district == "-" else district)
            seeds.append(cur)
            continue
        tag, _, text = line.partition(":")
        text = text.strip()
        assert cur is not None, line
        if tag == "T":
            cur.titles.append(text)
        elif tag == "L":
            cur.lead = text
        elif tag == "P":
            cur.paras.append(text)
        elif tag == "R":
            cur.replies.append(text)
        else:
            raise ValueError(f"bad seed line: {raw!r}")
    return seeds


@functools.lru_cache(maxsize=1)
def load_seeds() -> dict[str, list[Seed]]:
    out: dict[str, list[Seed]] = {}
    for name in ("seeds_news.txt", "seeds_more.txt", "pools.txt"):
        for s in _parse_seed_file(HERE / name):
            out.setdefault(s.kind, []).append(s)
    return out


# Generic forum replies, by the thread's label (plus "any").
GENERIC_REPLIES = {
    "any": [
        "顶一下。", "mark，坐等后续。", "路过，看看。", "前排围观。", "本地人表示确实是这样。",
        "楼主说的是哪一段？我每天都路过。", "有图有真相，没图说个啥。", "这事我朋友圈也看到了。",
        "关注一下，希望有个结果。", "支持楼主，顶上去。", "同城的进来看看。", "这个帖子要火。",
        "沙发被抢了，板凳也行。", "已收藏。", "这种事情每个城市都有，别太激动。",
    ],
    "negative": [
        "又是这样，每次都是说调查调查，然后就没下文了。", "投诉了也没用，我已经放弃了。",
        "希望有关部门能认真对待，不要应付了事。", "执法要讲规矩，不是谁嗓门大谁有理。",
        "媒体曝光了才有人管，平时打电话都没用。", "说句公道话，基层也难，但错了就是错了。",
        "建议直接打12345，留好录音。", "别洗了，事实摆在眼前。", "我也遇到过类似的情况，最后不了了之。",
    ],
    "positive": [
        "正能量，点赞！", "这才是为人民服务。", "好人一生平安。", "给这位队员点赞，应该表扬。",
        "看到这种帖子心里暖暖的。", "城管也有温情的一面。", "这样的事多报道一些。",
    ],
    "neutral": [
        "这个要具体看情况，各区规定不太一样。", "可以打12319城管热线问问，比在这里问靠谱。",
        "楼主可以去区政务服务中心咨询。", "我上次也是这个问题，后来问清楚就好办了。",
        "规定是规定，执行是执行，两码事。", "有懂法律的来说说吗？", "学习了，长知识。",
    ],
}


# --------------------------------------------------------------------------- items
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


# --------------------------------------------------------------------------- generator
class _Gen:
    def __init__(self, anchor: date):
        self.anchor = anchor
        self.rng = random.Random(f"jiangzhou-demo-{anchor.isoformat()}")
        self.seeds = load_seeds()
        self.pools = {s.topic: s.paras for s in self.seeds.get("pool", [])}
        self.closes = {s.label: s.paras for s in self.seeds.get("close", [])}
        self.story_n = 0

    # --- helpers
    def name(self) -> str:
        return self.rng.choice(gz.SURNAMES) + self.rng.choice(gz.GIVEN)

    def slots(self, district: str, pub: datetime) -> dict:
        r = self.rng
        street = r.choice(gz.DISTRICTS[district])
        p = self.name()
        p2 = self.name()
        while p2 == p:
            p2 = self.name()
        event = pub.date() - timedelta(days=1 if pub.hour < 12 else r.choice([0, 0, 1]))
        return {
            "city": gz.CITY, "bureau": gz.BUREAU, "short": gz.BUREAU_SHORT,
            "d": district, "dshort": DISTRICT_SHORT[district], "s": street,
            "road": r.choice(gz.ROADS[district]), "p": p, "p2": p2,
            "n1": r.randint(2, 9), "n2": r.randint(12, 96), "n3": r.randint(12, 98) * 10,
            "m": r.choice([200, 300, 500, 800, 1000, 2000]),
            "date": f"{event.month}月{event.day}日", "date2": f"{pub.month}月{pub.day}日",
            "time": r.choice(["早上7点多", "上午10点左右", "中午12点左右", "下午3点多", "傍晚6点左右", "晚上8点多"]),
            "team": f"{district}城管执法大队", "squad": f"{street}城管中队",
        }

    def pick_time(self, day: date, site: str) -> datetime:
        r = self.rng
        hours = {"jzrb": (6, 21), "jzol": (7, 22), "jzcg": (8, 18), "bbs": (0, 22)}[site]
        if site == "jzrb" and r.random() < 0.6:
            hours = (6, 10)
        h = r.randint(*hours)
        if day == self.anchor and h > 22:
            h = 22
        return datetime(day.year, day.month, day.day, h, r.randint(0, 59), tzinfo=TZ)

    def pick_day(self) -> date:
        offs = list(range(-6, 1))
        return self.anchor + timedelta(days=self.rng.choices(offs, weights=DAY_WEIGHTS)[0])

    # --- story bodies
    def compose(self, seed: Seed, inst: int, slots: dict) -> tuple[str, list[str]]:
        """Title and paragraphs of one instance of a seed.

        Instance 0 keeps all of the seed's own paragraphs; later instances (the same kind of event
        in another district) keep a rotating, mostly disjoint subset and take different topic-pool
        paragraphs, so sibling stories stay genuinely different texts.
        """
        r = self.rng
        fill = lambda t: t.format_map(slots)  # noqa: E731
        title = fill(seed.titles[0])
        paras = [fill(seed.lead)]
        own = list(seed.paras)
        if seed.kind == "irr":
            return title, paras + [fill(p) for p in own]
        follow_up = inst >= 99  # later editions: lead + fresh pool paragraphs only
        if follow_up:
            own = own[-1:] if seed.kind == "forum" else []
        elif inst > 0 and len(own) > 1:
            n = len(own)
            own = [own[(inst - 1) % n]] + ([own[(inst - 1 + n // 2) % n]] if n >= 5 else [])
        paras += [fill(p) for p in own]
        if seed.kind in ("news", "release"):
            pool = self.pools.get(seed.topic or "", [])
            if pool:
                picks = [pool[(2 * inst + j) % len(pool)] for j in range(1 if inst == 0 else 2)]
                if inst > len(seed.paras):  # ran out of rotations: vary at random
                    picks = r.sample(pool, k=min(3 if follow_up else 2, len(pool)))
                for p in dict.fromkeys(picks):
                    paras.insert(r.randint(min(2, len(paras)), len(paras)), fill(p))
            if seed.kind == "news" and (inst > 0 or r.random() < 0.6):
                closes = self.closes[seed.label]
                paras.append(fill(closes[(inst + r.randint(0, 1)) % len(closes)]))
        return title, paras[:8]

    def new_story_id(self, seed: Seed) -> str:
        self.story_n += 1
        return f"s{self.story_n:03d}-{seed.key}"

    def author_for(self, site: str) -> tuple[str, str]:
        r = self.rng
        if site == "jzrb":
            a = "记者 " + self.name()
            if r.random() < 0.4:
                a += "　通讯员 " + self.name()
            return a, "江州日报"
        if site == "jzol":
            return r.choice(["江州在线记者 ", "记者 "]) + self.name(), "江州在线"
        if site == "jzcg":
            return "", gz.BUREAU_SHORT
        return r.choice(gz.FORUM_USERS), ""

    def make_item(self, seed: Seed, inst: int, district: str, site: str, day: date, edition: int = 1) -> Item:
        pub = self.pick_time(day, site)
        slots = self.slots(district, pub)
        title, body = self.compose(seed, inst, slots)
        author, source = self.author_for(site)
        if seed.kind == "release":
            source = self.rng.choice([gz.BUREAU_SHORT, slots["team"], gz.BUREAU_SHORT])
        it = Item(site=site, path="", title=title, published_at=pub, story_id=self.new_story_id(seed),
                  label=seed.label, district=district if seed.kind != "irr" or "{d}" in seed.lead else None,
                  topic=seed.topic, relevant=seed.kind != "irr", seed=seed.key, body=body,
                  author=author, source=source, edition=edition)
        it.editor = self.rng.choice(gz.JZRB_EDITORS if site == "jzrb" else gz.JZOL_EDITORS)
        it.slots = slots
        if site == "bbs":
            end = datetime(day.year, day.month, day.day, 22, 55, tzinfo=TZ)
            if day < self.anchor:
                end = datetime(self.anchor.year, self.anchor.month, self.anchor.day, 22, 55, tzinfo=TZ)
            self.fill_thread(it, seed, end=end)
        return it

    # --- forum
    def fill_thread(self, it: Item, seed: Seed | None, n_posts: int | None = None,
                    end: datetime | None = None) -> None:
        r = self.rng
        if n_posts is None:
            n_posts = r.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 15])
        first = Post(1, it.author, it.published_at, "\n".join(it.body))
        posts = [first]
        own = list(seed.replies) if seed else []
        r.shuffle(own)
        generic = GENERIC_REPLIES["any"] + GENERIC_REPLIES[it.label]
        t = it.published_at
        if end is None:
            end = datetime(self.anchor.year, self.anchor.month, self.anchor.day, 22, 55, tzinfo=TZ)
        users = [u for u in gz.FORUM_USERS if u != it.author]
        for floor in range(2, n_posts + 1):
            remaining = max((end - t).total_seconds(), 60)
            step = min(remaining * r.uniform(0.02, 0.25), r.uniform(60, 5 * 3600))
            t = (t + timedelta(seconds=max(30, step))).replace(microsecond=0)
            if t > end:
                t = end - timedelta(seconds=(n_posts - floor) * 20 + 5)
            if own:
                text = own.pop()
            else:
                text = r.choice(generic)
                if floor > 3 and r.random() < 0.35:
                    q = r.randint(2, floor - 1)
                    text = f"回复 {q}# {posts[q - 1].author} ：{text}"
            author = it.author if r.random() < 0.1 else r.choice(users)
            posts.append(Post(floor, author, t, text.format_map(_SafeDict(it.slots or it_slots(it))),
                              absolute_time=r.random() < 0.3))
        it.posts = posts

    # --- build
    def build(self) -> list[Item]:
        r = self.rng
        seeds = self.seeds
        originals: list[Item] = []
        districts = list(gz.DISTRICTS)
        plan = []  # (seed, n_instances)
        for s in seeds["news"]:
            plan.append((s, 4 if _slotted(s) else 1))
        for s in seeds["release"]:
            plan.append((s, 4 if _slotted(s) else 1))
        for s in seeds["forum"]:
            plan.append((s, 5 if _slotted(s) else 1))
        for s in seeds["irr"]:
            plan.append((s, 1))
        for seed, n in plan:
            ds = [seed.district] if seed.district else []
            pool = districts[:]
            r.shuffle(pool)
            ds += [d for d in pool if d not in ds]
            for inst in range(n):
                if seed.kind == "news":
                    site = r.choice(["jzrb", "jzol"])
                elif seed.kind == "release":
                    site = "jzcg"
                elif seed.kind == "forum":
                    site = "bbs"
                else:
                    site = r.choice(["jzrb", "jzol", "jzol"])
                originals.append(self.make_item(seed, inst, ds[inst % len(ds)], site, self.pick_day()))
        self.make_long_threads([i for i in originals if i.site == "bbs"])
        reposts = self.make_reposts(originals)
        for orig in [i for i in originals if not i.relevant]:
            if r.random() < 0.9:
                other = "jzol" if orig.site == "jzrb" else "jzrb"
                reposts.append(self.wire_copy(orig, other))
        items = originals + reposts
        self.assign_paths(items)
        self.mark_faults(items)
        self.editions(items)
        items.sort(key=lambda i: (i.published_at, i.path))
        return items

    def make_long_threads(self, threads: list[Item]) -> None:
        r = self.rng
        seeds = {s.key: s for s in self.seeds["forum"]}
        longs = r.sample(threads, k=min(6, len(threads)))
        for n, t in zip([38, 33, 27, 24, 21, 19], longs):
            self.fill_thread(t, seeds.get(t.seed), n_posts=n)
            t.flags.add("long_thread")

    def make_reposts(self, originals: list[Item]) -> list[Item]:
        r = self.rng
        cands = [i for i in originals if i.relevant and i.site in ("jzrb", "jzol", "jzcg")]
        rel = [i for i in cands if i.site == "jzcg"]
        news = [i for i in cands if i.site != "jzcg"]
        chosen = r.sample(rel, k=min(12, len(rel))) + r.sample(news, k=min(16, len(news)))
        out: list[Item] = []
        end = datetime(self.anchor.year, self.anchor.month, self.anchor.day, 22, 50, tzinfo=TZ)
        for orig in chosen:
            targets = [s for s in ("jzol", "jzrb", "bbs") if s != orig.site]
            if orig.site == "jzcg":
                k = r.choice([1, 2, 2, 3])
            else:
                k = r.choice([1, 1, 2])
            targets = r.sample(targets, k=min(k, len(targets)))
            for site in targets:
                pub = orig.published_at + timedelta(minutes=r.randint(40, 26 * 60))
                if pub > end:
                    pub = min(end, orig.published_at + timedelta(minutes=r.randint(5, 30)))
                out.append(self.repost(orig, site, pub))
        return out

    def repost(self, orig: Item, site: str, pub: datetime) -> Item:
        r = self.rng
        src = SITE_NAMES[orig.site]
        title = edit_headline(orig.title, orig, r)
        body = list(orig.body)
        roll = r.random()
        if roll < 0.45 and len(body) > 3:
            body = body[:-1]  # trimmed
        elif roll < 0.75:
            extra = {
                "positive": "【编者按】城市管理既要有力度，也要有温度。本网转载此文，与读者分享。",
                "negative": "【编者按】此事引发网友广泛关注，本网将持续跟进相关部门的调查处理情况。",
                "neutral": "【编者按】城市管理与每位市民息息相关，欢迎读者提出意见建议。",
            }[orig.label]
            body = [extra] + body
        author, _ = self.author_for(site)
        it = Item(site=site, path="", title=title, published_at=pub, story_id=orig.story_id,
                  label=orig.label, district=orig.district, topic=orig.topic, relevant=True,
                  repost_of=orig.path or orig, seed=orig.seed, author=author, source=src)
        it.editor = r.choice(gz.JZRB_EDITORS if site == "jzrb" else gz.JZOL_EDITORS)
        if site == "bbs":
            it.title = "【转帖】" + (orig.title if r.random() < 0.5 else title)
            it.author = r.choice(gz.FORUM_USERS)
            it.body = [f"转自{src}：", orig.title] + body + [f"（来源：{src}）"]
            self.fill_thread(it, None, n_posts=r.randint(2, 9))
        else:
            it.body = [f"原标题：{orig.title}"] + body
            it.author = "" if r.random() < 0.5 else author
        return it

    def wire_copy(self, orig: Item, site: str) -> Item:
        """The same (irrelevant) wire story carried by the other news site, lightly edited."""
        r = self.rng
        end = datetime(self.anchor.year, self.anchor.month, self.anchor.day, 22, 50, tzinfo=TZ)
        pub = min(end, orig.published_at + timedelta(minutes=r.randint(20, 600)))
        pub = max(pub, orig.published_at)
        author, _ = self.author_for(site)
        body = list(orig.body)
        if len(body) > 2 and r.random() < 0.5:
            body = body[:-1]
        it = Item(site=site, path="", title=edit_headline(orig.title, orig, r), published_at=pub,
                  story_id=orig.story_id, label=orig.label, district=orig.district, topic=None,
                  relevant=False, repost_of=orig, seed=orig.seed, body=body, author=author,
                  source=SITE_NAMES[orig.site])
        it.editor = r.choice(gz.JZRB_EDITORS if site == "jzrb" else gz.JZOL_EDITORS)
        return it

    def assign_paths(self, items: list[Item]) -> None:
        counters = {"jzrb": 1123400, "jzol": 385200, "jzcg": 5123400, "bbs": 88100}
        for it in sorted(items, key=lambda i: i.published_at):
            counters[it.site] += self.rng.randint(1, 9) if it.site != "bbs" else self.rng.randint(1, 3)
            it.num_id = n = counters[it.site]
            d = it.published_at
            if it.site == "jzrb":
                it.path = f"/jzrb/content/{d:%Y%m}/{d:%d}/content_{n}.html"
            elif it.site == "jzol":
                it.path = f"/jzol/news/{d:%Y%m%d}/a{n}.html"
            elif it.site == "jzcg":
                it.path = f"/jzcg/gzdt/{d:%Y%m}/t{d:%Y%m%d}_{n}.html"
            else:
                it.path = f"/bbs/forum.php?mod=viewthread&tid={n}"
        for it in items:  # resolve repost_of to the original's path
            if isinstance(it.repost_of, Item):
                it.repost_of = it.repost_of.path

    def mark_faults(self, items: list[Item]) -> None:
        r = self.rng
        jzrb = [i for i in items if i.site == "jzrb" and i.edition == 1 and i.relevant]
        jzol_orig = [i for i in items if i.site == "jzol" and i.relevant and not i.is_repost]
        for it in r.sample(jzrb, k=4):
            it.flags.add("no_meta_charset")
        cand = [i for i in jzrb if not i.flags]
        r.choice(cand).flags.add("wrong_meta_charset")
        picks = r.sample(jzol_orig, k=5)
        picks[0].flags.add("malformed")
        picks[1].flags.add("xss")
        picks[2].flags.add("mobile_link")
        picks[3].flags.add("mobile_link")
        picks[4].flags.add("old_redirect")
        for it in items:
            if it.site == "jzol" and not it.flags and r.random() < 0.1:
                it.flags.add("no_published_meta")

    def editions(self, items: list[Item]) -> None:
        """Edition 2 (anchor+1) and 3 (anchor+2): new articles, one change, removals, forum activity."""
        r = self.rng
        used = {}
        for i in items:
            used.setdefault(i.seed, set()).add(i.district)
        spec = {2: ["jzrb", "jzrb", "jzrb", "jzol", "jzol", "jzol", "jzol", "jzcg", "jzcg", "bbs"],
                3: ["jzrb", "jzol", "jzol", "jzcg", "bbs", "jzol"]}
        counters = {s: max(i.num_id for i in items if i.site == s) for s in SITES}
        for ed, sites in spec.items():
            day = self.anchor + timedelta(days=ed - 1)
            for site in sites:
                kind = {"jzrb": "news", "jzol": "news", "jzcg": "release", "bbs": "forum"}[site]
                choices = [s for s in self.seeds[kind] if _slotted(s) and len(used.get(s.key, ())) < 6]
                fewest = min(len(used.get(s.key, ())) for s in choices)
                choices = [s for s in choices if len(used.get(s.key, ())) == fewest]
                seed = r.choice(choices)
                d = next(x for x in gz.DISTRICTS if x not in used.get(seed.key, set()))
                used.setdefault(seed.key, set()).add(d)
                it = self.make_item(seed, 99, d, site, day, edition=ed)
                counters[site] += r.randint(1, 5)
                n = counters[site]
                it.num_id = n
                p = it.published_at
                it.path = {"jzrb": f"/jzrb/content/{p:%Y%m}/{p:%d}/content_{n}.html",
                           "jzol": f"/jzol/news/{p:%Y%m%d}/a{n}.html",
                           "jzcg": f"/jzcg/gzdt/{p:%Y%m}/t{p:%Y%m%d}_{n}.html",
                           "bbs": f"/bbs/forum.php?mod=viewthread&tid={n}"}[site]
                items.append(it)
        e1 = [i for i in items if i.edition == 1 and not i.flags]
        jzol = [i for i in e1 if i.site == "jzol"]
        jzrb = [i for i in e1 if i.site == "jzrb"]
        changed, gone410 = r.sample(jzol, k=2)
        upd_time = datetime.combine(self.anchor + timedelta(days=1), datetime.min.time(), TZ).replace(hour=10, minute=5)
        new_body = list(changed.body) + [
            f"【更新】{upd_time.month}月{upd_time.day}日上午，记者从相关部门获悉，此事已有新进展：涉事单位已完成整改，"
            "执法部门将组织回头看，确保问题不反弹。"]
        changed.updates[2] = (new_body, upd_time)
        changed.flags.add("updated_e2")
        gone410.gone[2] = 410
        gone404 = r.choice(jzrb)
        gone404.gone[2] = 404
        threads = [i for i in e1 if i.site == "bbs"]
        # reply target: a thread whose last page changes when 3 replies arrive
        rep = next(t for t in sorted(threads, key=lambda t: t.path) if len(t.posts) % 10 in (8, 9))
        deleted = next(t for t in threads if t is not rep and "long_thread" not in t.flags)
        deleted.gone[2] = 200
        users = gz.FORUM_USERS
        texts = ["过了一天了，有没有后续？", "今天又去看了，情况好一些了。", "顶上去，让更多人看到。",
                 "昨天看到有工作人员来处理了。", "等官方答复。"]
        for ed, thread, k in ((2, rep, 3), (3, rep, 2)):
            day = self.anchor + timedelta(days=ed - 1)
            posts = thread.posts_at(ed - 1)
            new = []
            for j in range(k):
                t = datetime(day.year, day.month, day.day, 9 + 3 * j, r.randint(0, 59), tzinfo=TZ)
                new.append(Post(len(posts) + j + 1, r.choice(users), t, r.choice(texts)))
            thread.extra_posts[ed] = new


class _SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def it_slots(it: Item) -> dict:
    d = it.district or "东湖区"
    return {"d": d, "s": gz.DISTRICTS[d][0], "road": gz.ROADS[d][0], "team": f"{d}城管执法大队",
            "squad": f"{gz.DISTRICTS[d][0]}城管中队", "city": gz.CITY, "short": gz.BUREAU_SHORT}


def _slotted(seed: Seed) -> bool:
    """Seeds whose headline names a place can be instantiated once per district."""
    return any(re.search(r"\{(d|road|s|dshort)\}", t) for t in seed.titles)


_SEP = re.compile(r"[ 　]+")


def edit_headline(title: str, orig: Item, r: random.Random) -> str:
    """A repost's edited headline: prefixes, suffixes, re-punctuation, district dropped..."""
    ops = []
    d = orig.district or ""
    if _SEP.search(title):
        ops.append(lambda t: _SEP.sub("，", t))
        ops.append(lambda t: max(_SEP.split(t), key=len))
    if d and d in title:
        ops.append(lambda t: t.replace(d, DISTRICT_SHORT[d], 1))
    if orig.site == "jzcg":
        ops.append(lambda t: t.replace(gz.BUREAU_SHORT, "江州城管").replace("市城管执法局", "江州城管"))
    ops.append(lambda t: ("江州：" if d else "江州：") + t)
    if d:
        ops.append(lambda t: f"【{DISTRICT_SHORT[d]}】" + t)
    ops.append(lambda t: t + {"positive": "，网友纷纷点赞", "negative": "，引发热议", "neutral": ""}[orig.label])
    for _ in range(5):
        out = title
        for op in r.sample(ops, k=min(len(ops), r.choice([1, 2]))):
            out = op(out)
        if out != title:
            return out
    return "转载：" + title


# --------------------------------------------------------------------------- public API
class Corpus:
    def __init__(self, anchor: date, items: list[Item]):
        self.anchor = anchor
        self.items = items
        self._by_path = {i.path: i for i in items}

    def now(self, edition: int = 1) -> datetime:
        """The server's notion of "now" in an edition (anchor 23:00 +08:00, +1 day per edition)."""
        d = self.anchor + timedelta(days=edition - 1)
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
