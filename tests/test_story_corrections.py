"""Labels belong to the story: a correction on any repost applies to the whole cluster (and to reposts
that join it later), an explicit one-item correction stays as it is, and reports count the corrected story."""

from __future__ import annotations

from datetime import date

import pytest

from clippings.archive import open_archive, tags as tag_sql, transaction
from clippings.config import load_profile
from clippings.paths import DEFAULT_CONFIG_DIR
from clippings.reports import build_report
from clippings.tagger import correct, inherit_story_corrections
from clippings.tagger.workflow import training_examples
from tests.test_briefing import add, cluster


@pytest.fixture
def db(tmp_path):
    return open_archive(tmp_path / "clippings.db")


def _sentiments(db, ids):
    return [next(db.query("SELECT sentiment FROM clippings WHERE id = ?", [i]))["sentiment"] for i in ids]


def test_a_correction_reaches_every_repost_but_not_an_item_override(db):
    a, b, c = (add(db, published_at=f"2026-11-25T0{h}:00:00+08:00", sentiment="negative", title="城管推搡摊贩",
                   source_title=o) for h, o in ((8, "甲网"), (9, "乙网"), (10, "丙网")))
    cluster(db, [a, b, c])
    assert correct(db, b, sentiment="neutral", by="李干事", note="系正常执法报道") == [a, b, c]
    assert _sentiments(db, [a, b, c]) == ["neutral", "neutral", "neutral"]
    rows = {r["clipping_id"]: r for r in tag_sql.list_corrections(db)}
    assert rows[b]["scope"] == "story" and rows[a]["story_of"] == b and "随同一报道（第" in rows[a]["note"]
    # one item corrected on its own keeps its label when the story is corrected again
    assert correct(db, c, sentiment="negative", by="赵科长", story=False) == [c]
    correct(db, a, sentiment="positive", by="李干事")
    assert _sentiments(db, [a, b, c]) == ["positive", "positive", "negative"]
    # training counts each judged item once, not every repost a story correction reached
    _, n = training_examples(db)
    assert n == 2                                     # a (story, judged on a) and c (item)


def test_reposts_that_join_later_inherit_the_story_correction(db):
    a = add(db, published_at="2026-11-25T08:00:00+08:00", sentiment="negative", title="渣土车撒漏")
    b = add(db, published_at="2026-11-25T09:00:00+08:00", sentiment="negative", title="转：渣土车撒漏",
            source_title="乙网")
    cid = cluster(db, [a, b])
    correct(db, a, sentiment="neutral", by="李干事")
    late = add(db, published_at="2026-11-25T20:00:00+08:00", sentiment="negative", title="渣土车撒漏",
               source_title="丙网")
    with transaction(db):
        db["clippings"].update(late, {"cluster_id": cid})
    assert inherit_story_corrections(db) == 1 and _sentiments(db, [late]) == ["neutral"]
    assert inherit_story_corrections(db) == 0         # idempotent


def test_the_report_counts_the_corrected_story(db):
    profile = load_profile(DEFAULT_CONFIG_DIR / "bureau.toml")
    ids = [add(db, published_at=f"2026-11-25T1{h}:00:00+08:00", sentiment="negative", title="南山区累计拆除违建7000平方米",
               source_title=o, district="南山区") for h, o in ((0, "甲网"), (1, "乙网"), (2, "丙网"))]
    cluster(db, ids)
    before = build_report(db, profile, date(2026, 11, 25), date(2026, 11, 25))
    assert [s.title for s in before.top_negative] == ["南山区累计拆除违建7000平方米"]
    correct(db, ids[1], sentiment="positive", by="李干事", note="成效报道")
    after = build_report(db, profile, date(2026, 11, 25), date(2026, 11, 25))
    assert after.top_negative == [] and after.totals.negative == 0 and after.totals.positive == 3
    south = next(d for d in after.by_district if d.name == "南山区")
    assert south.extra["top_negative"] == "—"
