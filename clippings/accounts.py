"""Web app accounts: roles and what each may do, argon2 password hashes, the audit log.

Roles: 管理员 ``admin`` (accounts, sources), 宣传干事 ``staff`` (search, correct tags, prepare the
briefing), 领导 ``leader`` (read, sign off). Everyone signed in may read.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
import time

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from clippings.archive import transaction, users as store
from clippings.timeutil import now, to_iso

log = logging.getLogger(__name__)

from clippings.vocabulary import ROLES
PERMISSIONS = {
    "read": {"admin", "staff", "reviewer", "leader"},
    "correct": {"staff", "reviewer"},
    "prepare": {"staff"},               # pin / exclude items, send the briefing for review (送审)
    "review": {"reviewer"},             # 审核 the briefing, or return it (退回)
    "sign": {"leader"},                 # 签发, return (退回), withdraw a signature (撤回签发)
    "admin": {"admin"},                 # accounts, sources
    "audit": {"admin", "reviewer", "leader"},  # read the audit log
    "handle": {"staff", "reviewer", "leader"},  # 预警 ack / close, 处置 work orders
    "submit": {"reporter"},             # 信息员: send in 信息, see only their own
    "edit_submissions": {"staff", "reviewer"},  # 采用 / 退回 / 不予采用 / edit 信息
    "name_outlets": {"staff", "reviewer", "admin"},  # the display name of a site found by search
}
MIN_PASSWORD = 8
_NAME = re.compile(r"^[\w.\-@\u4e00-\u9fff]{2,32}$")
_hasher = PasswordHasher()      # argon2id, RFC 9106 low-memory profile (t=3, m=64 MiB, p=4)
_dummy: list[str] = []          # verified against for unknown users, so the answer takes as long


def use_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Swap the argon2 parameters (tests use cheaper ones); returns the previous hasher."""
    global _hasher
    previous, _hasher = _hasher, hasher
    _dummy.clear()
    return previous


def _dummy_hash() -> str:
    if not _dummy:
        _dummy.append(_hasher.hash("not-a-password-0"))
    return _dummy[0]


class AccountError(ValueError):
    """A bad username, role or password (message in Chinese, for the user)."""


def can(role: str | None, permission: str) -> bool:
    return role in PERMISSIONS.get(permission, ())


def check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError("角色只能是 " + "、".join(f"{k}（{v}）" for k, v in ROLES.items()) + f"，收到 {role!r}")
    return role


MIN_STRENGTH = 3                # zxcvbn score 0–4: 3 = "safely unguessable" (~10^8 guesses)
MAX_PASSWORD = 256


def check_password(password: str, username: str = "") -> str:
    """The password if the policy accepts it, else AccountError saying why (in Chinese): at least
    MIN_PASSWORD characters, not only spaces, and not guessable by the zxcvbn estimator (common
    passwords, repeats, sequences, keyboard walks, dates, the user's own name)."""
    from zxcvbn import zxcvbn

    from clippings.vocabulary import WEAK_PASSWORD_REASONS

    if not password or len(password) < MIN_PASSWORD:
        raise AccountError(f"密码至少 {MIN_PASSWORD} 位")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"密码最多 {MAX_PASSWORD} 位")
    if not password.strip():
        raise AccountError("密码不能全是空格")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in password):
        raise AccountError("密码不能含控制字符")
    result = zxcvbn(password, user_inputs=[username] if username else [])
    if result["score"] < MIN_STRENGTH:
        sequence = result.get("sequence") or []
        longest = max(sequence, key=lambda m: len(m.get("token", "")), default={})
        if username and username.lower() in password.lower():
            why = "包含用户名"
        else:
            why = WEAK_PASSWORD_REASONS.get(longest.get("pattern", ""), "太容易被猜到")
        raise AccountError(f"密码强度不够：{why}。请使用更长、不常见的组合，如几个不相关的词语加数字")
    return password


def check_unit(role: str, unit: str | None) -> str | None:
    """A 信息员 must name a district or unit (2–40 characters); other roles have none."""
    unit = (unit or "").strip()
    if role != "reporter":
        return None
    if not 2 <= len(unit) <= 40 or any(ord(ch) < 32 for ch in unit):
        raise AccountError("信息员必须填写所属区县或单位（2–40 个字）")
    return unit


