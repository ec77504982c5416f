"""The corpus generator: turns seeds into the dated, placed, attributed items of edition 1
(news articles, releases, forum threads with replies), then hands them on to the repost
(`demosites.generate_reposts`) and edition (`demosites.generate_editions`) stages.

Every random choice goes through one `random.Random` seeded from the anchor date, in a fixed
order, so the output is deterministic for a given anchor date.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from demosites import gazetteer as gz
from demosites.generate_editions import EditionMixin
from demosites.generate_reposts import RepostMixin
from demosites.model import DISTRICT_SHORT, TZ, Item, Post
from demosites.seeds import GENERIC_REPLIES, Seed, load_seeds, slotted

# Share of originals per day, oldest (anchor-6) to newest (anchor).
DAY_WEIGHTS = [1.0, 1.2, 1.4, 1.6, 1.9, 2.2, 2.7]


class _Gen(RepostMixin, EditionMixin):
    """Builds every item of every edition from the seeds, deterministically for an anchor date.

    Data flow of `build()`: originals (seed instances per district and day) -> long threads ->
    reposts and wire copies (`RepostMixin`) -> paths -> fault flags -> editions 2 and 3
    (`EditionMixin`).
    """

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
            plan.append((s, 4 if slotted(s) else 1))
        for s in seeds["release"]:
            plan.append((s, 4 if slotted(s) else 1))
        for s in seeds["forum"]:
            plan.append((s, 5 if slotted(s) else 1))
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
        from demosites.generate_editions import incident_items

        items += incident_items(self.anchor)
        items.sort(key=lambda i: (i.published_at, i.path))
        return items

    def make_long_threads(self, threads: list[Item]) -> None:
        r = self.rng
        seeds = {s.key: s for s in self.seeds["forum"]}
        longs = r.sample(threads, k=min(6, len(threads)))
        for n, t in zip([38, 33, 27, 24, 21, 19], longs):
            self.fill_thread(t, seeds.get(t.seed), n_posts=n)
            t.flags.add("long_thread")


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
        # The longest plain 江州日报网 articles are printed over two pages (content_N.html, content_N_2.html).
        # Chosen without the rng, so every other choice above stays as it was.
        plain = [i for i in jzrb if not i.flags and len(i.body) >= 6]
        for it in sorted(plain, key=lambda i: (-sum(map(len, i.body)), i.path))[:3]:
            it.flags.add("paged")


class _SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def it_slots(it: Item) -> dict:
    d = it.district or "东湖区"
    return {"d": d, "s": gz.DISTRICTS[d][0], "road": gz.ROADS[d][0], "team": f"{d}城管执法大队",
            "squad": f"{gz.DISTRICTS[d][0]}城管中队", "city": gz.CITY, "short": gz.BUREAU_SHORT}

