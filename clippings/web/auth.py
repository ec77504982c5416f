"""Sign-in and sign-out pages (``/login`` with fields ``username`` and ``password``)."""

from __future__ import annotations

import logging

from flask import Blueprint, redirect, render_template, request, url_for

from clippings import accounts, login_throttle
from clippings.web import security
from clippings.web.context import current_user, get_db

log = logging.getLogger(__name__)
bp = Blueprint("auth", __name__)


@bp.route("/login", methods=["GET", "POST"])
def login():
    error = None
    next_url = request.values.get("next", "")
    status = 200
    if request.method == "POST":
        name = request.form.get("username", "")
        address = request.remote_addr
        try:
            login_throttle.check(get_db(), name, address)
        except login_throttle.SignInRefused as refused:
            log.warning("sign-in refused (throttled) for %r from %s", name[:40], address)
            return render_template("login.html", error=str(refused), next_url=next_url,
                                   no_admin=False), 429, {"Retry-After": str(max(1, int(refused.retry_after)))}
        user = accounts.authenticate(get_db(), name, request.form.get("password", ""))
        if user is not None:
            login_throttle.record_success(get_db(), name, address)
            security.sign_in(user)
            accounts.audit(get_db(), user["username"], "login", None, {"ip": address})
            return redirect(security.safe_next(next_url))
        log.warning("failed sign-in for %r from %s", name[:40], address)
        login_throttle.record_failure(get_db(), name, address)
        error, status = "用户名或密码错误", 401
    return render_template("login.html", error=error, next_url=next_url,
                           no_admin=not accounts.has_admin(get_db())), status


@bp.route("/logout", methods=["POST"])
def logout():
    user = current_user()
    if user:
        accounts.audit(get_db(), user["username"], "logout", None, {})
    security.sign_out()
    return redirect(url_for("auth.login"))
