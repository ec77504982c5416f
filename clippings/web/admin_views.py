"""账号管理 (admin only): list, add, enable/disable accounts; the audit log."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for

from clippings import accounts
from clippings.web.context import get_db, username
from clippings.web.security import requires

bp = Blueprint("admin", __name__)


@bp.route("/admin/users")
@requires("admin")
def users():
    return render_template("users.html", users=accounts.list_users(get_db()))


@bp.route("/admin/users", methods=["POST"])
@requires("admin")
def add_user():
    form = request.form
    try:
        accounts.create_user(get_db(), form.get("username", ""), form.get("role", ""), form.get("password", ""),
                             by=username(), unit=form.get("unit"))
    except accounts.AccountError as exc:
        flash(str(exc), "error")
    else:
        flash(f"已添加用户 {form.get('username', '').strip()}", "ok")
    return redirect(url_for("admin.users"))


@bp.route("/admin/users/<name>/active", methods=["POST"])
@requires("admin")
def set_active(name: str):
    active = request.form.get("active") == "1"
    try:
        accounts.set_active(get_db(), name, active, by=username())
    except accounts.AccountError as exc:
        flash(str(exc), "error")
    else:
        flash(f"已{'启用' if active else '停用'}用户 {name}", "ok")
    return redirect(url_for("admin.users"))


@bp.route("/admin/audit")
@requires("audit")
def audit():
    action = request.args.get("action") or None
    return render_template("audit.html", entries=accounts.list_audit(get_db(), 500, action), action=action)
