"""网媒快讯: the day's draft, pin / leave out items, 送审 (staff), 审核 or 退回 (科长), 签发, 退回 or
撤回签发 (leader) after a faithful preview (the .docx as PDF page images), .docx download once signed,
past issues. Every decision is recorded by the briefing workflow (who, when) and in the audit log.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from urllib.parse import quote

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for

from clippings import accounts
from clippings.archive import records
from clippings.briefing import (BriefingError, build_briefing, get_choices, latest_day, list_issues, render_briefing,
                                return_issue, review, set_choice, sign_off, submit, waiting_for, withdraw)
from clippings.web.home_views import home_panel
from clippings.briefing.render_html import safe_url
from clippings.inputs import InputError, parse_day, parse_id
from clippings.timeutil import today
from clippings.web.context import current_user, get_db, state, username
from clippings.web.security import requires

bp = Blueprint("briefing", __name__)
ACTIONS = {"pin": "置顶", "exclude": "不予编发", "reset": "恢复默认"}


def _day(value: str | None) -> date:
    if not value:
        return today()
    if value == "latest":
        return latest_day(get_db()) or today()
    try:
        return parse_day(value)
    except InputError as exc:
        abort(404, description=str(exc))


@bp.route("/briefing")
@requires("read")
def page():
    return show(request.args.get("date"))


@bp.route("/briefing/<day>")
@requires("read")
def show(day: str | None):
    db = get_db()
    when = _day(day)
    b = build_briefing(db, state().profile, when)
    choices = get_choices(db, when)
    excluded = []
    for cid, action in sorted(choices.items()):
        if action == "exclude":
            row = records.get_clipping(db, cid)
            excluded.append({"id": cid, "title": (row or {}).get("title") or "（已删除）"})
    from clippings.archive import briefings as issue_store

    return render_template("briefing.html", b=b, day=when, choices=choices, excluded=excluded,
                           issues=list_issues(db)[:60], safe_url=safe_url, latest=latest_day(db),
                           issue=issue_store.get_issue(db, when))


@bp.route("/briefing/<day>/choice", methods=["POST"])
@requires("prepare")
def choice(day: str):
    when = _day(day)
    action = request.form.get("action", "")
    try:
        clipping_id = parse_id(request.form.get("clipping_id", ""))
    except InputError as exc:
        abort(400, description=str(exc))
    if action not in ACTIONS:
        abort(400, description="未知操作")
    db = get_db()
    try:
        set_choice(db, when, clipping_id, None if action == "reset" else action, username())
    except BriefingError as exc:
        flash(str(exc), "error")
    else:
        accounts.audit(db, username(), f"briefing_{action}", str(clipping_id), {"date": when.isoformat()})
        title = (records.get_clipping(db, clipping_id) or {}).get("title") or f"第{clipping_id}条"
        flash(f"“{title}”：已{ACTIONS[action]}", "ok")
    return redirect(url_for("briefing.show", day=when.isoformat()))


@bp.route("/briefing/<day>/notes", methods=["POST"])
@requires("prepare")
def notes(day: str):
    """编者按 / 研判 / 处置建议 / 责任单位 for a negative story (staff, while the issue is a draft)."""
    from clippings.briefing import set_notes

    when = _day(day)
    fields = {k: request.form.get(k, "") for k in ("editor_note", "judgement", "suggestion", "unit")}
    try:
        set_notes(get_db(), when, request.form.get("story", ""), by=username(), **fields)
    except BriefingError as exc:
        flash(str(exc), "error")
    else:
        accounts.audit(get_db(), username(), "briefing_notes", when.isoformat(), {"story": request.form.get("story")})
        flash("已保存编者按、研判、处置建议和责任单位。", "ok")
    return redirect(url_for("briefing.show", day=when.isoformat()))


def _step(day: str, fn, action: str, word: str, detail: dict | None = None):
    when = _day(day)
    db = get_db()
    try:
        issue = fn(db, when, username())
    except BriefingError as exc:
        flash(str(exc), "error")
    else:
        numbered = f" 第{issue['number']}期" if issue.get("number") else ""
        extra = dict(detail or {})
        if issue.get("number"):
            extra["number"] = issue["number"]
        accounts.audit(db, username(), action, when.isoformat(), extra)
        flash(f"{when} 网媒快讯{numbered} 已由 {username()} {word}。", "ok")
    return redirect(url_for("briefing.show", day=when.isoformat()))


@bp.route("/briefing/<day>/submit", methods=["POST"])
@requires("prepare")
def do_submit(day: str):
    profile = state().profile
    return _step(day, lambda db, when, by: submit(db, when, by, build_briefing(db, profile, when)),
                 "briefing_submit", "送审")


@bp.route("/briefing/<day>/review", methods=["POST"])
@requires("review")
def do_review(day: str):
    from clippings.alerts.notices import briefing_waiting

    def approve(db, when, by):
        issue = review(db, when, by)
        briefing_waiting(state().profile_path, when, by, url_for("briefing.show", day=when.isoformat(),
                                                                 _external=True))
        return issue
    return _step(day, approve, "briefing_review", "审核")


@bp.route("/briefing/<day>/return", methods=["POST"])
@requires("read")
def do_return(day: str):
    role = current_user()["role"]
    if role not in ("reviewer", "leader"):
        abort(403)
    comment = request.form.get("comment", "")
    return _step(day, lambda db, when, by: return_issue(db, when, by, comment, role=role), "briefing_return",
                 "退回", {"comment": comment.strip()[:500]})


@bp.route("/briefing/<day>/sign", methods=["POST"])
@requires("sign")
def do_sign(day: str):
    confirmed = request.form.get("confirm") == "1"
    return _step(day, lambda db, when, by: sign_off(db, when, by, confirmed=confirmed), "briefing_sign", "签发")


@bp.route("/briefing/<day>/withdraw", methods=["POST"])
@requires("sign")
def do_withdraw(day: str):
    reason = request.form.get("reason", "")
    return _step(day, lambda db, when, by: withdraw(db, when, by, reason), "briefing_withdraw", "撤回签发",
                 {"reason": reason.strip()[:500]})


def _preview_dir() -> Path:
    return state().data.output_dir / "previews"


@bp.route("/briefing/<day>/preview")
@requires("read")
def preview(day: str):
    """The document exactly as it will be downloaded, page by page (made by LibreOffice)."""
    from clippings.briefing.preview import PreviewUnavailable, preview_pages

    when = _day(day)
    b = build_briefing(get_db(), state().profile, when)
    error, pages = None, []
    try:
        pages = preview_pages(b, _preview_dir())
    except PreviewUnavailable as exc:
        error = str(exc)
    return render_template("briefing_preview.html", b=b, day=when, pages=len(pages), error=error)


@bp.route("/briefing/<day>/preview/<int:page>.png")
@requires("read")
def preview_page(day: str, page: int):
    from clippings.briefing.preview import PreviewUnavailable, preview_pages

    when = _day(day)
    try:
        pages = preview_pages(build_briefing(get_db(), state().profile, when), _preview_dir())
    except PreviewUnavailable:
        abort(404)
    if not 1 <= page <= len(pages):
        abort(404)
    return Response(pages[page - 1].read_bytes(), mimetype="image/png")


@home_panel(order=20)
def briefing_waiting(db, user: dict):
    """The landing page tells whoever must act next: 待审核 (科长), 待签发 (领导), 退回 (宣传干事)."""
    items = waiting_for(db, user["role"])
    if not items:
        return None
    titles = {"reviewer": "待审核的网媒快讯", "leader": "待签发的网媒快讯", "staff": "被退回的网媒快讯"}
    return {"title": titles[user["role"]], "template": "panels/briefing.html", "items": items}


@bp.route("/briefing/<day>/download.docx")
@requires("read")
def download(day: str):
    db = get_db()
    when = _day(day)
    b = build_briefing(db, state().profile, when)
    if b.status != "signed":
        abort(409, description="快讯签发后才能下载 .docx。")
    with tempfile.TemporaryDirectory() as tmp:
        path = render_briefing(b, "docx", Path(tmp) / "briefing.docx")
        body = path.read_bytes()
    name = f"网媒快讯-{when.isoformat()}-第{b.number}期.docx"
    return Response(body, mimetype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    headers={"Content-Disposition":
                             f"attachment; filename=briefing-{when.isoformat()}.docx; filename*=UTF-8''{quote(name)}"})
