"""预警 / 处置 pages through the Flask test client: roles, CSRF-checked POSTs, bad input."""

from __future__ import annotations

import pytest

from tests.alertkit import PROFILE as BUREAU, STORY, add, write_config
from tests.test_web_fixtures import PROFILE, SOURCES, login, post, web_data, web_template  # noqa: F401


@pytest.fixture
def client(web_data, tmp_path, monkeypatch):
    from clippings.alerts.config import load_alerts
    from clippings.alerts.service import run_cycle
    from clippings.archive import open_archive
    from clippings.clusters import assign_pending
    from clippings.config import load_profile
    from clippings.web import create_app

    root, _ = web_data
    cfg_path = write_config(tmp_path / "alerts.toml")
    monkeypatch.setenv("CLIPPINGS_ALERTS", str(cfg_path))
    db = open_archive(root / "clippings.db")
    add(db, 900, "a", "江州城管强拖摊主三轮车引质疑", STORY + "<script>alert(1)</script>", "2026-11-25T20:10:00+08:00")
    assign_pending(db, load_profile(BUREAU))
    run_cycle(db, load_alerts(cfg_path, BUREAU))
    db.conn.close()
    return create_app(root, SOURCES, PROFILE, testing=True).test_client()


def test_roles_and_actions(client):
    assert client.get("/alerts").status_code in (302, 401)
    login(client, "admin")
    page = client.get("/alerts").get_data(as_text=True)
    assert "江州城管强拖摊主三轮车引质疑" in page and "一般" in page
    assert post(client, "/alerts/1/assign", {"unit": "东湖区大队"}, page="/alerts/1").status_code == 403
    client.post("/logout", data={})
    client.get("/alerts")
    login(client, "staff")
    detail = client.get("/alerts/1").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in detail
    assert client.get("/alerts/999").status_code == 404
    assert client.post("/alerts/1/ack", data={}).status_code == 400          # no CSRF token
    r = post(client, "/alerts/1/assign", {"unit": "火星大队"}, page="/alerts/1")
    assert r.status_code == 302
    assert "未知的责任单位" in client.get("/alerts/1").get_data(as_text=True)
    post(client, "/alerts/1/assign", {"unit": "东湖区大队", "note": "请核实"}, page="/alerts/1")
    orders = client.get("/orders?unit=东湖区大队").get_data(as_text=True)
    assert "待处置" in orders and "江州城管强拖摊主三轮车引质疑" in orders
    assert client.get("/orders?unit=不存在").status_code == 404
    assert post(client, "/orders/1/step", {"state": "bogus"}, page="/alerts/1").status_code == 400
    post(client, "/orders/1/step", {"state": "declined", "note": "不属本局职责"}, page="/alerts/1")
    assert "不予处置" in client.get("/alerts/1").get_data(as_text=True)
    assert "（0 条）" not in client.get("/alerts?all=1").get_data(as_text=True)
