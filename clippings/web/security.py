"""Sign-in enforcement, roles, CSRF tokens, session expiry, the secret key and security headers.

- Every request except ``/login`` and ``/static`` needs a signed-in, active user. The signed
  cookie carries a random session id whose hash is kept in ``web_sessions``: the session ends at
  sign-out, when the account is disabled or its password changed, and ``PERMANENT_SESSION_LIFETIME``
  after sign-in.
- Every POST must carry the session's CSRF token (``csrf_token`` form field), compared in
  constant time.
- Responses carry a Content-Security-Policy without inline scripts, frame-ancestors/X-Frame-Options,
  X-Content-Type-Options and no-store caching. The archived-snapshot route sets its own stricter CSP.
"""

from __future__ import annotations

import hmac
import os
import secrets
from functools import wraps
from pathlib import Path
from urllib.parse import unquote, urlsplit

from flask import abort, current_app, g, redirect, request, session, url_for
from werkzeug.routing import IntegerConverter

from clippings import accounts

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SNAPSHOT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox; frame-ancestors 'self'"
PUBLIC_ENDPOINTS = {"auth.login", "static"}
SECRET_FILE = "web_secret_key"


class BoundedInt(IntegerConverter):
    """``<int:…>`` limited to SQLite's 64-bit integers: a longer number does not match (404)."""

    def __init__(self, map, fixed_digits=0, min=1, max=2 ** 63 - 1, signed=False):  # noqa: A002
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def load_secret_key(root: Path) -> str:
    """The app's secret key, generated once and kept in the data dir (mode 0600)."""
    path = Path(root) / SECRET_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = path.read_text(encoding="ascii").strip()
        if len(key) >= 32:
            return key
        path.unlink()
        return load_secret_key(root)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(secrets.token_hex(32))
    os.chmod(path, 0o600)
    return path.read_text(encoding="ascii").strip()


def csrf_token() -> str:
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def _csrf_ok() -> bool:
    expected = session.get("csrf")
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token") or ""
    return bool(expected) and hmac.compare_digest(str(expected), str(sent))


def _lifetime() -> float:
    return current_app.permanent_session_lifetime.total_seconds()


def sign_in(user: dict) -> None:
    """Start a fresh session for ``user`` (a new id: no fixation), recorded server-side."""
    from clippings.web.context import get_db

    session.clear()
    session.permanent = True
    session["sid"] = accounts.start_session(get_db(), user, _lifetime())
    session["csrf"] = secrets.token_urlsafe(32)


def sign_out() -> None:
    """End the session here and in the archive (the old cookie is worthless afterwards)."""
    from clippings.web.context import get_db

    accounts.end_session(get_db(), session.get("sid"))
    session.clear()


def before_request():
    """Load the user, refuse stale sessions and forged POSTs, send strangers to /login."""
    from clippings.web.context import get_db

    g.user = None
    upload_limit = current_app.config.get("UPLOAD_LIMITS", {}).get(request.endpoint)
    if upload_limit:  # routes taking photos may exceed MAX_CONTENT_LENGTH (set before the form is read)
        request.max_content_length = upload_limit
    if request.method not in ("GET", "HEAD", "OPTIONS") and not _csrf_ok():
        abort(400, description="表单已失效或来源不明（CSRF 校验失败），请刷新页面后重试。")
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    if session.get("sid"):
        user = accounts.session_user(get_db(), session["sid"], _lifetime())
        if user is not None:
            g.user = user
            return None
        sign_out()
    if request.method in ("GET", "HEAD"):
        target = request.full_path if request.query_string else request.path
        return redirect(url_for("auth.login", next=target))
    abort(401)


def requires(permission: str):
    """Route decorator: 403 unless the signed-in user's role has ``permission``."""
    def decorate(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            user = g.get("user")
            if user is None:
                abort(401)
            if not accounts.can(user["role"], permission):
                abort(403)
            return view(*args, **kwargs)
        return wrapper
    return decorate


def after_request(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
    return response


def _unsafe_path(target: str) -> bool:
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return True
    # browsers drop tabs and newlines anywhere in a URL ("/\t/evil" is "//evil"); other control
    # characters have no business in a path either (and a newline would break the Location header)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in target):
        return True
    parts = urlsplit(target)
    return bool(parts.scheme or parts.netloc)


def safe_next(target) -> str:
    """Where to go after sign-in: ``target`` if it is a same-origin relative path, else the home
    page. Refuses ``//host``, backslashes, control characters (also percent-encoded: ``/%09/``)
    and anything with a scheme or a host; never raises."""
    home = url_for("home.home")
    if not isinstance(target, str) or not target or len(target) > 2048:
        return home
    try:
        if _unsafe_path(target) or _unsafe_path(unquote(target)):
            return home
    except ValueError:
        return home
    return target
