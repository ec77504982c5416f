"""Web app pages on a real archive and index: search (filters, facets, pagination, errors, escaping),
exports, clipping detail with evidence and the sanitised snapshot, corrections (stored, audited,
searchable), the briefing flow to the signed .docx, the 态势 and 信息源 pages."""

from __future__ import annotations

import csv
import io
import re

from clippings import accounts
from clippings.archive import open_archive
from clippings.archive import tags as tag_sql
from tests.test_web_fixtures import (HOSTILE_TITLE, USERS, app, ids, login, post, web_data,  # noqa: F401
                                     web_template)


def _client(app, role="staff"):
    client = app.test_client()
    assert login(client, role).status_code == 302
    return client


def _text(resp) -> str:
    return resp.get_data(as_text=True)


def _hit_ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'<h2>(?:<input [^>]*> )?<a href="/clipping/(\d+)">', html)]


def test_search_filters_facets_and_pagination(app, ids):
    client = _client(app)
    page = _text(client.get("/search?q=渣土车"))
    assert set(_hit_ids(page)) == {ids["negative"], ids["repost"]}
    assert "<mark>渣土车</mark>" in page
    assert 'id="total">2<' in page
    # facets: counts per source, and a facet link narrows the result
    assert re.search(r'source=%E6%B1%9F%E5%B7%9E%E6%97%A5%E6%8A%A5%E7%BD%91[^"]*"[^>]*>江州日报网</a>\s*'
                     r'<span class="count">1</span>', page)  # the outlet's name: source=江州日报网
    narrowed = _text(client.get("/search?q=渣土车&source=jzol"))
    assert _hit_ids(narrowed) == [ids["repost"]]
    # collapse reposts: one hit for the story, with its repost note
    collapsed = _text(client.get("/search?q=渣土车&collapse=1"))
    assert len(_hit_ids(collapsed)) == 1 and "另有 1 条转载" in collapsed
    # sentiment, kind, topic, district and date filters
    assert _hit_ids(_text(client.get("/search?q=城管&sentiment=positive"))) == [ids["positive"]]
    assert set(_hit_ids(_text(client.get("/search?q=城管&kind=forum")))) == {ids["forum"], ids["hostile"]}
    assert _hit_ids(_text(client.get("/search?q=城管&topic=流动摊贩"))) == [ids["forum"]]
    assert _hit_ids(_text(client.get("/search?q=城管&district=西城区"))) == [ids["positive"]]
    dated = _hit_ids(_text(client.get("/search?q=城管&since=2026-11-24&until=2026-11-24")))
    assert dated == [ids["forum"]]
    # pagination: 20 per page, the second page continues, sort by time puts the newest first
    first = _text(client.get("/search?q=城管&sort=newest"))
    total = int(re.search(r'id="total">(\d+)<', first).group(1))
    assert total > 20 and len(_hit_ids(first)) == 20 and 'rel="next"' in first
    second = _hit_ids(_text(client.get("/search?q=城管&sort=newest&page=2")))
    assert len(second) == total - 20 and not set(second) & set(_hit_ids(first))
    assert _hit_ids(first)[0] == ids["repost"]  # 2026-11-25 11:30, the newest


def test_search_query_error_is_shown_in_chinese(app):
    client = _client(app, "leader")
    resp = client.get('/search?q="占道经营')
    assert resp.status_code == 400
    assert "引号不成对" in _text(resp)


def test_crawled_text_is_escaped_everywhere(app, ids):
    client = _client(app)
    for url in ["/search?q=违停", f"/clipping/{ids['hostile']}", "/search?q=违停&sort=newest"]:
        html = _text(client.get(url))
        assert "<img src=x" not in html and "<script>top" not in html, url
        assert "&lt;img src=x onerror=" in html or "&lt;img src=x" in html, url
    detail = _text(client.get(f"/clipping/{ids['hostile']}"))
    assert "&lt;script&gt;top.__pwned=4" in detail
    assert 'href="javascript:' not in detail  # the crawled url is shown as text, not as a link
    # the search snippet is the only |safe output: it holds no markup but <mark>
    search_html = _text(client.get("/search?q=违停"))
    snippet = re.search(r'<p class="snippet">(.*?)</p>', search_html, re.S).group(1)
    assert set(re.findall(r"</?(\w+)", snippet)) <= {"mark"}


