"""The web app under hostile input: query limits, bounded search concurrency, sign-in throttling,
safe redirects, crafted ids and dates, corrections checked against the gazetteer."""

from __future__ import annotations

import re
import threading

import pytest

from tests.test_web_fixtures import (PASSWORD, PROFILE, SOURCES, USERS, app, csrf_from, ids, login,  # noqa: F401
                                     post, web_data, web_template)


def test_hostile_search_is_a_fast_chinese_400(app):
    client = app.test_client()
    login(client, "staff")
    for q, words in [('"城管 执法"~10000000', "邻近检索的距离过大"), ("城" * 28000, "检索式过长"),
                     ("*", "通配符")]:
        resp = client.get("/search", query_string={"q": q})
        assert resp.status_code == 400 and words in resp.get_data(as_text=True), q
        export = client.get("/search/export", query_string={"q": q, "fmt": "csv"})
        assert export.status_code == 400 and words in export.get_data(as_text=True), q
    # the form keeps an over-long query as typed; the page's links carry at most the allowed length
    page = client.get("/search", query_string={"q": "城" * 28000}).get_data(as_text=True)
    assert page.count("城" * 28000) == 1
    links = re.findall(r'href="([^"]*)"', page)
    assert links and max(map(len, links)) < 500 * 9 + 200


def test_searches_beyond_the_per_user_limit_get_429_and_others_still_search(app, monkeypatch):
    import indexer.search

    gate = app.extensions["search_gate"]
    started, release = threading.Semaphore(0), threading.Event()
    original = indexer.search.search

    def slow(*args, **kwargs):
        if kwargs.get("since") == "2026-11-01":      # the attacker's searches block until released
            started.release()
            release.wait(10)
        return original(*args, **kwargs)

    monkeypatch.setattr(indexer.search, "search", slow)
    attacker, other = app.test_client(), app.test_client()
    login(attacker, "staff")
    login(other, "leader")
    results = []
    threads = [threading.Thread(target=lambda: results.append(
        attacker.get("/search?q=城管&since=2026-11-01").status_code)) for _ in range(gate.per_user)]
    for t in threads:
        t.start()
    for _ in threads:
        assert started.acquire(timeout=10)
    try:
        over = attacker.get("/search?q=城管&since=2026-11-01")
        assert over.status_code == 429 and "同时进行的检索" in over.get_data(as_text=True)
        assert other.get("/search?q=城管").status_code == 200        # another user is not starved
    finally:
        release.set()
        for t in threads:
            t.join()
    assert results == [200] * gate.per_user
    assert attacker.get("/search?q=城管").status_code == 200          # the slots were given back


def test_overall_limit_answers_503_in_chinese(app):
    from clippings.web.search_gate import SearchGate

    app.extensions["search_gate"] = SearchGate(overall=1, per_user=5, budget=0.05)
    gate = app.extensions["search_gate"]
    client = app.test_client()
    login(client, "staff")
    with app.test_request_context():
        with gate.admit("someone-else"):
            resp = client.get("/search?q=城管")
    assert resp.status_code == 503 and "检索服务繁忙" in resp.get_data(as_text=True)
    app.extensions["search_gate"] = SearchGate(overall=1, per_user=5)   # the usual budget again
    assert client.get("/search?q=城管").status_code == 200


# --- sign-in throttling and audit ----------------------------------------------------------------

def _audit(root, action):
    from clippings.archive import open_archive

    db = open_archive(root / "clippings.db")
    rows = list(db.query("SELECT username, action, target, detail FROM audit_log WHERE action = ? ORDER BY id",
                         [action]))
    db.conn.close()
    return rows


