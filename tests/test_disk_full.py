"""A full disk ends the crawl with one clear message and the run marked failed (a real crawl of the
demo sites into a data directory on a small tmpfs)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from clippings.archive import open_archive, records
from clippings.crawling import crawl_command
from clippings.paths import REPO_ROOT, DataDir
from tests.conftest import FAST, PROFILE, SOURCES


@pytest.fixture
def small_disk():
    mount = Path(tempfile.mkdtemp(prefix="clippings-tmpfs-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        os.rmdir(mount)
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)
    os.rmdir(mount)


def test_full_disk_stops_the_crawl_with_one_message(small_disk, demo_server):
    data = DataDir.resolve(small_disk / "data").ensure()
    open_archive(data.db_path).conn.close()
    free = os.statvfs(small_disk)
    # leave room for a few pages only
    filler_size = free.f_bavail * free.f_frsize - 160 * 1024 - 1024 * 1024  # the crawl reserves 2 × 512 KB
    with open(small_disk / "filler", "wb") as fh:
        fh.write(b"\0" * filler_size)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    proc = subprocess.run(crawl_command(data, SOURCES, PROFILE, ["jzrb", "jzbbs"], FAST), capture_output=True,
                          text=True, env=env, cwd=REPO_ROOT, timeout=300)
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert proc.stderr.count("磁盘空间已满") == 1
    assert "无法保存" not in proc.stderr
    run_id = int(proc.stdout.strip().splitlines()[-1].split("=")[1])
    os.unlink(small_disk / "filler")                      # room again to read the result
    run = records.get_run(open_archive(data.db_path), run_id)
    assert run["status"] == "failed"
    assert run["errors"].get("disk_full")
    # every spider's counts reach the run row, even those the disk had no room for as they closed
    assert set(run["per_source"]) == {"jzrb", "jzbbs"}
    assert run["pages_fetched"] == sum(s["pages_fetched"] for s in run["per_source"].values()) > 0


def test_a_full_disk_closes_only_the_spiders_still_open(monkeypatch):
    # a second write failing after a spider has closed (or before one has opened) must not ask Scrapy to close
    # it again: it raises "Spider not opened" and the traceback reaches the user
    from crawler import pipelines

    closed = []

    class Engine:
        running = True

        def __init__(self, spider):
            self.spider = spider

        async def close_spider_async(self, *, reason):
            closed.append((self.spider, reason))

    class Crawler:
        crawling = True

        def __init__(self, spider):
            self.engine = Engine(spider)

    class Stats:
        def set_value(self, key, value):
            pass

    def run(coro):   # (no reactor here: the close request runs at once)
        try:
            coro.send(None)
        except StopIteration:
            pass

    monkeypatch.setattr("scrapy.utils.defer.deferred_from_coro", run)
    monkeypatch.setattr(pipelines, "_crawlers", [Crawler("jzrb"), Crawler(None)])
    monkeypatch.setattr(pipelines, "_disk_full", True)   # (its message said already)
    pipelines.stop_for_disk_full(Stats())
    assert closed == [("jzrb", "disk_full")]
