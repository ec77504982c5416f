"""网媒快讯: the day's draft, pin / leave out items, 审核 (staff) and 签发 (leader), .docx download
once signed off, past issues. Every decision is recorded by the briefing workflow (who, when) and
in the audit log.
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
                                review, set_choice, sign_off)
from clippings.briefing.render_html import safe_url
from clippings.timeutil import today
from clippings.web.context import get_db, state, username
from clippings.web.security import requires

bp = Blueprint("briefing", __name__)
ACTIONS = {"pin": "置顶", "exclude": "不予编发", "reset": "恢复默认"}


def _day(value: str | None) -> date:
    if not value:
        return today()
    if value == "latest":
        return latest_day(get_db()) or today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        abort(404)


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
    return render_template("briefing.html", b=b, day=when, choices=choices, excluded=excluded,
                           issues=list_issues(db)[:60], safe_url=safe_url, latest=latest_day(db))


@bp.route("/briefing/<day>/choice", methods=["POST"])
@requires("prepare")
def choice(day: str):
    when = _day(day)
    action = request.form.get("action", "")
    try:
        clipping_id = int(request.form.get("clipping_id", ""))
    except ValueError:
        abort(400, description="缺少信息编号")
    if action not in ACTIONS:
        abort(400, description="未知操作")
    db = get_db()
    try:
        set_choice(db, when, clipping_id, None if action == "reset" else action, username())
    except BriefingError as exc:
        flash(str(exc), "error")
    else:
        accounts.audit(db, username(), f"briefing_{action}", str(clipping_id), {"date": when.isoformat()})
        flash(f"信息 {clipping_id}：{ACTIONS[action]}", "ok")
    return redirect(url_for("briefing.show", day=when.isoformat()))


def _step(day: str, fn, action: str, word: str):
    when = _day(day)
    db = get_db()
    try:
        issue = fn(db, when, username())
    except BriefingError as exc:
        flash(str(exc), "error")
    else:
        numbered = f" 第{issue['number']}期" if issue.get("number") else ""
        accounts.audit(db, username(), action, when.isoformat(),
                       {"number": issue["number"]} if issue.get("number") else {})
        flash(f"{when} 网媒快讯{numbered} 已由 {username()} {word}。", "ok")
    return redirect(url_for("briefing.show", day=when.isoformat()))


@bp.route("/briefing/<day>/review", methods=["POST"])
@requires("prepare")
def do_review(day: str):
    profile = state().profile
    return _step(day, lambda db, when, by: review(db, when, by, build_briefing(db, profile, when)),
                 "briefing_review", "审核")


@bp.route("/briefing/<day>/sign", methods=["POST"])
@requires("sign")
def do_sign(day: str):
    return _step(day, sign_off, "briefing_sign", "签发")


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
