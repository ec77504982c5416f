"""Shared fixtures: the demo sites on 127.0.0.1 and real crawls into temporary data dirs.

Time is frozen for every crawl: the demo world's "now" is the anchor day's evening, passed to
crawl subprocesses as CLIPPINGS_NOW (relative forum dates such as 3分钟前 parse against it).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from clippings.paths import REPO_ROOT, DataDir

ANCHOR_DATE = "2026-11-25"
ANCHOR_NOW = "2026-11-25T23:30:00+08:00"
SOURCES = REPO_ROOT / "config" / "sources.toml"
PROFILE = REPO_ROOT / "config" / "bureau.toml"
FAST = ["DOWNLOAD_TIMEOUT=2", "RETRY_BACKOFF_BASE=0.05", "AUTOTHROTTLE_ENABLED=False", "PROGRESS_INTERVAL=30"]


@pytest.fixture
def frozen_env(monkeypatch):
    monkeypatch.setenv("CLIPPINGS_NOW", ANCHOR_NOW)
    monkeypatch.delenv("CLIPPINGS_DATA", raising=False)
    return monkeypatch


def start_demo(**kwargs):
    from demosites.server import DemoServer

    kwargs.setdefault("slow_seconds", 3)
    server = DemoServer(host="127.0.0.1", port=0, anchor_date=ANCHOR_DATE, **kwargs)
    server.start()
    return server


@pytest.fixture
def demo_server(frozen_env):
    server = start_demo()
    frozen_env.setenv("CLIPPINGS_DEMO_URL", server.base_url)
    yield server
    server.stop()


def crawl(data_dir: Path, names=(), settings=(), timeout: float = 300) -> dict:
    """A real crawl (subprocess) of the demo sources into ``data_dir``; returns the run row."""
    from clippings.crawling import run_crawl

    assert os.environ.get("CLIPPINGS_DEMO_URL"), "start the demo server first"
    return run_crawl(DataDir.resolve(data_dir), SOURCES, PROFILE, list(names), [*FAST, *settings],
                     timeout=timeout)
