"""Where the later pages of a paginated article live (spiders.base.continuation_urls)."""

from spiders.base import continuation_urls


def test_numbered_file_names_and_page_parameters():
    urls = continuation_urls("http://jzrb.example.cn/content/202611/25/content_1123888.html", 2)
    assert "http://jzrb.example.cn/content/202611/25/content_1123888_2.html" in urls
    assert "http://jzrb.example.cn/content/202611/25/content_1123888-2.html" in urls
    assert "http://jzrb.example.cn/content/202611/25/content_1123888.html?page=2" in urls
    paged = continuation_urls("http://x.cn/news/show.php?id=7&page=1", 3)
    assert "http://x.cn/news/show.php?id=7&page=3" in paged and "http://x.cn/news/show.php?id=7&pn=3" in paged


def test_a_folder_address_gets_only_page_parameters():
    urls = continuation_urls("http://x.cn/news/2026/", 2)
    assert urls == ["http://x.cn/news/2026/?page=2", "http://x.cn/news/2026/?p=2", "http://x.cn/news/2026/?pn=2"]


def test_the_spider_finds_the_next_page_link_whatever_the_parameter_order():
    from scrapy.http import HtmlResponse

    from clippings.canonical import canonicalize
    from clippings.evidence import RawResponse
    from spiders.base import SourceSpiderMixin

    spider = SourceSpiderMixin()
    spider.canonical, spider.claimed = canonicalize, set()
    first = "http://x.cn/news/show.php?id=7"
    body = ('<a href="show.php?id=8">另一篇</a> <a href="list.php?page=2">栏目第2页</a>'
            ' <a href="/news/show.php?page=2&amp;id=7">下一页</a>').encode()
    response = HtmlResponse(first, body=body, encoding="utf-8")
    item = {"responses": [RawResponse(first, 200, "OK", [], body)]}
    assert spider.next_article_page(response, item) == canonicalize("http://x.cn/news/show.php?id=7&page=2")
    spider.claimed.add(canonicalize("http://x.cn/news/show.php?id=7&page=2"))
    assert spider.next_article_page(response, item) is None   # already fetched by this crawl


def test_the_raw_page_check_finds_exactly_the_markers_of_the_next_page():
    """The two-scan check agrees with looking for every marker, on any bytes around them."""
    from hypothesis import given, settings, strategies as st

    from spiders.base import PAGE_PARAMS, _mentions_next_page, numbered_names

    pieces = st.sampled_from([b"content_8", b"_2.html", b"-2.html", b"_3.html", b"=2", b"page", b"pn", b"?p",
                              b"content_8_2.htm", b".html", b"x", b"2", b"_", b"-", b"="])
    names = st.sampled_from(["content_8.html", "show.php", "index", "a.b.html", ""])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(pieces, max_size=12).map(b"".join), names, st.integers(2, 3))
    def agree(body, name, page_no):
        markers = {*numbered_names(name, page_no), *(f"{key}={page_no}" for key in PAGE_PARAMS)}
        assert _mentions_next_page(body, name, page_no) == any(m.encode() in body for m in markers)

    agree()
