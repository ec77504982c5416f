"""End-to-end in a real headless Chromium (Debian's ``chromium`` package, driven by Playwright):
the app is served by waitress on 127.0.0.1 in a thread.

1. staff signs in, searches a Chinese term (screenshot saved to a temp dir), opens a clipping,
   corrects its tag, reviews the briefing; a leader signs it off and downloads the .docx;
2. crawled pages carrying <script>, event handlers and javascript: links are shown without any
   of it running (no dialog, no changed title, no global set).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.test_web_fixtures import (PASSWORD, PROFILE, SOURCES, USERS, ids, web_data,  # noqa: F401
                                     web_template)

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("CLIPPINGS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"没有找到 Chromium（{CHROMIUM}）：请先 apt-get install -y chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright 未安装（pip install -e .[test]）")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def server(web_data):
    from clippings.web import create_app
    from clippings.web.serving import serve_background

    root, _ = web_data
    running = serve_background(create_app(root, SOURCES, PROFILE), port=0, threads=4)
    yield running
    running.stop()


def _page(browser, server, dialogs: list):
    context = browser.new_context(accept_downloads=True, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15000)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return context, page


def _login(page, server, role: str) -> None:
    page.goto(server.url + "/login")
    page.fill("input[name=username]", USERS[role])
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(server.url + "/")


def test_search_correct_review_sign_download(browser, server, ids, tmp_path):
    dialogs: list = []
    context, page = _page(browser, server, dialogs)
    _login(page, server, "staff")
    page.fill("input[name=q]", "渣土车")
    page.click("form.search button[type=submit]")
    page.wait_for_selector("article.hit")
    assert page.locator("#total").inner_text() == "2"
    assert page.locator("article.hit mark").first.inner_text() == "渣土车"
    shot = tmp_path / "search.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000

    page.click(f'a[href="/clipping/{ids["negative"]}"]')
    page.wait_for_selector("#clipping-title")
    assert page.locator("#sentiment").inner_text() == "负面"
    page.select_option("select[name=sentiment]", "neutral")
    page.fill("input[name=note]", "系正常报道")
    page.click("#correct-form button[type=submit]")
    page.wait_for_selector(".flash.ok")
    assert page.locator("#sentiment").inner_text() == "中性"
    assert "系正常报道" in page.content()

    page.goto(server.url + "/briefing/2026-11-25")
    page.click("#submit")
    page.wait_for_selector(".flash.ok")
    assert page.locator("#briefing-status").inner_text() == "待审核"
    page.click("header form.whoami button")
    page.wait_for_url("**/login")

    _login(page, server, "reviewer")                      # 科长: 退回 with a comment, then 审核 the fixed issue
    page.click("#briefing-waiting a")
    page.fill("#return-comment", "请核实第1条的来源")
    page.click("#return")
    page.wait_for_selector(".flash.ok")
    assert page.locator("#briefing-status").inner_text() == "草稿"
    page.click("header form.whoami button")
    _login(page, server, "staff")
    assert "请核实第1条的来源" in page.locator("#briefing-waiting").inner_text()
    page.click("#briefing-waiting a")
    page.click("#submit")
    page.wait_for_selector(".flash.ok")
    page.click("header form.whoami button")
    _login(page, server, "reviewer")
    page.goto(server.url + "/briefing/2026-11-25")
    page.click("#review")
    page.wait_for_selector(".flash.ok")
    assert page.locator("#briefing-status").inner_text() == "待签发"
    page.click("header form.whoami button")
    page.wait_for_url("**/login")

    _login(page, server, "leader")
    page.click("#briefing-waiting a")
    page.click("#preview-link")                           # the document itself, page by page
    if shutil.which("soffice"):
        page.wait_for_selector("#preview img.page", timeout=120000)
        assert page.locator("#preview img.page").count() >= 1
        # (the element is there before its picture has loaded: wait for the picture, then measure it)
        page.wait_for_function("() => { const i = document.querySelector('#preview img.page');"
                               " return i && i.complete && i.naturalWidth > 0; }", timeout=60000)
        assert page.evaluate("document.querySelector('#preview img.page').naturalWidth") > 300
    else:
        assert "LibreOffice" in page.locator("#preview-error").inner_text()
    page.click("#sign")                                   # the confirmation box is required: nothing happens
    assert page.locator("#briefing-status").count() == 0 or page.locator("#download").count() == 0
    page.check("#confirm")
    page.click("#sign")
    page.wait_for_selector("#download")
    assert page.locator("#briefing-status").inner_text() == "已签发"
    with page.expect_download() as info:
        page.click("#download")
    saved = tmp_path / "briefing.docx"
    info.value.save_as(saved)
    assert info.value.suggested_filename.endswith(".docx") and saved.read_bytes()[:2] == b"PK"
    assert dialogs == []
    context.close()


def test_crawled_script_never_runs(browser, server, ids):
    dialogs: list = []
    context, page = _page(browser, server, dialogs)
    _login(page, server, "leader")
    page.goto(server.url + f"/clipping/{ids['xss']}")
    title = page.title()
    frame_el = page.wait_for_selector("iframe#snapshot")
    frame = frame_el.content_frame()
    frame.wait_for_load_state()
    assert "网友上传的现场视频截图" in frame.inner_text("body")
    # nothing active survived in the archived page
    assert frame.locator("script, iframe, form, input").count() == 0
    assert frame.evaluate("() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
                          ".filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value)).length") == 0
    # try to trigger what was there: click the former javascript: links and the onclick span, hover
    frame.get_by_text("javascript-link").click()
    frame.get_by_text("下载原视频").click()
    frame.get_by_text("点击查看城管执法现场视频").click()
    frame.get_by_text("hover me").hover()
    page.wait_for_timeout(300)
    assert page.title() == title and "pwned" not in page.title()
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    # crawled title and text with markup on the detail and search pages
    page.goto(server.url + f"/clipping/{ids['hostile']}")
    assert "<img src=x" in page.locator("#clipping-title").inner_text()  # shown as text
    page.goto(server.url + "/search?q=违停")
    page.wait_for_selector("article.hit")
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert "pwned" not in page.title()
    assert dialogs == []
    context.close()
