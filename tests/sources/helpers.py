"""Per-source checks on a saved page (tests/fixtures/sources/<name>.html + <name>.json).

Adding a source = one [[source]] block in config/sources.toml + one saved page with its expected
fields + one tests/sources/test_<name>.py calling ``check_source("<name>")``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import time_machine

from clippings.config import load_profile, load_sources
from clippings.relevance import RelevanceFilter
from clippings.timeutil import TZ
from crawler.extraction import extract
from tests.conftest import ANCHOR_NOW, PROFILE, SOURCES

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sources"


def check_source(name: str) -> None:
    source = {s.name: s for s in load_sources(SOURCES, env={})}[name]
    body = (FIXTURES / f"{name}.html").read_bytes()
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    url = expected["url"]

    # the source's rules lead to this page
    rules = source.thread_links if source.kind == "forum" else source.article_links
    assert any(re.search(p, url) for p in rules), f"{name}: no link rule matches {url}"

    with time_machine.travel(ANCHOR_NOW, tick=False):
        from clippings.timeutil import now

        result = extract(body, url, source.encoding, now=now(), selectors=source.selectors or None,
                         page_type="forum" if source.kind == "forum" else None)
    assert result.title == expected["title"]
    published = result.published_at or (result.posts[0].posted_at if result.posts else None)
    assert published is not None and published.tzinfo is not None
    assert published.astimezone(TZ).replace(second=0).isoformat() == expected["published_at"]
    for fragment in expected["text_contains"]:
        assert fragment in result.text
    if "source" in expected and source.kind != "forum":
        assert result.source == expected["source"]
    if "floors" in expected:
        assert [p.floor for p in result.posts] == expected["floors"]
        assert all(p.author and p.posted_at for p in result.posts)
    assert RelevanceFilter(load_profile(PROFILE)).check(result.title, result.text).relevant
