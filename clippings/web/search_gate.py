"""Bounded concurrency for searches in the web app, so one slow query cannot starve the others.

Each worker process admits at most ``overall`` searches at once and ``per_user`` per signed-in
user. A search over the per-user limit is answered 429 at once; one that cannot get an overall slot
within its time budget is answered 503. Both pages say so in Chinese. The time spent waiting here
counts against the search's budget (:data:`indexer.search.SEARCH_SECONDS`): ``admit`` yields what
is left of it, so no search request holds a thread much longer than the budget.

A user's costly searches also share an allowance: the processor time (of the thread, so waiting
for a busy machine does not count) each search uses past ``free`` seconds is counted, and past ``user_seconds`` of it within the last ``window`` seconds the next search is
answered 429 until enough has aged out. Ordinary searches take tens of milliseconds and count
nothing, however many a user sends; a client sending query after query that each run to the time
budget gets a small share of a core instead of half of it.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from contextlib import contextmanager

from flask import abort

PER_USER = 1        # one search at a time per user and process: a second one gets 429 at once
OVERALL = 3         # waitress serves 4 threads per worker: one stays free for other pages
WINDOW = 10.0       # seconds over which a user's search time is counted
USER_SECONDS = 2.0  # costly search time a user may spend within WINDOW, per worker process
FREE = 0.05         # the processor time of a search counted as costly is what it uses past this
                    # (ordinary searches use 5–40 ms; a cold phrase over common words up to ~0.8 s once)


class SearchGate:
    def __init__(self, overall: int = OVERALL, per_user: int = PER_USER, budget: float | None = None,
                 user_seconds: float = USER_SECONDS, window: float = WINDOW, free: float = FREE):
        from indexer.search import SEARCH_SECONDS

        self.per_user = per_user
        self.user_seconds, self.window, self.free = user_seconds, window, free
        self._spent: dict[str, deque] = {}   # user -> (ended at, seconds) of recent searches
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
            wait = self._wait_for_allowance(user, time.monotonic())
            if wait > 0:
                abort(429, description=f"您近{self.window:g}秒内的复杂检索耗时已超过{self.user_seconds:g}秒"
                                       f"（检索式过于复杂），请约{max(1, round(wait))}秒后再试。")
            self._running[user] = self._running.get(user, 0) + 1
        try:
            started = time.monotonic()
            if not self._slots.acquire(timeout=self.budget):
                abort(503, description="检索服务繁忙，请稍后再试。")
            cpu = time.thread_time()
            try:
                yield max(0.05, self.budget - (time.monotonic() - started))
            finally:
                self._slots.release()
                used = time.thread_time() - cpu
                if used > self.free:
                    with self._lock:
                        self._spent.setdefault(user, deque()).append((time.monotonic(), used - self.free))
        finally:
            with self._lock:
                self._running[user] -= 1
                if not self._running[user]:
                    del self._running[user]

    def _wait_for_allowance(self, user: str, now: float) -> float:
        """Seconds until ``user``'s search time within the window is back under the allowance (0 if
        it is under now). Called with the lock held."""
        spent = self._spent.get(user)
        if not spent:
            return 0.0
        while spent and spent[0][0] <= now - self.window:
            spent.popleft()
        if not spent:
            del self._spent[user]
            return 0.0
        over = sum(seconds for _, seconds in spent) - self.user_seconds
        if over < 0:
            return 0.0
        for ended, seconds in spent:          # the oldest searches age out first
            over -= seconds
            if over < 0:
                return max(0.0, ended + self.window - now)
        return max(0.0, spent[-1][0] + self.window - now)
