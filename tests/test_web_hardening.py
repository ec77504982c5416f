"""The web app under hostile input: query limits, bounded search concurrency, sign-in throttling,
safe redirects, crafted ids and dates, corrections checked against the gazetteer."""

from __future__ import annotations

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

    app.extensions["search_gate"] = SearchGate(overall=1, per_user=5, wait=0.05)
    gate = app.extensions["search_gate"]
    client = app.test_client()
    login(client, "staff")
    with app.test_request_context():
        with gate.admit("someone-else"):
            resp = client.get("/search?q=城管")
    assert resp.status_code == 503 and "检索服务繁忙" in resp.get_data(as_text=True)
    assert client.get("/search?q=城管").status_code == 200