def test_wrong_passwords_get_growing_delays_then_a_lockout(app, web_data, monkeypatch):
    from clippings import login_throttle

    root, _ = web_data
    clock = [1_000_000.0]
    monkeypatch.setattr(login_throttle, "_clock", lambda: clock[0])
    client = app.test_client()
    staff = USERS["staff"]
    waits = []
    limits = login_throttle.ACCOUNT
    for attempt in range(1, limits.lockout_after + 1):
        assert login(client, username=staff, password=f"wrong-{attempt}").status_code == 401, attempt
        if limits.free <= attempt < limits.lockout_after:
            refused = login(client, username=staff, password=PASSWORD)   # even the right one must wait
            assert refused.status_code == 429, attempt
            assert "登录失败次数过多" in refused.get_data(as_text=True)
            waits.append(int(refused.headers["Retry-After"]))
        clock[0] += login_throttle.delay_after(attempt, limits) + 0.1
    assert waits == sorted(waits) and waits[-1] > waits[0]                # the delays grow
    locked = login(client, username=staff, password=PASSWORD)
    assert locked.status_code == 429 and "临时锁定" in locked.get_data(as_text=True)
    assert len(_audit(root, "login_failed")) >= login_throttle.ACCOUNT.lockout_after
    lockouts = _audit(root, "login_lockout")
    assert lockouts and lockouts[0]["target"] == staff
    clock[0] += login_throttle.ACCOUNT.lockout_seconds + 1                # the lockout expires
    assert login(client, username=staff, password=PASSWORD).status_code == 302
    assert [r["target"] for r in _audit(root, "login_unlock")] == [staff]


def test_failures_from_one_address_across_accounts_are_throttled(app, monkeypatch):
    from clippings import login_throttle

    monkeypatch.setattr(login_throttle, "_clock", lambda: 2_000_000.0)
    client = app.test_client()
    for n in range(login_throttle.ADDRESS.free):
        assert login(client, username=f"nobody{n}", password="wrong-password").status_code == 401
    resp = login(client, username=USERS["leader"], password=PASSWORD)
    assert resp.status_code == 429 and "请" in resp.get_data(as_text=True)


def test_cli_unlock_is_audited(app, web_data, monkeypatch):
    from click.testing import CliRunner

    from clippings import login_throttle
    from clippings.cli import _load_commands, cli

    root, _ = web_data
    monkeypatch.setattr(login_throttle, "_clock", lambda: 3_000_000.0)
    client = app.test_client()
    for n in range(login_throttle.ACCOUNT.lockout_after):
        login_throttle.record_failure(app.extensions["clippings"].db(), USERS["staff"], f"10.0.0.{n}")
    assert login(client, "staff").status_code == 429
    _load_commands()
    result = CliRunner().invoke(cli, ["--data-dir", str(root), "user", "unlock", USERS["staff"]])
    assert result.exit_code == 0 and "已解除" in result.output
    assert login(client, "staff").status_code == 302
    assert _audit(root, "login_unlock")[-1]["username"] == "cli"


@pytest.mark.parametrize("weak", ["12345678", "aaaaaaaa", " " * 8, "password", "qwertyui", "abcdefgh"])
def test_weak_passwords_are_refused_in_cli_and_web(app, web_data, weak):
    from click.testing import CliRunner

    from clippings.cli import _load_commands, cli

    root, _ = web_data
    _load_commands()
    runner = CliRunner()
    added = runner.invoke(cli, ["--data-dir", str(root), "user", "add", "新干事", "--role", "staff",
                                "--password-stdin"], input=weak + "\n")
    assert added.exit_code != 0 and "密码" in added.output and "Traceback" not in added.output
    changed = runner.invoke(cli, ["--data-dir", str(root), "user", "passwd", USERS["staff"], "--password-stdin"],
                            input=weak + "\n")
    assert changed.exit_code != 0 and "密码" in changed.output
    client = app.test_client()
    login(client, "admin")
    post(client, "/admin/users", {"username": "新干事", "role": "staff", "password": weak}, page="/admin/users")
    assert "密码" in client.get("/admin/users").get_data(as_text=True)
    from clippings import accounts
    assert accounts.get_user(app.extensions["clippings"].db(), "新干事") is None


