"""信息报送 pages: a 信息员 submits and follows their own 信息; staff review them.

``/submissions`` (list; a 信息员 sees only their own), ``/submissions/new`` (POST, multipart with
``photos``), ``/submissions/<id>`` (detail), ``/submissions/<id>/review`` and ``/edit`` (staff),
``/submissions/<id>/resubmit`` (the 信息员, after 退回修改), ``/submissions/photo/<id>.jpg``.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for

from clippings import accounts
from clippings.publishing import photos, submissions
from clippings.web.context import current_user, get_db, state, username
from clippings.web.security import requires

bp = Blueprint("publishing", __name__)


def _may_see_submissions() -> None:
    user = current_user()
    if not (accounts.can(user["role"], "submit") or accounts.can(user["role"], "edit_submissions")):
        abort(403)


@bp.route("/submissions")
def page():
    _may_see_submissions()
    user = current_user()
    status = request.args.get("status") or None
    month = request.args.get("month") or None
    try:
        items = submissions.listing(get_db(), user, status=status, month=month)
    except submissions.SubmissionError as exc:
        abort(400, description=str(exc))
    from clippings.timeutil import now

    return render_template("submissions.html", items=items, status=status, month=month, now_month=now().strftime("%Y-%m"),
                           max_photos=photos.MAX_PHOTOS, max_mb=photos.MAX_BYTES // (1024 * 1024))


@bp.route("/submissions/new", methods=["POST"])
@requires("submit")
def new():
    # photos may be larger than the app-wide form limit: see UPLOAD_LIMITS in create_app
    uploads = [(f.filename or "", f.read(photos.MAX_BYTES + 1)) for f in request.files.getlist("photos")]
    try:
        sid = submissions.submit(get_db(), state().data.root, current_user(), request.form, uploads)
    except ValueError as exc:   # SubmissionError, PhotoError
        flash(f"未能报送：{exc}", "error")
        return render_template("submissions.html", items=submissions.listing(get_db(), current_user()),
                               form=request.form, max_photos=photos.MAX_PHOTOS,
                               max_mb=photos.MAX_BYTES // (1024 * 1024)), 400
    flash("已报送，等待审核", "ok")
    return redirect(url_for("publishing.detail", submission_id=sid))


@bp.route("/submissions/<int:submission_id>")
def detail(submission_id: int):
    _may_see_submissions()
    item = submissions.visible(get_db(), current_user(), submission_id)
    if item is None:
        abort(404)
    return render_template("submission.html", item=item)


@bp.route("/submissions/<int:submission_id>/review", methods=["POST"])
@requires("edit_submissions")
def review(submission_id: int):
    form = request.form
    try:
        submissions.review(get_db(), submission_id, form.get("action", ""), username(), use=form.get("use"),
                           column=form.get("column"), comment=form.get("comment"),
                           higher_level=form.get("higher_level") == "1")
    except submissions.SubmissionError as exc:
        flash(str(exc), "error")
    else:
        flash("已保存审核结果", "ok")
    return redirect(url_for("publishing.detail", submission_id=submission_id))


@bp.route("/submissions/<int:submission_id>/edit", methods=["POST"])
@requires("edit_submissions")
def edit(submission_id: int):
    try:
        submissions.edit(get_db(), submission_id, username(), request.form.get("title"), request.form.get("text"))
    except submissions.SubmissionError as exc:
        flash(str(exc), "error")
    else:
        flash("已保存修改（原文保留）", "ok")
    return redirect(url_for("publishing.detail", submission_id=submission_id))


@bp.route("/submissions/<int:submission_id>/resubmit", methods=["POST"])
@requires("submit")
def resubmit(submission_id: int):
    try:
        submissions.resubmit(get_db(), current_user(), submission_id, request.form)
    except submissions.SubmissionError as exc:
        flash(str(exc), "error")
    else:
        flash("已重新报送，等待审核", "ok")
    return redirect(url_for("publishing.detail", submission_id=submission_id))


@bp.route("/submissions/photo/<int:photo_id>.jpg")
def photo(photo_id: int):
    _may_see_submissions()
    from clippings.archive import submissions as store

    row = store.get_photo(get_db(), photo_id)
    user = current_user()
    if row is None or (user["role"] == "reporter" and row["reporter"] != user["username"]):
        abort(404)
    path = photos.path_of(state().data.root, row["file"])
    if path is None:
        abort(404)
    return send_file(path, mimetype="image/jpeg")


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _docx_response(path, ascii_name: str, name: str):
    from urllib.parse import quote

    from flask import Response

    return Response(path.read_bytes(), mimetype=DOCX, headers={
        "Content-Disposition": f"attachment; filename={ascii_name}; filename*=UTF-8''{quote(name)}"})


def _month_arg(month: str) -> str:
    from clippings.publishing.assessment import check_month

    try:
        return check_month(month)
    except ValueError as exc:
        abort(404, description=str(exc))


@bp.route("/submissions/assess/<month>.docx")
@requires("edit_submissions")
def assess_docx(month: str):
    """The month's 考核通报 (read only: nothing is stored)."""
    import tempfile
    from pathlib import Path

    from clippings.clusters.pickup import pickup_report
    from clippings.publishing.assessment import RulesError, assess, load_rules
    from clippings.publishing.render_assessment import render_assessment
    from clippings.timeutil import now

    month = _month_arg(month)
    try:
        rules = load_rules()
    except RulesError as exc:
        abort(503, description=str(exc))
    db = get_db()
    sources = state().sources()
    result = assess(db, rules, month, pickup_for=lambda m: pickup_report(db, sources, m))
    d = now()
    with tempfile.TemporaryDirectory() as tmp:
        path = render_assessment(result, state().profile.short_name, Path(tmp) / "a.docx",
                                 f"{d.year}年{d.month}月{d.day}日")
        return _docx_response(path, f"assessment-{month}.docx", f"考核通报-{month}.docx")


@bp.route("/submissions/monthly/<month>.docx")
@requires("edit_submissions")
def monthly_docx(month: str):
    """The month's 《城管执法月报》 draft (no 期号; nothing is stored)."""
    import tempfile
    from pathlib import Path

    from clippings.clusters.pickup import own_source_names
    from clippings.publishing.monthly import MonthlyRulesError, build_draft, load_rules
    from clippings.publishing.render_monthly import render_monthly

    month = _month_arg(month)
    try:
        rules = load_rules()
    except MonthlyRulesError as exc:
        abort(503, description=str(exc))
    draft = build_draft(get_db(), rules, month, own_source_names(state().sources()))
    with tempfile.TemporaryDirectory() as tmp:
        path = render_monthly(draft, state().profile.short_name, Path(tmp) / "m.docx")
        return _docx_response(path, f"monthly-{month}-draft.docx", f"城管执法月报-{month}-草稿.docx")
