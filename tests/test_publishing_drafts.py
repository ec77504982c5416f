"""Stored 月报 / 参阅件 drafts: entries edited and removed (original kept), the 送审 → 审核 → 签发 chain
with each role's rights, 退回 with a comment, 期号 at 签发 (next of its kind in the year), audit
entries, the docx read back, and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from clippings.archive import open_archive, users as user_store
from clippings.cli import _load_commands, cli
from clippings.publishing import drafts
from clippings.publishing.briefs import build_brief
from clippings.publishing.drafts import DraftError
from clippings.publishing.monthly import build_draft, load_rules
from clippings.vocabulary import AUDIT_ACTIONS, BRIEF_TO_FILL
from tests.publishingkit import add_reporters
from tests.test_web_fixtures import USERS, ids, web_data, web_template  # noqa: F401


@pytest.fixture
def world(web_data):
    root, ids = web_data
    add_reporters(root)
    db = open_archive(Path(root) / "clippings.db")
    people = {role: user_store.get_user(db, name) for role, name in USERS.items()}
    people["reporter"] = user_store.get_user(db, "钱信息员")
    return root, db, people, ids


def _monthly(db, month="2026-11"):
    return build_draft(db, load_rules(), month, ["jzcg"])


def test_roles_and_chain(world):
    root, db, p, ids = world
    for role in ("reviewer", "leader", "admin", "reporter"):
        with pytest.raises(DraftError, match="无权编辑月报"):
            drafts.create_monthly(db, _monthly(db), p[role])
    did = drafts.create_monthly(db, _monthly(db), p["staff"])
    d = drafts.get(db, did)
    assert d["status"] == "draft" and d["number"] is None and d["entries"]
    entry = d["entries"][0]
    for role in ("reviewer", "leader", "reporter"):
        with pytest.raises(DraftError, match="无权"):
            drafts.edit_entry(db, entry["id"], p[role], "改")
        with pytest.raises(DraftError, match="无权送审"):
            drafts.submit(db, did, p[role])
    with pytest.raises(DraftError, match="不能审核"):
        drafts.review(db, did, p["reviewer"])          # not sent yet
    drafts.submit(db, did, p["staff"])
    with pytest.raises(DraftError, match="已送审，请先退回"):
        drafts.remove_entry(db, entry["id"], p["staff"])
    for role in ("staff", "leader", "admin", "reporter"):
        with pytest.raises(DraftError, match="无权审核"):
            drafts.review(db, did, p[role])
    with pytest.raises(DraftError, match="尚未审核"):
        drafts.sign_off(db, did, p["leader"])
    with pytest.raises(DraftError, match="请填写退回意见"):
        drafts.return_draft(db, did, p["reviewer"], "  ")
    with pytest.raises(DraftError, match="无权退回"):
        drafts.return_draft(db, did, p["staff"], "不行")
    back = drafts.return_draft(db, did, p["reviewer"], "县区动态再补两条")
    assert back["status"] == "draft" and back["return_comment"] == "县区动态再补两条"
    drafts.submit(db, did, p["staff"])
    drafts.review(db, did, p["reviewer"])
    with pytest.raises(DraftError, match="不能退回"):
        drafts.return_draft(db, did, p["reviewer"], "再看看")   # reviewed: only the leader returns it
    for role in ("staff", "reviewer", "admin"):
        with pytest.raises(DraftError, match="无权签发"):
            drafts.sign_off(db, did, p[role])
    signed = drafts.sign_off(db, did, p["leader"])
    assert (signed["status"], signed["number"], signed["signed_by"]) == ("signed", 1, "张局长")
    with pytest.raises(DraftError, match="已签发，不能再修改"):
        drafts.edit_entry(db, entry["id"], p["staff"], "改")
    with pytest.raises(DraftError, match="已由 张局长 签发"):
        drafts.sign_off(db, did, p["leader"])
    with pytest.raises(DraftError, match="已有稿件"):
        drafts.create_monthly(db, _monthly(db), p["staff"], replace=True)
    actions = [a["action"] for a in user_store.list_audit(db) if a["action"].startswith("draft_")]
    assert sorted(set(actions)) == ["draft_create", "draft_return", "draft_review", "draft_sign", "draft_submit"]
    assert all(a in AUDIT_ACTIONS for a in actions)


def _sign(db, p, did):
    drafts.submit(db, did, p["staff"])
    drafts.review(db, did, p["reviewer"])
    return drafts.sign_off(db, did, p["leader"])


def test_numbers_at_signing_per_kind_and_year(world):
    root, db, p, ids = world
    from clippings.publishing.monthly import Draft

    empty = drafts.create_monthly(db, _monthly(db, "2026-09"), p["staff"])   # nothing archived in September
    with pytest.raises(DraftError, match="没有任何条目"):
        drafts.submit(db, empty, p["staff"])
    columns = _monthly(db, "2026-11").columns
    nov = drafts.create_monthly(db, _monthly(db, "2026-11"), p["staff"])
    octo = drafts.create_monthly(db, Draft("2026-10", columns), p["staff"])
    dec25 = drafts.create_monthly(db, Draft("2025-12", columns), p["staff"])
    cluster = db.execute("SELECT cluster_id FROM clippings WHERE id = ?", [ids["negative"]]).fetchone()[0]
    brief = drafts.create_brief(db, build_brief(db, cluster), p["staff"])
    # signing order, not month order, gives the numbers; each kind and year counts on its own
    assert _sign(db, p, nov)["number"] == 1
    assert _sign(db, p, brief)["number"] == 1
    assert _sign(db, p, octo)["number"] == 2
    assert _sign(db, p, dec25)["number"] == 1
    assert drafts.issue_text(drafts.get(db, octo)) == "2026年第2期"


def test_entries_edited_removed_and_docx(world, tmp_path):
    root, db, p, ids = world
    did = drafts.create_monthly(db, _monthly(db), p["staff"])
    entries = drafts.get(db, did)["entries"]
    first, second = entries[0], entries[1]
    with pytest.raises(DraftError, match="请填写标题"):
        drafts.edit_entry(db, first["id"], p["staff"], "  ")
    drafts.edit_entry(db, first["id"], p["staff"], "市城管执法局占道经营专项整治见成效", "设置便民疏导点12处。")
    drafts.remove_entry(db, second["id"], p["staff"])
    with pytest.raises(DraftError, match="没有编号为"):
        drafts.remove_entry(db, second["id"], p["staff"])
    d = drafts.get(db, did)
    edited = next(e for e in d["entries"] if e["id"] == first["id"])
    assert (edited["title"], edited["original_title"]) == ("市城管执法局占道经营专项整治见成效", first["title"])
    assert second["id"] not in [e["id"] for e in d["entries"]] and len(d["entries"]) == len(entries) - 1
    out = drafts.render_draft(d, "江州市城管执法局", tmp_path / "draft.docx")
    text = [x.text for x in Document(str(out)).paragraphs]
    assert "（第　期）" in text
    assert "1. 市城管执法局占道经营专项整治见成效" in text and "设置便民疏导点12处。" in text
    assert not any(second["title"] in t for t in text)
    signed = _sign(db, p, did)
    text = [x.text for x in Document(str(drafts.render_draft(signed, "江州市城管执法局", tmp_path / "s.docx"))).paragraphs]
    assert "（2026年第1期）" in text


def test_brief_draft_notes_and_docx(world, tmp_path):
    root, db, p, ids = world
    cluster = db.execute("SELECT cluster_id FROM clippings WHERE id = ?", [ids["negative"]]).fetchone()[0]
    did = drafts.create_brief(db, build_brief(db, cluster, own_sources=["jzcg"]), p["staff"])
    with pytest.raises(DraftError, match="无权编辑参阅件"):
        drafts.set_notes(db, did, p["reviewer"], "x", "y")
    drafts.set_notes(db, did, p["staff"], "舆情仍在发酵，存在扩散风险。", "督促东湖区当日整改并公开回应。")
    d = drafts.get(db, did)
    assert drafts.brief_of(d) == build_brief(db, cluster, own_sources=["jzcg"])   # the snapshot round-trips
    text = [x.text for x in Document(str(drafts.render_draft(d, "江州市城管执法局", tmp_path / "b.docx"))).paragraphs]
    assert text[text.index("六、研判") + 1] == "舆情仍在发酵，存在扩散风险。"
    assert text[text.index("七、建议") + 1] == "督促东湖区当日整改并公开回应。"
    assert BRIEF_TO_FILL not in text
    monthly = drafts.create_monthly(db, _monthly(db), p["staff"])
    with pytest.raises(DraftError, match="只有参阅件"):
        drafts.set_notes(db, monthly, p["staff"], "x", "y")


def test_cli_chain(world, tmp_path):
    root, db, p, ids = world
    _load_commands()

    def run(*args):
        return CliRunner().invoke(cli, ["--data-dir", str(root), "drafts", *args], catch_exceptions=False)

    made = run("monthly", "--month", "2026-11", "--by", "李干事")
    assert made.exit_code == 0 and "已保存月报稿件 1（2026-11）" in made.output
    assert run("monthly", "--month", "2026-11", "--by", "李干事").exit_code == 1
    assert run("monthly", "--month", "2026-11", "--by", "李干事", "--replace").exit_code == 0
    did = drafts.listing(db, "monthly")[0]["id"]
    entry = drafts.get(db, did)["entries"][0]["id"]
    assert f"条目 {entry}" in run("show", str(did)).output
    assert run("edit-entry", str(entry), "--title", "新标题", "--by", "李干事").exit_code == 0
    denied = run("submit", str(did), "--by", "赵科长")
    assert denied.exit_code == 1 and "科长无权送审" in denied.output
    assert "没有名为 '无此人' 的在用账号" in run("submit", str(did), "--by", "无此人").output
    for step, who in (("submit", "李干事"), ("review", "赵科长"), ("sign", "张局长")):
        result = run(step, str(did), "--by", who)
        assert result.exit_code == 0, result.output
    assert "期号 2026年第1期" in result.output
    out = tmp_path / "月报.docx"
    assert run("docx", str(did), "--out", str(out)).exit_code == 0
    assert "1. 新标题" in [x.text for x in Document(str(out)).paragraphs]
    assert "已签发" in run("list").output
    shown = run("show", str(did)).output
    steps = [line.split("　")[-1] for line in shown.split("流转：\n", 1)[1].splitlines()]
    assert steps == ["生成稿件", "送审", "审核通过", "签发"]   # the replaced draft's creation is not in it
    assert "2026-11-25" in shown.split("流转：", 1)[1]
    assert run("show", "99999").exit_code == 1
