"""Web app security: sign-in, roles (allowed and refused), CSRF, session expiry, headers, the
secret key file, argon2 hashes, and the ``clippings user`` / ``clippings serve`` commands."""

from __future__ import annotations

import os
import stat
from datetime import timedelta

import pytest
from click.testing import CliRunner

from clippings import accounts
from clippings.archive import open_archive
from tests.test_web_fixtures import (PASSWORD, PROFILE, SOURCES, USERS, app, csrf_from, ids, login,  # noqa: F401
                                     post, web_data, web_template)

PAGES = ["/search?q=城管", "/briefing/2026-11-25", "/report?from=2026-11-19&to=2026-11-25", "/sources",
         "/admin/users", "/admin/audit", "/search/export?q=城管&fmt=csv", "/search/export?q=城管&fmt=xlsx"]


def test_everything_requires_login(app, ids):
    client = app.test_client()
    for url in [*PAGES, f"/clipping/{ids['negative']}", f"/clipping/{ids['xss']}/snapshot", "/",
                "/briefing/2026-11-25/download.docx"]:
        resp = client.get(url)
        assert resp.status_code == 302, url
        assert resp.headers["Location"].startswith("/login?next="), url
    # a POST without a session is refused outright (no token, no user)
    assert client.post(f"/clipping/{ids['negative']}/correct", data={"sentiment": "positive"}).status_code == 400


def test_login_logout_and_wrong_password(app):
    client = app.test_client()
    assert login(client, username=USERS["staff"], password="wrong-password").status_code == 401
    assert client.get("/search").status_code == 302
    resp = login(client, "staff")
    assert resp.status_code == 302 and resp.headers["Location"] == "/"
    home = client.get("/")
    assert home.status_code == 200 and "工作台" in home.get_data(as_text=True)
    page = client.get("/search?q=城管")
    assert page.status_code == 200 and USERS["staff"] in page.get_data(as_text=True)
    token = csrf_from(page.get_data(as_text=True))
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert client.get("/search").status_code == 302


def test_sign_out_ends_the_session_server_side(app, web_data):
    client = app.test_client()
    login(client, "staff")
    stolen = client.get_cookie("clippings_session").value
    other = app.test_client()
    other.set_cookie("clippings_session", stolen)
    assert other.get("/search").status_code == 200          # the same cookie works elsewhere...
    token = csrf_from(client.get("/search").get_data(as_text=True))
    client.post("/logout", data={"csrf_token": token})
    assert other.get("/search").status_code == 302          # ...until its owner signs out
    db = open_archive(web_data[0] / "clippings.db")
    stored = [r[0] for r in db.execute("SELECT id_hash FROM web_sessions")]
    assert all(len(h) == 64 for h in stored)                 # only hashes of session ids are kept
    login(client, "staff")
    accounts.set_password(db, USERS["staff"], "a-new-password-9", by="test")
    assert client.get("/search").status_code == 302          # a password change ends sessions


def test_login_follows_only_local_next(app):
    client = app.test_client()
    page = client.get("/login")
    resp = client.post("/login", data={"username": USERS["leader"], "password": PASSWORD, "next": "//evil.example/x",
                                       "csrf_token": csrf_from(page.get_data(as_text=True))})
    assert resp.headers["Location"] == "/"
    client = app.test_client()
    page = client.get("/login?next=/briefing/2026-11-25")
    resp = client.post("/login", data={"username": USERS["leader"], "password": PASSWORD,
                                       "next": "/briefing/2026-11-25",
                                       "csrf_token": csrf_from(page.get_data(as_text=True))})
    assert resp.headers["Location"] == "/briefing/2026-11-25"


def test_disabled_account_loses_its_session(app, web_data):
    client = app.test_client()
    login(client, "staff")
    assert client.get("/search").status_code == 200
    db = open_archive(web_data[0] / "clippings.db")
    accounts.set_active(db, USERS["staff"], False, by="test")
    assert client.get("/search").status_code == 302
    assert login(client, "staff").status_code == 401


