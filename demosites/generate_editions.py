"""Generator stage: the world's later editions. Edition 2 (anchor+1) and 3 (anchor+2) add new
articles and forum replies, change one article, remove others (404/410) and delete a thread.

Mixed into `demosites.generate._Gen`; relies on its `rng`, `anchor`, `seeds` and `make_item`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from demosites import gazetteer as gz
from demosites.model import SITE_NAMES, SITES, TZ, Item, Post
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



# The incident editions (4, 5, 6: the evening of edition 3's day, minutes apart): a negative forum
# post, reposted by the news sites within the hour, then answered by the bureau's 通报. Written out
# by hand (no rng), so editions 1-3 stay exactly as they were.
INCIDENT_DISTRICT = "东湖区"
INCIDENT_TITLE = "视频：湖滨街道城管强行拖走卖菜老人三轮车，围观市民质疑执法粗暴"
INCIDENT_BODY = [
    "今天晚上七点多，在东湖区湖滨街道湖滨路菜市场门口，几名穿制服的城管队员把一位卖菜老人的三轮车强行拖上执法车。",
    "老人坐在地上哭，说车上的菜是一家人一周的生活费，围观的市民纷纷拿出手机拍摄，有人质疑执法方式粗暴、不近人情。",
    "视频在朋友圈和业主群里转得很快，不少网友留言说占道经营确实影响通行，但对老人应当多劝导、少硬来。",
    "希望江州城管和东湖区有关部门给个说法：执法程序是否合规？老人的三轮车和蔬菜什么时候能还？",
]
INCIDENT_REPLIES = ["这个视频我也看到了，老人太可怜了。", "占道是不对，但执法也要讲方式。", "等官方回应。",
                    "已经转到区长信箱了。", "顶上去，让更多人看到。"]
NOTICE_TITLE = "关于网传湖滨街道执法人员暂扣摊主三轮车情况的通报"
NOTICE_BODY = [
    "近日，有网民反映东湖区湖滨街道执法人员暂扣一名老年摊主三轮车一事，我局高度重视，立即成立调查组开展调查。",
    "经查，当晚东湖区城管执法大队湖滨中队队员在湖滨路菜市场门口开展占道经营整治，对劝导无效的流动摊点依法暂扣三轮车，"
    "执法全程有执法记录仪记录。当事老人情绪激动坐地，队员未能及时做好安抚工作，方式方法欠妥。",
    "目前，暂扣的三轮车及蔬菜已当面返还当事人，中队负责人已上门致歉，并帮助老人联系湖滨便民疏导点摊位。",
    "我局将举一反三，加强队伍教育管理，坚持执法与服务并重，欢迎社会各界继续监督。",
]


def incident_items(anchor) -> list[Item]:
    """The incident's items, each with the edition it goes live in (4, 5 or 6)."""
    day = anchor + timedelta(days=2)

    def at(h: int, m: int) -> datetime:
        return datetime(day.year, day.month, day.day, h, m, tzinfo=TZ)

    story = "incident-hubin"
    post = Item(site="bbs", path="/bbs/forum.php?mod=viewthread&tid=99001", title=INCIDENT_TITLE,
                published_at=at(20, 5), story_id=story, label="negative", district=INCIDENT_DISTRICT,
                topic="流动摊贩", relevant=True, seed="incident", body=list(INCIDENT_BODY), author="湖滨老住户",
                num_id=99001, edition=4)
    post.posts = [Post(1, post.author, post.published_at, "\n".join(INCIDENT_BODY))] + [
        Post(n + 2, gz.FORUM_USERS[n], at(20, 9 + 4 * n), text) for n, text in enumerate(INCIDENT_REPLIES)]
    out = [post]
    reposts = (("jzol", 5, at(20, 25), f"/jzol/news/{day:%Y%m%d}/a399001.html", 399001),
               ("jzrb", 5, at(20, 40), f"/jzrb/content/{day:%Y%m}/{day:%d}/content_1199001.html", 1199001),
               ("jzol", 5, at(20, 55), f"/jzol/news/{day:%Y%m%d}/a399002.html", 399002))
    for i, (site, edition, pub, path, num) in enumerate(reposts):
        title = ["东湖区湖滨街道城管拖走卖菜老人三轮车 网友质疑执法粗暴，引发热议",
                 "【东湖】城管强行拖走老人三轮车？视频引发热议",
                 "江州：城管拖走卖菜老人三轮车视频持续发酵"][i]
        out.append(Item(site=site, path=path, title=title, published_at=pub, story_id=story, label="negative",
                        district=INCIDENT_DISTRICT, topic="流动摊贩", relevant=True, repost_of=post.path,
                        seed="incident", source=SITE_NAMES["bbs"], num_id=num, edition=edition,
                        body=["【编者按】此事引发网友广泛关注，本网将持续跟进相关部门的调查处理情况。",
                              f"原标题：{INCIDENT_TITLE}", *INCIDENT_BODY, "（来源：江州论坛）"]))
    out.append(Item(site="jzcg", path=f"/jzcg/gzdt/{day:%Y%m}/t{day:%Y%m%d}_5199001.html", title=NOTICE_TITLE,
                    published_at=at(21, 10), story_id="incident-hubin-notice", label="neutral",
                    district=INCIDENT_DISTRICT, topic="执法形象", relevant=True, seed="incident",
                    body=list(NOTICE_BODY), author="江州市城管执法局", num_id=5199001, edition=6))
    return out
