"""The query budget of the one search function: length, terms, proximity, wildcard expansion and
time, each refused fast with a Chinese message naming the limit, for the CLI and the web alike."""

from __future__ import annotations

import threading
import time

import pytest

import indexer.engine
from indexer import query as iq
from indexer.search import QueryBudgetExceeded, QueryError, _handle, search
from tests.test_search import archive, ids_of, run_cli  # noqa: F401  (the module's fixture)


@pytest.mark.parametrize("hostile, limit", [
    ('"城管 执法"~10000000', "~20"),
    ("城" * 28000, "500 个字符"),
    ("*", "通配符"),
    ("?", "通配符"),
    ("*管*", "词首"),
    ("标题:?执法", "词首"),
    (" ".join(f"词{i}" for i in range(40)), "32 个"),
    ('"城管 执法"~21', "~21"),
])
def test_hostile_queries_are_refused_fast_with_the_limit_named(archive, hostile, limit):
    _, _, index = archive
    with pytest.raises(QueryBudgetExceeded) as err:
        search(index, hostile)
    assert limit in str(err.value)
    assert isinstance(err.value, QueryError)  # every caller already shows QueryError


def test_queries_within_the_limits_still_work(archive):
    _, ids, index = archive
    assert ids["baoli"] in ids_of(search(index, '"城管 执法"~20'))
    assert set(ids_of(search(index, "渣土*"))) == {ids["zhatu"], ids["zhatu-day"]}
    assert ids_of(search(index, "不存在的词*")) == []


def test_wildcard_expanding_past_the_limit_is_refused(archive, monkeypatch):
    _, _, index = archive
    monkeypatch.setattr(iq, "MAX_EXPANSION", 3)
    with pytest.raises(QueryBudgetExceeded, match="匹配的词语过多"):
        search(index, "城*")


def test_proximity_matches_the_word_by_word_definition():
    """_within (two binary searches per start) equals the union over every gap 1..slop."""
    import numpy as np

    from indexer.engine import _sorted_intersect, _within

    rng = np.random.default_rng(7)
    for _ in range(200):
        starts = np.unique(rng.integers(0, 400, rng.integers(0, 40)))
        keys = np.unique(rng.integers(0, 400, rng.integers(0, 60)))
        slop = int(rng.integers(2, 30))
        naive = [_sorted_intersect(starts + gap, keys) for gap in range(1, slop + 1)]
        expected = np.unique(np.concatenate(naive)) if naive else keys[:0]
        assert _within(starts, keys, slop).tolist() == expected.tolist()


def test_time_budget_stops_a_slow_search(archive, monkeypatch):
    _, _, index = archive
    original = indexer.engine.Engine.term

    calls = []

    def slow_term(self, *args, **kwargs):
        calls.append(args)
        time.sleep(0.05)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(indexer.engine.Engine, "term", slow_term)
    with pytest.raises(QueryBudgetExceeded, match="检索超时"):
        search(index, "城管 OR 执法 OR 渣土车 OR 摊贩 OR 夜市", time_limit=0.1)
    assert 0 < len(calls) < 10           # stopped part-way: not every term of the query was read


def test_a_search_waiting_too_long_for_the_index_gives_up(archive):
    _, _, index = archive
    h = _handle(index)
    held = threading.Event()
    release = threading.Event()

    def hold():
        with h.lock:
            held.set()
            release.wait(5)

    t = threading.Thread(target=hold)
    t.start()
    held.wait(5)
    try:
        with pytest.raises(QueryBudgetExceeded, match="检索繁忙"):
            search(index, "城管", time_limit=0.2)
    finally:
        release.set()
        t.join()


@pytest.mark.parametrize("since", ["0001-01-01", "9999-12-31"])
def test_out_of_range_dates_are_a_query_error(archive, since):
    _, _, index = archive
    with pytest.raises(QueryError, match="日期超出范围"):
        search(index, "城管", since=since, until=since)


def test_cli_search_shows_the_limit(archive):
    _, _, index = archive
    result = run_cli(["--data-dir", str(index.parent), "search", '"城管 执法"~10000000'])
    assert result.exit_code != 0 and "邻近检索的距离过大" in result.output
    assert "Traceback" not in result.output
