"""The index: the tokenizer's Whoosh contract, incremental updates equal a rebuild, deletions,
atomic rebuilds, and searching while an update runs."""

from __future__ import annotations

import threading

import pytest
from whoosh.analysis import Token

from clippings.archive import open_archive, records, transaction
from clippings.config import load_profile
from clippings.paths import config_path
from indexer import store
from indexer.analysis import ChineseTokenizer
from indexer.build import rebuild_index, update_index
from indexer.search import IndexMissing, search

PROFILE = load_profile(config_path("bureau.toml"))
WORDS, SYNONYMS = PROFILE.user_words(), PROFILE.synonyms
TOPICS = ["占道经营", "渣土运输", "违法建设", "执法形象"]
DISTRICTS = ["东湖区", "西城区", "南山区", "北江区"]
SENTENCES = [
    "{d}城管执法局开展占道经营专项整治，查处流动摊贩{n}起。",
    "{d}渣土车夜间撒漏，市民投诉城市管理部门。",
    "网友反映{d}违法建设问题，综合执法队员到场核实。",
    "{d}执法队员文明执法，为摊主设立便民疏导点{n}个。",
]


def clipping(i: int) -> dict:
    d = DISTRICTS[i % 4]
    return {
        "url": f"https://example.cn/a/{i}", "source": ["jzrb", "jzwb", "jzbbs"][i % 3],
        "source_title": ["江州日报网", "江州晚报", "江州论坛"][i % 3], "title": f"{d}新闻{i}",
        "text": SENTENCES[i % 4].format(d=d, n=i) + SENTENCES[(i + 1) % 4].format(d=d, n=i + 1),
        "published_at": f"2026-11-{1 + i % 28:02d}T{i % 24:02d}:00:00+08:00",
        "sentiment": ["negative", "neutral", "positive"][i % 3], "district": d, "topics": [TOPICS[i % 4]],
    }


def fill(db, start: int, stop: int) -> list[int]:
    with transaction(db):
        return [records.insert_clipping(db, clipping(i)) for i in range(start, stop)]


QUERIES = ["城管", "渣土车", '"占道经营"', "违法建设 AND 西城区", "执法 NOT 渣土车", ""]


def snapshot(index_dir) -> dict:
    out = {}
    for q in QUERIES:
        r = search(index_dir, q, sort="newest", per_page=500)
        out[q] = (r.total, [h.id for h in r.hits], r.facets)
    return out


# --- the tokenizer ---------------------------------------------------------------------

def test_tokenizer_honours_positions_chars_and_mode():
    tok = ChineseTokenizer(WORDS)
    text = "中华人民共和国成立，江州市城管执法局查处占道经营 ABC"
    index = [(t.text, t.pos, t.startchar, t.endchar)
             for t in tok(text, positions=True, chars=True, mode="index", start_pos=10, start_char=100)]
    # every token's chars point at its text
    for word, _pos, start, end in index:
        assert text[start - 100:end - 100].lower() == word
    # whole words get consecutive positions; sub-words share the position of their word
    whole = [(w, p) for w, p, s, e in index if w in ("中华人民共和国", "成立", "江州市城管执法局", "查处", "占道经营", "abc")]
    assert [p for _, p in whole] == list(range(10, 16))
    assert ("共和国", 10) in [(w, p) for w, p, _, _ in index]
    query = [t.text for t in tok("共和国成立", positions=True, mode="query")]
    assert query == ["共和国", "成立"]
    assert "，" not in [w for w, *_ in index]


def test_tokenizer_yields_one_reused_token_and_pickles_without_segmenter():
    import pickle

    tok = ChineseTokenizer(WORDS)
    tokens = list(tok("城管 执法"))
    assert all(isinstance(t, Token) for t in tokens) and tokens[0] is tokens[-1]
    clone = pickle.loads(pickle.dumps(tok))
    assert clone == tok and clone.spans("占道经营") == tok.spans("占道经营")


# --- building ---------------------------------------------------------------------------

