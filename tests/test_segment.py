"""The shared segmenter (rjieba) segments as jieba does with the same user dictionary."""

from __future__ import annotations

import logging

import jieba
import pytest

from clippings.config import load_profile
from clippings.paths import config_path
from clippings.segment import get_segmenter, segmenter_for_words

TEXTS = [
    "江州市城管执法局开展占道经营专项整治，东湖区湖滨街道查处流动摊贩12起。",
    "网友爆料：北江区渣土车夜间撒漏严重，泥头车噪音扰民，城市管理部门回应称将加强巡查。",
    "中华人民共和国成立以来，城市面貌发生了翻天覆地的变化。",
    "【视频】城管队员推搡摊主？江州城管：涉事人员已停职调查！#暴力执法#",
    "楼主说的对啊，我家楼下天天广场舞，12345打了N次都没用……气死了",
    "市综合行政执法局于2026年11月20日晚21时许在解放路街道联合执法，出动执法人员35人次、车辆8台次。",
    "The bureau's WeChat account 江州城管发布 posted 3 updates; 阅读量10万+。",
    "违法建设、违章建筑、违建统统拆除，加盖的彩钢瓦棚也一并清理。",
    "",
    "　　（记者 王小明 通讯员 李华）  江州经开区科创园共享单车乱停乱放问题得到整治。",
]


@pytest.fixture(scope="module")
def words():
    return load_profile(config_path("bureau.toml")).user_words()


@pytest.fixture(scope="module")
def reference(words):
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    for w in words:
        tok.add_word(w)
    return tok


@pytest.mark.parametrize("text", TEXTS)
def test_cut_matches_jieba(text, words, reference):
    seg = segmenter_for_words(words)
    assert seg.cut(text) == list(reference.cut(text))


@pytest.mark.parametrize("text", TEXTS)
def test_cut_for_search_matches_jieba(text, words, reference):
    seg = segmenter_for_words(words)
    assert seg.cut_for_search(text) == list(reference.cut_for_search(text))


@pytest.mark.parametrize("text", TEXTS[:4])
def test_tokenize_offsets_match_jieba(text, words, reference):
    seg = segmenter_for_words(words)
    assert seg.tokenize(text) == list(reference.tokenize(text))
    assert seg.tokenize(text, search=True) == list(reference.tokenize(text, mode="search"))
    for word, start, end in seg.tokenize(text):
        assert text[start:end] == word


def test_user_dictionary_keeps_domain_terms_whole(words):
    seg = segmenter_for_words(words)
    assert "城管执法局" not in segmenter_for_words(()).cut("江州城管执法局查处占道经营")
    cut = seg.cut("江州市城管执法局查处占道经营，渣土车夜间撒漏")
    for term in ("江州市城管执法局", "占道经营", "渣土车"):
        assert term in cut


def test_get_segmenter_uses_the_profile(words):
    seg = get_segmenter(load_profile(config_path("bureau.toml")))
    assert seg.user_words == tuple(words)
    assert seg.words("城管执法，。！ 占道经营") == ["城管执法", "占道经营"]