@pytest.mark.parametrize("role", ["admin", "staff", "reviewer", "leader"])
def test_role_permissions(app, ids, role):
    client = app.test_client()
    login(client, role)
    expect_admin = 200 if role == "admin" else 403
    for url in ["/search?q=城管", f"/clipping/{ids['negative']}", "/briefing/2026-11-25",
                "/report?from=2026-11-19&to=2026-11-25", "/search/export?q=城管&fmt=xlsx"]:
        assert client.get(url).status_code == 200, (role, url)
    assert client.get("/sources").status_code == expect_admin
    assert client.get("/admin/users").status_code == expect_admin
    assert client.get("/admin/audit").status_code == (403 if role == "staff" else 200)

    # correcting tags: staff and the section chief
    resp = post(client, f"/clipping/{ids['positive']}/correct", {"sentiment": "negative", "note": "测试"})
    assert resp.status_code == (302 if role in ("staff", "reviewer") else 403)
    # preparing the briefing (pin / exclude / 送审): staff only
    resp = post(client, "/briefing/2026-11-25/choice", {"clipping_id": ids["positive"], "action": "pin"})
    assert resp.status_code == (302 if role == "staff" else 403)
    assert post(client, "/briefing/2026-11-25/submit").status_code == (302 if role == "staff" else 403)
    # 审核: the section chief; 退回: chief or leader; signing off and withdrawing: leader only
    assert post(client, "/briefing/2026-11-25/review").status_code == (302 if role == "reviewer" else 403)
    assert post(client, "/briefing/2026-11-25/return").status_code == (302 if role in ("reviewer", "leader") else 403)
    assert post(client, "/briefing/2026-11-25/sign").status_code == (302 if role == "leader" else 403)
    assert post(client, "/briefing/2026-11-25/withdraw").status_code == (302 if role == "leader" else 403)
    # accounts: admin only
    resp = post(client, "/admin/users", {"username": f"new{role}", "role": "staff", "password": "another-pass-1"})
    assert resp.status_code == (302 if role == "admin" else 403)


def test_csrf_rejected(app, ids):
    client = app.test_client()
    login(client, "staff")
    url = f"/clipping/{ids['positive']}/correct"
    assert client.post(url, data={"sentiment": "negative"}).status_code == 400
    assert client.post(url, data={"sentiment": "negative", "csrf_token": "forged"}).status_code == 400
    # a token from another session is no good either
    other = app.test_client()
    login(other, "staff")
    foreign = csrf_from(other.get("/search").get_data(as_text=True))
    assert client.post(url, data={"sentiment": "negative", "csrf_token": foreign}).status_code == 400
    # the login form itself is protected
    fresh = app.test_client()
    assert fresh.post("/login", data={"username": USERS["staff"], "password": PASSWORD}).status_code == 400
    # and nothing was recorded
    detail = client.get(f"/clipping/{ids['positive']}").get_data(as_text=True)
    assert "更正记录" not in detail


def test_session_expires(app):
    import time_machine

    client = app.test_client()
    with time_machine.travel(0, tick=False) as traveller:
        traveller.move_to("2026-11-25 09:00:00+08:00")
        login(client, "leader")
        assert client.get("/search").status_code == 200
        traveller.shift(timedelta(hours=7, minutes=50))
        assert client.get("/search").status_code == 200          # still inside 8 hours of signing in
        traveller.shift(timedelta(minutes=20))
        resp = client.get("/search")
        assert resp.status_code == 302 and resp.headers["Location"].startswith("/login")


def test_security_headers(app, ids):
    client = app.test_client()
    login(client, "staff")
    resp = client.get("/search?q=城管")
    csp = resp.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert resp.headers["X-Frame-Options"] == "DENY"
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Cache-Control"] == "no-store"
    assert "<script" not in resp.get_data(as_text=True)
    cookie = resp.request.headers.get("Cookie", "")
    assert "clippings_session" in cookie
    set_cookie = login(app.test_client(), "staff").headers["Set-Cookie"]
    assert "HttpOnly" in set_cookie and "SameSite=Lax" in set_cookie


def test_secret_key_file_and_password_hashes(app, web_data):
    root = web_data[0]
    key_file = root / "web_secret_key"
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    key = key_file.read_text().strip()
    from clippings.web import create_app

    assert create_app(root, SOURCES, PROFILE).config["SECRET_KEY"] == key == app.config["SECRET_KEY"]
    db = open_archive(root / "clippings.db")
    stored = accounts.get_user(db, USERS["staff"])["password_hash"]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_user_cli_and_serve_refuses_without_admin(tmp_path, monkeypatch):
    from clippings.cli import _load_commands, cli

    _load_commands()
    runner = CliRunner()
    data = str(tmp_path / "d")
    result = runner.invoke(cli, ["--data-dir", data, "serve", "--port", "0"])
    assert result.exit_code != 0 and "clippings user add" in result.output
    result = runner.invoke(cli, ["--data-dir", data, "user", "add", "某某", "--role", "admin", "--password-stdin"],
                           input="short\n")
    assert result.exit_code != 0 and "密码至少" in result.output
    result = runner.invoke(cli, ["--data-dir", data, "user", "add", "王管理", "--role", "admin", "--password-stdin"],
                           input="a-long-password\n")
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--data-dir", data, "user", "add", "王管理", "--role", "staff", "--password-stdin"],
                           input="a-long-password\n")
    assert result.exit_code != 0 and "已存在" in result.output
    result = runner.invoke(cli, ["--data-dir", data, "user", "add", "某人", "--role", "boss", "--password-stdin"],
                           input="a-long-password\n")
    assert result.exit_code != 0
    result = runner.invoke(cli, ["--data-dir", data, "user", "list"])
    assert "王管理" in result.output and "管理员" in result.output
    db = open_archive(tmp_path / "d" / "clippings.db")
    assert accounts.authenticate(db, "王管理", "a-long-password") is not None
    assert accounts.authenticate(db, "王管理", "wrong") is None
    assert accounts.list_audit(db, action="user_add")[0]["target"] == "王管理"


