"""考核: the rules file validated at load, the points of a hand-computed month, the 通报 docx read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from clippings.archive import open_archive, users as user_store
from clippings.publishing import assessment, submissions
from tests.publishingkit import add_reporters
from tests.test_web_fixtures import ids, web_data, web_template  # noqa: F401

TEXT = "城管执法大队开展专项整治，规范经营秩序，清理占道物品二十余处，群众反映良好。"


def _item(db, root, who, title, happened, sent):
    user = user_store.get_user(db, who)
    return submissions.submit(db, root, user, {"title": title, "text": TEXT, "happened_at": happened},
                              submitted_at=sent)


def _month(db, root):
    """The month worked out by hand in test_points_of_a_hand_computed_month."""
    ids = {}
    ids["oct_w"] = _item(db, root, "孙信息员", "西城区十月整治", "2026-10-10 09:00", "2026-10-11T10:00:00+08:00")
    submissions.review(db, ids["oct_w"], "adopt", "t", use="monthly", column="districts")
    ids["oct_e"] = _item(db, root, "钱信息员", "东湖区十月巡查", "2026-10-12 09:00", "2026-10-12T18:00:00+08:00")
    ids["A"] = _item(db, root, "钱信息员", "东湖区整治湖滨夜市", "2026-11-02 09:00", "2026-11-03T10:00:00+08:00")
    submissions.review(db, ids["A"], "adopt", "t", use="monthly", column="districts", higher_level=True)
    ids["B"] = _item(db, root, "钱信息员", "东湖区清理共享单车", "2026-11-05 09:00", "2026-11-12T10:00:00+08:00")
    submissions.review(db, ids["B"], "adopt", "t", use="release")
    ids["C"] = _item(db, root, "钱信息员", "东湖区油烟整治", "2026-11-10 09:00", "2026-11-11T10:00:00+08:00")
    submissions.review(db, ids["C"], "return", "t", comment="补充数字")
    submissions.resubmit(db, user_store.get_user(db, "钱信息员"), ids["C"], {"title": "东湖区油烟整治",
                                                                            "text": TEXT + "共8家。"})
    submissions.review(db, ids["C"], "adopt", "t", use="reference")
    ids["D"] = _item(db, root, "孙信息员", "西城区日常巡查", "2026-11-03 09:00", "2026-11-04T10:00:00+08:00")
    submissions.review(db, ids["D"], "reject", "t", comment="无新闻要素")
    ids["E"] = _item(db, root, "孙信息员", "西城区拆除广告牌", "2026-11-06 09:00", "2026-11-06T18:00:00+08:00")
    return ids


# the pickup of own releases for November: the bureau released item B; two outlets carried it
PICKUP = {"2026-11": {"releases": [{"title": "东湖区 清理共享单车！", "outlets": ["江州日报网", "江州在线"]},
                                   {"title": "别的稿件", "outlets": ["江州晚报"]}]}}


def test_points_of_a_hand_computed_month(web_data):
    root = web_data[0]
    add_reporters(root)
    db = open_archive(Path(root) / "clippings.db")
    _month(db, root)
    rules = assessment.load_rules()          # config/assessment.toml: 1 / 3 / 5 / 2, −1 late (>3 days), −0.5 returned
    result = assessment.assess(db, rules, "2026-11", pickup_for=lambda m: PICKUP.get(m))
    east, west = result["units"]
    # A 1+3+5 = 9; B 1+3+2×2−1 (late: 7 days) = 7; C 1+3−0.5 = 3.5  → 19.5
    assert east == {"unit": "东湖区城管执法大队", "submitted": 3, "adopted": 3, "higher": 1, "carried": 2, "late": 1,
                    "returned": 1, "points": 19.5, "rank": 1, "points_change": 18.5, "rank_change": 1}
    # D (rejected) 1; E (waiting) 1 → 2; October: one adopted item, 4 points, first
    assert west == {"unit": "西城区城管执法大队", "submitted": 2, "adopted": 0, "higher": 0, "carried": 0, "late": 0,
                    "returned": 0, "points": 2.0, "rank": 2, "points_change": -2.0, "rank_change": -1}
    assert [(i["title"], i["points"]) for i in result["best"]] == \
        [("东湖区整治湖滨夜市", 9.0), ("东湖区清理共享单车", 7.0), ("东湖区油烟整治", 3.5)]
    assert result["totals"] == {"submitted": 5, "adopted": 3, "higher": 1, "carried": 2, "late": 1, "returned": 1}


@pytest.mark.parametrize("text, message", [
    ("[points]\nsubmitted = 1\nadopted = 3\nhigher_level = 5\n", "缺少 carried_by_media"),
    ("[points]\nsubmitted = -1\nadopted = 3\nhigher_level = 5\ncarried_by_media = 1\n"
     "[deductions]\nlate = 1\nreturned = 1\n", "submitted 应为 0–1000 之间的数字"),
    ("[points]\nsubmited = 1\n", "未知的项 submited"),
    ("[bonus]\nx = 1\n", "未知的表 bonus"),
    ("[rules]\nlate_days = \"三\"\n", None),
    ("points = [", "格式错误"),
])
def test_rules_file_validated_at_load(tmp_path, text, message):
    path = tmp_path / "assessment.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(assessment.RulesError) as info:
        assessment.load_rules(path)
    assert message is None or message in str(info.value)


def test_assess_command_writes_the_notice(web_data, monkeypatch):
    from docx import Document

    from clippings.cli import _load_commands, cli

    root = web_data[0]
    add_reporters(root)
    db = open_archive(Path(root) / "clippings.db")
    _month(db, root)
    db.conn.close()
    _load_commands()
    out = Path(root) / "通报.docx"
    result = CliRunner().invoke(cli, ["--data-dir", str(root), "assess", "--month", "2026-11", "--out", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "1\t东湖区城管执法大队\t报送 3\t采用 3\t上级 1\t转载 0\t迟报 1\t退回 1\t得分 15.5" in result.output
    doc = Document(out)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "2026年11月信息报送考核通报" in text and "内部资料" in text
    assert "报送信息5条，采用3条（其中上级采用1条）" in text
    assert "1. 《东湖区整治湖滨夜市》（东湖区城管执法大队，钱信息员），上级采用，得9分。" in text
    rows = [[c.text for c in r.cells] for r in doc.tables[0].rows]
    assert rows[0][:3] == ["名次", "单位", "报送"]
    assert rows[1] == ["1", "东湖区城管执法大队", "3", "3", "1", "0", "1", "1", "15.5", "+14.5", "升1位"]
    assert rows[2] == ["2", "西城区城管执法大队", "2", "0", "0", "0", "0", "0", "2", "-2", "降1位"]
    bad = CliRunner().invoke(cli, ["--data-dir", str(root), "assess", "--month", "2026-13"])
    assert bad.exit_code == 1 and "月份格式应为 2026-11" in bad.output
