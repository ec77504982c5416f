"""Render a captured page from its archived bytes in headless Chromium, with the network shut.

Every request the page makes is answered from the archive (the page itself) or refused (everything
else), so rendering sends nothing off the machine and shows the capture, not today's page. Scripts
are off: a crawled page's code never runs. The refused URLs are returned for the manifest.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-domain-reliability"]
MAX_SCREENSHOT_PX = 12000


class RenderUnavailable(RuntimeError):
    pass


@dataclass
class Rendering:
    pdf: Path
    png: Path
    refused: list[str] = field(default_factory=list)   # requests the page made, refused (not loaded)


def chromium_path() -> str:
    """The browser to run: ``CLIPPINGS_CHROMIUM`` when set (a path that is not there is said so,
    not silently replaced), else Debian's chromium or one on the PATH."""
    configured = os.environ.get("CLIPPINGS_CHROMIUM")
    if configured:
        if Path(configured).exists():
            return configured
        raise RenderUnavailable(f"CLIPPINGS_CHROMIUM 指定的浏览器 {configured} 不存在")
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    raise RenderUnavailable("未找到 Chromium（Debian: apt-get install chromium）")


def render_capture(url: str, body: bytes, content_type: str | None, out_pdf: Path, out_png: Path,
                   timeout_ms: int = 20000) -> Rendering:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - playwright is a dependency
        raise RenderUnavailable(f"未安装 playwright：{exc}") from exc
    executable = chromium_path()
    refused: list[str] = []
    main_served = []

    def route(r):
        request = r.request
        if request.url.split("#")[0] == url.split("#")[0] and not main_served:
            main_served.append(True)
            r.fulfill(status=200, body=body, headers={"content-type": content_type or "text/html"})
        else:
            refused.append(request.url)
            r.abort("blockedbyclient")

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=ARGS, headless=True)
        try:
            context = browser.new_context(java_script_enabled=False, service_workers="block",
                                          viewport={"width": 1280, "height": 900}, locale="zh-CN")
            context.route("**/*", route)
            page = context.new_page()
            page.set_default_timeout(timeout_ms)
            page.goto(url, wait_until="load")
            page.emulate_media(media="screen")
            page.pdf(path=str(out_pdf), format="A4", print_background=True,
                     margin={"top": "12mm", "bottom": "12mm", "left": "10mm", "right": "10mm"})
            height = page.evaluate("document.documentElement.scrollHeight") or 900
            page.screenshot(path=str(out_png), full_page=height <= MAX_SCREENSHOT_PX,
                            clip=None if height <= MAX_SCREENSHOT_PX else
                            {"x": 0, "y": 0, "width": 1280, "height": MAX_SCREENSHOT_PX})
            context.close()
        finally:
            browser.close()
    return Rendering(out_pdf, out_png, refused)
