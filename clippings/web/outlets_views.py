"""网站名称: the sites search sources found, by domain, and the name staff give each one
(core: :mod:`clippings.discovery.outlets`)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for

from clippings.discovery.outlets import OutletError, list_outlets, rename_outlet
from clippings.web.context import get_db, state, username
from clippings.web.security import requires

bp = Blueprint("outlets", __name__)


@bp.route("/outlets")
@requires("read")
def page():
    return render_template("outlets.html", outlets=list_outlets(get_db()))


@bp.route("/outlets/rename", methods=["POST"])
@requires("name_outlets")
def rename():
    domain, name = request.form.get("domain", ""), request.form.get("name", "")
    try:
        count = rename_outlet(get_db(), domain, name, by=username())
    except OutletError as exc:
        flash(str(exc), "error")
        return redirect(url_for("outlets.page")), 303
    state().refresher.request()
    flash(f"已将 {domain.strip().lower()} 更名为“{' '.join(name.split())}”，更新稿件 {count} 条。", "ok")
    return redirect(url_for("outlets.page"))
