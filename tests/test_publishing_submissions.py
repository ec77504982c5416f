"""信息报送: 信息员 rights (own submissions only, no monitoring data), photo checks, the staff review."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from clippings.archive import open_archive
from tests.publishingkit import FAKE_JPEG, REPORTERS, add_reporters, big_png, gif, jpeg_with_exif
from tests.test_web_fixtures import (PROFILE, SOURCES, USERS, csrf_from, ids, login, web_data,  # noqa: F401
                                     web_template)

FORM = {"title": "东湖区开展夜市占道经营整治", "happened_at": "2026-11-20 19:30", "place": "东湖区湖滨夜市",
        "text": "11月20日晚，东湖区城管执法大队在湖滨夜市开展占道经营整治，劝导摊贩入疏导点经营，清理占道物品12处。"}


@pytest.fixture
def app(web_data):
    from clippings.web import create_app

    root, _ = web_data
    add_reporters(root)
    app = create_app(root, SOURCES, PROFILE, testing=True)
    yield app


def _client(app, who: str):
    client = app.test_client()
    name = REPORTERS[who][0] if who in REPORTERS else USERS[who]
    assert login(client, username=name).status_code == 302
    return client


def _submit(client, form=FORM, files=()):
    token = csrf_from(client.get("/submissions").get_data(as_text=True))
    data = {**form, "csrf_token": token}
    if files:
        data["photos"] = [(io.BytesIO(raw), name) for name, raw in files]
    return client.post("/submissions/new", data=data, content_type="multipart/form-data")


def _db(web_data):
    return open_archive(Path(web_data[0]) / "clippings.db")


def test_reporter_sees_no_monitoring_data(app, ids):
    client = _client(app, "reporter")
    home = client.get("/")
    assert home.status_code == 302 and home.headers["Location"].endswith("/submissions")
    for url in ("/search?q=渣土车", f"/clipping/{ids['negative']}", f"/clipping/{ids['xss']}/snapshot",
                "/briefing", "/briefing/2026-11-25", "/report", "/alerts", "/orders", "/admin/users",
                "/admin/audit", "/sources", "/search/export?q=城管"):
        assert client.get(url).status_code == 403, url
    page = client.get("/submissions").get_data(as_text=True)
    assert "东湖区城管执法大队" in page and "检索" not in page and "网媒快讯" not in page
    # and no GET route at all leaks clippings to a 信息员
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and not rule.arguments and rule.endpoint not in ("static",):
            resp = client.get(rule.rule)
            assert resp.status_code in (200, 302, 403, 404), rule.rule
            if resp.status_code == 200:
                assert rule.endpoint.startswith(("publishing.", "auth.")), rule.rule


def test_submit_with_photo_reencoded_and_only_own_visible(app, web_data):
    from PIL import Image

    reporter = _client(app, "reporter")
    resp = _submit(reporter, files=[("现场.jpg", jpeg_with_exif())])
    assert resp.status_code == 302, resp.get_data(as_text=True)
    sid = int(resp.headers["Location"].rsplit("/", 1)[1])
    db = _db(web_data)
    row = db.execute("SELECT reporter, unit, status, happened_at FROM submissions WHERE id = ?", [sid]).fetchone()
    assert row == ("钱信息员", "东湖区城管执法大队", "submitted", "2026-11-20T19:30:00+08:00")
    photo = db.execute("SELECT id, file FROM submission_photos WHERE submission_id = ?", [sid]).fetchone()
    stored = Path(web_data[0]) / "photos" / photo[1]
    with Image.open(stored) as img:
        assert img.format == "JPEG" and img.size == (640, 480)
        assert not img.getexif() and b"SecretCam" not in stored.read_bytes()
    page = reporter.get(f"/submissions/{sid}").get_data(as_text=True)
    assert "待审核" in page and FORM["title"] in page
    assert reporter.get(f"/submissions/photo/{photo[0]}.jpg").status_code == 200

    other = _client(app, "reporter2")
    assert other.get(f"/submissions/{sid}").status_code == 404
    assert other.get(f"/submissions/photo/{photo[0]}.jpg").status_code == 404
    assert FORM["title"] not in other.get("/submissions").get_data(as_text=True)
    # staff see every unit's items; a leader (no 信息报送 role) does not
    assert FORM["title"] in _client(app, "staff").get("/submissions").get_data(as_text=True)
    assert _client(app, "leader").get("/submissions").status_code == 403
    # a 信息员 cannot review
    token = csrf_from(reporter.get("/submissions").get_data(as_text=True))
    assert reporter.post(f"/submissions/{sid}/review", data={"action": "adopt", "use": "release",
                                                             "csrf_token": token}).status_code == 403


@pytest.mark.parametrize("name, raw, message", [
    ("大图.png", None, "照片超过 5 MB"),
    ("动图.gif", None, "只接受 JPG、PNG、WebP"),
    ("伪装.jpg", FAKE_JPEG, "不是有效的图片文件"),
    ("改名.png", None, "这是 GIF 格式"),
])
def test_bad_photos_refused_with_message_and_nothing_stored(app, web_data, name, raw, message):
    raw = raw if raw is not None else (big_png() if name == "大图.png" else gif())
    reporter = _client(app, "reporter")
    resp = _submit(reporter, files=[("好图.jpg", jpeg_with_exif()), (name, raw)])
    assert resp.status_code == 400
    page = resp.get_data(as_text=True)
    assert message in page and FORM["text"] in page          # what was typed is kept in the form
    db = _db(web_data)
    assert db.execute("SELECT COUNT(*) FROM submissions").fetchone()[0] == 0
    assert not list((Path(web_data[0]) / "photos").rglob("*.jpg")) if (Path(web_data[0]) / "photos").exists() else True


@pytest.mark.parametrize("field, value, message", [
    ("title", "短", "标题至少 4 个字"), ("text", "太短了", "正文至少 20 个字"),
    ("happened_at", "昨天", "时间格式应为"), ("happened_at", "2027-01-01 10:00", "时间不能晚于现在"),
])
def test_bad_fields_refused(app, field, value, message):
    resp = _submit(_client(app, "reporter"), {**FORM, field: value})
    assert resp.status_code == 400 and message in resp.get_data(as_text=True)


def test_review_return_resubmit_adopt_edit_keeps_original(app, web_data):
    from clippings.archive import submissions as store

    reporter = _client(app, "reporter")
    sid = int(_submit(reporter).headers["Location"].rsplit("/", 1)[1])
    staff = _client(app, "staff")
    token = csrf_from(staff.get(f"/submissions/{sid}").get_data(as_text=True))

    def review(**data):
        return staff.post(f"/submissions/{sid}/review", data={**data, "csrf_token": token}, follow_redirects=True)

    assert "请写明修改意见" in review(action="return").get_data(as_text=True)
    assert store.get(_db(web_data), sid)["status"] == "submitted"
    review(action="return", comment="请补充整治成效的数字")
    page = reporter.get(f"/submissions/{sid}").get_data(as_text=True)
    assert "退回修改" in page and "请补充整治成效的数字" in page
    token_r = csrf_from(page)
    reporter.post(f"/submissions/{sid}/resubmit", data={"title": FORM["title"], "csrf_token": token_r,
                                                        "text": FORM["text"] + "共劝导摊贩35户。"})
    assert store.get(_db(web_data), sid)["status"] == "submitted"
    assert "请选择栏目" in review(action="adopt", use="monthly", column="nope").get_data(as_text=True)
    review(action="adopt", use="monthly", column="districts", higher_level="1")
    item = store.get(_db(web_data), sid)
    assert (item["status"], item["use"], item["column_key"], item["higher_level"]) == \
        ("adopted", "monthly", "districts", 1)
    staff.post(f"/submissions/{sid}/edit", data={"title": "东湖区整治夜市占道经营", "text": "编辑后的正文，"
                                                 "东湖区城管执法大队整治湖滨夜市占道经营。", "csrf_token": token})
    item = store.get(_db(web_data), sid)
    assert item["title"] == "东湖区整治夜市占道经营" and item["original_title"] == FORM["title"]
    assert item["original_text"].endswith("共劝导摊贩35户。")
    page = reporter.get(f"/submissions/{sid}").get_data(as_text=True)
    assert "已采用" in page and "县区动态" in page and "信息员原稿" in page
    # 不予采用 needs a reason, and only a waiting item can be rejected
    assert "不能再不予采用" in review(action="reject", comment="重复").get_data(as_text=True)


def test_reporter_account_needs_a_unit(web_data):
    from clippings import accounts

    db = _db(web_data)
    with pytest.raises(accounts.AccountError, match="所属区县或单位"):
        accounts.create_user(db, "周信息员", "reporter", "correct-horse-42", unit=" ")


def test_staff_download_the_month_documents(app):
    from docx import Document

    staff = _client(app, "staff")
    sid = int(_submit(_client(app, "reporter")).headers["Location"].rsplit("/", 1)[1])
    token = csrf_from(staff.get("/submissions").get_data(as_text=True))
    staff.post(f"/submissions/{sid}/review", data={"action": "adopt", "use": "monthly", "column": "districts",
                                                   "csrf_token": token})
    page = staff.get("/submissions?month=2026-11").get_data(as_text=True)
    assert "/submissions/assess/2026-11.docx" in page and "/submissions/monthly/2026-11.docx" in page
    resp = staff.get("/submissions/assess/2026-11.docx")
    assert resp.status_code == 200 and resp.mimetype.endswith("wordprocessingml.document")
    table = Document(io.BytesIO(resp.data)).tables[0]
    assert [c.text for c in table.rows[1].cells][:4] == ["1", "东湖区城管执法大队", "1", "1"]
    resp = staff.get("/submissions/monthly/2026-11.docx")
    assert "1. " + FORM["title"] in [p.text for p in Document(io.BytesIO(resp.data)).paragraphs]
    assert staff.get("/submissions/assess/2026-13.docx").status_code == 404
    assert _client(app, "reporter").get("/submissions/assess/2026-11.docx").status_code == 403