# --- safe redirects -------------------------------------------------------------------------------

@pytest.mark.parametrize("target", ["/\t/evil.example", "/%09/evil.example", "/\n/x", "/%0A/x", "//evil.example",
                                    "/\\evil.example", "\\\\evil.example", "https://evil.example/", "/\r\n/x",
                                    "javascript:alert(1)", "/%5C%5Cevil.example", "/\x00", " //evil.example",
                                    "/" + "a" * 5000])
def test_login_never_redirects_off_site_nor_fails(app, target):
    client = app.test_client()
    page = client.get("/login")
    resp = client.post("/login", data={"username": USERS["staff"], "password": PASSWORD, "next": target,
                                       "csrf_token": csrf_from(page.get_data(as_text=True))})
    assert resp.status_code == 302, target
    assert resp.headers["Location"] == "/", target


def test_login_follows_a_same_site_next(app):
    client = app.test_client()
    page = client.get("/login")
    resp = client.post("/login", data={"username": USERS["staff"], "password": PASSWORD,
                                       "next": "/search?q=城管&since=2026-11-01",
                                       "csrf_token": csrf_from(page.get_data(as_text=True))})
    assert resp.status_code == 302 and resp.headers["Location"].startswith("/search?q=")



# --- crafted ids and dates ----------------------------------------------------------------------

@pytest.mark.parametrize("url, codes, words", [
    ("/clipping/99999999999999999999999", (404,), "不存在"),
    ("/clipping/99999999999999999999999/snapshot", (404,), "不存在"),
    ("/clipping/9223372036854775808", (404,), "不存在"),
    ("/clipping/0", (404,), "不存在"),
    ("/briefing/0001-01-01", (404,), "超出范围"),
    ("/briefing/9999-12-31", (404,), "超出范围"),
    ("/briefing/0001-01-01/download.docx", (404,), "超出范围"),
    ("/briefing?date=9999-12-31", (404,), "超出范围"),
    ("/report?from=0001-01-01&to=2026-11-25", (400,), "超出范围"),
    ("/report?from=2026-11-01&to=9999-12-31", (400,), "超出范围"),
    ("/report?from=9999-12-31", (400,), "超出范围"),
    ("/report?from=2026-11-25&to=2026-11-01", (400,), "早于"),
    ("/search?q=城管&since=0001-01-01", (400,), "超出范围"),
    ("/search?q=城管&until=9999-12-31", (400,), "超出范围"),
    ("/search?q=城管&page=99999999999999999999999", (400,), "页码"),
    ("/search/export?q=城管&fmt=csv&since=0001-01-01", (400,), "超出范围"),
    ("/search?unanswered=-3", (400,), "未回复天数"),
    ("/search?unanswered=99999999999999999999", (400,), "未回复天数"),
    ("/search/export?fmt=csv&unanswered=abc", (400,), "未回复天数"),
])
def test_crafted_values_get_chinese_4xx_not_500(app, web_data, url, codes, words):
    from clippings.archive import open_archive

    client = app.test_client()
    login(client, "leader")
    db = open_archive(web_data[0] / "clippings.db")
    issues_before = db.execute("SELECT COUNT(*) FROM briefing_issues").fetchone()[0]
    resp = client.get(url)
    assert resp.status_code in codes, (url, resp.status_code)
    assert words in resp.get_data(as_text=True), url
    assert db.execute("SELECT COUNT(*) FROM briefing_issues").fetchone()[0] == issues_before
    assert db.execute("SELECT COUNT(*) FROM briefing_issues WHERE date < '1990'").fetchone()[0] == 0


@pytest.mark.parametrize("value", ["99999999999999999999999", "-1", "abc", "", "１２"])
def test_crafted_clipping_id_in_a_post_is_a_400(app, value):
    client = app.test_client()
    login(client, "staff")
    resp = post(client, "/briefing/2026-11-25/choice", {"action": "pin", "clipping_id": value})
    assert resp.status_code == 400 and "信息编号" in resp.get_data(as_text=True)


