"""crawler.pagestore: a batch of archive calls is one transaction, each call a savepoint."""

import pytest

from clippings import ingest
from clippings.archive import open_archive
from clippings.paths import config_path
from crawler import pagestore
from crawler.workers import run_batch
from tests.test_archive_transactions import _page


@pytest.fixture
def store(tmp_path):
    yield pagestore.Store(str(tmp_path / "clippings.db"), str(config_path("bureau.toml", None, "CLIPPINGS_PROFILE")),
                          str(tmp_path / "warc"), "crawl-1")
    pagestore._ingestors.clear()


def _call(store, page, redirected_from=()):
    return (store, pagestore.PAGE, "t", page.canonical_url, page, None, redirected_from)


def test_a_failing_page_rolls_back_alone_and_the_batch_commits_the_rest(store):
    broken = _page(2)
    broken.posts = [{"author": "no floor number"}]   # fails after its clipping row was inserted
    results = run_batch(pagestore.archive, [_call(store, _page(1), ("http://news.example.cn/old1",)),
                                            _call(store, broken), _call(store, _page(3))])
    assert [ok for ok, _ in results] == [True, False, True]
    assert isinstance(results[1][1], KeyError)
    assert {r[1].action for r in (results[0], results[2])} == {ingest.NEW}

    db = open_archive(store.db_path)   # another connection: only committed rows are visible
    assert sorted(r["url"] for r in db.query("SELECT url FROM clippings")) == [
        "http://news.example.cn/a1.html", "http://news.example.cn/a3.html"]
    assert db["evidence"].count == 2
    seen = {r["canonical_url"]: r["status"] for r in db.query("SELECT canonical_url, status FROM seen_urls")}
    assert seen == {"http://news.example.cn/old1": "redirect"}


def test_irrelevant_pages_are_remembered_and_304s_touch_the_archived_row(store):
    page = _page(4)
    run_batch(pagestore.archive, [_call(store, page)])
    results = run_batch(pagestore.archive, [
        (store, pagestore.IRRELEVANT, "t", "http://news.example.cn/sports.html", None, None, ()),
        (store, pagestore.NOT_MODIFIED, "t", page.canonical_url, None, None, ()),
        (store, pagestore.GONE, "t", "http://news.example.cn/never.html", None, 404, ()),
    ])
    assert [r[1].action for r in results] == [ingest.IRRELEVANT, ingest.UNCHANGED, ingest.UNUSABLE]
    db = open_archive(store.db_path)
    assert db.execute("SELECT status FROM seen_urls WHERE canonical_url = ?",
                      ["http://news.example.cn/sports.html"]).fetchone()[0] == ingest.IRRELEVANT


def test_each_worker_process_writes_its_own_warc_file(store):
    import os

    results = run_batch(pagestore.archive, [_call(store, _page(5))])
    db = open_archive(store.db_path)
    warc_file = db["clippings"].get(results[0][1].clipping_id)["warc_file"]
    assert warc_file.startswith(f"crawl-1-{os.getpid()}")
