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
