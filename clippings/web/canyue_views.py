"""参阅件 pages: ``/stories/<cluster_id>/canyue`` shows a story's 参阅件 draft (the stored draft when
staff saved one, with its status, 研判 and 建议; else the draft as built from the archive now) and
``/stories/<cluster_id>/canyue.docx`` downloads it. Both only read (no GET changes state)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import quote

from flask import Blueprint, Response, abort, render_template

from clippings.archive import drafts as draft_store
from clippings.web.context import get_db, state
from clippings.web.security import requires

bp = Blueprint("canyue", __name__)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _load(cluster_id: int):
    """(brief, stored draft or None); 404 with a Chinese message when there is no such story."""
    from clippings.clusters.pickup import own_source_names
    from clippings.publishing import drafts
    from clippings.publishing.briefs import BriefError, build_brief

    db = get_db()
    stored = draft_store.find(db, "brief", str(cluster_id))
    if stored is not None:
        stored = drafts.get(db, stored["id"])
        return drafts.brief_of(stored), stored
    try:
        brief = build_brief(db, cluster_id, own_sources=own_source_names(state().sources()),
                            index_dir=state().data.index_dir)
    except BriefError as exc:
        abort(404, description=str(exc))
    return brief, None


@bp.route("/stories/<int:cluster_id>/canyue")
@requires("read")
def page(cluster_id: int):
    from clippings.publishing.drafts import issue_text
    from clippings.publishing.render_brief import event_text

    brief, stored = _load(cluster_id)
    return render_template("canyue.html", b=brief, stored=stored, event=event_text(brief),
                           issue=issue_text(stored) if stored else "第　期")


@bp.route("/stories/<int:cluster_id>/canyue.docx")
@requires("read")
def download(cluster_id: int):
    from clippings.publishing.drafts import render_draft
    from clippings.publishing.render_brief import render_brief
    from clippings.timeutil import now

    brief, stored = _load(cluster_id)
    bureau = state().profile.short_name
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "canyue.docx"
        if stored:
            render_draft(stored, bureau, out)
        else:
            d = now()
            render_brief(brief, bureau, out, f"{d.year}年{d.month}月{d.day}日")
        body = out.read_bytes()
    name = f"参阅件-报道{cluster_id}.docx"
    return Response(body, mimetype=DOCX, headers={
        "Content-Disposition": f"attachment; filename=canyue-{cluster_id}.docx; filename*=UTF-8''{quote(name)}"})


# --- stored 月报 / 参阅件 drafts and their review chain ---------------------------------------------

def _draft(draft_id: int) -> dict:
    from clippings.publishing import drafts

    try:
        return drafts.get(get_db(), draft_id)
    except drafts.DraftError as exc:
        abort(404, description=str(exc))


def _act(draft_id: int, fn, done: str):
    """Run a core draft action as the signed-in user; its refusal (rights, state) is flashed."""
    from flask import flash, redirect, url_for

    from clippings.publishing.drafts import DraftError

    try:
        fn()
    except DraftError as exc:
        flash(str(exc), "error")
    else:
        flash(done, "ok")
    return redirect(url_for("canyue.draft", draft_id=draft_id))


@bp.route("/drafts")
@requires("read")
def drafts_page():
    from clippings.publishing import drafts

    return render_template("drafts.html", items=drafts.listing(get_db()), issue_text=drafts.issue_text)


@bp.route("/drafts/<int:draft_id>")
@requires("read")
def draft(draft_id: int):
    from clippings.publishing import drafts

    d = _draft(draft_id)
    columns = drafts.monthly_of(d).columns if d["kind"] == "monthly" else {}
    entries = {e["id"]: e for e in d["entries"]}
    return render_template("draft.html", d=d, issue=drafts.issue_text(d), columns=columns, entries=entries,
                           history=drafts.history(get_db(), draft_id))


@bp.route("/drafts/<int:draft_id>/download.docx")
@requires("read")
def draft_docx(draft_id: int):
    from clippings.publishing.drafts import render_draft
    from clippings.vocabulary import DRAFT_KINDS

    d = _draft(draft_id)
    with tempfile.TemporaryDirectory() as tmp:
        body = render_draft(d, state().profile.short_name, Path(tmp) / "draft.docx").read_bytes()
    name = f"{DRAFT_KINDS[d['kind']]}-{d['subject']}.docx"
    return Response(body, mimetype=DOCX, headers={
        "Content-Disposition": f"attachment; filename=draft-{draft_id}.docx; filename*=UTF-8''{quote(name)}"})


@bp.route("/stories/<int:cluster_id>/canyue/save", methods=["POST"])
@requires("prepare")
def save_brief(cluster_id: int):
    from flask import flash, redirect, url_for

    from clippings.clusters.pickup import own_source_names
    from clippings.publishing import drafts
    from clippings.publishing.briefs import BriefError, build_brief
    from clippings.web.context import current_user

    db = get_db()
    try:
        brief = build_brief(db, cluster_id, own_sources=own_source_names(state().sources()),
                            index_dir=state().data.index_dir)
        did = drafts.create_brief(db, brief, current_user())
    except BriefError as exc:
        abort(404, description=str(exc))
    except drafts.DraftError as exc:
        flash(str(exc), "error")
        return redirect(url_for("canyue.page", cluster_id=cluster_id))
    flash("已保存参阅件稿件", "ok")
    return redirect(url_for("canyue.draft", draft_id=did))


@bp.route("/drafts/<int:draft_id>/entry/<int:entry_id>/edit", methods=["POST"])
@requires("read")
def edit_entry(draft_id: int, entry_id: int):
    from flask import request

    from clippings.publishing import drafts
    from clippings.web.context import current_user

    _check_entry(draft_id, entry_id)
    return _act(draft_id, lambda: drafts.edit_entry(get_db(), entry_id, current_user(), request.form.get("title", ""),
                                                    request.form.get("summary", "")), "已保存条目")


@bp.route("/drafts/<int:draft_id>/entry/<int:entry_id>/remove", methods=["POST"])
@requires("read")
def remove_entry(draft_id: int, entry_id: int):
    from clippings.publishing import drafts
    from clippings.web.context import current_user

    _check_entry(draft_id, entry_id)
    return _act(draft_id, lambda: drafts.remove_entry(get_db(), entry_id, current_user()), "已删除条目")


def _check_entry(draft_id: int, entry_id: int) -> None:
    entry = draft_store.get_entry(get_db(), entry_id)
    if entry is None or entry["draft_id"] != draft_id:
        abort(404, description="没有这个条目")


@bp.route("/drafts/<int:draft_id>/notes", methods=["POST"])
@requires("read")
def notes(draft_id: int):
    from flask import request

    from clippings.publishing import drafts
    from clippings.web.context import current_user

    _draft(draft_id)
    return _act(draft_id, lambda: drafts.set_notes(get_db(), draft_id, current_user(), request.form.get("judgement", ""),
                                                   request.form.get("suggestion", "")), "已保存研判、建议")


STEPS = {"submit": ("submit", "已送审"), "review": ("review", "已审核"), "return": ("return_draft", "已退回"),
         "sign": ("sign_off", "已签发")}


@bp.route("/drafts/<int:draft_id>/<step>", methods=["POST"])
@requires("read")
def step(draft_id: int, step: str):
    from flask import request

    from clippings.publishing import drafts
    from clippings.web.context import current_user

    if step not in STEPS:
        abort(404)
    _draft(draft_id)
    name, done = STEPS[step]
    extra = (request.form.get("comment", ""),) if step == "return" else ()
    return _act(draft_id, lambda: getattr(drafts, name)(get_db(), draft_id, current_user(), *extra), done)
