"""Generator stage: reposts of relevant stories on other sites and wire copies of irrelevant
ones, with lightly edited headlines (`edit_headline`) and bodies.

Mixed into `demosites.generate._Gen`; relies on its `rng`, `anchor`, `author_for` and `fill_thread`.
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta

from demosites import gazetteer as gz
from demosites.model import DISTRICT_SHORT, SITE_NAMES, TZ, Item


class RepostMixin:
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
