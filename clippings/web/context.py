"""What every request handler needs: the archive connection (one per thread), the data dir,
the bureau profile, the configured sources, and the signed-in user.
"""

from __future__ import annotations

import threading
from functools import cached_property

from flask import current_app, g

from clippings.paths import DataDir


class WebState:
    """Per-app state kept in ``app.extensions["clippings"]``."""

    def __init__(self, data: DataDir, sources_path, profile_path):
        self.data = data
        self.sources_path = sources_path
        self.profile_path = profile_path
        self._local = threading.local()
        self._lock = threading.Lock()
        from clippings.web.index_refresh import IndexRefresher

        self.refresher = IndexRefresher(self)

    def db(self):
        db = getattr(self._local, "db", None)
        if db is None:
            from clippings.archive import open_archive

            with self._lock:  # migrations run once, not concurrently
                db = open_archive(self.data.db_path)
            self._local.db = db
        return db

    @cached_property
    def profile(self):
        from clippings.config import load_profile

        return load_profile(self.profile_path)

    def sources(self):
        from clippings.config import load_sources

        return load_sources(self.sources_path)


def state() -> WebState:
    return current_app.extensions["clippings"]


def get_db():
    return state().db()


def current_user() -> dict | None:
    return g.get("user")


def username() -> str:
    user = current_user()
    return user["username"] if user else ""