def test_exports_xlsx_and_csv(app, ids):
    from openpyxl import load_workbook

    client = _client(app, "leader")
    resp = client.get("/search/export?q=渣土车&fmt=csv")
    assert resp.status_code == 200 and resp.data.startswith(b"\xef\xbb\xbf")
    assert "attachment" in resp.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(resp.data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["编号", "标题", "来源"] and len(rows) == 3
    assert {int(r[0]) for r in rows[1:]} == {ids["negative"], ids["repost"]}
    assert all(r[5] == "负面" for r in rows[1:])
    resp = client.get("/search/export?q=违停&fmt=xlsx")
    sheet = load_workbook(io.BytesIO(resp.data)).active
    values = list(sheet.values)
    assert values[0][1] == "标题" and values[1][1] == HOSTILE_TITLE
    assert client.get("/search/export?q=x&fmt=pdf").status_code == 400


def test_export_neutralises_formulas(app, web_data):
    from clippings.web.export import rows

    class H:
        id, title, source, source_title, kind, published_at = 1, "=HYPERLINK(\"x\")", "s", "", "news", ""
        sentiment, topics, district, url, snippet, reposts = "", [], "", "", "+1", 0

    row = rows([H()])[0]
    assert row[1] == "'=HYPERLINK(\"x\")" and row[9] == "'+1"


def test_detail_shows_tags_evidence_cluster_and_snapshot_frame(app, ids):
    client = _client(app, "leader")
    html = _text(client.get(f"/clipping/{ids['negative']}"))
    assert "渣土车夜间撒漏" in html and "负面" in html and "依据：负面词：投诉、执法不力" in html
    assert "同一报道的转载" in html and f'href="/clipping/{ids["repost"]}"' in html
    assert 'id="correct-form"' not in html  # a leader reads, does not correct
    xss = _text(client.get(f"/clipping/{ids['xss']}"))
    assert f'<iframe sandbox src="/clipping/{ids["xss"]}/snapshot"' in xss
    assert "HTTP 200" in xss
    assert client.get("/clipping/99999").status_code == 404


def test_snapshot_is_sanitised_and_sandboxed(app, ids):
    client = _client(app, "leader")
    resp = client.get(f"/clipping/{ids['xss']}/snapshot")
    assert resp.status_code == 200
    csp = resp.headers["Content-Security-Policy"]
    assert csp.startswith("default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox")
    assert resp.headers["X-Frame-Options"] == "SAMEORIGIN"
    html = _text(resp).lower()
    assert "网友上传的现场视频截图" in _text(resp)  # the article text is there
    assert "<script" not in html and "javascript:" not in html
    assert not re.search(r"\son\w+\s*=", html)  # no event handler attributes
    for tag in ("<iframe", "<form", "<input"):
        assert tag not in html
    assert "alert(" not in html
    # a clipping without an archived page: a plain message, still under the strict policy
    resp = client.get(f"/clipping/{ids['negative']}/snapshot")
    assert resp.status_code == 404 and "sandbox" in resp.headers["Content-Security-Policy"]


def test_correction_is_recorded_audited_and_searchable(app, ids, web_data):
    client = _client(app, "staff")
    cid = ids["positive"]
    assert _hit_ids(_text(client.get("/search?q=占道经营&sentiment=negative"))) == []
    resp = post(client, f"/clipping/{cid}/correct",
                {"sentiment": "negative", "topics_shown": "1", "topics": ["占道经营", "执法形象"],
                 "district": "西城区", "note": "商户投诉，实为负面"}, page=f"/clipping/{cid}")
    assert resp.status_code == 302
    html = _text(client.get(f"/clipping/{cid}"))
    assert "已记录更正" in html and "商户投诉，实为负面" in html
    db = open_archive(web_data[0] / "clippings.db")
    stored = {(c["field"], c["by"]) for c in tag_sql.list_corrections(db, cid)}
    assert stored == {("sentiment", USERS["staff"]), ("topics", USERS["staff"])}  # district unchanged
    row = db.execute("SELECT sentiment, tagged_by FROM clippings WHERE id = ?", [cid]).fetchone()
    assert row == ("negative", USERS["staff"])
    audit = accounts.list_audit(db, action="correct")
    assert audit[0]["username"] == USERS["staff"] and audit[0]["target"] == str(cid)
    assert audit[0]["detail"]["to"]["sentiment"] == "negative" and audit[0]["detail"]["note"] == "商户投诉，实为负面"
    # the index is brought up to date in the background: the clipping is then found as negative
    app.extensions["clippings"].refresher.wait()
    assert _hit_ids(_text(client.get("/search?q=占道经营&sentiment=negative"))) == [cid]
    # submitting the same values again records nothing
    post(client, f"/clipping/{cid}/correct", {"sentiment": "negative", "topics_shown": "1",
                                              "topics": ["占道经营", "执法形象"], "district": "西城区"},
         page=f"/clipping/{cid}")
    assert len(tag_sql.list_corrections(db, cid)) == 2


def test_briefing_pin_exclude_review_sign_download(app, ids, web_data):
    from docx import Document

    staff, chief, leader = _client(app, "staff"), _client(app, "reviewer"), _client(app, "leader")
    page = _text(staff.get("/briefing/2026-11-25"))
    assert "草稿" in page and "渣土车夜间撒漏" in page and "市城管执法局开展占道经营专项整治" in page
    assert leader.get("/briefing/2026-11-25/download.docx").status_code == 409
    post(staff, "/briefing/2026-11-25/choice", {"clipping_id": ids["positive"], "action": "exclude"})
    post(staff, "/briefing/2026-11-25/choice", {"clipping_id": ids["xss"], "action": "pin"})
    page = _text(staff.get("/briefing/2026-11-25"))
    assert f'id="item-{ids["positive"]}"' not in page and "不予编发（1）" in page
    assert re.search(rf'id="item-{ids["xss"]}".*?置顶', page, re.S)
    # a leader cannot sign before the review
    post(leader, "/briefing/2026-11-25/sign", {"confirm": "1"}, page="/briefing/2026-11-25")
    assert "尚未送审" in _text(leader.get("/briefing/2026-11-25"))
    post(staff, "/briefing/2026-11-25/submit", page="/briefing/2026-11-25")
    assert "待审核" in _text(chief.get("/briefing/2026-11-25"))
    assert "待审核的网媒快讯" in _text(chief.get("/"))                 # the chief's landing page says so
    post(chief, "/briefing/2026-11-25/return", {"comment": "第1条来源有误"}, page="/briefing/2026-11-25")
    page = _text(staff.get("/briefing/2026-11-25"))
    assert "草稿" in page and "退回：第1条来源有误" in page
    assert "被退回的网媒快讯" in _text(staff.get("/"))
    post(staff, "/briefing/2026-11-25/submit", page="/briefing/2026-11-25")
    post(chief, "/briefing/2026-11-25/review", page="/briefing/2026-11-25")
    assert "待签发" in _text(leader.get("/briefing/2026-11-25")) and "待签发的网媒快讯" in _text(leader.get("/"))
    post(leader, "/briefing/2026-11-25/sign", page="/briefing/2026-11-25")        # not confirmed
    assert "确认签发" in _text(leader.get("/briefing/2026-11-25"))
    post(leader, "/briefing/2026-11-25/sign", {"confirm": "1"}, page="/briefing/2026-11-25")
    page = _text(leader.get("/briefing/2026-11-25"))
    assert "已签发" in page and f"签发：{USERS['leader']}" in page and f"审核：{USERS['reviewer']}" in page
    # signed: no more changes
    post(staff, "/briefing/2026-11-25/choice", {"clipping_id": ids["positive"], "action": "reset"})
    assert "已签发，不能再调整" in _text(staff.get("/briefing/2026-11-25"))
    resp = leader.get("/briefing/2026-11-25/download.docx")
    assert resp.status_code == 200 and resp.data[:2] == b"PK"
    text = "\n".join(p.text for p in Document(io.BytesIO(resp.data)).paragraphs)
    assert "网媒快讯" in text and "市城管执法局开展占道经营专项整治" not in text
    db = open_archive(web_data[0] / "clippings.db")
    actions = [(e["action"], e["username"]) for e in accounts.list_audit(db) if e["action"].startswith("briefing_")]
    assert ("briefing_exclude", USERS["staff"]) in actions and ("briefing_pin", USERS["staff"]) in actions
    assert ("briefing_submit", USERS["staff"]) in actions and ("briefing_review", USERS["reviewer"]) in actions
    assert ("briefing_return", USERS["reviewer"]) in actions and ("briefing_sign", USERS["leader"]) in actions
    assert "2026-11-25" in _text(leader.get("/briefing"))  # listed among the issues


def test_report_and_sources_pages(app):
    leader = _client(app, "leader")
    html = _text(leader.get("/report?from=2026-11-19&to=2026-11-25"))
    assert "网络舆情分析报告" in html and "渣土车夜间撒漏" in html
    for name in ("trend", "sentiment", "sources", "topics", "districts"):     # charts drawn as SVG
        assert re.search(rf'<figure class="chart" id="chart-{name}">\s*<svg ', html), name
    assert "data:image/png" not in html and "各县区信息量" in html
    assert leader.get("/report?from=2026-11-25&to=2026-11-01").status_code == 400
    admin = _client(app, "admin")
    html = _text(admin.get("/sources"))
    assert "江州日报网" in html and "jzbbs" in html and "从未采集" in html
    assert re.search(r'id="source-jzrb">.*?<td>31</td>', html, re.S)  # 1 story + 30 filler clippings


def test_empty_data_dir_without_index(tmp_path, web_template):
    from clippings.web import create_app
    from tests.test_web_fixtures import PROFILE, SOURCES

    app = create_app(tmp_path / "empty", SOURCES, PROFILE, testing=True)
    client = app.test_client()
    assert "clippings user add" in _text(client.get("/login"))  # no admin yet: says how to create one
    db = open_archive(tmp_path / "empty" / "clippings.db")
    accounts.create_user(db, "王管理", "admin", "a-long-password")
    assert login(client, username="王管理", password="a-long-password").status_code == 302
    html = _text(client.get("/search?q=城管"))
    assert "检索索引尚未建立" in html
    assert "本期无负面舆情" in _text(client.get("/briefing/2026-11-25"))


def test_index_refresh_never_rebuilds_a_foreign_index(app, web_data):
    import json

    from indexer import store

    refresher = app.extensions["clippings"].refresher
    assert refresher.incremental_possible()
    gen = store.current_generation(web_data[0] / "index")
    state_file = gen / "state.json"
    saved = json.loads(state_file.read_text())
    state_file.write_text(json.dumps({**saved, "version": -1}))
    assert not refresher.incremental_possible()
    assert refresher.refresh_now() is False
    assert store.current_generation(web_data[0] / "index") == gen  # no new generation was built


def test_small_things_empty_search_shortcuts_thread_once_least_role(app, ids):
    from clippings.archive import records, transaction
    from clippings.web.context import get_db

    client = _client(app)
    empty = _text(client.get("/search?q=火星登陆&sentiment=negative"))
    assert 'id="no-hits"' in empty and "去掉筛选条件" in empty
    assert 'class="facets"' not in empty and "导出" not in empty
    page = _text(client.get("/search?q=城管"))
    assert re.search(r'id="today" href="\?q=%E5%9F%8E%E7%AE%A1&amp;since=2026-11-25&amp;until=2026-11-25[&"]', page)
    assert re.search(r'id="week" href="[^"]*since=2026-11-19&amp;until=2026-11-25[&"]', page)
    # a forum thread: its posts once, not the text and then the posts again
    with app.app_context():
        db = get_db()
        with transaction(db):
            records.replace_posts(db, ids["forum"], [
                {"floor": 1, "author": "楼主", "posted_at": "2026-11-24T21:00:00+08:00",
                 "text": "北江区夜市的流动摊贩越来越多，城管来了就跑，希望设置疏导点。"}])
    thread = _text(client.get(f"/clipping/{ids['forum']}"))
    assert thread.count("城管来了就跑") == 1 and "1楼 楼主" in thread
    admin = app.test_client()
    login(admin, "admin")
    form = admin.get("/admin/users").get_data(as_text=True)
    assert re.search(r'<option value="staff" selected>', form) and not re.search(r'value="admin" selected', form)


def test_viewing_a_briefing_writes_nothing_and_signing_numbers_it(app, ids):
    from clippings.web.context import get_db

    def issues():
        with app.app_context():
            return list(get_db().query("SELECT * FROM briefing_issues ORDER BY date"))

    leader = app.test_client()
    login(leader, "leader")
    for day in ("2026-11-24", "2026-10-01", "2026-11-23", "2026-11-25"):
        assert leader.get(f"/briefing/{day}").status_code == 200
    assert leader.get("/briefing?date=latest").status_code == 200
    assert issues() == []                                         # no 期号 handed out by looking
    staff, chief = _client(app), _client(app, "reviewer")
    assert post(staff, "/briefing/2026-10-01/submit", page="/briefing/2026-10-01").status_code == 302
    assert "没有涉及本局的信息" in _text(staff.get("/briefing/2026-10-01")) and issues() == []
    post(staff, "/briefing/2026-11-25/submit", page="/briefing/2026-11-25")
    post(chief, "/briefing/2026-11-25/review", page="/briefing/2026-11-25")
    assert [(i["date"], i["status"], i["number"]) for i in issues()] == [("2026-11-25", "reviewed", None)]
    post(leader, "/briefing/2026-11-25/sign", {"confirm": "1"}, page="/briefing/2026-11-25")
    assert [(i["number"], i["total_number"]) for i in issues()] == [(1, 1)]
    assert "2026年 第1期（总第1期）" in _text(leader.get("/briefing/2026-11-25"))


def test_web_correction_applies_to_the_story_unless_only_this(app, ids):
    staff = _client(app)
    page = _text(staff.get(f"/clipping/{ids['negative']}"))
    assert 'id="only-this"' in page
    post(staff, f"/clipping/{ids['negative']}/correct", {"sentiment": "neutral", "note": "正常报道"})
    repost = _text(staff.get(f"/clipping/{ids['repost']}"))
    assert re.search(r"<td>倾向</td><td>负面</td><td>中性</td><td>[^<]*</td><td>同一报道</td>", repost)
    post(staff, f"/clipping/{ids['repost']}/correct", {"sentiment": "negative", "only_this": "1"})
    assert "仅本条" in _text(staff.get(f"/clipping/{ids['repost']}"))
    assert 'id="sentiment">中性' in _text(staff.get(f"/clipping/{ids['negative']}")).replace("\n", "")


def test_inline_correction_on_the_briefing_and_bulk_from_search(app, ids):
    staff = _client(app)
    page = _text(staff.get("/briefing/2026-11-25"))
    assert 'class="inline correct-inline"' in page
    resp = post(staff, f"/clipping/{ids['negative']}/correct", {"sentiment": "neutral", "next": "/briefing/2026-11-25"})
    assert resp.headers["Location"] == "/briefing/2026-11-25"                 # back to the briefing
    assert "同一报道另有 1 条一并更正" in _text(staff.get("/briefing/2026-11-25"))
    evil = post(staff, f"/clipping/{ids['positive']}/correct", {"sentiment": "neutral", "next": "//evil.example"})
    assert evil.headers["Location"] == "/"                                      # never off-site
    search = _text(staff.get("/search?q=城管"))
    assert 'id="bulk-form"' in search and 'form="bulk-form"' in search
    resp = post(staff, "/clippings/correct", {"sentiment": "negative", "ids": [str(ids["forum"]), str(ids["hostile"])],
                                              "next": "/search?q=城管"})
    assert resp.status_code == 302 and resp.headers["Location"] == "/search?q=%E5%9F%8E%E7%AE%A1"
    assert "已将 2 条信息" in _text(staff.get("/search?q=城管"))
    for key in ("forum", "hostile"):
        assert 'id="sentiment">负面' in _text(staff.get(f"/clipping/{ids[key]}")).replace("\n", "")
    assert post(staff, "/clippings/correct", {"sentiment": "bogus", "ids": [str(ids["forum"])]}).status_code == 400
    assert post(staff, "/clippings/correct", {"sentiment": "neutral", "ids": ["9" * 30]}).status_code == 400
    assert post(_client(app, "leader"), "/clippings/correct", {"sentiment": "neutral"}).status_code == 403
