"""Every page, as a person sees it in Chromium at 1366 and at 390 px: in the office's words (no internal
label, Python dict or ISO timestamp on screen) and usable on a phone (no sideways scrolling of the page,
a header that does not stack up). Screenshots are kept in the test's temp dir for a look."""

from __future__ import annotations

import re

import pytest

from tests.test_browser_web import browser, server  # noqa: F401  (fixtures)
from tests.test_web_fixtures import PASSWORD, USERS, ids, web_data, web_template  # noqa: F401

pytestmark = pytest.mark.browser

RAW = [
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d"), "ISO timestamp"),
    (re.compile(r"\{'|'\}|\bNone\b"), "Python value"),
    (re.compile(r"\b(negative|positive|neutral|finished|interrupted|pages_fetched|not_modified|finish_reason"
                r"|elapsed_s|staff|leader|admin|briefing_\w+|user_\w+)\b"), "internal label"),
]
WIDTHS = (1366, 390)


def _pages(ids, drafts):
    return {
        "home": "/", "search": "/search?q=城管", "empty-search": "/search?q=火星登陆",
        "detail": f"/clipping/{ids['negative']}", "forum": f"/clipping/{ids['forum']}",
        "report": "/report?from=2026-11-19&to=2026-11-25", "sources": "/sources", "source-form": "/sources/new",
        "users": "/admin/users", "audit": "/admin/audit", "briefing": "/briefing/2026-11-25",
        "alerts": "/alerts", "orders": "/orders", "outlets": "/outlets",
        "canyue": f"/stories/{ids['negative']}/canyue", "drafts": "/drafts",
        "monthly-draft": f"/drafts/{drafts['monthly']}", "brief-draft": f"/drafts/{drafts['brief']}",
    }


def _make_drafts(root, ids) -> dict:
    """A 月报 draft sent for review and a 参阅件 draft with notes, so their pages have content."""
    from pathlib import Path

    from clippings.archive import open_archive, users as user_store
    from clippings.publishing import drafts
    from clippings.publishing.briefs import build_brief
    from clippings.publishing.monthly import build_draft, load_rules
    from tests.test_web_fixtures import USERS as roles

    db = open_archive(Path(root) / "clippings.db")
    staff = user_store.get_user(db, roles["staff"])
    monthly = drafts.create_monthly(db, build_draft(db, load_rules(), "2026-11", ["jzcg"]), staff)
    drafts.submit(db, monthly, staff)
    brief = drafts.create_brief(db, build_brief(db, ids["negative"]), staff)
    drafts.set_notes(db, brief, staff, "关注度仍在上升。", "督促整改并回应。")
    db.conn.close()
    return {"monthly": monthly, "brief": brief}


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_speaks_the_office_language_and_fits(browser, server, web_data, ids, width, tmp_path):
    made = _make_drafts(web_data[0], ids)
    context = browser.new_context(viewport={"width": width, "height": 800}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto(server.url + "/login")
    page.fill("input[name=username]", USERS["admin"])
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(server.url + "/")
    problems = []
    for name, path in _pages(ids, made).items():
        response = page.goto(server.url + path)
        if response is None or response.status != 200:
            problems.append(f"{name}: HTTP {response.status if response else '—'}")
        page.screenshot(path=str(tmp_path / f"{name}-{width}.png"), full_page=True)
        text = page.inner_text("main")
        for pattern, what in RAW:
            hit = pattern.search(text)
            if hit:
                problems.append(f"{name}: {what} {hit.group(0)!r}")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 2:
            problems.append(f"{name}: page scrolls sideways by {overflow}px at {width}")
        header = page.evaluate("document.querySelector('header.top').getBoundingClientRect().height")
        if header > (130 if width < 500 else 70):
            problems.append(f"{name}: header is {header:.0f}px tall at {width}")
    context.close()
    assert not problems, "\n".join(problems)


CJK_FONT = re.compile(r"CJK|Han Sans|Han Serif|WenQuanYi|Droid Sans Fallback|AR PL|Heiti|YaHei|PingFang|SimHei",
                      re.I)


def test_report_charts_draw_chinese_with_a_cjk_font(browser, server):
    """The 态势 charts are SVG text: Chromium must draw their Chinese with a font that has the glyphs
    (the fonts it used for each node, as the DevTools protocol reports them), not boxes."""
    context = browser.new_context(viewport={"width": 1366, "height": 800}, locale="zh-CN")
    page = context.new_page()
    page.goto(server.url + "/login")
    page.fill("input[name=username]", USERS["leader"])
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.goto(server.url + "/report?from=2026-11-19&to=2026-11-25")
    cdp = context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    checked = []
    for name in ("trend", "districts", "topics", "sources", "sentiment"):
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": f"#chart-{name} svg text"})["nodeId"]
        assert node, f"no text in the {name} chart"
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        assert any(CJK_FONT.search(f["familyName"]) and f["glyphCount"] for f in fonts), (name, fonts)
        checked.append(name)
    context.close()
    assert len(checked) == 5
