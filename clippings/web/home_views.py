"""The landing page (工作台): what needs the signed-in person first, then the search box.

Each capability contributes a *panel* from its own views module::

    from clippings.web.home_views import home_panel

    @home_panel(order=20)
    def briefing_waiting(db, user):
        items = ...               # core function, no SQL here
        if not items:
            return None           # nothing for this person: the panel is left out
        return {"title": "待签发的网媒快讯", "template": "panels/briefing.html", "items": items}

A panel function returns ``None`` (nothing to show) or a dict with ``title``, ``template`` (a
template under ``templates/``, rendered with ``panel`` bound to the dict) and any data it needs.
Panels are shown by ``order`` (lowest first). A panel that raises is logged and left out, so one
broken capability never takes the landing page down.
"""

from __future__ import annotations

import logging
from typing import Callable

from flask import Blueprint, redirect, render_template, url_for

from clippings.web.context import current_user, get_db

log = logging.getLogger(__name__)
bp = Blueprint("home", __name__)

Panel = Callable[[object, dict], "dict | None"]
_PANELS: list[tuple[int, str, Panel]] = []


def home_panel(order: int = 50):
    """Register a landing-page panel (see the module docstring)."""

    def register(fn: Panel) -> Panel:
        name = f"{fn.__module__}.{fn.__qualname__}"
        if not any(n == name for _, n, _ in _PANELS):
            _PANELS.append((order, name, fn))
            _PANELS.sort(key=lambda p: (p[0], p[1]))
        return fn

    return register


def panels_for(db, user: dict) -> list[dict]:
    shown = []
    for _, name, fn in _PANELS:
        try:
            panel = fn(db, user)
        except Exception:  # a broken panel must not take the landing page down
            log.exception("landing-page panel %s failed", name)
            continue
        if panel:
            shown.append(panel)
    return shown


@bp.route("/")
def home():
    user = current_user()
    if user["role"] == "reporter":      # 信息员 see no monitoring data: their page is 信息报送
        return redirect(url_for("publishing.page"))
    return render_template("home.html", panels=panels_for(get_db(), user))
