"""``clippings watch`` as a subprocess against the demo sites, and the process locks."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clippings.archive import open_archive
from clippings.paths import REPO_ROOT
from clippings.runlock import Locked, hold, source_locks

from demosites.generate_editions import INCIDENT_TITLE
from tests.alertkit import Receiver, write_config
from tests.conftest import FAST, SOURCES

pytestmark = pytest.mark.slow
INCIDENT_NOW = "2026-11-27T21:30:00+08:00"     # the demo's incident evening (editions 4-6)


def test_a_held_lock_names_its_pid(tmp_path):
    with hold(tmp_path / "x.lock", "测试"):
        with pytest.raises(Locked, match=rf"pid {os.getpid()}"):
            with hold(tmp_path / "x.lock", "测试"):
                pass
    with source_locks(tmp_path, ["b", "a"]):    # released: can be taken again
        pass


def test_daily_waits_for_a_source_watch_is_crawling(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", (
        "import time; from clippings.runlock import source_locks\n"
        f"with source_locks({str(tmp_path)!r}, ['jzrb']):\n    print('held', flush=True); time.sleep(1.5)")],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(Locked):
            with source_locks(tmp_path, ["jzrb", "jzol"]):
                pass
        started = time.monotonic()
        with source_locks(tmp_path, ["jzrb", "jzol"], wait=30):     # what daily does
            assert holder.poll() is not None or time.monotonic() - started > 0.5
    finally:
        holder.wait(timeout=30)


def test_crawl_refuses_a_source_another_process_crawls(tmp_path, frozen_env):
    from clippings.cli import main

    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from clippings.runlock import source_locks\n"
        f"with source_locks({str(tmp_path)!r}, ['jzrb']):\n    print('held', flush=True); time.sleep(30)")],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})
    try:
        assert holder.stdout.readline().strip() == "held"
        result = subprocess.run([sys.executable, "-m", "clippings", "--data-dir", str(tmp_path), "crawl",
                                 "--source", "jzrb"], capture_output=True, text=True, timeout=60,
                                env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})
        assert result.returncode != 0
        assert f"信息源 jzrb 的抓取正由另一个进程运行（pid {holder.pid}）" in result.stderr
    finally:
        holder.kill()
        holder.wait()


def _watch(data: Path, env: dict, *extra) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "clippings", "--data-dir", str(data), "watch", "--minute-seconds", "1", *extra]
    for s in FAST:
        cmd += ["--set", s]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO_ROOT)


def _wait(predicate, timeout: float, proc=None):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"watch exited early: {proc.communicate()}")
        time.sleep(0.5)
    return False


def test_watch_alerts_once_per_story_stops_cleanly_and_restarts_without_repeats(tmp_path, demo_server):
    sources = tmp_path / "sources.toml"
    sources.write_text(re.sub(r"^\[\[source\]\]$", "[[source]]\ninterval_minutes = 5",
                              SOURCES.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    hook = Receiver()
    alerts = write_config(tmp_path / "alerts.toml", f'[[channels]]\nname = "值班群"\nurl = "json://127.0.0.1:{hook.port}/hook"\n')
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "CLIPPINGS_SOURCES": str(sources),
           "CLIPPINGS_ALERTS": str(alerts), "CLIPPINGS_NOW": INCIDENT_NOW}
    data = tmp_path / "data"
    demo_server.set_edition(3)
    proc = _watch(data, env)
    try:
        db_path = data / "clippings.db"

        def count(sql):
            if not db_path.exists():
                return 0
            db = open_archive(db_path)
            try:
                return db.execute(sql).fetchone()[0]
            finally:
                db.conn.close()

        # the first round: crawled, tagged, clustered, indexed, matched (the alert cursor is set)
        assert _wait(lambda: count("SELECT count(*) FROM alert_state") > 0, 120, proc)
        # a second watch on the same data directory refuses, naming the holder
        second = _watch(data, env, "--rounds", "1")
        _, err = second.communicate(timeout=60)
        assert second.returncode != 0 and f"pid {proc.pid}" in err
        # the incident: a negative forum post goes live, then its reposts (3 outlets → 较大)
        titles_of = lambda: [p["body"]["title"] for p in hook.posts]
        demo_server.set_edition(4)
        assert _wait(lambda: f"【一般预警】{INCIDENT_TITLE}" in titles_of(), 60, proc)
        demo_server.set_edition(5)
        assert _wait(lambda: f"【预警升级为较大】{INCIDENT_TITLE}" in titles_of(), 60, proc)
        assert sum(INCIDENT_TITLE in t for t in titles_of()) == 2
        assert count("SELECT outlets FROM alerts WHERE title = '%s'" % INCIDENT_TITLE) == 3
        assert _wait(lambda: count("SELECT count(*) FROM alert_notifications WHERE state = 'pending'") == 0, 30, proc)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert "持续监测结束" in err
        alerts_n = count("SELECT count(*) FROM alerts")
        posts = len(hook.posts)
        assert posts == count("SELECT count(*) FROM alert_notifications WHERE state = 'sent'")
        assert count("SELECT count(*) FROM (SELECT alert_id, grade FROM alert_notifications"
                     " GROUP BY alert_id, grade, channel HAVING count(*) > 1)") == 0
        titles = [p["body"]["title"] for p in hook.posts]
        assert len(titles) == len(set(titles))                 # one message per story and grade
        # killed mid-round, then restarted: nothing repeated, nothing lost
        proc = _watch(data, env)
        time.sleep(3)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc = _watch(data, env, "--rounds", "1")
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        # items archived before the stop may raise their alerts now, but nothing is sent twice
        assert count("SELECT count(*) FROM alerts") >= alerts_n
        assert count("SELECT count(*) FROM (SELECT first_clipping_id FROM alerts GROUP BY cluster_id"
                     " HAVING count(*) > 1)") == 0
        assert len(hook.posts) == count("SELECT count(*) FROM alert_notifications WHERE state = 'sent'")
        later = [p["body"]["title"] for p in hook.posts[posts:]]
        assert not set(later) & set(titles)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        hook.stop()