def test_incremental_equals_rebuild(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    ids = fill(db, 0, 40)
    inc = tmp_path / "inc"
    assert update_index(db, inc, user_words=WORDS, synonyms=SYNONYMS).mode == "rebuild"
    fill(db, 40, 60)                                              # new
    with transaction(db):
        records.update_content(db, ids[0], {"title": "改写后的标题", "text": "东湖区渣土车夜间撒漏整改到位。"})
        db.execute("UPDATE clippings SET sentiment = 'positive', changed_at = '2099-01-01T00:00:00+08:00'"
                   " WHERE id = ?", [ids[1]])                     # a tag change
        records.mark_deleted(db, ids[2])                          # deleted at source
        db.execute("DELETE FROM clippings WHERE id = ?", [ids[3]])  # gone from the archive
    stats = update_index(db, inc, user_words=WORDS, synonyms=SYNONYMS)
    # gone from the archive: removed; deleted at source: kept, with its status
    assert stats.mode == "update" and stats.removed == 1 and stats.total == 59
    fresh = tmp_path / "fresh"
    rebuild_index(db, fresh, user_words=WORDS, synonyms=SYNONYMS)
    assert snapshot(inc) == snapshot(fresh)
    found = [h.id for h in search(inc, "改写后的标题").hits]
    assert found == [ids[0]]
    assert ids[2] not in [h.id for h in search(inc, "", per_page=500).hits]       # hidden from ordinary searches
    assert [h.id for h in search(inc, "状态:已删除").hits] == [ids[2]]             # … found when asked for
    assert ids[3] not in [h.id for h in search(inc, "状态:已删除 OR 城管", per_page=500).hits]
    assert search(inc, "", sentiments=["positive"], per_page=500).total == \
        search(fresh, "", sentiments=["positive"], per_page=500).total


def test_update_with_nothing_new_changes_nothing(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    fill(db, 0, 10)
    update_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS)
    before = snapshot(tmp_path / "ix")
    again = update_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS)
    assert again.mode == "update" and again.indexed == 0 and again.removed == 0 and again.total == 10
    assert snapshot(tmp_path / "ix") == before


def test_change_within_the_same_second_is_indexed(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIPPINGS_NOW", "2026-11-25T08:00:00+08:00")
    db = open_archive(tmp_path / "clippings.db")
    ids = fill(db, 0, 5)
    update_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS)
    with transaction(db):  # same changed_at as the watermark
        records.update_content(db, ids[0], {"title": "同一秒内的修改", "text": "南山区夜市噪音扰民。"})
    stats = update_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS)
    assert stats.indexed == 1
    assert [h.id for h in search(tmp_path / "ix", "同一秒内的修改").hits] == [ids[0]]