def test_last_admin_cannot_be_disabled(app):
    client = app.test_client()
    login(client, "admin")
    resp = post(client, f"/admin/users/{USERS['admin']}/active", {"active": "0"})
    assert resp.status_code == 302
    assert "不能停用最后一个管理员" in client.get("/admin/users").get_data(as_text=True)
    assert client.get("/search").status_code == 200


def test_serve_command_runs_waitress_workers(web_data):
    import re
    import subprocess
    import sys
    import urllib.request

    from clippings.paths import REPO_ROOT

    root, _ = web_data
    proc = subprocess.Popen([sys.executable, "-m", "clippings", "--data-dir", str(root), "--profile", str(PROFILE),
                             "serve", "--port", "0", "--workers", "2"], cwd=REPO_ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        assert "2 个进程" in line
        base = re.search(r"http://127\.0\.0\.1:\d+", line).group(0)
        for _ in range(3):
            with urllib.request.urlopen(base + "/login", timeout=20) as resp:
                assert resp.status == 200 and resp.headers["Server"] == "clippings"
                assert "csrf_token" in resp.read().decode("utf-8")
    finally:
        proc.terminate()
        assert proc.wait(timeout=20) == 0


def test_landing_page_panels(app):
    """Capabilities add panels to the landing page; one that fails is left out, not a 500."""
    from clippings.web import home_views

    calls = []

    @home_views.home_panel(order=1)
    def _test_waiting(db, user):
        calls.append(user["role"])
        return {"title": "测试待办", "template": "home_test_panel.html", "items": ["待办甲"]} \
            if user["role"] == "leader" else None

    @home_views.home_panel(order=2)
    def _test_broken(db, user):
        raise RuntimeError("broken panel")

    from jinja2 import ChoiceLoader, DictLoader
    app.jinja_loader = ChoiceLoader([app.jinja_loader,
                                     DictLoader({"home_test_panel.html": "{% for i in panel['items'] %}<p class=t>{{ i }}</p>{% endfor %}"})])
    try:
        client = app.test_client()
        login(client, "leader")
        page = client.get("/").get_data(as_text=True)
        assert "测试待办" in page and "<p class=t>待办甲</p>" in page
        client = app.test_client()
        login(client, "staff")
        page = client.get("/")
        assert page.status_code == 200
        body = page.get_data(as_text=True)
        assert "测试待办" not in body and "目前没有需要您处理的事项" in body
        assert calls == ["leader", "staff"]
    finally:
        home_views._PANELS[:] = [p for p in home_views._PANELS if not p[1].endswith(("_test_waiting", "_test_broken"))]


def test_audit_and_sources_pages_read_as_the_office_speaks(app, ids):
    """操作记录 and 信息源 show labels and Beijing times, never Python dicts, ISO stamps or raw counters."""
    import re

    client = app.test_client()
    login(client, "staff")
    resp = post(client, f"/clipping/{ids['negative']}/correct", {"sentiment": "neutral", "note": ""})
    assert resp.status_code == 302
    client = app.test_client()
    login(client, "admin")
    audit = client.get("/admin/audit").get_data(as_text=True)
    assert "更正研判" in audit and "倾向：负面 → 中性" in audit
    sources = client.get("/sources").get_data(as_text=True)
    detail = client.get(f"/clipping/{ids['negative']}").get_data(as_text=True)
    assert re.search(r"<td>倾向</td><td>负面</td><td>中性</td>", detail), "correction history in labels"
    snapshot = client.get(f"/clipping/{ids['xss']}/snapshot").get_data(as_text=True)
    assert "（北京时间）" in snapshot
    for text in (audit, sources, detail, snapshot):
        assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text), "ISO timestamp shown"
        assert not re.search(r"\{'|'\}|: None|None；|：None", text), "raw dict shown"
        for raw in ("pages_fetched", "not_modified", "finish_reason", "elapsed_s", "'sentiment'", "role："):
            assert raw not in text, raw
    for kind in ("news", "feed", "sitemap", "forum", "search", "board"):   # every source kind by its name
        assert f"<td>{kind}</td>" not in sources, kind
