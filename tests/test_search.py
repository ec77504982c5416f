"""Search over a real index built from a real archive: phrases, highlights, synonyms, filters,
facets, sorting, collapsing, malformed queries, and the CLI outputs (table, JSON, CSV with BOM)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from clippings.archive import open_archive, records, transaction
from clippings.config import load_profile
from clippings.paths import config_path
from indexer.build import update_index
from indexer.search import QueryError, search

REPO = Path(__file__).resolve().parent.parent

CLIPPINGS = [
    # (key, fields)
    ("prc", dict(title="国庆长假江州市容整洁有序", text="中华人民共和国成立七十五周年之际，东湖区城管执法局开展占道经营专项整治。",
                 source="jzrb", source_title="江州日报网", published_at="2026-10-01T09:00:00+08:00",
                 sentiment="positive", district="东湖区", topics=["占道经营"])),
    ("apart", dict(title="共和国的故事", text="共和国的历史上，许多城市在那一年先后成立了管理机构。",
                   source="jzwb", source_title="江州晚报", published_at="2026-10-02T09:00:00+08:00",
                   sentiment="neutral", district="西城区")),
    ("zhandao", dict(title="占道经营屡禁不止", text="西城区解放路街道夜市摊贩占道经营，市民出行不便。城管队员多次劝导。",
                     source="jzbbs", source_title="江州论坛", kind="forum", published_at="2026-11-03T21:00:00+08:00",
                     sentiment="negative", district="西城区", topics=["占道经营", "流动摊贩"], cluster_id=7)),
    ("zhandao-repost", dict(title="占道经营屡禁不止（转载）", text="西城区解放路街道夜市摊贩占道经营，市民出行不便。城管队员多次劝导。",
                            source="rmw", source_title="人民网地方频道", published_at="2026-11-04T08:00:00+08:00",
                            sentiment="negative", district="西城区", topics=["占道经营"], cluster_id=7)),
    ("zhatu", dict(title="渣土车夜间撒漏谁来管", text="北江区渣土车夜间运输撒漏严重，市民投诉城市管理部门。",
                   source="jzbbs", source_title="江州论坛", kind="forum", published_at="2026-11-10T23:00:00+08:00",
                   sentiment="negative", district="北江区", topics=["渣土运输"])),
    ("zhatu-day", dict(title="工地管理新规", text="南山区要求渣土车白天不得进入主城区，夜间运输需办理许可。",
                       source="jzrb", source_title="江州日报网", published_at="2026-11-11T10:00:00+08:00",
                       sentiment="neutral", district="南山区", topics=["渣土运输"])),
    ("zonghe", dict(title="综合执法队员暖心帮扶", text="西城区综合执法队员为摊主设立便民疏导点。<script>alert(1)</script>",
                    source="jzwb", source_title="江州晚报", published_at="2026-11-12T10:00:00+08:00",
                    sentiment="positive", district="西城区", topics=["便民服务"])),
    ("baoli", dict(title="网传城管暴力执法？官方通报", text="针对网传视频，江州城管回应：涉事队员推搡摊主，已停职调查。暴力执法零容忍。",
                   source="xhw", source_title="新华网", published_at="2026-11-20T12:00:00+08:00",
                   sentiment="negative", district="东湖区", topics=["执法形象"])),
]


def build(tmp: Path):
    db = open_archive(tmp / "clippings.db")
    ids = {}
    with transaction(db):
        for key, fields in CLIPPINGS:
            ids[key] = records.insert_clipping(db, {"url": f"https://example.cn/{key}", **fields})
    profile = load_profile(config_path("bureau.toml"))
    update_index(db, tmp / "index", user_words=profile.user_words(), synonyms=profile.synonyms)
    return db, ids, tmp / "index"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return build(tmp_path_factory.mktemp("search"))


def ids_of(result):
    return [h.id for h in result.hits]


def test_phrase_matches_inside_a_longer_word_but_not_apart(archive):
    _, ids, index = archive
    found = ids_of(search(index, '"共和国成立"'))
    assert found == [ids["prc"]]          # 中华人民共和国成立 contains it
    assert ids["apart"] not in found      # 共和国…成立 far apart does not


def test_phrase_highlight_marks_the_phrase(archive):
    _, ids, index = archive
    hit = search(index, '"占道经营"', sort="newest").hits[0]
    assert "<mark>占道经营</mark>" in hit.snippet
    assert "<mark>占道经营</mark>" in hit.title_html
    prc = [h for h in search(index, '"共和国成立"').hits][0]
    assert "<mark>共和国成立</mark>" in prc.snippet


def test_user_dictionary_term(archive):
    _, ids, index = archive
    assert ids_of(search(index, "城管执法局")) == [ids["prc"]]
    assert set(ids_of(search(index, "暴力执法"))) == {ids["baoli"]}


def test_synonyms_expand_plain_words(archive):
    _, ids, index = archive
    found = set(ids_of(search(index, "城市管理", per_page=50)))
    # 城管 (prc via 城管执法局? no: whole word), 城管 in zhandao, 城市管理 in zhatu, 综合执法 in zonghe
    assert {ids["zhandao"], ids["zhatu"], ids["zonghe"], ids["baoli"]} <= found
    assert ids_of(search(index, '"城市管理"')) == [ids["zhatu"]]  # quoted: exact
    assert ids["zhatu"] in ids_of(search(index, "泥头车"))      # 渣土车 ⇄ 泥头车


def test_boolean_operators_and_fields(archive):
    _, ids, index = archive
    assert set(ids_of(search(index, "渣土车 AND 夜间"))) == {ids["zhatu"], ids["zhatu-day"]}
    assert ids_of(search(index, "渣土车 NOT 南山区")) == [ids["zhatu"]]
    assert set(ids_of(search(index, "暴力执法 OR 便民疏导点"))) == {ids["baoli"], ids["zonghe"]}
    assert ids_of(search(index, "标题:工地")) == [ids["zhatu-day"]]
    assert ids_of(search(index, "(渣土车 OR 暴力执法) AND 倾向:负面 AND 北江区")) == [ids["zhatu"]]
    assert ids_of(search(index, '"渣土车 撒漏"~3')) == [ids["zhatu"]]


def test_snippets_are_html_escaped(archive):
    _, ids, index = archive
    hit = search(index, "alert").hits[0]
    assert "&lt;script&gt;" in hit.snippet and "<script>" not in hit.snippet


@pytest.mark.parametrize("kwargs, expected", [
    ({"since": "2026-11-10"}, {"zhatu", "zhatu-day", "zonghe", "baoli"}),
    ({"until": "2026-10-02"}, {"prc", "apart"}),
    ({"since": "2026-11-03", "until": "2026-11-04"}, {"zhandao", "zhandao-repost"}),
    ({"sources": ["jzbbs"]}, {"zhandao", "zhatu"}),
    ({"sources": ["江州日报网"]}, {"prc", "zhatu-day"}),
    ({"kinds": ["forum"]}, {"zhandao", "zhatu"}),
    ({"kinds": ["论坛"]}, {"zhandao", "zhatu"}),
    ({"sentiments": ["negative"]}, {"zhandao", "zhandao-repost", "zhatu", "baoli"}),
    ({"sentiments": ["正面"]}, {"prc", "zonghe"}),
    ({"topics": ["渣土运输"]}, {"zhatu", "zhatu-day"}),
    ({"districts": ["东湖区"]}, {"prc", "baoli"}),
    ({"districts": ["西城区"], "sentiments": ["negative"]}, {"zhandao", "zhandao-repost"}),
])
def test_each_filter(archive, kwargs, expected):
    _, ids, index = archive
    result = search(index, "", per_page=50, **kwargs)
    assert set(ids_of(result)) == {ids[k] for k in expected}
    assert result.total == len(expected)


def test_filter_combines_with_query(archive):
    _, ids, index = archive
    assert ids_of(search(index, "渣土车", since="2026-11-11")) == [ids["zhatu-day"]]


def test_facets_count_all_matches(archive):
    _, _, index = archive
    result = search(index, "", per_page=1)
    sentiment = {d["value"]: d["count"] for d in result.facets["sentiment"]}
    assert sentiment == {"negative": 4, "positive": 2, "neutral": 2}
    labels = {d["label"] for d in result.facets["sentiment"]}
    assert labels == {"负面", "正面", "中性"}
    source = {d["label"]: d["count"] for d in result.facets["source"]}
    assert source == {"江州日报网": 2, "江州晚报": 2, "江州论坛": 2, "人民网地方频道": 1, "新华网": 1}
    district = {d["value"]: d["count"] for d in search(index, "渣土车").facets["district"]}
    assert district == {"北江区": 1, "南山区": 1}


def test_source_facet_groups_configured_sources_by_outlet(tmp_path):
    """Three configured sources of one outlet (list pages, feed, sitemap) are one 来源 entry."""
    db = open_archive(tmp_path / "clippings.db")
    with transaction(db):
        for n, source in enumerate(["jzol", "jzol_rss", "jzol_sitemap", "jzol", "jzrb"]):
            records.insert_clipping(db, {"url": f"https://example.cn/{n}", "source": source,
                                         "source_title": "江州日报网" if source == "jzrb" else "江州在线",
                                         "title": f"城管执法第{n}则", "text": "城管执法局开展整治。",
                                         "published_at": f"2026-11-2{n}T09:00:00+08:00"})
    profile = load_profile(config_path("bureau.toml"))
    update_index(db, tmp_path / "index", user_words=profile.user_words(), synonyms=profile.synonyms)
    facet = search(tmp_path / "index", "城管").facets["source"]
    assert [(d["label"], d["count"]) for d in facet] == [("江州在线", 4), ("江州日报网", 1)]
    # the facet's value narrows to the outlet, all three configured sources included
    assert search(tmp_path / "index", "城管", sources=[facet[0]["value"]]).total == 4


def test_sort_newest_and_relevance(archive):
    _, ids, index = archive
    newest = search(index, "", sort="newest", per_page=50)
    dates = [h.published_at for h in newest.hits]
    assert dates == sorted(dates, reverse=True)
    relevant = search(index, "占道经营")
    # title matches are boosted above a text-only match
    assert relevant.hits[-1].id == ids["prc"]
    assert relevant.hits[0].score >= relevant.hits[-1].score


def test_pagination(archive):
    _, _, index = archive
    all_ids = ids_of(search(index, "", sort="newest", per_page=50))
    pages = [ids_of(search(index, "", sort="newest", page=p, per_page=3)) for p in (1, 2, 3)]
    assert sum(pages, []) == all_ids
    assert search(index, "", per_page=3).pages == 3


def test_collapse_reposts(archive):
    _, ids, index = archive
    result = search(index, "占道经营", sort="newest", collapse=True)
    assert result.total == 3 and result.groups == 2
    first = result.hits[0]
    assert first.id == ids["zhandao-repost"] and first.reposts == 1
    assert first.repost_sources == ["江州论坛"]


@pytest.mark.parametrize("bad", ['"占道经营', "(渣土车 OR 夜间", "渣土车 )", "AND 城管", "城管 AND", "城管 OR OR 摊贩",
                                 "作者:张三", "标题:", "()", "，。！", "\ud800", "城管\udc00*"])
def test_malformed_queries_raise_chinese_errors(archive, bad):
    _, _, index = archive
    with pytest.raises(QueryError) as err:
        search(index, bad)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(err.value))


def test_bad_date_and_sort(archive):
    _, _, index = archive
    with pytest.raises(QueryError, match="日期"):
        search(index, "城管", since="11/01")
    with pytest.raises(QueryError, match="排序"):
        search(index, "城管", sort="oldest")


# --- CLI -------------------------------------------------------------------------------------

def run_cli(args):
    from clippings.cli import _load_commands, cli

    _load_commands()
    return CliRunner().invoke(cli, args)


def test_cli_table_json_csv_count(archive, tmp_path):
    _, ids, index = archive
    data = str(index.parent)
    table = run_cli(["--data-dir", data, "search", "渣土车", "--sort", "newest"])
    assert table.exit_code == 0, table.output
    assert "发布时间" in table.output and "渣土车夜间撒漏谁来管" in table.output and "倾向：" in table.output

    js = run_cli(["--data-dir", data, "search", '"占道经营"', "--json"])
    lines = [json.loads(line) for line in js.output.splitlines()]
    assert {row["id"] for row in lines} == {ids["prc"], ids["zhandao"], ids["zhandao-repost"]}
    assert set(lines[0]) >= {"id", "title", "url", "source", "published_at", "sentiment", "snippet", "score"}

    out = tmp_path / "hits.csv"
    run_cli(["--data-dir", data, "search", "渣土车", "--csv", "-o", str(out)])
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["编号", "标题", "链接"] and len(rows) == 3
    assert "<mark>" not in raw.decode("utf-8-sig")

    count = run_cli(["--data-dir", data, "search", "渣土车", "--district", "北江区", "--count"])
    assert count.output.strip() == "1"


def test_cli_bad_query_is_a_chinese_message(archive):
    _, _, index = archive
    result = run_cli(["--data-dir", str(index.parent), "search", '"占道经营'])
    assert result.exit_code != 0
    assert "错误：" in result.output and "引号" in result.output
    assert "Traceback" not in result.output


def test_cli_without_index(tmp_path):
    result = run_cli(["--data-dir", str(tmp_path), "search", "城管"])
    assert result.exit_code != 0 and "clippings index" in result.output


def test_search_cli_script(archive):
    _, ids, index = archive
    proc = subprocess.run([sys.executable, str(REPO / "search_cli.py"), "暴力执法", "--data-dir", str(index.parent),
                           "--json"], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["id"] == ids["baoli"]
