"""信息报送 in a real Chromium: a 信息员 uploads photos — an oversized one, a wrong type and a file
pretending to be an image are refused with a message (what was typed is kept); a real photo goes
through and is shown; staff 采用 it and the 信息员 sees the new status."""

from __future__ import annotations

import pytest

from tests.publishingkit import FAKE_JPEG, REPORTERS, add_reporters, big_png, gif, jpeg_with_exif
from tests.test_browser_web import ARGS, CHROMIUM, browser  # noqa: F401  (fixture)
from tests.test_web_fixtures import PASSWORD, PROFILE, SOURCES, USERS, ids, web_data, web_template  # noqa: F401

pytestmark = pytest.mark.browser


@pytest.fixture
def server(web_data):
    from clippings.web import create_app
    from clippings.web.serving import serve_background

    root, _ = web_data
    add_reporters(root)
    running = serve_background(create_app(root, SOURCES, PROFILE), port=0, threads=4)
    yield running
    running.stop()


def _login(page, server, name):
    page.goto(server.url + "/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")


def test_photo_upload_in_the_browser(browser, server, tmp_path):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15000)
    _login(page, server, REPORTERS["reporter"][0])
    page.wait_for_url(server.url + "/submissions")
    assert page.locator("nav a").all_inner_texts() == ["信息报送"]
    files = {"big.png": big_png(), "anim.gif": gif(), "fake.jpg": FAKE_JPEG, "ok.jpg": jpeg_with_exif()}
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)

    def fill():
        page.fill("input[name=title]", "西城区清理违规广告牌")
        page.fill("input[name=happened_at]", "2026-11-21 10:00")
        page.fill("input[name=place]", "西城区人民路")
        page.fill("textarea[name=text]", "11月21日，西城区城管执法中队清理人民路沿线违规设置的广告牌17块，恢复街面整洁。")

    for name, message in (("big.png", "照片超过 5 MB"), ("anim.gif", "只接受 JPG、PNG、WebP"),
                          ("fake.jpg", "不是有效的图片文件")):
        fill()
        page.set_input_files("input[name=photos]", str(tmp_path / name))
        page.click("#submit-form button[type=submit]")
        page.wait_for_selector("p.flash.error")
        assert message in page.locator("p.flash.error").inner_text()
        assert page.input_value("input[name=title]") == "西城区清理违规广告牌"
        assert "暂无信息" in page.locator("#submissions").inner_text()

    fill()
    page.set_input_files("input[name=photos]", str(tmp_path / "ok.jpg"))
    page.click("#submit-form button[type=submit]")
    page.wait_for_selector("#submission-title")
    assert page.locator("#status").inner_text() == "待审核"
    assert page.evaluate("document.querySelector('img.photo').naturalWidth") == 640
    item_url = page.url

    staff = browser.new_context(locale="zh-CN").new_page()
    _login(staff, server, USERS["staff"])
    staff.goto(item_url)
    staff.select_option("select[name=action]", "adopt")
    staff.select_option("select[name=use]", "monthly")
    staff.select_option("select[name=column]", "frontline")
    staff.click("#review-form button[type=submit]")
    staff.wait_for_selector("p.flash.ok")
    page.goto(item_url)
    assert page.locator("#status").inner_text() == "已采用"
    assert "一线快讯" in page.content()
    context.close()
    staff.context.close()
