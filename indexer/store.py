"""Where the index lives: generations under ``DataDir.index_dir`` and an atomic pointer to the live one.

Layout::

    index/CURRENT            name of the live generation (replaced atomically with os.replace)
    index/gen-<stamp>/       Whoosh files + state.json (watermark, synonyms, counts)
    index/update.lock        held while an update or a rebuild runs

A rebuild writes a new generation and swaps CURRENT when it is complete; readers that opened the
old one keep working (the previous generation is kept until the next swap).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from whoosh import index as whoosh_index

CURRENT = "CURRENT"
STATE = "state.json"


class IndexMissing(Exception):
    """No index has been built yet."""


def current_generation(index_dir: str | Path) -> Path | None:
    index_dir = Path(index_dir)
    try:
        name = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    path = index_dir / name
    return path if name and path.is_dir() else None


def open_current(index_dir: str | Path):
    """(generation path, whoosh Index) of the live generation; IndexMissing if there is none."""
    gen = current_generation(index_dir)
    if gen is None or not whoosh_index.exists_in(str(gen)):
        raise IndexMissing(f"检索索引不存在：{index_dir}（请先运行 clippings index）")
    return gen, whoosh_index.open_dir(str(gen))


def new_generation(index_dir: str | Path) -> Path:
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
    path = index_dir / f"gen-{stamp}"
    path.mkdir()
    return path


def publish(index_dir: str | Path, gen: Path) -> None:
    """Make ``gen`` the live generation; delete generations older than the one it replaces."""
    index_dir = Path(index_dir)
    previous = current_generation(index_dir)
    tmp = index_dir / (CURRENT + ".tmp")
    tmp.write_text(gen.name, encoding="utf-8")
    os.replace(tmp, index_dir / CURRENT)
    keep = {gen.name, previous.name if previous else None}
    for child in index_dir.iterdir():
        if child.is_dir() and child.name.startswith("gen-") and child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)


def discard(gen: Path) -> None:
    shutil.rmtree(gen, ignore_errors=True)


def read_state(gen: Path) -> dict:
    try:
        return json.loads((gen / STATE).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def write_state(gen: Path, state: dict) -> None:
    tmp = gen / (STATE + ".tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, gen / STATE)


@contextmanager
def update_lock(index_dir: str | Path):
    """One writer at a time (update or rebuild); waits for the other to finish."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / "update.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
