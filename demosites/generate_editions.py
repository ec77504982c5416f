"""Generator stage: the world's later editions. Edition 2 (anchor+1) and 3 (anchor+2) add new
articles and forum replies, change one article, remove others (404/410) and delete a thread.

Mixed into `demosites.generate._Gen`; relies on its `rng`, `anchor`, `seeds` and `make_item`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from demosites import gazetteer as gz
from demosites.model import SITES, TZ, Item, Post
from demosites.seeds import slotted


class EditionMixin:
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
                choices = [s for s in self.seeds[kind] if slotted(s) and len(used.get(s.key, ())) < 6]
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