def create_user(db, username: str, role: str, password: str, by: str = "cli", unit: str | None = None) -> int:
    """Add an account (argon2 hash of ``password``); recorded in the audit log. Returns its id.
    A 信息员 (``reporter``) needs ``unit``: the district or unit it reports for."""
    username = (username or "").strip()
    if not _NAME.match(username):
        raise AccountError("用户名应为 2–32 个字母、数字、汉字或 . - _ @")
    check_role(role)
    unit = check_unit(role, unit)
    check_password(password, username)
    if store.get_user(db, username) is not None:
        raise AccountError(f"用户 {username} 已存在")
    stamp = to_iso(now())
    with transaction(db):
        user_id = store.add_user(db, username, role, _hasher.hash(password), stamp, unit)
        store.add_audit(db, stamp, by, "user_add", username, {"role": role, **({"unit": unit} if unit else {})})
    return user_id


def authenticate(db, username: str, password: str) -> dict | None:
    """The active user whose password matches, else None. Rehashes outdated hashes."""
    user = store.get_user(db, (username or "").strip())
    if user is None or not user["active"]:
        try:
            _hasher.verify(_dummy_hash(), password or "")
        except VerificationError:
            pass
        return None
    try:
        _hasher.verify(user["password_hash"], password or "")
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    with transaction(db):
        if _hasher.check_needs_rehash(user["password_hash"]):
            store.set_password_hash(db, user["id"], _hasher.hash(password))
        store.touch_login(db, user["id"], to_iso(now()))
    return user


def _session_hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


def start_session(db, user: dict, lifetime_seconds: float) -> str:
    """A new session for ``user``: returns its random id (only its hash is stored)."""
    session_id = secrets.token_urlsafe(32)
    started = time.time()
    with transaction(db):
        store.purge_sessions(db, started - lifetime_seconds)
        store.add_session(db, _session_hash(session_id), user["id"], started, to_iso(now()))
    return session_id


def session_user(db, session_id: str | None, lifetime_seconds: float) -> dict | None:
    """The active user of a live session (signed in less than ``lifetime_seconds`` ago), else None."""
    if not session_id or not isinstance(session_id, str):
        return None
    user = store.session_user(db, _session_hash(session_id))
    if user is None or not user["active"] or time.time() - user["started"] > lifetime_seconds:
        return None
    return user


def end_session(db, session_id: str | None) -> None:
    if session_id and isinstance(session_id, str):
        with transaction(db):
            store.delete_session(db, _session_hash(session_id))


def set_password(db, username: str, password: str, by: str) -> None:
    """New password; the user's open sessions end."""
    user = store.get_user(db, username)
    if user is None:
        raise AccountError(f"没有用户 {username}")
    check_password(password, username)
    stamp = to_iso(now())
    with transaction(db):
        store.set_password_hash(db, user["id"], _hasher.hash(password))
        store.delete_user_sessions(db, user["id"])
        store.add_audit(db, stamp, by, "user_password", username, {})


def set_active(db, username: str, active: bool, by: str) -> None:
    """Enable or disable an account (a disabled one's sessions end)."""
    user = store.get_user(db, username)
    if user is None:
        raise AccountError(f"没有用户 {username}")
    if not active and user["role"] == "admin" and store.count_admins(db) <= 1:
        raise AccountError("不能停用最后一个管理员")
    with transaction(db):
        store.set_active(db, user["id"], active)
        if not active:
            store.delete_user_sessions(db, user["id"])
        store.add_audit(db, to_iso(now()), by, "user_enable" if active else "user_disable", username, {})


def has_admin(db) -> bool:
    return store.count_admins(db) > 0


def audit(db, username: str, action: str, target: str | None, detail: dict | None = None) -> None:
    """Record one action in the audit log (commits)."""
    with transaction(db):
        store.add_audit(db, to_iso(now()), username, action, target, detail)


get_user = store.get_user
get_user_by_id = store.get_user_by_id
list_users = store.list_users
list_audit = store.list_audit
