"""待复核: the review queue of automatic labels (clippings.tagger.review), with a form per item that
corrects or confirms the label through the same correction core as the clipping page."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from clippings import accounts
from clippings.inputs import InputError, parse_int
from clippings.web.context import get_db, state, username
from clippings.web.security import requires

bp = Blueprint("review", __name__)
SENTIMENTS = ("negative", "neutral", "positive")


@bp.route("/review")
@requires("correct")
def page():
    from clippings.tagger.review import review_queue

    try:
        days = parse_int(request.args.get("days", "7"), "天数", 1, 366)
    except InputError as exc:
        abort(400, description=str(exc))
    return render_template("review.html", items=review_queue(get_db(), days=days, limit=100), days=days)


@bp.route("/review/<int:clipping_id>", methods=["POST"])
@requires("correct")
def decide(clipping_id: int):
    """Correct the label, or confirm it (the same label): either way a staff correction of the story."""
    from clippings.archive import records
    from clippings.tagger import CorrectionError
    from clippings.tagger import correct as apply_correction

    db = get_db()
    row = records.get_clipping(db, clipping_id)
    if row is None:
        abort(404, description="没有这条信息")
    sentiment = request.form.get("sentiment", "")
    if sentiment not in SENTIMENTS:
        abort(400, description="请选择倾向")
    confirmed = sentiment == row.get("sentiment")
    try:
        changed = apply_correction(db, clipping_id, sentiment=sentiment, by=username(),
                                   note="复核确认" if confirmed else "复核更正")
    except CorrectionError as exc:
        flash(str(exc), "error")
        return redirect(url_for("review.page"))
    accounts.audit(db, username(), "correct", str(clipping_id),
                   {"from": {"sentiment": row.get("sentiment")}, "to": {"sentiment": sentiment},
                    "note": "复核确认" if confirmed else "复核更正", "scope": "story", "reposts": len(changed) - 1})
    state().refresher.request()
    from clippings.vocabulary import SENTIMENT

    verb = "确认为" if confirmed else "更正为"
    flash(f"已将“{row.get('title') or clipping_id}”{verb}{SENTIMENT[sentiment]}"
          + (f"（同一报道 {len(changed)} 条）" if len(changed) > 1 else "") + "。", "ok")
    return redirect(url_for("review.page", days=request.form.get("days", "7")))
