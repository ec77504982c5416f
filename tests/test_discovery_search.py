"""Search sources (kind = "search"): config checks, default queries, and a real crawl of the demo
news search engine reaching outlets no source configures."""

from __future__ import annotations

from pathlib import Path

import pytest

from clippings.archive import open_archive, outlets, transaction
from clippings.config import ConfigError, load_profile, load_sources
from clippings.crawling import run_crawl
from clippings.discovery import default_queries, domain_allowed, fill
from clippings.paths import DataDir
from tests.conftest import FAST, PROFILE

SEARCH = """
[[source]]
name = "ss"
title = "搜索"
kind = "search"
search_url = "http://127.0.0.1:1/search/s?q={query}&page={page}"
result_links = ['/(qsrm|zmt|jzol)/']
"""


def _load(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return load_sources(path)


def test_search_source_loads_with_defaults(tmp_path):
    (src,) = _load(tmp_path, SEARCH)
    assert src.kind == "search" and src.allowed_domains == []
    assert src.search["pages"] == 2 and src.search["queries"] == []
    assert src.start_urls == ["http://127.0.0.1:1/search/s?q=x&page=1"]


@pytest.mark.parametrize("extra, field, words", [
    ('search_url = "http://h/s?q={query}"', "search_url", "缺少 {page}"),
    ('search_url = "http://h/s?q={query}&p={page}&x={foo}"', "search_url", "未知占位符 {foo}"),
    ('search_url = "ftp://h/s?q={query}&p={page}"', "search_url", "http(s)"),
    ('pages_per_query = 0', "pages_per_query", "1 到 50"),
    ('sort_param = "sort time"', "sort_param", "参数=值"),
    ('result_selector = "css:a[[["', "result_selector", "选择器无效"),
    ('result_links = ["(unclosed"]', "result_links", "正则表达式无效"),
    ('quries = ["江州 城管"]', "quries", "未知字段"),
])
def test_bad_search_fields_are_refused_naming_source_and_field(tmp_path, extra, field, words):
    lines = [ln for ln in SEARCH.splitlines() if not ln.startswith(extra.split(" = ")[0] + " ")]
    with pytest.raises(ConfigError) as err:
        _load(tmp_path, "\n".join(lines) + "\n" + extra + "\n")
    assert err.value.source == "ss" and err.value.field == field
    assert words in str(err.value) and "[ss]" in str(err.value)


def test_search_fields_on_other_kinds_and_missing_result_links_are_refused(tmp_path):
    with pytest.raises(ConfigError) as err:
        _load(tmp_path, SEARCH.replace("result_links = ['/(qsrm|zmt|jzol)/']", ""))
    assert err.value.field == "result_links"
    news = ('[[source]]\nname = "n"\nkind = "news"\nstart_urls = ["http://h/"]\narticle_links = ["/a"]\n'
            'pages_per_query = 3\n')
    with pytest.raises(ConfigError) as err:
        _load(tmp_path, news)
    assert err.value.source == "n" and err.value.field == "pages_per_query"


def test_default_queries_combine_generic_aliases_with_the_city():
    queries = default_queries(load_profile(PROFILE))
    assert "江州 城管" in queries and "江州城管" in queries and "江州市城管执法局" in queries
    assert "江州 江州城管" not in queries and len(queries) == len(set(queries))
    assert fill("http://h/s?q={query}&p={page}", "江州 城管", 3, "sort=time") == \
        "http://h/s?q=%E6%B1%9F%E5%B7%9E%20%E5%9F%8E%E7%AE%A1&p=3&sort=time"


def test_domain_allow_and_deny_lists():
    assert domain_allowed("http://news.a.com/x", [], ["b.com"])
    assert not domain_allowed("http://m.b.com/x", [], ["b.com"])
    assert domain_allowed("http://m.b.com/x", ["b.com"], []) and not domain_allowed("http://c.com/", ["b.com"], [])
    assert not domain_allowed("javascript:alert(1)", [], [])


CRAWL_SOURCES = """
[[source]]
name = "jzol"
title = "江州在线"
kind = "news"
start_urls = ["{base}/jzol/list/index.html"]
article_links = ['/jzol/(m/)?news/\\d{{8}}/a\\d+\\.html']
enabled = true
max_pages = 1

[[source]]
name = "ss"
title = "江州新闻搜索"
kind = "search"
search_url = "{base}/search/s?q={{query}}&page={{page}}"
queries = ["江州 城管", "白沙镇 违法建设"]
sort_param = "sort=time"
result_selector = "css:#results h3 a"
pages_per_query = 3

[[source]]
name = "ss-captcha"
kind = "search"
search_url = "{base}/search/captcha?q={{query}}&page={{page}}"
queries = ["江州 城管"]
result_links = ["/zmt/"]

[[source]]
name = "ss-empty"
kind = "search"
search_url = "{base}/search/s?q={{query}}&page={{page}}"
queries = ["没有这个词的查询"]
result_selector = "css:#results h3 a"
domains_deny = ["localhost"]
"""


@pytest.fixture
def search_crawl(demo_server, tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(CRAWL_SOURCES.format(base=demo_server.base_url), encoding="utf-8")
    data = DataDir.resolve(tmp_path / "data")
    run = run_crawl(data, sources, PROFILE, ["ss", "ss-captcha", "ss-empty"], FAST, timeout=120)
    return demo_server, run, open_archive(data.db_path), data, sources


def test_search_crawl_finds_unconfigured_outlets_and_names_them(search_crawl):
    server, run, db, _, _ = search_crawl
    assert run["status"] == "finished"
    rows = list(db.query("SELECT url, source, source_title, outlet_domain, title FROM clippings ORDER BY url"))
    by_domain = {}
    for r in rows:
        by_domain.setdefault(r["outlet_domain"], []).append(r)
    # both unconfigured outlets, on two other domains, archived with the name their pages give
    assert {r["source_title"] for r in by_domain["127.0.0.2"]} == {"青石县融媒体中心"}       # og:site_name
    assert {r["source_title"] for r in by_domain["localhost"]} == {"江州生活圈"}             # 来源：
    assert {r["title"] for r in by_domain["127.0.0.2"]} >= {"青石县城管执法队员雨中疏导早市摊贩",
                                                            "白沙镇老街违法建设集中拆除 城管执法部门现场督导"}
    assert all(r["source"] == "ss" for r in rows)
    # the configured outlet's articles are left to its own source
    assert not any("/jzol/" in r["url"] for r in rows)
    assert run["per_source"]["ss"]["new"] == len(rows)
    assert len(by_domain["127.0.0.2"]) == len(by_domain["localhost"]) == 2   # the irrelevant ones never match
    assert any("/jzrb/" in r["url"] for r in by_domain["127.0.0.1"])         # unconfigured in this file
    # paging and sort-by-time were used; robots.txt asked on each domain met
    paths = [p for _, p, _, _ in server.requests]
    assert any("page=2" in p and "sort=time" in p for p in paths if p.startswith("/search/s"))
    assert not any("page=4" in p for p in paths)
    hosts = {h.get("Host", "").split(":")[0] for _, p, _, h in server.requests if p == "/robots.txt"}
    assert {"127.0.0.1", "127.0.0.2", "localhost"} <= hosts
    # faults: the captcha page and the empty result are counted, nothing crashed
    assert run["per_source"]["ss-captcha"]["errors"] == {"search_captcha": 1}
    assert run["per_source"]["ss-empty"]["errors"] == {"search_empty": 1}
    assert run["per_source"]["ss-empty"]["new"] == 0


def test_outlet_renamed_once_applies_to_archived_and_later_pages(search_crawl):
    from clippings.discovery.outlets import OutletError, rename_outlet
    from indexer.build import update_index
    from indexer.search import search

    _, _, db, data, _ = search_crawl
    listed = {o["domain"]: o for o in outlets.list_outlets(db)}
    assert listed["localhost"]["seen_name"] == "江州生活圈" and listed["localhost"]["pages"] == 2
    update_index(db, data.index_dir)
    assert rename_outlet(db, " LOCALHOST ", "江州生活圈（自媒体）", by="李干事") == 2
    titles = {r["source_title"] for r in db.query("SELECT source_title FROM clippings WHERE outlet_domain = 'localhost'")}
    assert titles == {"江州生活圈（自媒体）"}
    update_index(db, data.index_dir)     # the renamed clippings are re-indexed under the new name
    assert search(data.index_dir, "", sources=["江州生活圈（自媒体）"]).total == 2
    assert search(data.index_dir, "", sources=["江州生活圈"]).total == 0
    audit = db.execute("SELECT username, action, target FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(audit) == ("李干事", "outlet_rename", "localhost")
    with transaction(db):   # a later page of that domain takes staff's name, not the page's
        assert outlets.remember(db, "localhost", "别的名字") == "江州生活圈（自媒体）"
    for domain, name, words in [("never.seen", "x", "未发现过该域名"), ("localhost", "  ", "不能为空"),
                                ("localhost", "名" * 61, "不超过 60 个字")]:
        with pytest.raises(OutletError, match=words):
            rename_outlet(db, domain, name, by="李干事")


def test_outlets_page_lists_and_renames_for_staff_only(search_crawl):
    from clippings import accounts
    from clippings.web import create_app
    from tests.test_web_fixtures import PASSWORD, csrf_from, login

    _, _, db, data, sources = search_crawl
    for name, role in (("李干事", "staff"), ("张局长", "leader")):
        accounts.create_user(db, name, role, PASSWORD, by="test")
    app = create_app(data.root, sources, PROFILE, testing=True)
    leader = app.test_client()
    login(leader, username="张局长")
    page = leader.get("/outlets").get_data(as_text=True)
    assert "江州生活圈" in page and "127.0.0.2" in page and 'name="name"' not in page   # no form for a leader
    token = csrf_from(leader.get("/search").get_data(as_text=True))
    refused = leader.post("/outlets/rename", data={"domain": "localhost", "name": "甲", "csrf_token": token})
    assert refused.status_code == 403
    staff = app.test_client()
    login(staff, username="李干事")
    page = staff.get("/outlets").get_data(as_text=True)
    done = staff.post("/outlets/rename", data={"domain": "127.0.0.2", "name": "青石县融媒", "csrf_token": csrf_from(page)},
                      follow_redirects=True).get_data(as_text=True)
    assert "已将 127.0.0.2 更名为“青石县融媒”，更新稿件 2 条" in done and "<td>青石县融媒</td>" in done
    bad = staff.post("/outlets/rename", data={"domain": "nowhere.example", "name": "乙", "csrf_token": csrf_from(page)},
                     follow_redirects=True).get_data(as_text=True)
    assert "未发现过该域名：nowhere.example" in bad
