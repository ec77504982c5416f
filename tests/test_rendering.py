"""Pages built by script (render = "browser"): the demo outlet 江州城事 through headless Chromium via
scrapy-playwright, against the fixture server: what gets archived, both evidence records, the page
budget, a page that never settles, and the plain crawl that finds nothing."""

from __future__ import annotations

import pytest

from clippings.archive import open_archive
from clippings.config import ConfigError, load_sources
from clippings.crawling import run_crawl
from clippings.evidence import RENDERED_HEADER, read_record
from clippings.paths import DataDir
from tests.conftest import FAST, PROFILE


def _has_chromium() -> bool:
    from clippings.proof.render import RenderUnavailable, chromium_path

    try:
        chromium_path()
    except RenderUnavailable:
        return False
    return True


# (without a browser a rendering source is skipped by the crawl: tests/test_crawl.py shows that)
needs_chromium = pytest.mark.skipif(not _has_chromium(), reason="需要 Chromium（Debian: apt-get install chromium）")

BLOCK = """
[[source]]
name = "{name}"
title = "江州城事"
kind = "news"
start_urls = [{starts}]
article_links = ['/jzapp/news/\\d+\\.html$']
{extra}
"""


def _crawl(server, tmp_path, extra: str, starts=("/jzapp/",), name="app"):
    sources = tmp_path / "sources.toml"
    urls = ", ".join(f'"{server.url(s)}"' for s in starts)
    sources.write_text(BLOCK.format(name=name, starts=urls, extra=extra), encoding="utf-8")
    data = DataDir.resolve(tmp_path / "data")
    run = run_crawl(data, sources, PROFILE, [], FAST, timeout=180)
    return run, open_archive(data.db_path), data


def _relevant(server):
    from clippings.config import load_profile
    from clippings.relevance import RelevanceFilter

    check = RelevanceFilter(load_profile(PROFILE)).check
    return {a.title: a for a in server.app_articles if check(a.title, "\n".join(a.paragraphs)).relevant}


@needs_chromium
def test_rendered_pages_are_archived_with_raw_and_rendered_records(demo_server, tmp_path):
    # /jzapp/live.html never stops polling: its render times out and the crawl goes on without it
    run, db, data = _crawl(demo_server, tmp_path, 'render = "browser"\nrender_timeout = 2',
                           starts=("/jzapp/live.html", "/jzapp/"))
    assert run["status"] == "finished"
    expected = _relevant(demo_server)
    assert len(expected) == 4 and len(demo_server.app_articles) == 5      # the flower show is not about us
    rows = {r["title"]: r for r in db.query("SELECT * FROM clippings")}
    assert set(rows) == set(expected)
    for title, art in expected.items():
        row = rows[title]
        assert row["published_at"] == art.published.isoformat()
        assert all(p in row["text"] for p in art.paragraphs)
        assert row["source_title"] == "江州城事"
        records = [read_record(data.warc_dir, e["warc_file"], e["warc_offset"])
                   for e in db.query("SELECT * FROM evidence WHERE clipping_id = ? ORDER BY id", [row["id"]])]
        assert len(records) == 2
        rendered, raw = records
        assert dict(rendered.headers)[RENDERED_HEADER] == "chromium" and art.paragraphs[0] in rendered.body.decode()
        assert RENDERED_HEADER not in dict(raw.headers) and "正在加载" in raw.body.decode()
        assert art.paragraphs[0] not in raw.body.decode()                      # the server never sent the text
    per = run["per_source"]["app"]
    assert per["rendered"] == 1 + len(demo_server.app_articles)             # the list and every article
    assert per["errors"] == {"render_timeout": 1}


def test_without_rendering_the_outlet_yields_nothing(demo_server, tmp_path):
    run, db, _ = _crawl(demo_server, tmp_path, "")
    assert run["status"] == "finished" and run["new"] == 0
    assert db.execute("SELECT COUNT(*) FROM clippings").fetchone()[0] == 0
    assert "rendered" not in run["per_source"]["app"]
    assert not any(p.startswith("/jzapp/api/") for _, p, _, _ in demo_server.requests)   # no script ran


@needs_chromium
def test_render_budget_is_respected(demo_server, tmp_path):
    run, db, _ = _crawl(demo_server, tmp_path, 'render = "browser"\nrender_budget = 3')
    per = run["per_source"]["app"]
    assert per["rendered"] == 3                       # the list and two articles
    assert per["errors"]["render_budget_exhausted"] == len(demo_server.app_articles) - 2
    rendered_articles = {p for _, p, _, _ in demo_server.requests if p.startswith("/jzapp/api/news/")}
    assert len(rendered_articles) == 2
    assert db.execute("SELECT COUNT(*) FROM clippings").fetchone()[0] <= 2   # the others stayed empty shells


@pytest.mark.parametrize("extra, fieldname, words", [
    ('render = "chrome"', "render", "plain / browser"),
    ('render_budget = 5', "render_budget", 'render = "browser"'),
    ('render = "browser"\nrender_budget = 0', "render_budget", "1 到 100000"),
    ('render = "browser"\nrender_timeout = 600', "render_timeout", "1 到 120"),
    ('render = "browser"\nrender_patterns = ["("]', "render_patterns", "正则表达式无效"),
])
def test_bad_render_fields_are_refused_naming_source_and_field(tmp_path, extra, fieldname, words):
    path = tmp_path / "sources.toml"
    path.write_text(BLOCK.format(name="app", starts='"http://127.0.0.1/jzapp/"', extra=extra), encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_sources(path)
    message = str(exc.value)
    assert "app" in message and fieldname in message and words in message


@needs_chromium
def test_only_rendering_sources_get_the_browser_handler(tmp_path):
    from spiders import spider_class_for

    path = tmp_path / "sources.toml"
    path.write_text(BLOCK.format(name="plain", starts='"http://127.0.0.1/a/"', extra="")
                    + BLOCK.format(name="app", starts='"http://127.0.0.1/jzapp/"', extra='render = "browser"'),
                    encoding="utf-8")
    plain, app = load_sources(path)
    assert "DOWNLOAD_HANDLERS" not in spider_class_for(plain).custom_settings
    handlers = spider_class_for(app).custom_settings["DOWNLOAD_HANDLERS"]
    assert handlers["http"].startswith("scrapy_playwright.")
