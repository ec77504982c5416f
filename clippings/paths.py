"""The data directory: every piece of state lives under one folder.

Default ``./data``; override with ``--data-dir`` or the ``CLIPPINGS_DATA`` environment variable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG_DIR = REPO_ROOT / "config"


@dataclass(frozen=True)
class DataDir:
    root: Path

    @classmethod
    def resolve(cls, value: str | os.PathLike | None = None) -> "DataDir":
        root = Path(value or os.environ.get("CLIPPINGS_DATA") or "data")
        return cls(root.resolve())

    def ensure(self) -> "DataDir":
        for p in (self.root, self.warc_dir, self.jobs_dir, self.output_dir):
            p.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def db_path(self) -> Path:
        return self.root / "clippings.db"

    @property
    def warc_dir(self) -> Path:
        return self.root / "warc"

    @property
    def index_dir(self) -> Path:
        return self.root / "index"

    @property
    def jobs_dir(self) -> Path:
        return self.root / "jobs"

    @property
    def output_dir(self) -> Path:
        return self.root / "output"

    @property
    def models_dir(self) -> Path:
        return self.root / "models"


def config_path(name: str, override: str | os.PathLike | None = None, env: str | None = None) -> Path:
    """Locate a config file: explicit override, then env var, then the repo's config/ folder."""
    if override:
        return Path(override)
    if env and os.environ.get(env):
        return Path(os.environ[env])
    return DEFAULT_CONFIG_DIR / name