def test_rebuild_swaps_generations_atomically(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    fill(db, 0, 10)
    index = tmp_path / "ix"
    update_index(db, index, user_words=WORDS, synonyms=SYNONYMS)
    first = store.current_generation(index)
    assert search(index, "").total == 10
    fill(db, 10, 15)
    rebuild_index(db, index, user_words=WORDS, synonyms=SYNONYMS)
    second = store.current_generation(index)
    assert second != first and first.exists()   # the previous one is kept for open readers
    assert search(index, "").total == 15
    rebuild_index(db, index, user_words=WORDS, synonyms=SYNONYMS)
    assert not first.exists() and second.exists()


def test_missing_index_is_reported(tmp_path):
    with pytest.raises(IndexMissing, match="clippings index"):
        search(tmp_path / "nothing", "城管")


def test_update_takes_a_profile(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    fill(db, 0, 5)
    assert update_index(db, tmp_path / "ix", PROFILE).total == 5
    assert update_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS).mode == "update"
    assert search(tmp_path / "ix", "城市管理").total == search(tmp_path / "ix", "城管").total > 0


def test_changed_dictionary_triggers_rebuild(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    fill(db, 0, 5)
    update_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS)
    stats = update_index(db, tmp_path / "ix", user_words=[*WORDS, "新词语"], synonyms=SYNONYMS)
    assert stats.mode == "rebuild"


def test_parallel_rebuild_equals_single(tmp_path, monkeypatch):
    import indexer.build as build

    db = open_archive(tmp_path / "clippings.db")
    fill(db, 0, 60)
    rebuild_index(db, tmp_path / "one", user_words=WORDS, synonyms=SYNONYMS, procs=1)
    monkeypatch.setattr(build, "PARALLEL_MIN", 1)
    rebuild_index(db, tmp_path / "two", user_words=WORDS, synonyms=SYNONYMS, procs=2)
    one, two = snapshot(tmp_path / "one"), snapshot(tmp_path / "two")
    for q in QUERIES:
        assert one[q][0] == two[q][0] and sorted(one[q][1]) == sorted(two[q][1]) and one[q][2] == two[q][2]


# --- concurrency ------------------------------------------------------------------------

def test_search_while_update_and_rebuild_run(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    fill(db, 0, 30)
    index = tmp_path / "ix"
    update_index(db, index, user_words=WORDS, synonyms=SYNONYMS)
    fill(db, 30, 230)
    errors, totals = [], []

    def writer():
        try:
            writer_db = open_archive(tmp_path / "clippings.db")
            update_index(writer_db, index, user_words=WORDS, synonyms=SYNONYMS)
            rebuild_index(writer_db, index, user_words=WORDS, synonyms=SYNONYMS)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    while thread.is_alive():
        try:
            totals.append(search(index, "城管", per_page=5).total)
        except Exception as exc:
            errors.append(exc)
            break
    thread.join()
    assert not errors
    assert totals and min(totals) >= search(index, "城管", per_page=5).total * 30 // 230
    assert search(index, "").total == 230


def test_empty_archive_gives_an_empty_index(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    stats = update_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS)
    assert stats.total == 0
    result = search(tmp_path / "ix", "城管")
    assert result.total == 0 and result.hits == [] and result.facets["sentiment"] == []
    fill(db, 0, 3)
    update_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS)
    assert search(tmp_path / "ix", "").total == 3


@pytest.mark.parametrize("whole_term_density", [0, 10**9], ids=["blocks-with-candidates", "whole-terms"])
def test_numpy_engine_matches_whoosh(tmp_path, monkeypatch, whole_term_density):
    """The numpy evaluation finds exactly what Whoosh's own matchers find, whether a phrase word's
    positions are decoded only in the blocks holding candidates or whole (and cached)."""
    import numpy as np

    import indexer.engine as engine
    from indexer.search import _handle

    monkeypatch.setattr(engine, "WHOLE_TERM_DENSITY", whole_term_density)
    monkeypatch.setattr(engine, "_cache", engine.OrderedDict())

    db = open_archive(tmp_path / "clippings.db")
    ids = fill(db, 0, 120)
    update_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS)
    with transaction(db):
        for i in ids[:10]:
            records.mark_deleted(db, i)
    update_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS)   # leaves deletions
    fill(db, 120, 140)
    update_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS)   # a second segment
    h = _handle(tmp_path / "ix")
    for text in ["城管", '"占道经营专项整治"', '"东湖区渣土车"', '"渣土车 投诉"~4', "违法建设 AND NOT 西城区",
                 "(渣土车 OR 摊主) AND 倾向:负面", '"北江区 执法队员"', "城管 AND 便民疏导点 NOT 东湖区"]:
        q = h.parser.parse(text)
        docs, scores = h.engine.evaluate(q)
        expected = np.array(sorted(set(h.searcher.docs_for_query(q))), dtype=np.int64)
        assert np.array_equal(docs, expected), text
        assert len(scores) == len(docs) and (len(docs) == 0 or scores.min() > 0)


def test_bounded_segments_and_merging_of_small_updates(tmp_path, monkeypatch):
    import indexer.parallel as parallel

    monkeypatch.setattr(parallel, "SEGMENT_DOCS", 7)
    monkeypatch.setattr(parallel, "SMALL_SEGMENT", 5)
    monkeypatch.setattr(parallel, "MAX_SMALL", 3)
    db = open_archive(tmp_path / "clippings.db")
    fill(db, 0, 60)
    rebuild_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS)

    def segment_sizes():
        _gen, ix = store.open_current(tmp_path / "ix")
        return sorted(s.doc_count_all() for s in ix._segments())

    assert segment_sizes() == [4] + [7] * 8
    sizes = []
    for start in (60, 62, 64, 66):
        fill(db, start, start + 2)
        update_index(db, tmp_path / "ix", user_words=WORDS, synonyms=SYNONYMS)
        sizes.append(segment_sizes())
    assert sizes[1] == [2, 2, 4] + [7] * 8              # full rebuild segments stay as they are
    assert sizes[2] == [7] * 8 + [10]                   # three small ones merged with the new docs
    assert sizes[3] == [2] + [7] * 8 + [10]
    assert search(tmp_path / "ix", "").total == 68
    fresh = tmp_path / "fresh"
    rebuild_index(db, fresh, user_words=WORDS, synonyms=SYNONYMS)
    assert snapshot(tmp_path / "ix") == snapshot(fresh)


