"""The 参阅件 web view: a story's draft opened and downloaded (docx read back), the stored draft
with its notes and 期号 shown once saved and signed, rights, a bad story id."""

from __future__ import annotations

import io
import re
from pathlib import Path

from docx import Document

from clippings.archive import open_archive, users as user_store
from tests.publishingkit import add_reporters
from tests.test_web_fixtures import USERS, app, ids, login, web_data, web_template  # noqa: F401


def test_open_and_download(app, ids, web_data):
    client = app.test_client()
    login(client, "leader")
    story = ids["negative"]          # a cluster's id is its smallest member id
    detail = client.get(f"/clipping/{ids['repost']}").get_data(as_text=True)
    assert f'href="/stories/{story}/canyue"' in detail
    page = client.get(f"/stories/{story}/canyue")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "渣土车夜间撒漏 市民投诉城管执法不力" in html and "江州日报网首发" in html
    assert "首发" in html and "转载" in html and "江州在线" in html and "东湖区（2篇）" in html
    assert "（由宣传干事填写）" in html
    resp = client.get(f"/stories/{story}/canyue.docx")
    assert resp.status_code == 200 and resp.mimetype.endswith("wordprocessingml.document")
    assert "filename*=UTF-8''" in resp.headers["Content-Disposition"]
    doc = Document(io.BytesIO(resp.data))
    text = [p.text for p in doc.paragraphs]
    assert "参阅件" in text and "渣土车夜间撒漏 市民投诉城管执法不力" in text
    assert [c.text for c in doc.tables[0].rows[2].cells][:3] == ["2026-11-25 11:30", "转载", "江州在线"]
    missing = client.get("/stories/999999/canyue")
    assert missing.status_code == 404 and "没有编号为 999999 的报道" in missing.get_data(as_text=True)
    assert client.get("/stories/999999/canyue.docx").status_code == 404


def test_stored_draft_shown_and_rights(app, ids, web_data):
    from clippings.publishing import drafts
    from clippings.publishing.briefs import build_brief

    root = web_data[0]
    add_reporters(root)
    db = open_archive(Path(root) / "clippings.db")
    story = ids["negative"]
    staff = user_store.get_user(db, USERS["staff"])
    did = drafts.create_brief(db, build_brief(db, story), staff)
    drafts.set_notes(db, did, staff, "关注度仍在上升。", "督促整改并回应。")
    drafts.submit(db, did, staff)
    drafts.review(db, did, user_store.get_user(db, USERS["reviewer"]))
    drafts.sign_off(db, did, user_store.get_user(db, USERS["leader"]))
    client = app.test_client()
    login(client, "staff")
    html = client.get(f"/stories/{story}/canyue").get_data(as_text=True)
    assert "参阅件（2026年第1期）" in html and "已签发" in html and "关注度仍在上升。" in html
    text = [p.text for p in Document(io.BytesIO(client.get(f"/stories/{story}/canyue.docx").data)).paragraphs]
    assert "（2026年第1期）" in text and "督促整改并回应。" in text
    reporter = app.test_client()
    login(reporter, username="钱信息员")
    assert reporter.get(f"/stories/{story}/canyue").status_code == 403
    assert reporter.get(f"/stories/{story}/canyue.docx").status_code == 403
    assert app.test_client().get(f"/stories/{story}/canyue").status_code in (302, 401)


def test_draft_chain_in_the_web_app(app, ids, web_data):
    from clippings.publishing import drafts
    from clippings.publishing.monthly import build_draft, load_rules
    from tests.test_web_fixtures import post

    root = web_data[0]
    db = open_archive(Path(root) / "clippings.db")
    did = drafts.create_monthly(db, build_draft(db, load_rules(), "2026-11", ["jzcg"]),
                                user_store.get_user(db, USERS["staff"]))
    first, second = drafts.get(db, did)["entries"][:2]
    page = f"/drafts/{did}"
    clients = {}
    for role in ("staff", "reviewer", "leader"):
        clients[role] = app.test_client()
        login(clients[role], role)
    staff, reviewer, leader = clients["staff"], clients["reviewer"], clients["leader"]
    assert "2026年11月" in staff.get("/drafts").get_data(as_text=True)
    html = staff.get(page).get_data(as_text=True)
    assert f'id="entry-{first["id"]}"' in html and "送审" in html
    assert post(staff, f"{page}/entry/{first['id']}/edit", {"title": "改过的标题", "summary": "补充一句。"}, page).status_code == 302
    assert post(staff, f"{page}/entry/{second['id']}/remove", {}, page).status_code == 302
    assert post(staff, f"/drafts/{did}/entry/999999/remove", {}, page).status_code == 404
    d = drafts.get(db, did)
    assert [e["title"] for e in d["entries"]][0] == "改过的标题" and second["id"] not in [e["id"] for e in d["entries"]]
    # the reviewer cannot send it on, nor sign; the refusal is shown, nothing changes
    refused = post(reviewer, f"{page}/submit", {}, page)
    assert refused.status_code == 302 and drafts.get(db, did)["status"] == "draft"
    assert "科长无权送审" in reviewer.get(page).get_data(as_text=True)
    assert post(reviewer, f"{page}/entry/{first['id']}/remove", {}, page).status_code == 302
    assert len(drafts.get(db, did)["entries"]) == len(d["entries"])
    post(staff, f"{page}/submit", {}, page)
    post(reviewer, f"{page}/return", {"comment": "补充县区动态"}, page)
    assert "补充县区动态" in staff.get(page).get_data(as_text=True)
    post(staff, f"{page}/submit", {}, page)
    post(reviewer, f"{page}/review", {}, page)
    post(leader, f"{page}/sign", {}, page)
    signed = drafts.get(db, did)
    assert (signed["status"], signed["number"]) == ("signed", 1)
    history = re.search(r'<ol class="history" id="history">(.*?)</ol>', leader.get(page).get_data(as_text=True), re.S)
    steps = re.findall(r"<li>[^<]*?　[^<]*?　([^<：]+)", history.group(1))
    assert steps == ["生成稿件", "送审", "退回", "送审", "审核通过", "签发"]
    assert "退回：补充县区动态" in history.group(1)
    assert post(leader, f"{page}/nonsense", {}, page).status_code == 404
    doc = Document(io.BytesIO(leader.get(f"{page}/download.docx").data))
    text = [p.text for p in doc.paragraphs]
    assert "（2026年第1期）" in text and "1. 改过的标题" in text and "补充一句。" in text
    # a story's 参阅件 saved as a draft from its page
    story = ids["negative"]
    saved = post(staff, f"/stories/{story}/canyue/save", {}, f"/stories/{story}/canyue")
    assert saved.status_code == 302 and "/drafts/" in saved.headers["Location"]
    assert drafts.listing(db, "brief")[0]["subject"] == str(story)
    assert post(reviewer, f"/stories/{story}/canyue/save", {}, f"/stories/{story}/canyue").status_code == 403
