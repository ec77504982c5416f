"""Repost clusters on real archives: edited reposts merge, different stories on one topic do not,
incremental equals rebuild, first publisher, members, empty text."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from clippings.archive import open_archive, transaction
from clippings.archive.records import get_clipping, insert_clipping
from clippings.clusters import (assign_clipping, assign_pending, cluster_members, collapse_rows,
                                rebuild_clusters)
from clippings.clusters.fingerprint import clean_body, parse_fields
from clippings.config import load_profile
from clippings.paths import REPO_ROOT

FIXTURES = Path(__file__).parent / "fixtures" / "clusters"
PROFILE = load_profile(REPO_ROOT / "config" / "bureau.toml")


def load_fixture():
    docs, pairs = {}, []
    for line in (FIXTURES / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["type"] == "doc":
            docs[rec["key"]] = rec
        else:
            pairs.append((rec["a"], rec["b"], rec["same"]))
    return docs, pairs


DOCS, PAIRS = load_fixture()
SOURCE_NAMES = {"江州市城市管理综合行政执法局": "jzcg"}


def add(db, key: str, **over) -> int:
    d = {**DOCS[key], **over}
    source = SOURCE_NAMES.get(d["source_title"], "s%05d" % (sum(map(ord, d["source_title"])) % 99999))
    with transaction(db):
        return insert_clipping(db, {
            "url": f"https://example.org/{key}/{random.random()}", "source": source,
            "source_title": d["source_title"], "title": d["title"], "text": d["text"],
            "published_at": d.get("published_at"), "origin_source": d.get("origin_source"),
            "original_title": d.get("original_title"), "changed_at": "2026-11-01T00:00:00+08:00",
        })


@pytest.fixture
def db(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    yield db
    db.conn.close()


def partition(db) -> dict[int, int]:
    return dict(db.execute("SELECT id, cluster_id FROM clippings ORDER BY id").fetchall())


def test_boilerplate_lines_are_stripped_and_parsed():
    text = "原标题：旧标题在此\n本报讯（记者 陈晓峰 通讯员 刘畅）11月2日晚，东湖区开展整治。\n第二段。\n来源：江州日报\n责任编辑：李娜"
    assert clean_body(text) == "11月2日晚，东湖区开展整治。\n第二段。"
    assert parse_fields(text) == {"original_title": "旧标题在此", "origin_source": "江州日报"}


def test_edited_reposts_merge(db):
    ids = {k: add(db, k) for k in ("s01", "s01a", "s01b", "s04", "s04a", "s04b")}
    assert assign_pending(db, PROFILE) == 6
    clusters = partition(db)
    assert clusters[ids["s01"]] == clusters[ids["s01a"]] == clusters[ids["s01b"]] == ids["s01"]
    assert clusters[ids["s04"]] == clusters[ids["s04a"]] == clusters[ids["s04b"]] == ids["s04"]
    assert clusters[ids["s01"]] != clusters[ids["s04"]]
    row = db["clusters"].get(ids["s01"])
    assert row["size"] == 3 and row["source_count"] == 3


@pytest.mark.parametrize("a,b", [
    ("s01", "s03"),    # same 夜市占道 press template, 东湖区 vs 南山区
    ("s01", "s02"),    # two 占道经营 crackdowns in different districts
    ("s04", "s22"),    # two 渣土车撒漏 accidents written alike, 北江区 vs 经开区
    ("s04", "s05"),    # two different 渣土车 accidents
    ("s04", "s23"),    # the follow-up report on the same accident is a new article
])
def test_different_stories_on_one_topic_do_not_merge(db, a, b):
    ia, ib = add(db, a), add(db, b)
    assign_pending(db, PROFILE)
    assert get_clipping(db, ia)["cluster_id"] != get_clipping(db, ib)["cluster_id"]


def test_labelled_pairs_precision_and_recall(db):
    ids = {k: add(db, k) for k in sorted(DOCS, key=lambda k: (DOCS[k]["published_at"], k))}
    assign_pending(db, PROFILE)
    clusters = partition(db)
    same = {(a, b): clusters[ids[a]] == clusters[ids[b]] for a, b, _ in PAIRS}
    tp = sum(1 for a, b, truth in PAIRS if truth and same[a, b])
    fp = sum(1 for a, b, truth in PAIRS if not truth and same[a, b])
    positives = sum(1 for *_, truth in PAIRS if truth)
    assert len(PAIRS) >= 60 and positives >= 30 and len(PAIRS) - positives >= 30
    assert tp / (tp + fp) >= 0.95
    assert tp / positives >= 0.95


def test_incremental_equals_rebuild(db):
    keys = list(DOCS)
    random.Random(3).shuffle(keys)
    ids = {}
    for k in keys:                      # archived one by one, each clustered as it arrives
        ids[k] = add(db, k)
        assign_clipping(db, ids[k], PROFILE)
    incremental = partition(db)
    changed_before = dict(db.execute("SELECT id, changed_at FROM clippings").fetchall())
    stats = rebuild_clusters(db, PROFILE)
    assert partition(db) == incremental
    assert stats["moved"] == 0 and stats["clippings"] == len(DOCS)
    # nothing moved, so nothing needs reindexing
    assert dict(db.execute("SELECT id, changed_at FROM clippings").fetchall()) == changed_before
    # cluster ids are the smallest member id
    for cid in set(incremental.values()):
        assert cid == min(i for i, c in incremental.items() if c == cid)


def test_bridging_clipping_merges_clusters_and_bumps_changed_at(db, monkeypatch):
    paras = DOCS["s07"]["text"].split("\n")
    first = add(db, "s07", text="\n".join(paras[:2]), title="片段一")
    second = add(db, "s07", text="\n".join(paras[2:]), title="片段二")
    assign_pending(db, PROFILE)
    assert get_clipping(db, first)["cluster_id"] != get_clipping(db, second)["cluster_id"]
    monkeypatch.setenv("CLIPPINGS_NOW", "2026-11-20T10:00:00+08:00")
    full = add(db, "s07")
    assert assign_clipping(db, full, PROFILE) == first
    assert {get_clipping(db, i)["cluster_id"] for i in (first, second, full)} == {first}
    assert get_clipping(db, second)["changed_at"] == "2026-11-20T10:00:00+08:00"
    assert db["clusters"].count == 1 and db["clusters"].get(first)["size"] == 3
    before = partition(db)                      # and a rebuild agrees
    rebuild_clusters(db, PROFILE)
    assert partition(db) == before


def test_first_publisher_is_earliest_without_source_line(db):
    late = add(db, "s02", published_at="2026-11-05T16:20:00+08:00")
    early = add(db, "s02b", text=DOCS["s02"]["text"], published_at="2026-11-05T09:00:00+08:00")
    assign_pending(db, PROFILE)
    cluster = db["clusters"].get(min(late, early))
    assert cluster["first_clipping_id"] == early
    assert cluster["first_source"] == "西城区人民政府网"
    assert cluster["origin_named"] is None


def test_first_publisher_prefers_the_outlet_named_by_laiyuan(db):
    # the repost carries an earlier (wrong) time, but its 来源 line names 江州晚报
    original = add(db, "s04", published_at="2026-11-08T21:40:00+08:00")
    repost = add(db, "s04a", published_at="2026-11-08T07:00:00+08:00", origin_source=None)
    assign_pending(db, PROFILE)
    cluster = db["clusters"].get(min(original, repost))
    assert cluster["first_clipping_id"] == original
    assert cluster["origin_named"] == "江州晚报"
    assert cluster["first_seen"] == "2026-11-08T07:00:00+08:00"
    assert cluster["last_seen"] == "2026-11-08T21:40:00+08:00"


def test_cluster_members(db):
    ids = [add(db, k) for k in ("s13", "s13a", "s13b", "s14")]
    assign_pending(db, PROFILE)
    members = cluster_members(db, ids[0])
    assert [m["id"] for m in members] == ids[:3]            # oldest first
    assert [m["is_first"] for m in members] == [True, False, False]
    assert set(members[0]) == {"id", "title", "source", "source_title", "url", "published_at", "is_first"}
    assert members[1]["source_title"] == "江州新闻网"
    assert cluster_members(db, 999999) == []
    collapsed = collapse_rows(db, [dict(get_clipping(db, i)) for i in ids])
    assert [r["id"] for r in collapsed] == [ids[0], ids[3]]
    assert collapsed[0]["repost_note"] == "另有 2 家媒体转载" and collapsed[1]["repost_note"] == ""


def test_empty_text_gets_its_own_cluster(db):
    a = add(db, "s01", text="", title="东湖区湖滨街道集中整治夜市占道经营")
    b = add(db, "s01", text="", title="东湖区湖滨街道集中整治夜市占道经营")
    c = add(db, "s01")
    assert assign_pending(db, PROFILE) == 3
    clusters = partition(db)
    assert len({clusters[a], clusters[b], clusters[c]}) == 3
    assert db.execute("SELECT COUNT(*) FROM cluster_bands WHERE clipping_id IN (?, ?)", [a, b]).fetchone()[0] == 0
    assert db["clusters"].get(a)["size"] == 1


def test_changed_text_is_refingerprinted(db):
    a, b = add(db, "s09"), add(db, "s10")
    assign_pending(db, PROFILE)
    assert get_clipping(db, a)["cluster_id"] != get_clipping(db, b)["cluster_id"]
    with transaction(db):   # the page of b was updated to carry the s09 story
        db.execute("UPDATE clippings SET text = ?, title = ? WHERE id = ?",
                   [DOCS["s09a"]["text"], DOCS["s09a"]["title"], b])
    assert assign_clipping(db, b, PROFILE) == a
    assert db.execute("SELECT COUNT(*) FROM clusters").fetchone()[0] == 1
    # its old band keys are gone: only the new fingerprint is stored
    keys = db.execute("SELECT COUNT(*) FROM cluster_bands WHERE clipping_id = ?", [b]).fetchone()[0]
    assert keys == len(features_of(DOCS["s09a"]["text"], get_clipping(db, b)["title"]).keys)


def features_of(text, title):
    from clippings.clusters.fingerprint import Gazetteer, features

    return features({"id": 0, "title": title, "text": text}, Gazetteer(PROFILE))


def test_signature_estimate_tracks_exact_containment():
    from clippings.clusters.match import estimated_containment, similarity

    pairs = [("s01", "s01a"), ("s07", "s07b"), ("s01", "s03"), ("s13", "s14")]
    for x, y in pairs:
        fa, fb = features_of(DOCS[x]["text"], ""), features_of(DOCS[y]["text"], "")
        exact = similarity(fa, fb)[0]
        est = estimated_containment(fa.sig, len(fa.shingles), fb.sig, len(fb.shingles))
        assert abs(est - exact) < 0.25, (x, y, est, exact)


def test_is_spreading():
    from clippings.clusters import is_spreading
    from clippings.timeutil import parse_iso

    at = parse_iso("2026-11-20T12:00:00+08:00")
    assert is_spreading({"size": 3, "last_seen": "2026-11-20T01:00:00+08:00"}, at)
    assert not is_spreading({"size": 3, "last_seen": "2026-11-18T01:00:00+08:00"}, at)
    assert not is_spreading({"size": 1, "last_seen": "2026-11-20T11:00:00+08:00"}, at)


def test_roundup_quoting_two_briefs_does_not_chain_them(db):
    brief_a = DOCS["s13"]["text"].split("\n")[0]
    brief_b = DOCS["s19"]["text"].split("\n")[0]
    filler = DOCS["s21"]["text"] + "\n" + DOCS["s18"]["text"]      # a weekly roundup of several items
    a = add(db, "s13", text=brief_a + "\n" + DOCS["s13"]["text"].split("\n")[1])
    b = add(db, "s19", text=brief_b + "\n" + DOCS["s19"]["text"].split("\n")[1])
    roundup = add(db, "s21", title="一周城管动态", text="\n".join([brief_a, DOCS["s13"]["text"].split("\n")[1],
                                                              brief_b, DOCS["s19"]["text"].split("\n")[1], filler]))
    assign_pending(db, PROFILE)
    clusters = partition(db)
    assert clusters[a] != clusters[b]
    assert clusters[roundup] not in (clusters[a], clusters[b])


def test_a_clipping_placed_meanwhile_is_not_placed_twice(db):
    from clippings.clusters.assign import Assigner

    ids = [add(db, k) for k in ("s05", "s05a")]
    stale = Assigner(db, PROFILE)             # e.g. a second assign_pending that listed the same ids
    assert assign_pending(db, PROFILE) == 2
    assert stale.run(ids) == 0
    assert db["clusters"].count == 1 and db["clusters"].get(ids[0])["size"] == 2