def test_packed_positions_round_trip_and_decode_a_block_at_once():
    import random

    import numpy as np

    from indexer.analysis import PackedPositions
    from indexer.engine import _POS_BITS, packed_keys

    fmt = PackedPositions()
    rng = random.Random(7)
    lists = [sorted(rng.sample(range(200_000), rng.randint(1, 40))) for _ in range(50)]
    lists.append([0, 0, 3, 3, 70_000])        # stacked sub-words share a position; a gap over 65535
    values = [fmt.encode(p) for p in lists]
    assert [fmt.decode_positions(v) for v in values] == lists
    assert [fmt.decode_frequency(v) for v in values] == [len(p) for p in lists]
    ids = np.arange(100, 100 + len(lists), dtype=np.int64)
    expected = [(int(d) << _POS_BITS) + p for d, poses in zip(ids, lists) for p in poses]
    assert packed_keys(ids, values).tolist() == expected
    assert packed_keys(ids[:0], []).tolist() == []


def test_an_index_with_the_old_pickled_positions_still_answers_alike(tmp_path, monkeypatch):
    import indexer.schema
    from indexer.analysis import ChinesePositions

    db = open_archive(tmp_path / "clippings.db")
    fill(db, 0, 60)
    update_index(db, tmp_path / "packed", user_words=WORDS, synonyms=SYNONYMS)
    monkeypatch.setattr(indexer.schema, "PackedPositions", ChinesePositions)
    update_index(db, tmp_path / "pickled", user_words=WORDS, synonyms=SYNONYMS)
    for q in ['"占道经营专项整治"', '"渣土车 投诉"~4', '"东湖区渣土车"', "城管"]:
        old, new = search(tmp_path / "pickled", q, per_page=100), search(tmp_path / "packed", q, per_page=100)
        assert old.total == new.total > 0 and [h.id for h in old.hits] == [h.id for h in new.hits], q


def test_a_warm_searcher_sees_updates_and_keeps_the_readers_of_unchanged_segments(tmp_path, monkeypatch):
    """A searcher open before an update answers as a fresh rebuild does afterwards (new documents,
    changed ones, deletions committed to an old segment), and only re-opens the segments that
    changed: the first query after an update does not pay for re-reading the whole index."""
    import indexer.parallel as parallel
    from indexer.search import _handle

    monkeypatch.setattr(parallel, "SEGMENT_DOCS", 10)
    db = open_archive(tmp_path / "clippings.db")
    ids = fill(db, 0, 40)
    ix_dir = tmp_path / "ix"
    rebuild_index(db, ix_dir, user_words=WORDS, synonyms=SYNONYMS)
    snapshot(ix_dir)                                   # the handle is open and warm
    before = {r.segment().segment_id(): r for r, _ in _handle(ix_dir).searcher.reader().leaf_readers()}
    fill(db, 40, 45)
    with transaction(db):
        records.update_content(db, ids[0], {"title": "改写后的标题", "text": "东湖区渣土车夜间撒漏整改到位。"})
        records.mark_deleted(db, ids[15])
    update_index(db, ix_dir, user_words=WORDS, synonyms=SYNONYMS)
    fresh = tmp_path / "fresh"
    rebuild_index(db, fresh, user_words=WORDS, synonyms=SYNONYMS)
    assert snapshot(ix_dir) == snapshot(fresh)
    assert ids[15] not in [h.id for h in search(ix_dir, "", per_page=500).hits]
    assert [h.id for h in search(ix_dir, "改写后的标题").hits] == [ids[0]]
    after = {r.segment().segment_id(): r for r, _ in _handle(ix_dir).searcher.reader().leaf_readers()}
    kept = [sid for sid in after if sid in before and after[sid] is before[sid]]
    changed = {sid for sid in before if sid not in kept}
    assert len(before) == 4 and len(kept) == 2 and len(changed) == 2   # the segments of ids[0] and ids[15]
    assert len(after) == 5                                             # + the new segment
