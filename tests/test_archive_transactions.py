"""One page, one transaction: a failure half-way through archiving leaves nothing behind."""

import pytest

from clippings import ingest
from clippings.archive import open_archive, records, transaction
from clippings.config import load_profile
from clippings.evidence import RawResponse, WarcStore
from clippings.paths import config_path


def _page(n: int) -> ingest.Page:
    url = f"http://news.example.cn/a{n}.html"
    body = f"<html><title>江州城管第{n}条</title><body>江州市城管执法局 第{n}条</body></html>".encode()
    return ingest.Page(url=url, canonical_url=url, source="t", title=f"江州城管第{n}条",
                       text=f"江州市城管执法局开展市容整治，第{n}条。", fetched_at="2026-11-25T08:00:00+08:00",
                       responses=[RawResponse(url, 200, "OK", [("Content-Type", "text/html")], body)])


@pytest.fixture
def ingestor(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    profile = load_profile(config_path("bureau.toml", None, "CLIPPINGS_PROFILE"))
    return ingest.Ingestor(db, profile, WarcStore(tmp_path / "warc"))


def test_failure_after_the_insert_rolls_the_whole_page_back(ingestor, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(records, "add_evidence", broken)
    with pytest.raises(OSError):
        ingestor.archive(_page(1))
    db = ingestor.db
    assert db["clippings"].count == 0 and db["evidence"].count == 0
    assert not db.conn.in_transaction

    monkeypatch.undo()   # the next attempt (the re-run after a crash) archives it in full
    outcome = ingestor.archive(_page(1))
    assert outcome.action == ingest.NEW
    assert db["clippings"].count == 1 and db["evidence"].count == 1


def test_nested_blocks_are_savepoints_of_one_transaction(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    db.execute("CREATE TABLE t (x INTEGER)")
    with transaction(db):
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError):
            with transaction(db):
                db.execute("INSERT INTO t VALUES (2)")
                raise ValueError
        assert db.conn.in_transaction
    with pytest.raises(RuntimeError):
        with transaction(db):
            db.execute("INSERT INTO t VALUES (3)")
            raise RuntimeError
    assert [r["x"] for r in db.query("SELECT x FROM t")] == [1]


def test_a_second_connection_waits_for_the_writer_instead_of_failing(tmp_path):
    first = open_archive(tmp_path / "clippings.db")
    second = open_archive(tmp_path / "clippings.db")
    second.conn.execute("PRAGMA busy_timeout = 100")
    first.execute("CREATE TABLE t (x INTEGER)")
    with transaction(first):
        first.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(Exception, match="locked"):
            with transaction(second):   # BEGIN IMMEDIATE: refused up front, nothing half-done
                second.execute("INSERT INTO t VALUES (2)")
    assert not second.conn.in_transaction
    with transaction(second):
        second.execute("INSERT INTO t VALUES (2)")
    assert [r["x"] for r in first.query("SELECT x FROM t ORDER BY x")] == [1, 2]
