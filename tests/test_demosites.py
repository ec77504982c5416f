"""Tests for the bundled demo web (demosites): real HTTP against a started server."""

from __future__ import annotations

import math
import re
import subprocess
import sys
import time
import tomllib
import urllib.error
import urllib.request
import urllib.robotparser
from pathlib import Path

import pytest
from lxml import etree, html as lhtml

from demosites.corpus import _Gen, build_corpus
from demosites.server import DemoServer

ROOT = Path(__file__).resolve().parents[1]
ANCHOR = "2026-11-25"


@pytest.fixture(scope="module")
def srv():
    s = DemoServer(host="127.0.0.1", port=0, anchor_date=ANCHOR, bench_articles=120, slow_seconds=0.3)
    s.start()
    yield s
    s.stop()


@pytest.fixture
def ed1(srv):
    srv.set_edition(1)
    yield srv
    srv.set_edition(1)


def fetch(srv, path, headers=None, method="GET"):
    req = urllib.request.Request(srv.base_url + path, headers=headers or {}, method=method)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(req, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


# ----------------------------------------------------------------------------- corpus
def test_corpus_volume_and_determinism():
    c = build_corpus(ANCHOR)
    e1 = [i for i in c.items if i.edition == 1]
    rel = [i for i in e1 if i.relevant]
    assert 230 <= len(rel) <= 360
    assert 0.10 <= (len(e1) - len(rel)) / len(e1) <= 0.22
    counts = c.counts(1)
    assert set(counts) == {"jzrb", "jzol", "bbs", "jzcg"}
    days = sorted({d for v in counts.values() for d in v})
    assert days[0] == "2026-11-19" and days[-1] == ANCHOR
    per_day = {d: sum(v.get(d, 0) for v in counts.values()) for d in days}
    assert per_day[ANCHOR] > per_day["2026-11-19"]
    # deterministic: a fresh generation yields the same items
    again = _Gen(c.anchor).build()
    assert [(i.path, i.title, i.story_id) for i in again] == [(i.path, i.title, i.story_id) for i in c.items]
    assert len({i.path for i in c.items}) == len(c.items)
    assert {i.district for i in rel} >= {"东湖区", "西城区", "南山区", "北江区", "江州经开区", "青石县"}
    assert {i.label for i in rel} == {"positive", "negative", "neutral"}


def test_corpus_relevance_matches_bureau_profile():
    cfg = tomllib.loads((ROOT / "config" / "bureau.toml").read_text(encoding="utf-8"))
    aliases = cfg["bureau"]["aliases"]
    terms = cfg["bureau"]["topic_terms"]
    places = [cfg["bureau"]["city"], "江州"] + [d["name"] for d in cfg["districts"]]
    c = build_corpus(ANCHOR)
    for it in c.items:
        text = it.title + "\n" + it.text(3)
        has_alias = any(a in text for a in aliases)
        has_topic = any(t in text for t in terms) and any(p in text for p in places)
        if it.relevant:
            assert has_alias or has_topic, it.path
        else:
            assert not has_alias and not any(t in text for t in terms), (it.path, it.title)


def test_corpus_reposts_ground_truth():
    c = build_corpus(ANCHOR)
    groups = {k: v for k, v in c.repost_groups(1).items() if c.by_path(v[0]).relevant}
    assert 25 <= len(groups) <= 40
    for sid, paths in groups.items():
        items = [c.by_path(p) for p in paths]
        originals = [i for i in items if i.repost_of is None]
        assert len(originals) == 1, sid
        assert 2 <= len({i.site for i in items}) <= 4
        for i in items:
            if i.repost_of:
                assert i.repost_of == originals[0].path
                assert i.title != originals[0].title
                assert i.published_at >= originals[0].published_at
    # bureau releases are picked up by the news sites
    picked = [g for g in groups.values() if any(p.startswith("/jzcg/") for p in g)]
    assert len(picked) >= 8


def test_corpus_sibling_stories_differ_more_than_reposts():
    """Instances of one seed in different districts must not look like reposts of each other."""
    c = build_corpus(ANCHOR)

    def grams(t):
        t = t.replace("\n", "")
        return {t[i:i + 4] for i in range(len(t) - 3)}

    by_seed = {}
    for it in c.items:
        if it.site != "bbs" and it.edition == 1:
            by_seed.setdefault(it.seed, []).append((it, grams(it.text())))
    sib, rep = [], []
    for group in by_seed.values():
        for n, (a, ga) in enumerate(group):
            for b, gb in group[n + 1:]:
                j = len(ga & gb) / len(ga | gb)
                (rep if a.story_id == b.story_id else sib).append(j)
    assert sum(sib) / len(sib) < 0.4
    assert max(sib) < min(rep)


def test_corpus_text_is_gbk_encodable():
    c = build_corpus(ANCHOR)
    for it in c.items:
        if it.site == "jzrb":
            (it.title + it.text(3) + it.author + it.source).encode("gbk")  # strict


# ----------------------------------------------------------------------------- server basics
def test_refuses_non_loopback():
    with pytest.raises(ValueError, match="loopback"):
        DemoServer(host="0.0.0.0", port=0)
    with pytest.raises(ValueError):
        DemoServer(host="192.168.1.10", port=0)


def test_gbk_page_without_header_charset(ed1):
    c = ed1.corpus
    normal = next(i for i in c.visible(1, "jzrb") if not i.flags)
    st, h, body = fetch(ed1, normal.path)
    assert st == 200
    assert h["Content-Type"] == "text/html"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    text = body.decode("gb18030")
    assert normal.title in text and "charset=gb2312" in text
    assert f"<title>{normal.title}_江州日报网</title>" in text
    assert 'id="ozoom"' in text and "责任编辑" in text and "热点排行" in text
    assert f"{normal.published_at.year}年{normal.published_at.month}月{normal.published_at.day}日" in text
    for flag, marker in (("no_meta_charset", None), ("wrong_meta_charset", "charset=utf-8")):
        it = c.flagged(flag)[0]
        st, h, body = fetch(ed1, it.path)
        text = body.decode("gb18030")
        assert it.title in text
        if marker:
            assert marker in text
        else:
            assert "charset=" not in text.split("</head>")[0]


def test_conditional_requests_and_head(ed1):
    for site in ("jzrb", "jzol", "jzcg", "bbs"):
        it = ed1.corpus.visible(1, site)[5]
        st, h, body = fetch(ed1, it.path)
        assert st == 200 and h["ETag"] and h["Last-Modified"]
        st, h2, body2 = fetch(ed1, it.path, {"If-None-Match": h["ETag"]})
        assert st == 304 and body2 == b""
        st, _, _ = fetch(ed1, it.path, {"If-Modified-Since": h["Last-Modified"]})
        assert st == 304
        st, _, _ = fetch(ed1, it.path, {"If-None-Match": '"nope"'})
        assert st == 200
        st, h3, body3 = fetch(ed1, it.path, method="HEAD")
        assert st == 200 and body3 == b"" and int(h3["Content-Length"]) == len(body)


def test_request_log(ed1):
    ed1.reset_log()
    fetch(ed1, "/jzol/rss.xml", {"User-Agent": "demo-test"})
    log = ed1.requests
    assert len(log) == 1
    method, path, status, headers = log[0]
    assert (method, path, status) == ("GET", "/jzol/rss.xml", 200)
    assert headers.get("User-Agent") == "demo-test"


def test_robots(ed1):
    st, _, body = fetch(ed1, "/robots.txt")
    rp = urllib.robotparser.RobotFileParser()
    rp.parse(body.decode().splitlines())
    base = ed1.base_url
    assert not rp.can_fetch("*", base + "/private/x.html")
    assert not rp.can_fetch("*", base + "/bbs/home.php?mod=space&uid=1")
    assert not rp.can_fetch("*", base + "/bbs/misc.php?mod=faq")
    assert rp.can_fetch("*", base + "/bbs/forum.php?mod=viewthread&tid=1")
    assert rp.can_fetch("*", base + "/jzrb/node_12.html")
    # disallowed URLs are linked from list pages, so a crawler meets them
    _, _, lst = fetch(ed1, "/jzol/list/index.html")
    assert b"/private/x.html" in lst
    _, _, board = fetch(ed1, "/bbs/forum.php?mod=forumdisplay&fid=2&page=1")
    assert b"home.php?mod=space" in board and b"misc.php?mod=" in board


# ----------------------------------------------------------------------------- faults
def test_fault_routes(ed1):
    _, _, lst = fetch(ed1, "/jzol/list/index.html")
    for link in (b"/faults/slow.html", b"/faults/error.html", b"/faults/missing.html", b"/jzol/old/a",
                 b"/jzol/special/huge.html", b"/jzol/files/report.pdf", b"/jzol/files/scan.html"):
        assert link in lst, link
    t = time.monotonic()
    st, _, _ = fetch(ed1, "/faults/slow.html")
    assert st == 200 and time.monotonic() - t >= 0.3
    assert fetch(ed1, "/faults/error.html")[0] == 500
    assert fetch(ed1, "/faults/missing.html")[0] == 404
    old = ed1.corpus.flagged("old_redirect")[0]
    st, h, _ = fetch(ed1, f"/jzol/old/a{old.num_id}.html")
    assert st == 301 and h["Location"].endswith(old.path)
    st, h, body = fetch(ed1, "/jzol/special/huge.html")
    assert st == 200 and len(body) > 11 * 1024 * 1024
    st, h, body = fetch(ed1, "/jzol/files/report.pdf")
    assert h["Content-Type"] == "application/pdf" and body.startswith(b"%PDF") and len(body) > 8000
    st, h, body = fetch(ed1, "/jzol/files/scan.html")
    assert h["Content-Type"] == "text/html" and body.startswith(b"\x89PNG")


def test_malformed_and_xss_articles(ed1):
    mal = ed1.corpus.flagged("malformed")[0]
    st, _, body = fetch(ed1, mal.path)
    text = body.decode()
    assert st == 200 and "</div></div>" not in text[-20:]
    doc = lhtml.fromstring(body)
    content = doc.text_content()
    assert mal.body[0][:20] in content and mal.body[-1][:20] in content
    assert mal.relevant
    xss = ed1.corpus.flagged("xss")[0]
    _, _, body = fetch(ed1, xss.path)
    text = body.decode()
    art = text[text.index('class="article-content"'):]
    assert "<script>alert(1)</script>" in art and 'onclick="alert(3)"' in art and 'href="javascript:' in art


def test_jzol_variants(ed1):
    it = next(i for i in ed1.corpus.visible(1, "jzol") if not i.flags and i.relevant)
    _, _, desk = fetch(ed1, it.path + "?from=rss&utm_source=rss")
    d = desk.decode()
    assert 'property="og:title"' in d and f'content="{it.published_at.isoformat()}"' in d
    assert it.published_at.strftime("%Y-%m-%d %H:%M") in d
    st, _, mob = fetch(ed1, it.path.replace("/jzol/news/", "/jzol/m/news/"))
    assert st == 200 and it.title in mob.decode() and 'rel="canonical"' in mob.decode()
    st, _, prn = fetch(ed1, it.path + "?print=1")
    assert st == 200 and it.title in prn.decode()
    # mobile links are present on the list pages; reposts carry 原标题 / 来源
    _, _, lst = fetch(ed1, "/jzol/list/index.html")
    assert b"#comments" in lst
    mob_items = ed1.corpus.flagged("mobile_link")
    assert len(mob_items) == 2
    repost = next(i for i in ed1.corpus.visible(1, "jzol") if i.repost_of)
    _, _, rb = fetch(ed1, repost.path)
    assert "原标题：" in rb.decode() and "来源：" in rb.decode()


# ----------------------------------------------------------------------------- lists, feeds, sitemaps
def _links(body: bytes, base: str, pattern: str, encoding="utf-8"):
    doc = lhtml.fromstring(body.decode(encoding))
    doc.make_links_absolute(base)
    return [a.get("href") for a in doc.iter("a") if a.get("href") and re.search(pattern, a.get("href"))]


def test_jzrb_pagination_covers_all_articles(ed1):
    url = "/jzrb/node_12.html"
    seen = []
    pages = 0
    while url:
        st, h, body = fetch(ed1, url)
        assert st == 200 and h["Content-Type"] == "text/html"
        pages += 1
        doc = lhtml.fromstring(body.decode("gb18030"))
        doc.make_links_absolute(ed1.base_url + url)
        seen += doc.xpath('//div[@class="list"]//a/@href')
        assert all(re.search(r"/jzrb/content/\d{6}/\d{2}/content_\d+\.html$", u) for u in seen)
        nxt = [a for a in lhtml.fromstring(body.decode("gb18030")).iter("a") if a.text == "下一页"]
        url = "/jzrb/" + nxt[0].get("href") if nxt else None
    expected = [ed1.base_url + i.path for i in ed1.corpus.visible(1, "jzrb")]
    assert seen == expected
    assert pages == math.ceil(len(expected) / 20)


def test_jzcg_list_and_article(ed1):
    st, _, body = fetch(ed1, "/jzcg/gzdt/index.html")
    links = _links(body, ed1.base_url + "/jzcg/gzdt/index.html", r"/jzcg/gzdt/\d{6}/t\d{8}_\d+\.html$")
    assert len(links) == 15
    assert b"index_1.html" in body
    it = ed1.corpus.visible(1, "jzcg")[0]
    _, _, art = fetch(ed1, it.path)
    assert f"发布时间：{it.published_at:%Y-%m-%d %H:%M}" in art.decode()


def test_feeds_and_sitemaps_parse(ed1):
    _, h, rss = fetch(ed1, "/jzol/rss.xml")
    root = etree.fromstring(rss)
    items = root.findall("./channel/item")
    assert len(items) == 30
    assert all(i.findtext("pubDate").endswith("+0800") for i in items)
    assert all("utm_source=rss" in i.findtext("link") for i in items)
    assert items[0].findtext("title") == ed1.corpus.visible(1, "jzol")[0].title
    _, _, atom = fetch(ed1, "/jzol/atom.xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert len(etree.fromstring(atom).findall("a:entry", ns)) == 30
    _, _, idx = fetch(ed1, "/jzol/sitemap.xml")
    sm = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9",
          "n": "http://www.google.com/schemas/sitemap-news/0.9"}
    locs = [e.text for e in etree.fromstring(idx).findall("s:sitemap/s:loc", sm)]
    assert any(l.endswith("/jzol/sitemap-news.xml") for l in locs)
    assert any(l.endswith("/jzol/sitemap-2026-11.xml") for l in locs)
    total = 0
    for loc in locs:
        _, _, x = fetch(ed1, loc.replace(ed1.base_url, ""))
        doc = etree.fromstring(x)
        total += len(doc.findall("s:url", sm)) if "news" not in loc else 0
        if "news" in loc:
            assert doc.findall("s:url/n:news/n:publication_date", sm)
            assert doc.findall("s:url/n:news/n:title", sm)
        else:
            assert doc.findall("s:url/s:lastmod", sm)
    assert total == len(ed1.corpus.visible(1, "jzol"))


# ----------------------------------------------------------------------------- forum
def test_forum_board_and_thread_pages(ed1):
    st, _, board = fetch(ed1, "/bbs/forum.php?mod=forumdisplay&fid=2&page=1")
    doc = lhtml.fromstring(board.decode())
    assert b"normalthread_" in board and "下一页" in board.decode()
    long = max(ed1.corpus.visible(1, "bbs"), key=lambda t: len(t.posts))
    n = len(long.posts)
    pages = math.ceil(n / 10)
    assert 3 <= pages <= 4
    floors = []
    for p in range(1, pages + 1):
        st, _, body = fetch(ed1, f"/bbs/forum.php?mod=viewthread&tid={long.tid}&extra=page%3D1&page={p}")
        text = body.decode()
        doc = lhtml.fromstring(text)
        assert doc.get_element_by_id("thread_subject").text_content() == long.title
        msgs = [e for e in doc.iter("td") if (e.get("id") or "").startswith("postmessage_")]
        assert len(msgs) == (10 if p < pages else n - 10 * (pages - 1))
        posted = [e.text_content() for e in doc.iter("em") if (e.get("id") or "").startswith("authorposton")]
        assert all(x.startswith("发表于 ") for x in posted)
        floors += [e.get("id") for e in doc.iter("div") if re.fullmatch(r"post_\d+", e.get("id") or "")]
        assert ("下一页" in text) == (p < pages)
        assert 'class="xw1"' in text
        if p == 1:
            assert "楼主" in text and "沙发" in text
    assert len(floors) == n == len(set(floors))
    # relative times are used somewhere on the board
    all_text = "".join(fetch(ed1, f"/bbs/forum.php?mod=viewthread&tid={t.tid}")[2].decode()
                       for t in ed1.corpus.visible(1, "bbs"))
    assert re.search(r"\d+ 分钟前|\d+ 小时前|昨天 \d\d:\d\d|前天 \d\d:\d\d|\d 天前", all_text)
    assert re.search(r"发表于 \d{4}-\d\d-\d\d \d\d:\d\d", all_text)
    assert re.search(r"发表于 (昨天|前天) \d\d:\d\d</em>", all_text)  # bare relative forms exist
    # relative forms that lose the minute always carry the exact time
    assert not re.search(r"发表于 \d+ (分钟|小时|天)前", all_text)


# ----------------------------------------------------------------------------- editions
def test_edition_two(ed1):
    c = ed1.corpus
    before = {}
    ch = ed1.changes(2)
    assert len(ch["added"]) == 10 and len(ch["modified"]) == 1
    assert len(ch["gone_404"]) == 1 and len(ch["gone_410"]) == 1
    assert len(ch["thread_replied"]) == 1 and len(ch["thread_deleted"]) == 1
    for p in ch["modified"] + ch["thread_replied"]:
        before[p] = fetch(ed1, p)[1]["ETag"]
    for p in ch["added"]:
        st, _, body = fetch(ed1, p)
        if p.startswith("/bbs/"):  # Discuz answers 200 with a message for unknown threads
            assert "抱歉，指定的主题不存在" in body.decode()
        else:
            assert st == 404
    replied = c.by_path(ch["thread_replied"][0])
    last_page_1 = math.ceil(len(replied.posts) / 10)

    st, _, body = fetch(ed1, "/__admin/edition?n=2")
    assert st == 200 and b"edition=2" in body and ed1.edition == 2
    for p in ch["added"]:
        st, _, body = fetch(ed1, p)
        enc = "gb18030" if p.startswith("/jzrb/") else "utf-8"
        assert st == 200 and c.by_path(p).title in body.decode(enc), p
    newest_jzol = [p for p in ch["added"] if p.startswith("/jzol/")]
    _, _, rss = fetch(ed1, "/jzol/rss.xml")
    assert all(p.encode() in rss for p in newest_jzol)
    _, _, lst = fetch(ed1, "/jzol/list/index.html")
    assert all(p.encode() in lst for p in newest_jzol)
    mod = ch["modified"][0]
    st, h, body = fetch(ed1, mod, {"If-None-Match": before[mod]})
    assert st == 200 and h["ETag"] != before[mod] and "更新" in body.decode()
    assert fetch(ed1, ch["gone_404"][0])[0] == 404
    assert fetch(ed1, ch["gone_410"][0])[0] == 410
    st, _, body = fetch(ed1, ch["thread_deleted"][0])
    assert st == 200 and "抱歉，指定的主题不存在或已被删除或正在被审核" in body.decode()
    last_page_2 = math.ceil(len(replied.posts_at(2)) / 10)
    assert last_page_2 > last_page_1
    st, _, body = fetch(ed1, f"{replied.path}&page={last_page_2}")
    assert body.decode().count('id="postmessage_') == len(replied.posts_at(2)) - 10 * (last_page_2 - 1)
    ed1.set_edition(1)
    assert fetch(ed1, ch["gone_404"][0])[0] == 200


# ----------------------------------------------------------------------------- bench & CLI
def test_bench_pages(ed1):
    _, _, l1 = fetch(ed1, "/bench/list_1.html")
    assert len(re.findall(rb'href="/bench/a\d+\.html"', l1)) == 50 and b"list_2.html" in l1
    _, _, l3 = fetch(ed1, "/bench/list_3.html")
    assert len(re.findall(rb'href="/bench/a\d+\.html"', l3)) == 20 and b"list_4.html" not in l3
    st, _, a = fetch(ed1, "/bench/a120.html")
    assert st == 200 and "城管" in a.decode() and 1500 < len(a) < 4000
    assert fetch(ed1, "/bench/a121.html")[0] == 404


def test_cli_prints_url_and_stops():
    p = subprocess.Popen([sys.executable, "-m", "demosites", "--port", "0"], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = p.stdout.readline()
        m = re.fullmatch(r"demo sites at (http://127\.0\.0\.1:\d+)\n", line)
        assert m, line
        with urllib.request.urlopen(m.group(1) + "/robots.txt", timeout=5) as r:
            assert r.status == 200
    finally:
        p.terminate()
        assert p.wait(timeout=5) == 0
    bad = subprocess.run([sys.executable, "-m", "demosites", "--host", "0.0.0.0", "--port", "0"], cwd=ROOT,
                         capture_output=True, text=True, timeout=10)
    assert bad.returncode != 0 and "loopback" in bad.stderr