# --- corrections use the CLI's gazetteer and topics -------------------------------------------------

@pytest.mark.parametrize("form, words", [
    ({"district": "<b>x</b>"}, "未知区县"),
    ({"district": "火星区"}, "未知区县"),
    ({"topics_shown": "1", "topics": ["<b>x</b>"]}, "未知话题"),
    ({"sentiment": "<script>"}, "未知倾向"),
])
def test_web_corrections_refuse_unknown_districts_and_topics(app, ids, web_data, form, words):
    from clippings.archive import open_archive

    client = app.test_client()
    login(client, "staff")
    cid = ids["positive"]
    resp = post(client, f"/clipping/{cid}/correct", form, page=f"/clipping/{cid}")
    assert resp.status_code == 302
    page = client.get(f"/clipping/{cid}").get_data(as_text=True)
    assert words in page and "<b>x</b>" not in page
    db = open_archive(web_data[0] / "clippings.db")
    assert db.execute("SELECT COUNT(*) FROM corrections").fetchone()[0] == 0


def test_web_correction_accepts_a_street_as_its_district(app, ids, web_data):
    client = app.test_client()
    login(client, "staff")
    cid = ids["negative"]                                   # 东湖区
    post(client, f"/clipping/{cid}/correct", {"district": "鼓楼街道"}, page=f"/clipping/{cid}")
    page = client.get(f"/clipping/{cid}").get_data(as_text=True)
    assert "已记录更正" in page and '<span id="district">西城区</span>' in page


def test_a_search_past_its_time_budget_is_a_chinese_503(app, monkeypatch):
    import time

    import indexer.engine
    from clippings.web.search_gate import SearchGate

    original = indexer.engine.Engine.term

    def slow_term(self, *args, **kwargs):
        time.sleep(0.05)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(indexer.engine.Engine, "term", slow_term)
    app.extensions["search_gate"] = SearchGate(budget=0.1)
    client = app.test_client()
    login(client, "staff")
    resp = client.get("/search", query_string={"q": "城管 OR 执法 OR 渣土车 OR 摊贩 OR 夜市"})
    assert resp.status_code == 503 and "检索超时" in resp.get_data(as_text=True)


def test_a_user_past_the_search_time_allowance_waits_and_others_do_not(app, monkeypatch):
    """Query after query that runs long uses up the user's allowance: 429 with the wait in Chinese,
    while another user searches as usual; the allowance comes back as the time ages out."""
    import time

    import indexer.search
    from clippings.web.search_gate import SearchGate

    original = indexer.search.search

    def slow(*args, **kwargs):
        if "~" in args[1]:                 # the expensive query: 0.3 s of processor time
            end = time.thread_time() + 0.3
            while time.thread_time() < end:
                pass
        elif "市民" in args[1]:            # a query that waits (a busy machine) but costs nothing
            time.sleep(0.3)
        return original(*args, **kwargs)

    monkeypatch.setattr(indexer.search, "search", slow)
    app.extensions["search_gate"] = SearchGate(user_seconds=0.3, window=1.5, free=0.1)
    heavy, other = app.test_client(), app.test_client()
    login(heavy, "staff")
    login(other, "leader")
    statuses = [heavy.get("/search", query_string={"q": '"城管 执法"~20'}).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]                   # 2 × (0.3 − 0.1) s slow of 0.3 s allowed
    for _ in range(3):                                   # waiting is not cost
        assert other.get("/search", query_string={"q": "市民"}).status_code == 200
    refused = heavy.get("/search", query_string={"q": "城管"})
    assert refused.status_code == 429 and "复杂检索耗时已超过" in refused.get_data(as_text=True)
    assert other.get("/search", query_string={"q": "城管"}).status_code == 200
    time.sleep(1.6)
    assert heavy.get("/search", query_string={"q": "城管"}).status_code == 200
