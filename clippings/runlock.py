"""One process at a time: a ``watch`` per data directory, a crawl per source.

Locks are ``fcntl.flock`` on files under ``<data>/locks/``; the kernel drops them when the holder
exits (even on SIGKILL), so a stale lock never blocks a restart. The holder's pid is written into
the file so a refused process can say who holds it.
"""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Iterable, Iterator


class Locked(RuntimeError):
    """Another process holds the lock (message in Chinese names it and its pid)."""


def _holder(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip() or "?"
    except OSError:
        return "?"


@contextmanager
def hold(path: Path, what: str, wait: float = 0.0) -> Iterator[None]:
    """Hold the lock at ``path`` for the block; wait up to ``wait`` seconds, then raise :class:`Locked`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise Locked(f"{what}正由另一个进程运行（pid {_holder(path)}），请等它结束后再试") from None
                time.sleep(0.5)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def lock_dir(data_root: Path) -> Path:
    return Path(data_root) / "locks"


def watch_lock(data_root: Path):
    """The data directory's single ``clippings watch``."""
    return hold(lock_dir(data_root) / "watch.lock", f"数据目录 {data_root} 的持续监测（clippings watch）")


@contextmanager
def source_locks(data_root: Path, names: Iterable[str], wait: float = 0.0) -> Iterator[None]:
    """Every named source's crawl lock (taken in name order, so two callers never deadlock)."""
    with ExitStack() as stack:
        for name in sorted(set(names)):
            stack.enter_context(hold(lock_dir(data_root) / f"source-{name}.lock", f"信息源 {name} 的抓取", wait))
        yield
