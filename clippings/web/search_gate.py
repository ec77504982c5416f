"""Bounded concurrency for searches in the web app, so one slow query cannot starve the others.

Each worker process admits at most ``overall`` searches at once and ``per_user`` per signed-in
user. A search over the per-user limit is answered 429 at once; one that cannot get an overall slot
within its time budget is answered 503. Both pages say so in Chinese. The time spent waiting here
counts against the search's budget (:data:`indexer.search.SEARCH_SECONDS`): ``admit`` yields what
is left of it, so no search request holds a thread much longer than the budget.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager

from flask import abort

PER_USER = 1        # one search at a time per user and process: a second one gets 429 at once
OVERALL = 3         # waitress serves 4 threads per worker: one stays free for other pages


class SearchGate:
    def __init__(self, overall: int = OVERALL, per_user: int = PER_USER, budget: float | None = None):
        from indexer.search import SEARCH_SECONDS

        self.per_user = per_user
        self.budget = SEARCH_SECONDS if budget is None else budget
        self._slots = threading.BoundedSemaphore(overall)
        self._lock = threading.Lock()
        self._running: dict[str, int] = {}

    @contextmanager
    def admit(self, user: str):
        """Run the block as one search of ``user`` (it gets the seconds left of the budget), or
        abort with 429/503 and a Chinese message."""
        with self._lock:
            if self._running.get(user, 0) >= self.per_user:
                abort(429, description=f"您同时进行的检索已达 {self.per_user} 个，请等前面的检索完成后再试。")
            self._running[user] = self._running.get(user, 0) + 1
        try:
            started = time.monotonic()
            if not self._slots.acquire(timeout=self.budget):
                abort(503, description="检索服务繁忙，请稍后再试。")
            try:
                yield max(0.05, self.budget - (time.monotonic() - started))
            finally:
                self._slots.release()
        finally:
            with self._lock:
                self._running[user] -= 1
                if not self._running[user]:
                    del self._running[user]
