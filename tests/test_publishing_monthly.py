"""《城管执法月报》 draft: each column's rule on the web test archive plus adopted 信息, a story once,
the rules file validated, the docx read back (no 期号 before 签发)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from clippings.archive import open_archive, records, transaction, users as user_store
from clippings.publishing import monthly, submissions
from tests.publishingkit import add_reporters
from tests.test_web_fixtures import SOURCES, ids, web_data, web_template  # noqa: F401


def _setup(root):
    add_reporters(root)
    db = open_archive(Path(root) / "clippings.db")
    extra = {}
    with transaction(db):
        extra["style"] = records.insert_clipping(db, {
            "url": "http://jzrb.example/s1.html", "source": "jzrb", "source_title": "江州日报网",
            "title": "城管队员雨中救助晕倒老人获点赞", "text": "南山区城管队员巡查时救助一名晕倒老人，家属送来感谢信。" * 8,
            "published_at": "2026-11-15T10:00:00+08:00", "sentiment": "positive", "district": "南山区"})
        extra["short"] = records.insert_clipping(db, {
            "url": "http://jzol.example/k1.html", "source": "jzol", "source_title": "江州在线",
            "title": "北江区夜查渣土车", "text": "北江区城管夜查渣土车，查处带泥上路6起。",
            "published_at": "2026-11-16T23:00:00+08:00", "sentiment": "neutral"})
        extra["october"] = records.insert_clipping(db, {
            "url": "http://jzcg.example/o1.html", "source": "jzcg", "source_title": "江州市城管执法局",
            "title": "十月的本局稿件", "text": "江州市城管执法局十月工作。" * 5,
            "published_at": "2026-10-15T10:00:00+08:00", "sentiment": "positive"})
    user = user_store.get_user(db, "钱信息员")
    sid = submissions.submit(db, root, user, {"title": "东湖区设置早市便民疏导点", "happened_at": "2026-11-12 09:00",
                                              "text": "东湖区在翠柳街道设置早市便民疏导点，划定摊位46个，实行定时定点经营。"},
                             submitted_at="2026-11-13T09:00:00+08:00")
    submissions.review(db, sid, "adopt", "t", use="monthly", column="districts")
    other = submissions.submit(db, root, user, {"title": "东湖区清理楼道堆物", "happened_at": "2026-11-14 09:00",
                                                "text": "东湖区城管执法大队联合街道清理老旧小区楼道堆物，清运杂物8车。"},
                               submitted_at="2026-11-14T19:00:00+08:00")
    submissions.review(db, other, "adopt", "t", use="release")       # not for the 月报
    return db, sid, extra


def test_each_column_rule(web_data):
    root, ids = web_data
    db, sid, extra = _setup(root)
    draft = monthly.build_draft(db, monthly.load_rules(), "2026-11", ["jzcg"])
    got = {k: [(e.kind, e.ref) for e in v] for k, v in draft.columns.items()}
    # 要点新闻: own source only (the October release is another month)
    assert got["key_news"] == [("clipping", ids["positive"])]
    # 城管风采: positive and about staff
    assert got["style"] == [("clipping", extra["style"])]
    # 县区动态: the adopted 信息 first, then coverage naming a district, positive/neutral, not own
    assert got["districts"][0] == ("submission", sid)
    rows = {r["id"]: r for r in db.query("SELECT id, district, sentiment, source, cluster_id FROM clippings")}
    for kind, ref in got["districts"][1:]:
        assert rows[ref]["district"] and rows[ref]["sentiment"] in ("positive", "neutral") and rows[ref]["source"] != "jzcg"
    # the 30 look-alike 巡查简报 are one story: it appears once
    filler_clusters = [rows[r]["cluster_id"] for k, r in got["districts"][1:] if rows[r]["cluster_id"]]
    assert len(filler_clusters) == len(set(filler_clusters))
    # 八面来风: outside media, positive and negative; the negative story once (its repost not again)
    outside = [r for _, r in got["outside"]]
    assert ids["negative"] in outside and ids["repost"] not in outside
    assert all(rows[r]["source"] != "jzcg" and rows[r]["sentiment"] in ("positive", "negative") for r in outside)
    # 一线快讯: short items not taken by an earlier column
    assert ("clipping", extra["short"]) in got["frontline"]
    every = [ref for v in got.values() for kind, ref in v if kind == "clipping"]
    stories = [rows[r]["cluster_id"] or f"c{r}" for r in every]
    assert len(stories) == len(set(stories))


@pytest.mark.parametrize("text, message", [
    ('[sports]\nfrom = "any"\n', "未知的栏目 sports"),
    ('[outside]\nfrom = "abroad"\n', "from 只能是"),
    ('[style]\nsentiment = ["happy"]\n', "sentiment 只能列出"),
    ('[frontline]\nmax_chars = 5\n', "max_chars 应为 20–100000"),
])
def test_rules_validated(tmp_path, text, message):
    path = tmp_path / "monthly.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(monthly.MonthlyRulesError, match=message):
        monthly.load_rules(path)


def test_monthly_command_docx(web_data):
    from docx import Document

    from clippings.cli import _load_commands, cli

    root, ids = web_data
    db, sid, extra = _setup(root)
    db.conn.close()
    _load_commands()
    out = Path(root) / "月报.docx"
    result = CliRunner().invoke(cli, ["--data-dir", str(root), "--sources", str(SOURCES), "monthly", "--month",
                                      "2026-11", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    text = [p.text for p in Document(out).paragraphs]
    assert "城管执法月报" in text and "（第　期）" in text
    headings = [t for t in text if t[:2] in ("一、", "二、", "三、", "四、", "五、")]
    assert headings == ["一、要点新闻", "二、城管风采", "三、县区动态", "四、八面来风", "五、一线快讯"]
    assert "1. 东湖区设置早市便民疏导点" in text
    assert "1. 城管队员雨中救助晕倒老人获点赞" in text
