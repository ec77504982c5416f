"""信息源: each configured source with its archived count, its part of the latest crawls and errors;
for admins, adding, editing, pausing and resuming a source, and 试抓取 before saving
(core: :mod:`clippings.sourcedesk`)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from clippings.archive import records
from clippings.archive import users as web_sql
from clippings.config import ConfigError
from clippings.sourcedesk import editor
from clippings.sourcedesk.trial import try_source
from clippings.vocabulary import SOURCE_FIELDS, SOURCE_KINDS
from clippings.web.context import get_db, state, username
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


def _form_page(form: dict, *, name: str | None, error: editor.SourceFormError | None = None, trial=None,
               status: int = 200):
    return render_template("source_form.html", form=form, name=name, error=error, trial=trial,
                           kinds=SOURCE_KINDS, labels=SOURCE_FIELDS), status


@bp.route("/sources/new")
@requires("admin")
def new():
    return _form_page(editor.block_to_form({"kind": "news"}), name=None)


@bp.route("/sources/<name>/edit")
@requires("admin")
def edit(name: str):
    block = next((b for b in editor.raw_blocks(state().sources_path) if b.get("name") == name), None)
    if block is None:
        abort(404)
    return _form_page(editor.block_to_form(block), name=name)


def _submitted() -> dict:
    return {key: request.form.get(key, "") for key in editor.FORM_FIELDS}


@bp.route("/sources", methods=["POST"])
@bp.route("/sources/<name>", methods=["POST"])
@requires("admin")
def save(name: str | None = None):
    form = _submitted()
    if name is not None:
        form["name"] = name
    try:
        block = editor.block_from_form(request.form if name is None else {**request.form.to_dict(), "name": name})
        if request.form.get("action") == "try":
            return _form_page(form, name=name, trial=try_source(block, state().profile_path))
        if name is None:
            source = editor.add_source(state().sources_path, block, by=username(), db=get_db())
            flash(f"已添加信息源：{source.title}（{source.name}）", "ok")
        else:
            source = editor.update_source(state().sources_path, name, block, by=username(), db=get_db())
            flash(f"已保存信息源：{source.title}（{source.name}）", "ok")
    except editor.SourceFormError as exc:
        return _form_page(form, name=name, error=exc, status=400)
    return redirect(url_for("sources.page"))


@bp.route("/sources/<name>/enabled", methods=["POST"])
@requires("admin")
def set_enabled(name: str):
    enabled = request.form.get("enabled") == "1"
    try:
        source = editor.set_enabled(state().sources_path, name, enabled, by=username(), db=get_db())
    except editor.SourceFormError as exc:
        flash(str(exc), "error")
    else:
        flash(f"已{'恢复' if enabled else '暂停'}信息源：{source.title}（{source.name}）", "ok")
    return redirect(url_for("sources.page"))
