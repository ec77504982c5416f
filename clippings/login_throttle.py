"""Sign-in throttling: growing delays, then a temporary lockout, per account and per client address.

After ``free`` failed sign-ins in a row a key (``user:NAME`` or ``ip:ADDRESS``) must wait
1, 2, 4 … (at most MAX_DELAY) seconds before the next attempt is even checked; after
``lockout_after`` failures it is locked for ``lockout_seconds``. A success clears the account and
the address. Counts live in the archive (``login_throttle``), so every web worker process shares
them. Every failure and lockout, and every unlock (expiry noticed at the next success, or
``clippings user unlock``), is written to the audit log.

    login_throttle.check(db, name, address)          # SignInRefused (Chinese message) while waiting
    login_throttle.record_failure(db, name, address)  # after a wrong password
    login_throttle.record_success(db, name, address)
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass

from clippings.archive import transaction, users as store
from clippings.timeutil import now, to_iso

log = logging.getLogger(__name__)
MAX_DELAY = 60.0
FORGET_AFTER = 24 * 3600.0   # failures older than this no longer count


@dataclass(frozen=True)
class Limits:
    free: int               # failures allowed before delays start
    lockout_after: int      # failures that lock the key
    lockout_seconds: float


ACCOUNT = Limits(free=3, lockout_after=10, lockout_seconds=15 * 60)
ADDRESS = Limits(free=10, lockout_after=30, lockout_seconds=15 * 60)


def _clock() -> float:
    return time.time()


class SignInRefused(Exception):
    """Too many failures: the attempt was not even checked. ``str()`` is the Chinese message."""

    def __init__(self, message: str, retry_after: float):
        super().__init__(message)
        self.retry_after = retry_after


def delay_after(failures: int, limits: Limits) -> float:
    """Seconds to wait after ``failures`` failures in a row (0 while still free)."""
    if failures < limits.free:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - limits.free))


def _keys(username: str, address: str | None) -> list[tuple[str, Limits]]:
    name = (username or "").strip()[:64]
    return [(f"user:{name}", ACCOUNT), (f"ip:{address or '-'}", ADDRESS)]


def _wait_text(seconds: float) -> str:
    seconds = max(1, math.ceil(seconds))
    return f"{seconds} 秒" if seconds < 120 else f"{math.ceil(seconds / 60)} 分钟"


def check(db, username: str, address: str | None) -> None:
    """SignInRefused while the account or the address is locked or must still wait."""
    t = _clock()
    for key, limits in _keys(username, address):
        row = store.get_throttle(db, key)
        if row is None or t - row["last_failure"] > FORGET_AFTER:
            continue
        who = "该账号" if key.startswith("user:") else "您所在的地址"
        if row["locked_until"] > t:
            wait = row["locked_until"] - t
            raise SignInRefused(f"登录失败次数过多，{who}已被临时锁定，请 {_wait_text(wait)}后再试，"
                                "或请管理员解锁。", wait)
        wait = row["last_failure"] + delay_after(row["failures"], limits) - t
        if wait > 0 and row["locked_until"] == 0:
            raise SignInRefused(f"登录失败次数过多，请 {_wait_text(wait)}后再试。", wait)


def record_failure(db, username: str, address: str | None) -> None:
    """Count a failed sign-in against the account and the address; audit it (and any lockout)."""
    t = _clock()
    name = (username or "").strip()[:64]
    stamp = to_iso(now())
    with transaction(db):
        for key, limits in _keys(username, address):
            row = store.get_throttle(db, key)
            failures = 1 if row is None or t - row["last_failure"] > FORGET_AFTER or \
                (row["locked_until"] and row["locked_until"] <= t) else row["failures"] + 1
            locked_until = 0.0
            if failures >= limits.lockout_after:
                locked_until = t + limits.lockout_seconds
                store.add_audit(db, stamp, address or "-", "login_lockout", key.split(":", 1)[1],
                                {"key": key.split(":", 1)[0], "failures": failures,
                                 "minutes": round(limits.lockout_seconds / 60)})
                log.warning("sign-in locked for %s after %d failures", key[:80], failures)
            store.put_throttle(db, key, failures, t, locked_until)
        store.add_audit(db, stamp, address or "-", "login_failed", name, {"ip": address})


def record_success(db, username: str, address: str | None) -> None:
    """Clear the counts of the account and the address; an expired lockout is audited as unlocked."""
    with transaction(db):
        for key, _limits in _keys(username, address):
            row = store.get_throttle(db, key)
            if row is None:
                continue
            if row["locked_until"]:
                store.add_audit(db, to_iso(now()), "system", "login_unlock", key.split(":", 1)[1],
                                {"key": key.split(":", 1)[0], "reason": "expired"})
            store.clear_throttle(db, key)


def unlock(db, *, username: str | None = None, address: str | None = None, by: str = "cli") -> bool:
    """Lift the lockout and delays of an account or an address; audited. False if there were none."""
    key = f"user:{username.strip()}" if username else f"ip:{address}"
    with transaction(db):
        if store.get_throttle(db, key) is None:
            return False
        store.clear_throttle(db, key)
        store.add_audit(db, to_iso(now()), by, "login_unlock", key.split(":", 1)[1],
                        {"key": key.split(":", 1)[0], "reason": "manual"})
    return True


def locked(db) -> list[dict]:
    """Keys currently locked out or delayed (for ``clippings user list --locked``)."""
    t = _clock()
    return [r for r in store.list_throttles(db) if r["locked_until"] > t]
