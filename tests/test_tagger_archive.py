"""Tagging a real archive: new and changed clippings, staff corrections that survive re-tagging,
retraining on corrections changing a decision, and the tag / retag / corrections commands."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from clippings.archive import open_archive, transaction
from clippings.archive.records import content_hash, get_clipping, insert_clipping, update_content
from clippings.cli import _load_commands, cli
from clippings.config import load_profile
from clippings.paths import DEFAULT_CONFIG_DIR
from clippings.tagger import Tagger, correct, retrain, tag_archive
from clippings.tagger.training import forget_cached

NOW = "2026-11-25T09:00:00+08:00"


@pytest.fixture(scope="module")
def profile():
    return load_profile(DEFAULT_CONFIG_DIR / "bureau.toml")


@pytest.fixture(scope="module")
def shared_tagger(profile, tmp_path_factory):
    return Tagger(profile, models_dir=tmp_path_factory.mktemp("models"))


def add(db, n: int, title: str, text: str, **extra) -> int:
    with transaction(db):
        return insert_clipping(db, {"url": f"https://news.example/{n}", "source": "jzrb", "title": title,
                                    "text": text, "fetched_at": NOW, "changed_at": NOW, **extra})


@pytest.fixture
def archive(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIPPINGS_NOW", "2026-11-25T10:00:00+08:00")
    db = open_archive(tmp_path / "clippings.db")
    ids = {
        "push": add(db, 1, "摊主称遭城管推搡", "鼓楼街道一名摊主称被执法队员推搡。"),
        "rescue": add(db, 2, "摊主中暑晕倒 队员及时送医", "湖滨街道一名摊主晕倒，队员拨打120并送医。"),
        "notice": add(db, 3, "关于开展渣土车专项整治的通告", "全市开展渣土运输整治。", district="北江区"),
    }
    return db, ids


def test_tag_archive_tags_new_then_only_changed(archive, profile, shared_tagger):
    db, ids = archive
    counts = tag_archive(db, profile, tagger=shared_tagger)
    assert counts["tagged"] == 3 and counts["negative"] == 1 and counts["positive"] == 1
    row = get_clipping(db, ids["push"])
    assert row["sentiment"] == "negative" and row["tagged_by"] == "auto"
    assert any("推搡" in e for e in row["sentiment_evidence"])
    assert row["districts"] == ["西城区"] and row["district"] == "西城区"
    assert "执法形象" in row["topics"]
    assert row["changed_at"] == "2026-11-25T10:00:00+08:00"        # bumped for the search index
    notice = get_clipping(db, ids["notice"])
    assert notice["sentiment"] == "neutral"
    assert notice["district"] == "北江区" and notice["districts"] == []   # source default kept
    assert tag_archive(db, profile, tagger=shared_tagger)["tagged"] == 0
    with transaction(db):
        new = {"title": "渣土车撒漏 居民投诉无门", "text": "江北街道居民多次投诉无人管。"}
        update_content(db, ids["notice"], {**new, "content_hash": content_hash(new["title"], new["text"])})
    counts = tag_archive(db, profile, tagger=shared_tagger)
    assert counts["tagged"] == 1
    assert get_clipping(db, ids["notice"])["sentiment"] == "negative"


def test_corrections_are_stored_and_survive_retagging(archive, profile, shared_tagger):
    db, ids = archive
    tag_archive(db, profile, tagger=shared_tagger)
    topics_before = get_clipping(db, ids["rescue"])["topics"]
    assert topics_before and topics_before != ["便民服务"]
    correct(db, ids["notice"], sentiment="negative", by="张敏", note="通告引发商户不满")
    correct(db, ids["rescue"], topics=["便民服务"], district="南山区", by="李强", note=None)
    rows = list(db.query("SELECT * FROM corrections ORDER BY id"))
    assert [(r["field"], r["old_value"], r["new_value"], r["by"]) for r in rows] == [
        ("sentiment", "neutral", "negative", "张敏"),
        ("topics", json.dumps(topics_before, ensure_ascii=False), '["便民服务"]', "李强"),
        ("district", "东湖区", "南山区", "李强"),
    ]
    assert all(r["at"] == "2026-11-25T10:00:00+08:00" for r in rows)
    tag_archive(db, profile, retag_all=True, tagger=shared_tagger)
    notice = get_clipping(db, ids["notice"])
    assert notice["sentiment"] == "negative" and notice["tagged_by"] == "张敏"
    rescue = get_clipping(db, ids["rescue"])
    assert rescue["topics"] == ["便民服务"] and rescue["district"] == "南山区"
    assert rescue["sentiment"] == "positive"                  # not corrected: still tagged automatically
    push = get_clipping(db, ids["push"])
    assert push["tagged_by"] == "auto"


def test_correction_errors(archive):
    db, ids = archive
    from clippings.tagger import CorrectionError

    with pytest.raises(CorrectionError, match="找不到"):
        correct(db, 999, sentiment="negative", by="张敏")
    with pytest.raises(CorrectionError, match="情感标签"):
        correct(db, ids["push"], sentiment="bad", by="张敏")
    with pytest.raises(CorrectionError, match="更正人"):
        correct(db, ids["push"], sentiment="negative", by=" ")


def test_retraining_on_corrections_changes_a_decision(tmp_path, profile, monkeypatch):
    monkeypatch.setenv("CLIPPINGS_NOW", "2026-11-25T10:00:00+08:00")
    db = open_archive(tmp_path / "clippings.db")
    models = tmp_path / "models"
    probe = ("北站街道又冒出一排新石墩", "北站街道口昨天又立起一排新石墩，住户车辆进出要绕行。")
    before = Tagger(profile, models_dir=models).tag(*probe)
    assert before.label != "negative"
    texts = [
        ("码头街道路口立起石墩", "码头街道路口一夜之间立起石墩，住户车辆进出要绕行。"),
        ("柳林街道石墩挡路", "柳林街道小区门前新立的石墩挡住住户车辆。"),
        ("江北街道石墩占道", "江北街道人行道上又多了一排石墩，住户推车都要绕行。"),
        ("又见石墩", "东门街道口新增石墩，住户车辆只能绕行。"),
    ]
    for n, (title, text) in enumerate(texts):
        cid = add(db, 100 + n, title, text)
        correct(db, cid, sentiment="negative", by="张敏", note="石墩挡路是群众投诉的负面信息")
    report = retrain(db, profile, models)
    assert report["corrections"] == 4 and report["examples"] > 300
    assert 0 < report["cv"]["combined"]["macro_f1"] <= 1
    assert (models / "sentiment-retrained.pkl").exists()
    forget_cached()
    after = Tagger(profile, models_dir=models).tag(*probe)
    assert after.label == "negative"
    assert any("模型判断倾向负面" in e for e in after.evidence), after.evidence
    explicit = Tagger(profile, model_path=models / "sentiment-retrained.pkl").tag(*probe)
    assert explicit.label == "negative"
    with pytest.raises(FileNotFoundError):
        Tagger(profile, model_path=tmp_path / "missing.pkl")


def test_cli_tag_retag_and_corrections(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIPPINGS_NOW", "2026-11-25T10:00:00+08:00")
    monkeypatch.delenv("CLIPPINGS_DATA", raising=False)
    _load_commands()
    data = tmp_path / "data"
    db = open_archive(data / "clippings.db")
    cid = add(db, 1, "城管队员帮迷路老人回家", "翠柳街道队员护送老人回家，家属送来锦旗。")
    runner = CliRunner()
    result = runner.invoke(cli, ["--data-dir", str(data), "tag"])
    assert result.exit_code == 0, result.output
    assert "已研判 1 条" in result.output and "正面 1" in result.output
    result = runner.invoke(cli, ["--data-dir", str(data), "retag", str(cid), "负面", "--by", "张敏", "--note", "测试",
                                 "--district", "鼓楼街道", "--topics", "执法形象"])
    assert result.exit_code == 0, result.output
    assert "区县 → 西城区" in result.output
    row = get_clipping(db, cid)
    assert row["sentiment"] == "negative" and row["district"] == "西城区" and row["topics"] == ["执法形象"]
    result = runner.invoke(cli, ["--data-dir", str(data), "corrections"])
    assert "张敏" in result.output and "负面" in result.output
    for args, message in ((["retag", "999", "negative", "--by", "张敏"], "找不到"),
                          (["retag", str(cid), "很好", "--by", "张敏"], "情感标签"),
                          (["retag", str(cid), "--by", "张敏", "--district", "火星"], "未知区县"),
                          (["retag", str(cid), "--by", "张敏", "--topics", "火箭"], "未知话题")):
        result = runner.invoke(cli, ["--data-dir", str(data), *args])
        assert result.exit_code != 0 and message in result.output, result.output
        assert "Traceback" not in result.output
