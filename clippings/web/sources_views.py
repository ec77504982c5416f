"""信息源: each configured source with its archived count, its part of the latest crawls and errors."""

from __future__ import annotations

from flask import Blueprint, render_template

from clippings.archive import records
from clippings.archive import users as web_sql
from clippings.config import ConfigError
from clippings.web.context import get_db, state
from clippings.web.security import requires

bp = Blueprint("sources", __name__)


@bp.route("/sources")
@requires("admin")
def page():
    db = get_db()
    error, sources = None, []
    try:
        sources = state().sources()
    except (ConfigError, OSError) as exc:
        error = f"信息源配置无法读取：{exc}"
    runs = records.latest_runs(db, 10)
    counts = web_sql.counts_by_source(db)
    last = {}
    for run in runs:  # newest first: the latest run that covered each source
        for name, figures in (run.get("per_source") or {}).items():
            last.setdefault(name, {"run": run, "figures": figures})
    return render_template("sources.html", sources=sources, counts=counts, last=last, runs=runs, error=error)
