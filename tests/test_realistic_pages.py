"""The realistic-size benchmark pages (/bench/real/) and what the extractor makes of them."""
from __future__ import annotations

import re
import urllib.request
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from crawler.extraction import extract
from demosites.server import DemoServer

SH = ZoneInfo("Asia/Shanghai")


@pytest.fixture(scope="module")
def server():
    s = DemoServer(host="127.0.0.1", port=0, anchor_date="2026-11-25", bench_articles=60).start()
    yield s
    s.stop()


def get(server, path):
    with urllib.request.urlopen(server.url(path)) as r:
        return r.status, r.headers.get_content_charset(), r.read()


def test_list_pages_link_the_real_articles(server):
    _, _, body = get(server, "/bench/real/list_1.html")
    assert len(re.findall(rb'href="/bench/real/a\d+\.html"', body)) == 50
    assert b"list_2.html" in body
    with pytest.raises(urllib.error.HTTPError):
        get(server, "/bench/real/a61.html")


def test_pages_are_of_real_size_mixed_encodings_and_extract_cleanly(server):
    sizes, charsets = [], set()
    for i in range(1, 10):
        _, charset, body = get(server, f"/bench/real/a{i}.html")
        sizes.append(len(body))
        charsets.add(charset)
        # the declared charset is the real one, also in <meta>
        text = body.decode(charset)
        assert f'<meta charset="{charset}">' in text
        assert "<style>" in text and "<script>" in text and "相关新闻" in text and "网友评论" in text
        e = extract(body, server.url(f"/bench/real/a{i}.html"), charset)
        assert e.title and e.title.endswith(f"（第{i}期）")
        h1 = re.search(r"<h1>(.*?)</h1>", text).group(1)
        assert e.title == h1
        stamp = re.search(r'<div class="info">(\d{4}-\d\d-\d\d \d\d:\d\d)', text).group(1)
        assert e.published_at == datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=SH)
        # body: the article paragraphs, not the comments, the related summaries or the sidebar
        article = re.search(r'<div class="article">(.*?)</div>', text, re.S).group(1)
        paras = re.findall(r"<p>(.*?)</p>", article)
        assert e.text.split("\n") == [p.replace("&quot;", '"') for p in paras]
    assert min(sizes) >= 20_000 and max(sizes) <= 170_000
    assert charsets == {"utf-8", "gbk"}
