"""Start a crawl as a subprocess (``python -m crawler.run``) and read its result from the archive.

Scrapy's reactor runs once per process, and the core must not import Scrapy; a subprocess
gives both, and a crash or kill of the crawl never takes the caller down with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from clippings.archive import open_archive, records
from clippings.paths import REPO_ROOT, DataDir


class CrawlFailed(RuntimeError):
    pass


_running: list[subprocess.Popen] = []


def stop_running_crawls() -> None:
    """Ask the crawls this process started to stop after their current pages (Scrapy's graceful SIGINT)."""
    import signal

    for proc in list(_running):
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)


def crawl_command(data: DataDir, sources_path: Path, profile_path: Path, names: list[str] = (),
                  settings: list[str] = ()) -> list[str]:
    cmd = [sys.executable, "-m", "crawler.run", "--data-dir", str(data.root),
           "--sources", str(sources_path), "--profile", str(profile_path)]
    for name in names:
        cmd += ["--source", name]
    for item in settings:
        cmd += ["--set", item]
    return cmd


def run_crawl(data: DataDir, sources_path: Path, profile_path: Path, names: list[str] = (),
              settings: list[str] = (), log_level: str = "WARNING", timeout: float | None = None,
              lock_wait: float = 0.0) -> dict:
    """Crawl and return the ``crawl_runs`` row. Progress lines go to this process's stderr.

    Holds each crawled source's lock (:mod:`clippings.runlock`) for the crawl: another crawl of the
    same source waits up to ``lock_wait`` seconds, then :class:`clippings.runlock.Locked` is raised.
    """
    from clippings.config import load_sources
    from clippings.runlock import source_locks

    if not names:
        names_locked = [s.name for s in load_sources(sources_path) if s.enabled]
    else:
        names_locked = list(names)
    with source_locks(data.root, names_locked, wait=lock_wait):
        return _run_crawl(data, sources_path, profile_path, names, settings, log_level, timeout)


def _run_crawl(data, sources_path, profile_path, names, settings, log_level, timeout) -> dict:
    cmd = crawl_command(data, sources_path, profile_path, names, [f"LOG_LEVEL={log_level}", *settings])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO_ROOT)
    _running.append(proc)
    try:
        stdout, _ = proc.communicate(timeout=timeout)
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    finally:
        _running.remove(proc)
    run_id = None
    for line in stdout.splitlines():
        if line.startswith("RUN_ID="):
            run_id = int(line.split("=", 1)[1])
    if run_id is None:
        raise CrawlFailed(f"抓取进程异常退出（代码 {proc.returncode}）")
    db = open_archive(data.db_path)
    run = records.get_run(db, run_id)
    run["exit_code"] = proc.returncode
    return run
