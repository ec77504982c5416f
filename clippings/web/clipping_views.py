"""信息详情: one clipping with its tags and their evidence, the repost cluster, versions, the
archived snapshot (sanitised, sandboxed), and the staff correction form.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from urllib.parse import quote

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for

from clippings import accounts
from clippings.archive import records
from clippings.archive import tags as tag_sql
from clippings.briefing.render_html import safe_url
from clippings.vocabulary import PAGE_STATUS, SENTIMENT
from clippings.inputs import InputError
from clippings.web.context import get_db, state, username
from clippings.web.security import SNAPSHOT_CSP, requires

log = logging.getLogger(__name__)
bp = Blueprint("clipping", __name__)

SENTIMENTS = SENTIMENT
STATUS = PAGE_STATUS


def _clipping_or_404(clipping_id: int) -> dict:
    row = records.get_clipping(get_db(), clipping_id)
    if row is None:
        abort(404)
    return row


@bp.route("/clipping/<int:clipping_id>")
@requires("read")
def detail(clipping_id: int):
    db = get_db()
    row = _clipping_or_404(clipping_id)
    members = []
    if row.get("cluster_id"):
        from clippings.clusters import cluster_members

        members = cluster_members(db, row["cluster_id"])
    from clippings.clusters.timeline import spread_timeline
    from clippings.archive import rechecks as recheck_sql
    from clippings.proof.history import changes_since_first

    profile = state().profile
    return render_template(
        "clipping.html", c=row, paragraphs=[p for p in (row["text"] or "").split("\n") if p.strip()],
        posts=records.get_posts(db, clipping_id), evidence=records.get_evidence(db, clipping_id),
        versions=records.get_versions(db, clipping_id), members=members,
        timeline=spread_timeline(members) if len(members) > 1 else None,
        changes=changes_since_first(db, row),
        rechecks=recheck_sql.history(db, clipping_id), finding=recheck_sql.findings(db, [clipping_id]).get(clipping_id),
        corrections=tag_sql.list_corrections(db, clipping_id), sentiments=SENTIMENTS, status=STATUS,
        topics=[t.name for t in profile.topics], districts=[d.name for d in profile.districts],
        safe_url=safe_url,
    )


def _changes(row: dict, form) -> dict:
    """Only the fields the form changed (an unchanged field is not a correction), checked against
    the same labels, gazetteer and topics as ``clippings retag`` (InputError otherwise)."""
    from clippings.inputs import InputError, correction_district, correction_topics

    profile = state().profile
    changes = {}
    sentiment = form.get("sentiment", "")
    if sentiment and sentiment != (row.get("sentiment") or ""):
        if sentiment not in SENTIMENTS:
            raise InputError(f"未知倾向：{sentiment[:20]}（可选：{'、'.join(SENTIMENTS.values())}）")
        changes["sentiment"] = sentiment
    if form.get("topics_shown"):
        topics = correction_topics(profile, form.getlist("topics"), keep=row.get("topics") or ())
        if sorted(topics) != sorted(row.get("topics") or []):
            changes["topics"] = topics
    if "district" in form:
        district = form.get("district", "").strip()
        district = correction_district(profile, district) if district else district
        if district != (row.get("district") or ""):
            changes["district"] = district
    return changes


@bp.route("/clipping/<int:clipping_id>/correct", methods=["POST"])
@requires("correct")
def correct(clipping_id: int):
    from clippings.tagger import CorrectionError
    from clippings.tagger import correct as apply_correction

    db = get_db()
    row = _clipping_or_404(clipping_id)
    try:
        changes = _changes(row, request.form)
    except InputError as exc:
        flash(str(exc), "error")
        return redirect(url_for("clipping.detail", clipping_id=clipping_id))
    note = request.form.get("note", "").strip()[:500] or None
    if not changes:
        flash("没有改动，未记录更正。", "info")
        return redirect(url_for("clipping.detail", clipping_id=clipping_id))
    story = request.form.get("only_this") != "1"
    try:
        changed = apply_correction(db, clipping_id, by=username(), note=note, story=story, **changes)
    except CorrectionError as exc:
        flash(str(exc), "error")
        return redirect(url_for("clipping.detail", clipping_id=clipping_id))
    before = {k: row.get(k) for k in changes}
    accounts.audit(db, username(), "correct", str(clipping_id),
                   {"from": before, "to": changes, "note": note, "scope": "story" if story else "item",
                    "reposts": len(changed) - 1})
    state().refresher.request()  # the search index catches up in the background
    also = f"（同一报道另有 {len(changed) - 1} 条一并更正）" if len(changed) > 1 else ""
    flash(f"已记录更正（“{row.get('title') or clipping_id}”）：" +
          "、".join({"sentiment": "倾向", "topics": "话题", "district": "区县"}[k] for k in changes) + also, "ok")
    return redirect(_back(url_for("clipping.detail", clipping_id=clipping_id)))


def _back(default: str) -> str:
    """Back to the page the correction was made on (the briefing, the search results), same site only."""
    from clippings.web.security import safe_next

    target = request.form.get("next", "")
    return safe_next(target) if target else default


BULK_LIMIT = 200


@bp.route("/clippings/correct", methods=["POST"])
@requires("correct")
def correct_many():
    """Bulk correction from the search results: one sentiment for the ticked items (each with its story)."""
    from clippings.inputs import InputError, parse_id
    from clippings.tagger import CorrectionError
    from clippings.tagger import correct as apply_correction

    sentiment = request.form.get("sentiment", "")
    if sentiment not in SENTIMENTS:
        abort(400, description="请选择要更正为的倾向")
    try:
        ids = sorted({parse_id(v, "信息编号") for v in request.form.getlist("ids")})
    except InputError as exc:
        abort(400, description=str(exc))
    if not ids:
        flash("没有勾选任何信息。", "info")
        return redirect(_back(url_for("search.search")))
    if len(ids) > BULK_LIMIT:
        abort(400, description=f"一次最多更正 {BULK_LIMIT} 条")
    db, note = get_db(), request.form.get("note", "").strip()[:500] or None
    done, changed = 0, set()
    for clipping_id in ids:
        if clipping_id in changed:
            continue                     # already corrected with its story
        try:
            changed.update(apply_correction(db, clipping_id, sentiment=sentiment, by=username(), note=note))
        except CorrectionError as exc:
            flash(str(exc), "error")
            continue
        done += 1
        accounts.audit(db, username(), "correct", str(clipping_id),
                       {"to": {"sentiment": sentiment}, "note": note, "scope": "story", "bulk": True})
    state().refresher.request()
    flash(f"已将 {done} 条信息（连同转载共 {len(changed)} 条）更正为{SENTIMENTS[sentiment]}。", "ok")
    return redirect(_back(url_for("search.search")))


@bp.route("/clipping/<int:clipping_id>/snapshot")
@requires("read")
def snapshot(clipping_id: int):
    from clippings.showing import raw_evidence
    from clippings.web.snapshot import snapshot_page

    _clipping_or_404(clipping_id)
    try:
        raw = raw_evidence(get_db(), state().data, clipping_id)
    except (LookupError, OSError, ValueError) as exc:
        body = f"<!DOCTYPE html><meta charset=utf-8><p>没有可显示的原始网页存档：{html.escape(str(exc))}</p>"
        status = 404
    else:
        body, status = snapshot_page(raw), 200
    resp = Response(body, status=status, mimetype="text/html")
    resp.headers["Content-Security-Policy"] = SNAPSHOT_CSP
    resp.headers["X-Frame-Options"] = "SAMEORIGIN"
    return resp


@bp.route("/clipping/<int:clipping_id>/evidence.zip")
@requires("read")
def evidence_package(clipping_id: int):
    """证据包 download: built in a scratch folder (the archive is only read) and sent as a zip."""
    import tempfile

    from clippings.proof.package import EvidenceMissing, build_package, zip_package

    _clipping_or_404(clipping_id)
    with tempfile.TemporaryDirectory(prefix="clippings-evidence-") as tmp:
        try:
            pkg = build_package(get_db(), state().data, clipping_id, Path(tmp) / "pkg")
        except EvidenceMissing as exc:
            abort(404, description=str(exc))
        payload = zip_package(pkg)
    return Response(payload, mimetype="application/zip", headers={
        "Content-Disposition": "attachment; filename=\"evidence-%d.zip\"; filename*=UTF-8''%s" % (
            clipping_id, quote(f"证据包-{clipping_id}.zip"))})
