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
    return render_template("submissions.html", items=items, status=status, month=month,
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
