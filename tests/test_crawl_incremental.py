"""Re-crawls: only what is new is fetched; changes, deletions and new replies are seen;
a crawl killed with SIGKILL resumes with nothing lost or doubled."""

from __future__ import annotations

import os
import signal
from contextlib import closing
import sqlite3
import subprocess
import time

import pytest

from clippings.archive import open_archive, records
from clippings.canonical import canonicalize
from clippings.crawling import crawl_command
from clippings.paths import REPO_ROOT, DataDir
from tests.conftest import FAST, PROFILE, SOURCES, crawl

pytestmark = pytest.mark.slow
EDITION2_NOW = "2026-11-26T23:30:00+08:00"
ARTICLE_PREFIXES = ("/jzrb/content/", "/jzol/news/", "/jzcg/gzdt/2", "/bbs/forum.php?mod=viewthread",
                    "/qsrm/news/", "/zmt/p/", "/lyb/msg/", "/jzapp/news/")   # outlets found by search; 留言板 messages; pages built by script


def row_for(db, server, path):
    return records.get_by_canonical(db, canonicalize(server.url(path), ["print", "extra"]))


def article_responses(server, status):
    return [p for _, p, st, _ in server.requests if st == status and p.startswith(ARTICLE_PREFIXES)]


def test_recrawl_fetches_only_new_and_sees_changes(tmp_path, demo_server, frozen_env):
    first = crawl(tmp_path)
    db = open_archive(tmp_path / "clippings.db")
    total = records.count_clippings(db)
    assert first["new"] == total > 100

    # 1. Nothing changed: list/feed/sitemap pages only, known articles answered 304 at most.
    demo_server.reset_log()
    again = crawl(tmp_path, settings=["RECHECK_MIN_HOURS=0"])
    assert again["new"] == 0 and again["updated"] == 0
    assert article_responses(demo_server, 200) == []
    assert again["not_modified"] == len(article_responses(demo_server, 304)) > 0
    assert records.count_clippings(db) == total

    # 2. A new day: new articles, one changed, two gone, a thread with replies, a thread deleted.
    frozen_env.setenv("CLIPPINGS_NOW", EDITION2_NOW)
    demo_server.set_edition(2)
    changes = demo_server.changes(2)
    demo_server.reset_log()
    third = crawl(tmp_path, settings=["RECHECK_DAYS=10"])
    added_relevant = [p for p in changes["added"] if demo_server.corpus.by_path(p).relevant]
    assert third["new"] >= len(added_relevant) > 0
    for path in changes["added"]:
        row = row_for(db, demo_server, path)
        assert (row is not None) == demo_server.corpus.by_path(path).relevant, path
    for path in changes["modified"]:
        row = row_for(db, demo_server, path)
        assert row["status"] == "changed"
        versions = records.get_versions(db, row["id"])
        assert len(versions) == 1 and versions[0]["text"] != row["text"]
    for path in changes["gone_404"] + changes["gone_410"] + changes["thread_deleted"]:
        row = row_for(db, demo_server, path)
        assert row["status"] == "deleted", path
        assert row["warc_file"] and records.get_evidence(db, row["id"])   # the archived copy is kept
    for path in changes["thread_replied"]:
        row = row_for(db, demo_server, path)
        assert row["status"] == "changed"
        item = demo_server.corpus.by_path(path)
        assert len(records.get_posts(db, row["id"])) == len(item.posts_at(2))
    # pages fetched again only because the site's sidebars or relative times moved are not new versions
    board_replied = sum(1 for m in demo_server.board.values() if m.reply_from_edition == 2)   # 留言板
    assert third["updated"] == len(changes["modified"]) + len(changes["thread_replied"]) + board_replied


def _reference_urls(tmp_path) -> set[str]:
    """The clippings an undisturbed crawl of the demo sites archives."""
    crawl(tmp_path / "reference")
    return {r["canonical_url"] for r in open_archive(tmp_path / "reference" / "clippings.db")
            .query("SELECT canonical_url FROM clippings")}


def _start_slow_crawl(data: DataDir) -> subprocess.Popen:
    """A crawl slowed down enough to be interrupted, in its own process group."""
    cmd = crawl_command(data, SOURCES, PROFILE, settings=[*FAST, "CONCURRENT_REQUESTS=2", "DOWNLOAD_DELAY=0.02",
                                                            "RANDOMIZE_DOWNLOAD_DELAY=False", "LOG_LEVEL=CRITICAL"])
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(cmd, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def _archived_so_far(data: DataDir) -> int | None:
    """Clippings committed so far, read-only: the test must not write to (or migrate) the archive."""
    if not data.db_path.exists():
        return None
    try:
        with closing(sqlite3.connect(f"file:{data.db_path}?mode=ro", uri=True, timeout=1)) as conn:
            return conn.execute("SELECT COUNT(*) FROM clippings").fetchone()[0]
    except sqlite3.Error:
        return None


def test_sigkill_then_resume_loses_nothing_and_doubles_nothing(tmp_path, demo_server):
    expected = _reference_urls(tmp_path)
    data = DataDir.resolve(tmp_path / "killed")
    proc = _start_slow_crawl(data)
    deadline = time.monotonic() + 60
    archived = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        archived = _archived_so_far(data) or 0
        if archived >= 40:
            break
    assert proc.poll() is None, "the crawl finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < archived < len(expected)

    crawl(data.root)
    db = open_archive(data.db_path)
    got = [r["canonical_url"] for r in db.query("SELECT canonical_url FROM clippings")]
    assert len(got) == len(set(got))
    assert set(got) == expected
    runs = records.latest_runs(db)
    assert runs[-1]["status"] == "interrupted" and runs[0]["status"] == "finished"
    posts = list(db.query("SELECT clipping_id, floor, COUNT(*) n FROM posts GROUP BY clipping_id, floor HAVING n > 1"))
    assert posts == []


def _page_workers(pid: int) -> list[int]:
    """The crawl's worker processes (spawned children; not multiprocessing's resource tracker)."""
    kids = []
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as fh:
            kids += [int(k) for k in fh.read().split()]
    workers = []
    for kid in kids:
        try:
            with open(f"/proc/{kid}/cmdline", "rb") as fh:
                if b"spawn_main" in fh.read():
                    workers.append(kid)
        except OSError:
            continue
    return workers


def test_a_killed_worker_process_loses_nothing(tmp_path, demo_server):
    expected = _reference_urls(tmp_path)
    data = DataDir.resolve(tmp_path / "worker-killed")
    proc = _start_slow_crawl(data)
    killed = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None and len(killed) < 2:
        time.sleep(0.3)
        archived = _archived_so_far(data)
        if archived is not None and archived >= 30 * (len(killed) + 1):   # kill the page worker twice, mid-crawl
            for pid in _page_workers(proc.pid):
                if pid not in killed:
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
    assert len(killed) == 2, "the crawl finished before its worker could be killed twice"
    assert proc.wait(timeout=120) == 0          # the crawl itself carries on with a new worker

    db = open_archive(data.db_path)
    first = records.latest_runs(db, 1)[0]
    assert first["status"] == "finished"
    crawl(data.root)                            # pages the dead worker held are fetched again
    got = [r["canonical_url"] for r in db.query("SELECT canonical_url FROM clippings")]
    assert len(got) == len(set(got)) and set(got) == expected
