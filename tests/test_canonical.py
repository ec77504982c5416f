"""URL canonicalisation and the relevance filter."""

from clippings.canonical import canonicalize
from clippings.config import load_profile
from clippings.relevance import RelevanceFilter
from tests.conftest import PROFILE


def test_tracking_fragments_ports_and_order():
    assert canonicalize("HTTP://News.Example.com:80/a.html?utm_source=rss&b=2&a=1#comments") == \
        "http://news.example.com/a.html?a=1&b=2"
    assert canonicalize("https://x.cn:443/p?from=timeline&spm=a.b&id=7") == "https://x.cn/p?id=7"
    assert canonicalize("http://x.cn:8080/p") == "http://x.cn:8080/p"


def test_source_rules_map_mobile_and_print_variants():
    rules = dict(strip_params=["print"], rewrite=[("/m/news/", "/news/")])
    a = canonicalize("http://x.cn/m/news/1.html?print=1", **rules)
    b = canonicalize("http://x.cn/news/1.html#top", **rules)
    assert a == b == "http://x.cn/news/1.html"


def test_relevance_by_name_or_topic_in_the_city():
    f = RelevanceFilter(load_profile(PROFILE))
    assert f.check("江州市城管执法局开展培训", "").relevant
    named = f.check("小区门口", "城管队员劝导摊主")
    assert named.relevant and "城管队员" in named.terms
    assert f.check("湖滨街道整治占道经营", "").relevant           # topic + a street of the city
    assert not f.check("某地整治占道经营", "外地新闻").relevant      # topic without our city
    assert not f.check("明天多云转晴", "气温回升").relevant
