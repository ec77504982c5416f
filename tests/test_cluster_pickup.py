"""Own releases' pickup report, spreading clusters, and the clusters / pickup commands."""

from __future__ import annotations

from click.testing import CliRunner

import pytest

from clippings.archive import open_archive, transaction
from clippings.archive.records import insert_clipping
from clippings.cli import _load_commands, cli
from clippings.clusters import assign_pending, pickup_report, spreading_clusters
from clippings.clusters.pickup import month_bounds
from clippings.paths import REPO_ROOT
from clippings.timeutil import parse_iso

from tests.test_clusters import DOCS, PROFILE

SOURCES = [{"name": "jzcg", "own": True}, {"name": "jzcg-wx", "own": True}, {"name": "jzrb", "own": False}]
OUTLETS = {"江州日报网": "jzrb", "江州新闻网": "jzxw", "江州晚报": "jzwb", "江州市城市管理综合行政执法局": "jzcg"}


def add(db, key: str, source: str | None = None, **over) -> int:
    d = {**DOCS[key], **over}
    with transaction(db):
        return insert_clipping(db, {
            "url": f"https://example.org/{key}/{source}", "source": source or OUTLETS[d["source_title"]],
            "source_title": d["source_title"], "title": d["title"], "text": d["text"],
            "published_at": d["published_at"], "origin_source": d.get("origin_source"),
        })


@pytest.fixture
def archive(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    ids = {
        "release": add(db, "s21"),                                   # jzcg, 11-19 15:00
        "mirror": add(db, "s21", source="jzcg-wx", source_title="江州城管公众号",
                      published_at="2026-11-19T15:30:00+08:00"),
        "s21a": add(db, "s21a"),                                     # 江州日报网, 11-19 18:00
        "s21b": add(db, "s21b"),                                     # 江州新闻网, 11-20 08:00
        "lonely": add(db, "s13", source="jzcg", source_title="江州市城市管理综合行政执法局"),
        "october": add(db, "s07", source="jzcg", source_title="江州市城市管理综合行政执法局",
                       published_at="2026-10-30T09:00:00+08:00"),
        "other": add(db, "s05"),
    }
    assign_pending(db, PROFILE)
    yield db, ids
    db.conn.close()


def test_pickup_report_lists_outlets_and_delays(archive):
    db, ids = archive
    report = pickup_report(db, SOURCES, month="2026-11")
    assert report["own_sources"] == ["jzcg", "jzcg-wx"]
    by_id = {r["id"]: r for r in report["releases"]}
    assert set(by_id) == {ids["release"], ids["lonely"]}          # mirror counted once, October excluded
    release = by_id[ids["release"]]
    assert [m["id"] for m in release["mirrors"]] == [ids["mirror"]]
    assert release["outlets"] == ["江州日报网", "江州新闻网"]
    assert [p["delay_hours"] for p in release["pickups"]] == [3.0, 17.0]
    assert by_id[ids["lonely"]]["pickups"] == []
    s = report["summary"]
    assert (s["releases"], s["picked_up"], s["rate"], s["pickups"]) == (2, 1, 0.5, 2)
    assert s["outlets"] == [("江州新闻网", 1), ("江州日报网", 1)]
    assert pickup_report(db, SOURCES, month="2026-10")["summary"]["releases"] == 1
    assert pickup_report(db, [{"name": "jzrb", "own": False}], month="2026-11")["releases"] == []


def test_release_is_first_publisher_when_reposts_name_the_bureau(archive):
    db, ids = archive
    cluster = db["clusters"].get(ids["release"])
    assert cluster["first_clipping_id"] == ids["release"]
    assert cluster["size"] == 4 and cluster["source_count"] == 4


def test_month_bounds():
    assert month_bounds("2026-12") == ("2026-12-01T00:00:00+08:00", "2027-01-01T00:00:00+08:00")
    for bad in ("2026-13", "11/2026", ""):
        with pytest.raises(ValueError):
            month_bounds(bad)


def test_spreading_clusters(archive):
    db, ids = archive
    rows = spreading_clusters(db, at=parse_iso("2026-11-20T12:00:00+08:00"))
    assert [(r["id"], r["new_members"]) for r in rows] == [(ids["release"], 4)]
    rows = spreading_clusters(db, at=parse_iso("2026-11-20T12:00:00+08:00"), hours=6)
    assert [(r["id"], r["new_members"]) for r in rows] == [(ids["release"], 1)]
    assert spreading_clusters(db, at=parse_iso("2026-11-23T12:00:00+08:00")) == []


def run(tmp_path, *args):
    _load_commands()
    return CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "--sources", str(REPO_ROOT / "config" / "sources.toml"),
                                    "--profile", str(REPO_ROOT / "config" / "bureau.toml"), *args])


def test_cli_rebuild_show_and_pickup(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIPPINGS_NOW", "2026-11-20T10:00:00+08:00")
    db = open_archive(tmp_path / "clippings.db")
    first = add(db, "s21", source="jzcg")
    add(db, "s21a")
    db.conn.close()
    result = run(tmp_path, "clusters", "assign")
    assert result.exit_code == 0 and "已归并 2 条" in result.output
    result = run(tmp_path, "clusters", "rebuild")
    assert result.exit_code == 0 and "有转载的 1 组" in result.output and "归属变化 0 条" in result.output
    result = run(tmp_path, "clusters", "show", str(first))
    assert result.exit_code == 0, result.output
    assert "首发：江州市城市管理综合行政执法局" in result.output and "江州日报网" in result.output
    result = run(tmp_path, "clusters", "spreading")
    assert result.exit_code == 0 and f"[{first}] 新增 2 条 / 共 2 条" in result.output
    result = run(tmp_path, "pickup", "--month", "2026-11")
    assert result.exit_code == 0, result.output
    assert "本局发稿 1 篇，被转载 1 篇，采用率 100%" in result.output and "江州日报网" in result.output


def test_cli_bad_input(tmp_path):
    from clippings.archive import open_archive

    open_archive(tmp_path / "clippings.db").conn.close()   # read commands need an archive
    result = run(tmp_path, "clusters", "show", "424242")
    assert result.exit_code != 0 and "没有编号为 424242 的转载组" in result.output
    result = run(tmp_path, "pickup", "--month", "2026-13")
    assert result.exit_code != 0 and "月份格式应为 YYYY-MM" in result.output
    assert "Traceback" not in result.output
