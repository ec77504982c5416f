"""crawler.pageparse: a crawled page read as its source's kind says."""

from __future__ import annotations

from pathlib import Path

from clippings.config import Source
from clippings.evidence import RawResponse
from crawler.pageparse import parse_page

FIX = Path(__file__).parent / "fixtures" / "extraction"


def _parse(kind: str, name: str):
    source = Source(name="s", title="某站", kind=kind, start_urls=["http://127.0.0.1/"], allowed_domains=["127.0.0.1"])
    url = "http://127.0.0.1/thread-1-1.html"
    body = (FIX / name).read_bytes()
    return parse_page(source, "forum" if kind == "forum" else "news", url, url,
                      [RawResponse(url, 200, "OK", [("Content-Type", "text/html")], body)], None,
                      "2026-11-20T12:00:00+08:00", {})


def test_news_source_pages_are_read_as_articles():
    """A news site's page is an article, whatever its comment stream looks like: no thread or
    message-board detection runs on it (a third of the extraction's time on a real-size page).
    Pages from a feed, a sitemap or a search may be anything, and are detected."""
    detected = _parse("feed", "qa_page.html")
    assert len(detected.posts) == 3   # (a question and its answers, read as a thread)
    as_news = _parse("news", "qa_page.html")
    assert as_news.posts == [] and as_news.text.startswith(detected.posts[0]["text"])
    assert as_news.title == detected.title


def test_news_source_page_with_no_article_is_read_as_what_it_is():
    """... unless nothing on the page reads as an article (every block one of a thread's stamped
    posts): then it is read as the thread it is, not lost as an empty page."""
    as_news = _parse("news", "forum_thread.html")
    detected = _parse("feed", "forum_thread.html")
    assert as_news.text and as_news.text == detected.text and len(as_news.posts) == len(detected.posts) >= 3
