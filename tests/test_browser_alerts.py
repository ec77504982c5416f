"""预警 and 处置 in a real headless Chromium: the landing-page panel, the 预警 page, assigning an alert
to a unit, recording the steps to 已办结, and the 处置 page."""

from __future__ import annotations

import pytest

from tests.alertkit import PROFILE as BUREAU, add, write_config
from tests.test_browser_web import _login, _page, browser  # noqa: F401
from tests.test_web_fixtures import PROFILE, SOURCES, web_data, web_template  # noqa: F401

pytestmark = pytest.mark.browser


@pytest.fixture
def alert_server(web_data, tmp_path, monkeypatch):
    from clippings.alerts.config import load_alerts
    from clippings.alerts.service import run_cycle
    from clippings.archive import open_archive
    from clippings.clusters import assign_pending
    from clippings.config import load_profile
    from clippings.web import create_app
    from clippings.web.serving import serve_background

    from tests.alertkit import STORY

    root, _ = web_data
    cfg_path = write_config(tmp_path / "alerts.toml", '[[channels]]\nname = "坏群"\nurl = "json://127.0.0.1:9/x?cto=1"\n')
    monkeypatch.setenv("CLIPPINGS_ALERTS", str(cfg_path))
    db = open_archive(root / "clippings.db")
    for i, src in enumerate(["a", "b", "c", "d", "e"]):
        add(db, 900 + i, src, "江州城管强拖摊主三轮车引质疑", STORY + f"（{src}）", f"2026-11-25T2{i // 3}:1{i}:00+08:00")
    assign_pending(db, load_profile(BUREAU))
    run_cycle(db, load_alerts(cfg_path, BUREAU))
    db.conn.close()
    running = serve_background(create_app(root, SOURCES, PROFILE), port=0, threads=4)
    yield running
    running.stop()


def test_panel_alert_assign_and_close_the_loop(browser, alert_server):  # noqa: F811
    dialogs: list = []
    context, page = _page(browser, alert_server, dialogs)
    _login(page, alert_server, "leader")
    panel = page.locator("section.panel", has_text="重大预警与超时处置")
    assert "【重大】江州城管强拖摊主三轮车引质疑" in panel.inner_text()
    page.click("nav >> text=预警")
    page.wait_for_selector("#alerts")
    row = page.locator("#alerts tbody tr").first
    assert "重大" in row.inner_text() and "5 家" in row.inner_text()
    assert "发送失败 1（坏群）" in row.inner_text()
    row.locator("a").click()
    page.wait_for_selector("#alert-title")
    assert "前上报" in page.inner_text("main") and "前首次回应" in page.inner_text("main")
    page.select_option("#assign-form select[name=unit]", "东湖区大队")
    page.fill("#assign-form input[name=note]", "请核实并回应")
    page.click("#assign-form button")
    page.wait_for_selector(".flash.ok")
    assert "东湖区大队" in page.inner_text(".order") and "待处置" in page.inner_text(".order")
    for state, note in (("responded", "http://jzcg.example/tongbao.html"), ("done", "")):
        page.select_option(".order select[name=state]", state)
        page.fill(".order input[name=note]", note)
        page.click(".order button")
        page.wait_for_selector(".flash.ok")
    assert "已关闭" in page.inner_text("#alert-state")
    assert "http://jzcg.example/tongbao.html" in page.inner_text(".order")
    page.goto(alert_server.url + "/orders?unit=东湖区大队")
    assert "已办结" in page.inner_text("#orders")
    page.goto(alert_server.url + "/")
    assert page.locator("section.panel", has_text="重大预警与超时处置").count() == 0
    assert dialogs == []
    context.close()
