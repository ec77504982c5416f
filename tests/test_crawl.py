"""Real Scrapy crawls of the demo sites on 127.0.0.1 into a real archive (one full crawl per module)."""

from __future__ import annotations

import subprocess
import sys
import urllib.request

import pytest

from clippings.archive import open_archive, records
from clippings.canonical import canonicalize
from clippings.timeutil import parse_iso
from tests.conftest import ANCHOR_NOW, crawl, start_demo

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl of every demo source; the server log and the archive are shared by the tests."""
    data = tmp_path_factory.mktemp("crawl")
    server = start_demo()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLIPPINGS_NOW", ANCHOR_NOW)
        mp.setenv("CLIPPINGS_DEMO_URL", server.base_url)
        run = crawl(data)
    db = open_archive(data / "clippings.db")
    yield {"data": data, "server": server, "run": run, "db": db}
    server.stop()


def archived(ctx, item) -> dict | None:
    url = canonicalize(ctx["server"].url(item.path), ["print", "extra"])
    return records.get_by_canonical(ctx["db"], url)


def test_crawl_finishes_and_archives_every_kind(crawled):
    run, db = crawled["run"], crawled["db"]
    assert run["status"] == "finished"
    kinds = {r["kind"]: r["n"] for r in db.query("SELECT kind, COUNT(*) n FROM clippings GROUP BY kind")}
    assert kinds["news"] > 100 and kinds["forum"] > 30
    assert set(run["per_source"]) == {"jzrb", "jzol", "jzol-rss", "jzol-sitemap", "jzbbs", "jzcg", "jzss", "jzlyb",
                                      "jzapp"}
    if _has_chromium():
        assert run["per_source"]["jzapp"]["rendered"] == 1 + len(crawled["server"].app_articles)   # built by script
    else:   # (no browser here: that source is recorded as not crawled, the others ran)
        assert run["per_source"]["jzapp"]["finish_reason"] == "render_unavailable"
    assert run["new"] == records.count_clippings(db)


def _has_chromium() -> bool:
    from clippings.proof.render import RenderUnavailable, chromium_path

    try:
        chromium_path()
    except RenderUnavailable:
        return False
    return True


def test_browser_source_without_a_browser_skips_only_that_source(tmp_path, monkeypatch, capfd):
    """A source that renders in the browser, on a machine without Chromium: the crawl still runs the
    other sources, finishes, and records that one as not crawled (with a message saying why)."""
    server = start_demo()
    try:
        monkeypatch.setenv("CLIPPINGS_NOW", ANCHOR_NOW)
        monkeypatch.setenv("CLIPPINGS_DEMO_URL", server.base_url)
        monkeypatch.setenv("CLIPPINGS_CHROMIUM", str(tmp_path / "no-such-chromium"))
        run = crawl(tmp_path / "data", names=["jzapp", "jzcg"])
    finally:
        server.stop()
    assert run["status"] == "finished" and run["exit_code"] == 0
    assert run["per_source"]["jzapp"]["finish_reason"] == "render_unavailable"
    assert run["per_source"]["jzapp"]["errors"] == {"render_unavailable": 1}
    assert run["per_source"]["jzcg"]["pages_fetched"] > 0 and run["new"] > 0
    assert run["errors"]["render_unavailable"] == 1
    err = capfd.readouterr().err
    assert "信息源 jzapp 需要浏览器渲染" in err and "no-such-chromium" in err


def test_page_parser_setting_is_what_the_workers_run(tmp_path, monkeypatch):
    """PAGE_PARSER names the function the workers turn pages with; crawl_bench --ceiling uses it to
    run the pipeline without extraction (benchmarks/ceiling_parse.py: <title> for the whole page)."""
    server = start_demo()
    try:
        monkeypatch.setenv("CLIPPINGS_NOW", ANCHOR_NOW)
        monkeypatch.setenv("CLIPPINGS_DEMO_URL", server.base_url)
        run = crawl(tmp_path / "data", names=["jzcg"],
                    settings=["PAGE_WORKERS=1", "PAGE_PARSER=benchmarks.ceiling_parse.parse_page"])
    finally:
        server.stop()
    assert run["status"] == "finished" and run["new"] > 0
    db = open_archive(tmp_path / "data" / "clippings.db")
    rows = list(db["clippings"].rows)
    assert rows and all(r["text"].endswith(f"城管执法 {r['url']}") for r in rows)
    assert all(r["warc_file"] for r in rows)   # the rest of the pipeline ran as usual: WARC evidence kept


def test_gbk_pages_without_header_charset_decode(crawled):
    corpus = crawled["server"].corpus
    gbk = [i for i in corpus.items if i.site == "jzrb" and i.relevant and i.edition == 1]
    assert gbk
    for item in gbk[:20] + corpus.flagged("no_meta_charset") + corpus.flagged("wrong_meta_charset"):
        row = archived(crawled, item)
        assert row is not None, item.path
        assert row["title"] == item.title
        assert max(item.body, key=len)[:20] in row["text"]


def test_chinese_dates_parsed_to_the_minute(crawled):
    corpus = crawled["server"].corpus
    checked = 0
    for item in corpus.items:
        if item.site in ("jzrb", "jzcg") and item.relevant and item.edition == 1:
            row = archived(crawled, item)
            assert parse_iso(row["published_at"]) == item.published_at.replace(second=0), item.path
            checked += 1
    assert checked > 50


def test_forum_threads_keep_every_post_of_every_page(crawled):
    corpus, db = crawled["server"].corpus, crawled["db"]
    long_threads = corpus.flagged("long_thread")
    assert long_threads
    for thread in long_threads:
        row = archived(crawled, thread)
        assert row is not None and row["kind"] == "forum"
        posts = records.get_posts(db, row["id"])
        expected = thread.posts_at(1)
        assert [p["floor"] for p in posts] == [p.floor for p in expected]
        assert [p["author"] for p in posts] == [p.author for p in expected]
        for got, want in zip(posts, expected):
            assert parse_iso(got["posted_at"]).replace(second=0) == want.time.replace(second=0)


def test_a_reply_keeps_its_own_words_not_the_post_it_quotes(crawled):
    corpus, db = crawled["server"].corpus, crawled["db"]
    checked = 0
    for thread in corpus.items:
        if thread.site != "bbs" or not thread.relevant or thread.edition != 1:
            continue
        posts = {p.floor: p for p in thread.posts_at(1)}
        quoting = [p for p in posts.values() if p.text.startswith("回复 ")]
        if not quoting:
            continue
        row = archived(crawled, thread)
        archived_posts = {p["floor"]: p["text"] for p in records.get_posts(db, row["id"])}
        for p in quoting:
            own = p.text.partition("：")[2]
            assert archived_posts[p.floor] == own, (thread.path, p.floor)
            checked += 1
    assert checked >= 5


def test_articles_printed_over_two_pages_are_one_clipping_with_every_paragraph(crawled):
    corpus, db = crawled["server"].corpus, crawled["db"]
    paged = corpus.flagged("paged")
    assert len(paged) == 3
    for item in paged:
        row = archived(crawled, item)
        assert row is not None and row["title"] == item.title
        paragraphs = [p for p in item.body if not p.startswith("原标题")]
        assert row["text"].split("\n") == paragraphs          # page 1 then page 2, nothing twice
        assert "下一页" not in row["text"] and "共2页" not in row["text"]
        evidence = records.get_evidence(db, row["id"])
        assert [e["url"] for e in evidence] == [crawled["server"].url(item.path),
                                                crawled["server"].url(item.path.replace(".html", "_2.html"))]
        second = canonicalize(crawled["server"].url(item.path.replace(".html", "_2.html")), ["print", "extra"])
        assert records.get_by_canonical(db, second) is None   # not a clipping of its own


def test_robots_txt_is_obeyed(crawled):
    paths = [path for _, path, _, _ in crawled["server"].requests]
    assert "/robots.txt" in paths
    assert not [p for p in paths if p.startswith(("/private/", "/bbs/home.php", "/bbs/misc.php"))]


def test_faults_are_counted_not_fatal(crawled):
    errors = crawled["run"]["errors"]
    assert errors.get("http_5xx", 0) >= 1
    assert errors.get("timeout", 0) >= 1
    assert errors.get("binary_or_non_html", 0) >= 1
    assert errors.get("http_404_410", 0) >= 1
    assert errors.get("oversize_or_cancelled", 0) >= 1       # the 12 MB page, over DOWNLOAD_MAXSIZE
    paths = [p for _, p, _, _ in crawled["server"].requests]
    db = crawled["db"]
    huge = [r for r in db.query("SELECT id FROM clippings WHERE url LIKE '%huge%' OR url LIKE '%.pdf'")]
    assert not huge
    malformed = crawled["server"].corpus.flagged("malformed")[0]
    assert archived(crawled, malformed)["text"]
    assert any("/faults/slow" in p for p in paths)


def test_canonical_urls_and_no_duplicate_rows(crawled):
    db = crawled["db"]
    urls = [r["canonical_url"] for r in db.query("SELECT canonical_url FROM clippings")]
    assert len(urls) == len(set(urls))
    assert not [u for u in urls if "utm_" in u or "from=" in u or "/m/news/" in u or "#" in u or "print=" in u]
    hashes = [(r["content_hash"], r["source_title"]) for r in db.query("SELECT content_hash, source_title FROM clippings")]
    assert len(hashes) == len(set(hashes))  # one copy per outlet; other outlets' copies are reposts
    for item in crawled["server"].corpus.flagged("mobile_link"):
        assert archived(crawled, item) is not None


def test_irrelevant_pages_are_remembered_not_archived(crawled):
    corpus, db = crawled["server"].corpus, crawled["db"]
    irrelevant = [i for i in corpus.items if not i.relevant and i.edition == 1]
    assert irrelevant
    seen = {r["canonical_url"] for r in db.query("SELECT canonical_url FROM seen_urls WHERE status = 'irrelevant'")}
    for item in irrelevant:
        assert archived(crawled, item) is None
    assert len(seen) >= len(irrelevant) * 0.8
    row = db.execute("SELECT matched_terms FROM clippings LIMIT 1").fetchone()
    assert row[0] != "[]"


def test_warc_replay_equals_what_the_server_sent(crawled):
    db, data = crawled["db"], crawled["data"]
    rows = list(db.query("SELECT id, url FROM clippings WHERE source = 'jzrb' LIMIT 3")) + \
        list(db.query("SELECT id, url FROM clippings WHERE kind = 'forum' LIMIT 1"))
    for row in rows:
        sent = urllib.request.urlopen(row["url"]).read()
        out = subprocess.run([sys.executable, "-m", "clippings", "--data-dir", str(data), "show", str(row["id"]), "--raw"],
                             capture_output=True, check=True)
        assert out.stdout == sent


def test_show_prints_a_clipping(crawled):
    db, data = crawled["db"], crawled["data"]
    row = next(iter(db.query("SELECT id, title FROM clippings WHERE kind = 'forum' LIMIT 1")))
    out = subprocess.run([sys.executable, "-m", "clippings", "--data-dir", str(data), "show", str(row["id"])],
                         capture_output=True, text=True, check=True).stdout
    assert row["title"] in out and "1楼" in out and "证据" in out
    bad = subprocess.run([sys.executable, "-m", "clippings", "--data-dir", str(data), "show", "999999"],
                         capture_output=True, text=True)
    assert bad.returncode != 0 and "没有编号为 999999" in bad.stderr and "Traceback" not in bad.stderr
