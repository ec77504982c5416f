"""Rules added after reading the misses on real web text by category (tagger-7): negators such as
无法, service names that contain 投诉, 笑呵呵 (no sarcasm), staff as the victims of violence,
stereotypes the text reports rather than events, official replies quoted inside a post.
All examples are written for these tests (fictional places)."""

from __future__ import annotations

import pytest

from clippings.tagger.rules import RuleScorer


@pytest.fixture(scope="module")
def rules():
    return RuleScorer()


def reasons(result) -> str:
    return "\n".join(h.reason for h in result.hits)


def test_wufa_negates_a_positive_word(rules):
    r = rules.score("青石路夜市噪音", "虽然执法队员常来巡查，还是无法解决噪音问题，居民夜里睡不着。")
    assert r.neg > r.pos
    assert "“解决”（被否定）" in reasons(r)


def test_complaint_hotline_is_a_service_name(rules):
    r = rules.score("城市管理投诉热线今起更换号码", "市民发现井盖破损等问题可拨打投诉热线，24小时有人接听。")
    assert r.neg == 0


def test_xiaohehe_is_no_sarcasm(rules):
    r = rules.score("我们这里的城管", "城管笑呵呵地请摊主把货收一收，还帮着一起搬。")
    assert not r.flags.get("sarcasm")
    assert r.net > 0
    assert rules.score("我们这里的城管", "城管的服务，呵呵。").flags.get("sarcasm")
