"""A page dropped by the crawl is always counted under a named reason: a meta refresh to a
non-web address (``javascript:void(0)``) is "跳转到非网页地址", not a silent loss."""

from __future__ import annotations

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawler.extensions import counters_from_stats
from crawler.middlewares import UnfollowableRefreshMiddleware


def _middleware():
    crawler = get_crawler(settings_dict={})
    crawler.stats = MemoryStatsCollector(crawler)
    return UnfollowableRefreshMiddleware.from_crawler(crawler), crawler.stats


def _page(refresh: str) -> HtmlResponse:
    body = (f'<html><head><meta http-equiv="refresh" content="{refresh}"><title>跳转</title></head>'
            "<body>城管执法</body></html>").encode("utf-8")
    return HtmlResponse("http://127.0.0.1:8765/a/1.html", body=body, encoding="utf-8")


@pytest.mark.parametrize("refresh", ["0;url=javascript:void(0)", "0; URL='JavaScript:alert(1)'",
                                     "1;url=data:text/html,hi"])
def test_meta_refresh_to_a_non_web_address_is_dropped_and_counted(refresh):
    mw, stats = _middleware()
    with pytest.raises(IgnoreRequest):
        mw.process_response(Request("http://127.0.0.1:8765/a/1.html"), _page(refresh))
    _counters, errors = counters_from_stats(stats.get_stats())
    assert errors == {"meta_refresh_unfollowable": 1}
    from clippings.vocabulary import CRAWL_ERRORS
    assert CRAWL_ERRORS["meta_refresh_unfollowable"] == "跳转到非网页地址"


@pytest.mark.parametrize("refresh", ["0;url=/a/2.html", "0;url=https://example.cn/x", "600;url=javascript:x"])
def test_ordinary_refreshes_pass(refresh):
    mw, stats = _middleware()
    page = _page(refresh)
    assert mw.process_response(Request(page.url), page) is page
    assert not stats.get_value("filtered/meta_refresh")
