"""No GET changes state: every GET route of the web app (from ``app.url_map``), with ids from the
fixture archive, as each role, leaves every table of the archive exactly as it was."""

from __future__ import annotations

import sqlite3

import pytest

from tests.test_web_fixtures import (PROFILE, SOURCES, USERS, app, ids, login, web_data,  # noqa: F401
                                     web_template)

# TEMPORARY: viewing a briefing still creates its issue row (and number) on this branch; the
# briefing rework removes that. The merger deletes this list once that work is merged.
# routes whose work is heavy (a LibreOffice conversion, a Chromium rendering): walked for one id / day
HEAVY = {"briefing.preview", "briefing.preview_page", "clipping.evidence_package"}

QUERIES = {
    "search.search": ["?q=城管", "?q=渣土车&sort=newest&collapse=1&sentiment=negative", "?q=城*&page=2"],
    "search.export_results": ["?q=城管&fmt=csv", "?q=城管&fmt=xlsx"],
    "report.page": ["", "?from=2026-11-19&to=2026-11-25"],
    "admin.audit": ["", "?action=login"],
    "briefing.page": ["", "?date=2026-11-24"],
}


def _dump(path) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables}
    finally:
        conn.close()


def _urls(app, ids) -> list[tuple[str, str]]:
    urls = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint in ("auth.login",):
            continue
        if rule.endpoint == "static":
            urls.append((rule.endpoint, "/static/style.css"))
            continue
        values = []
        if "clipping_id" in rule.arguments:
            values = [{"clipping_id": cid} for cid in sorted(set(ids.values()))]
        elif "day" in rule.arguments:
            values = [{"day": d} for d in ("2026-11-25", "2026-11-24", "latest")]
        elif "month" in rule.arguments:
            values = [{"month": "2026-11"}]
        elif "name" in rule.arguments:
            values = [{"name": "jzrb"}]
        elif "cluster_id" in rule.arguments:
            values = [{"cluster_id": ids["negative"]}, {"cluster_id": 999999}]   # a story (its smallest id); none
        elif rule.arguments & {"alert_id", "order_id", "submission_id", "photo_id", "draft_id"}:
            values = [{arg: 1 for arg in rule.arguments}]                 # 404 when there is none: still read-only
        else:
            values = [{}]
        if rule.endpoint in HEAVY:
            values = [{**values[0], **({"clipping_id": ids["xss"]} if "clipping_id" in rule.arguments else {})}]
        if "page" in rule.arguments:
            values = [{**v, "page": 1} for v in values]
        for v in values:
            path = rule.build(v, append_unknown=False)[1]
            for query in QUERIES.get(rule.endpoint, [""]):
                urls.append((rule.endpoint, path + query))
    return urls


@pytest.mark.parametrize("role", sorted(USERS))
def test_every_get_route_leaves_the_archive_unchanged(app, ids, web_data, role):
    db_path = web_data[0] / "clippings.db"
    client = app.test_client()
    assert login(client, role).status_code == 302
    urls = _urls(app, ids)
    assert {e for e, _ in urls} >= {"search.search", "clipping.detail", "clipping.snapshot", "report.page",
                                    "sources.page", "admin.users", "admin.audit", "home.home"}
    checked = 0
    for endpoint, url in urls:
        before = _dump(db_path)
        resp = client.get(url)
        assert resp.status_code in (200, 403, 404, 409), (url, resp.status_code)
        assert resp.status_code != 500
        after = _dump(db_path)
        changed = [t for t in before if before[t] != after.get(t)]
        assert not changed, f"GET {url} as {role} changed {changed}"
        checked += 1
    assert checked >= 20
