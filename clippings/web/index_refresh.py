"""Keep the search index in step with staff corrections, off the request thread.

After a correction the app asks for a refresh; one background thread runs the incremental
``indexer.build.update_index`` (coalescing requests that arrive meanwhile). It never rebuilds:
when there is no index, or it was built by another index version or dictionary, it does nothing
and the next ``clippings index`` catches up.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)


class IndexRefresher:
    def __init__(self, state):
        self.state = state
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False

    def incremental_possible(self) -> bool:
        from indexer import store
        from indexer.build import STATE_VERSION

        gen = store.current_generation(self.state.data.index_dir)
        if gen is None:
            return False
        saved = store.read_state(gen)
        return (saved.get("version") == STATE_VERSION
                and list(saved.get("user_words", ())) == list(self.state.profile.user_words()))

    def request(self) -> None:
        """Refresh soon (returns at once)."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                self._again = True
                return
            self._thread = threading.Thread(target=self._run, name="index-refresh", daemon=True)
            self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Block until no refresh is running (for tests and shutdown)."""
        while True:
            with self._lock:
                thread = self._thread
            if thread is None or not thread.is_alive():
                return
            thread.join(timeout)
            if timeout is not None:
                return

    def _run(self) -> None:
        while True:
            with self._lock:
                self._again = False
            try:
                self.refresh_now()
            except Exception:  # the corrections are stored; the next `clippings index` catches up
                log.exception("index update after a correction failed")
            with self._lock:
                if not self._again:
                    return

    def refresh_now(self) -> bool:
        """Run the incremental update here; False when only a rebuild could help."""
        from indexer.build import update_index

        if not self.incremental_possible():
            log.warning("search index missing or built for another version/dictionary: not refreshed")
            return False
        profile = self.state.profile
        update_index(self.state.db(), self.state.data.index_dir, user_words=profile.user_words(),
                     synonyms=profile.synonyms)
        return True
