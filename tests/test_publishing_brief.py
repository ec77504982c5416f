"""参阅件 draft for one story on the web test archive: each section checked against the archive
(event, timeline with reposts / own release / official reply / 处置, sentiment per day, outlets and
districts, comparable earlier stories found by search with how they ended), the docx read back,
and a bad story id refused (Chinese message, exit 2, nothing written)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from clippings.archive import alerts as alert_store, clusters as cluster_store, complaints, open_archive, records, \
    transaction
from clippings.cli import _load_commands, cli
from clippings.clusters import assign_pending
from clippings.clusters.spread import refresh_cluster
from clippings.config import load_profile
from clippings.publishing.briefs import BriefError, build_brief
from clippings.vocabulary import BRIEF_SECTIONS, BRIEF_TO_FILL
from tests.test_web_fixtures import PROFILE, ids, web_data, web_template  # noqa: F401

STORY = ("10月间，有市民反映东湖区一处工地渣土车带泥上路，夜间撒漏，路面泥泞。记者现场看到工地出入口冲洗设施闲置，"
         "渣土车未覆盖篷布，沿线居民投诉噪音和扬尘。城管部门表示将约谈施工单位。")
OTHER = ("西城区某工地渣土车未密闭运输，沿途抛洒，市民拍下视频发到网上。西城区城管执法大队随即查处两辆违规车辆，"
         "责令运输企业整改，并将加强夜间巡查。")


def _row(url, source, title, text, when, district, **extra):
    return {"url": url, "source": source, "source_title": {"jzrb": "江州日报网", "jzol": "江州在线", "jzcg": "江州市城管执法局",
                                                           "jzbbs": "江州论坛"}[source],
            "title": title, "text": text, "published_at": when, "sentiment": extra.pop("sentiment", "negative"),
            "topics": ["渣土运输"], "district": district, "districts": [district], "matched_terms": ["渣土车"], **extra}


@pytest.fixture
def story(web_data):
    """The fixture's 渣土车 story plus: the bureau's own release and a 留言 with an official reply joined
    to it, a 预警 with a 处置 step; two earlier 渣土 stories (东湖区 with a closed alert and a finished
    work order; 西城区 without any) and a later one that must not count as "past"."""
    from indexer.build import update_index

    root, ids = web_data
    db = open_archive(Path(root) / "clippings.db")
    cid = db.execute("SELECT cluster_id FROM clippings WHERE id = ?", [ids["negative"]]).fetchone()[0]
    x = {"cluster": cid}
    with transaction(db):
        x["own"] = records.insert_clipping(db, _row("http://jzcg.example/r.html", "jzcg", "关于湖滨街道渣土车撒漏问题的情况通报",
                                                    "市城管执法局已约谈施工单位，责令整改。", "2026-11-25T16:00:00+08:00",
                                                    "东湖区", sentiment="neutral"))
        x["msg"] = records.insert_clipping(db, _row("http://bbs.example/m1", "jzbbs", "湖滨街道渣土车撒漏何时管",
                                                    "湖滨街道渣土车撒漏，请城管处理。", "2026-11-26T09:10:00+08:00",
                                                    "东湖区", kind="complaint"))
        complaints.save(db, x["msg"], {"posted_at": "2026-11-26T09:10:00+08:00", "status": "replied",
                                       "reply_unit": "东湖区城管执法大队", "reply_at": "2026-11-26T15:00:00+08:00",
                                       "reply_text": "已安排夜间巡查并督促工地整改。"})
        for clipping in (x["own"], x["msg"]):
            cluster_store.set_cluster(db, clipping, cid, "2026-11-26T16:00:00+08:00")
        refresh_cluster(db, cid, "2026-11-26T16:00:00+08:00")
        x["alert"] = _alert(db, cid, ids["negative"], "high", "acked")
        order = alert_store.add_order(db, {"alert_id": x["alert"], "unit": "东湖区城管执法大队", "grade": "high",
                                           "state": "responded", "respond_due": "2026-11-25T20:00:00+08:00",
                                           "created_at": "2026-11-25T12:00:00+08:00", "created_by": "李干事",
                                           "updated_at": "2026-11-25T18:00:00+08:00"})
        alert_store.add_event(db, order, "2026-11-25T18:00:00+08:00", "李干事", "working", "responded", "已约谈施工单位")
        x["past"] = records.insert_clipping(db, _row("http://jzrb.example/p1.html", "jzrb", "东湖区工地渣土车夜间撒漏遭投诉",
                                                     STORY, "2026-10-20T09:00:00+08:00", "东湖区"))
        x["past2"] = records.insert_clipping(db, _row("http://jzol.example/p2.html", "jzol", "东湖区工地渣土车夜间撒漏遭投诉",
                                                      STORY, "2026-10-20T15:00:00+08:00", "东湖区"))
        x["west"] = records.insert_clipping(db, _row("http://jzol.example/w1.html", "jzol", "西城区查处渣土车抛洒",
                                                     OTHER, "2026-11-02T10:00:00+08:00", "西城区"))
        x["later"] = records.insert_clipping(db, _row("http://jzol.example/l1.html", "jzol", "北江区渣土车整治见效",
                                                      "北江区渣土车整治见效，道路干净了。" * 3, "2026-11-25T21:00:00+08:00",
                                                      "北江区", sentiment="positive"))
    profile = load_profile(PROFILE)
    assign_pending(db, profile)
    past_cluster = db.execute("SELECT cluster_id FROM clippings WHERE id = ?", [x["past"]]).fetchone()[0]
    assert db.execute("SELECT cluster_id FROM clippings WHERE id = ?", [x["past2"]]).fetchone()[0] == past_cluster
    x["past_cluster"] = past_cluster
    with transaction(db):
        past_alert = _alert(db, past_cluster, x["past"], "medium", "closed", closed_at="2026-10-23T10:00:00+08:00",
                            created_at="2026-10-20T10:00:00+08:00", updated_at="2026-10-23T10:00:00+08:00")
        alert_store.add_order(db, {"alert_id": past_alert, "unit": "东湖区城管执法大队", "grade": "medium", "state": "done",
                                   "respond_due": "2026-10-21T09:00:00+08:00", "created_at": "2026-10-20T10:00:00+08:00",
                                   "created_by": "李干事", "updated_at": "2026-10-22T17:00:00+08:00"})
    update_index(db, Path(root) / "index", profile)
    return root, db, x


def _alert(db, cluster_id, first, grade, state, **extra):
    aid = alert_store.add_alert(db, {"cluster_id": cluster_id, "first_clipping_id": first, "rule": "负面",
                                     "grade": grade, "state": state, "created_at": "2026-11-25T09:00:00+08:00",
                                     "updated_at": "2026-11-25T09:00:00+08:00", **extra})
    alert_store.attach_items(db, aid, [first])
    return aid


def test_sections_against_the_archive(story, ids):
    root, db, x = story
    b = build_brief(db, x["cluster"], own_sources=["jzcg"], index_dir=Path(root) / "index")
    members = db.execute("SELECT id, source_title, sentiment, published_at FROM clippings WHERE cluster_id = ?"
                         " ORDER BY published_at", [x["cluster"]]).fetchall()
    assert len(members) == b.size == 4
    # the event
    assert b.title == "渣土车夜间撒漏 市民投诉城管执法不力"
    assert (b.first_source, b.first_published) == ("江州日报网", "2026-11-25T08:00:00+08:00")
    assert b.district == "东湖区" and (b.grade, b.state) == ("重大", "已确认")
    # the timeline: first publisher, repost, own release, 处置 step, the 留言 and its official reply, in time order
    got = [(s.when, s.event, s.outlet) for s in b.timeline]
    assert got == [("2026-11-25T08:00:00+08:00", "first", "江州日报网"),
                   ("2026-11-25T11:30:00+08:00", "repost", "江州在线"),
                   ("2026-11-25T16:00:00+08:00", "own", "江州市城管执法局"),
                   ("2026-11-25T18:00:00+08:00", "handling", "东湖区城管执法大队"),
                   ("2026-11-26T09:10:00+08:00", "repost", "江州论坛"),
                   ("2026-11-26T15:00:00+08:00", "reply", "东湖区城管执法大队")]
    assert b.timeline[3].title == "已回应：已约谈施工单位"
    assert b.timeline[5].title == "已安排夜间巡查并督促工地整改。"
    # sentiment per Beijing day, from the members' own tags
    assert b.sentiment_days == [("2026-11-25", {"negative": 2, "neutral": 1}), ("2026-11-26", {"negative": 1})]
    # outlets and districts
    assert dict(b.outlets) == {r[1]: 1 for r in members}
    assert b.districts == [("东湖区", 4)]
    # comparable: earlier stories only, same district first, how they ended
    found = [c.cluster_id for c in b.comparable]
    west = db.execute("SELECT cluster_id FROM clippings WHERE id = ?", [x["west"]]).fetchone()[0]
    later = db.execute("SELECT cluster_id FROM clippings WHERE id = ?", [x["later"]]).fetchone()[0]
    assert found[:2] == [x["past_cluster"], west] and later not in found and x["cluster"] not in found
    past = b.comparable[0]
    assert past.size == 2 and past.first_source == "江州日报网" and "东湖区" in past.basis and "渣土运输" in past.basis
    assert past.ending == "预警较大，已关闭；处置：东湖区城管执法大队已办结"
    assert past.last_activity == "2026-10-23T10:00:00+08:00"
    assert b.comparable[1].ending.startswith("未见预警与处置记录")


def test_docx_read_back_and_cli(story, tmp_path):
    root, db, x = story
    out = tmp_path / "参阅件.docx"
    _load_commands()
    result = CliRunner().invoke(cli, ["--data-dir", str(root), "canyue", "--story", str(x["cluster"]), "--out", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    doc = Document(str(out))
    text = [p.text for p in doc.paragraphs]
    assert "参阅件" in text and "内部资料　注意保存" in text and "（第　期）" in text
    headings = [t for t in text if t[:2] in {f"{n}、" for n in "一二三四五六七"}]
    assert [h[2:] for h in headings] == list(BRIEF_SECTIONS.values())
    assert text.count(BRIEF_TO_FILL) == 2
    event = text[text.index("一、事件概况") + 1]
    assert event.startswith("2026-11-25 08:00，江州日报网首发《渣土车夜间撒漏 市民投诉城管执法不力》") and "重大预警" in event
    timeline, days, comparable = doc.tables
    assert [c.text for c in timeline.rows[1].cells] == ["2026-11-25 08:00", "首发", "江州日报网",
                                                          "渣土车夜间撒漏 市民投诉城管执法不力"]
    assert [c.text for c in timeline.rows[6].cells][:3] == ["2026-11-26 15:00", "官方回复", "东湖区城管执法大队"]
    assert [c.text for c in days.rows[0].cells] == ["日期", "负面", "正面", "中性", "未标注", "合计"]
    assert [c.text for c in days.rows[1].cells] == ["2026-11-25", "2", "0", "1", "0", "3"]
    assert comparable.rows[1].cells[0].text == "东湖区工地渣土车夜间撒漏遭投诉"
    assert comparable.rows[1].cells[5].text == "预警较大，已关闭；处置：东湖区城管执法大队已办结"
    assert any(t.startswith("媒体：") and "江州论坛（1篇）" in t for t in text)


def test_bad_story_id(web_data, tmp_path):
    root, ids = web_data
    db = open_archive(Path(root) / "clippings.db")
    with pytest.raises(BriefError, match="没有编号为 999999 的报道"):
        build_brief(db, 999999)
    _load_commands()
    out = tmp_path / "x.docx"
    for bad, message in (("999999", "没有编号为 999999 的报道"), ("abc", "编号"), ("-3", "编号")):
        result = CliRunner().invoke(cli, ["--data-dir", str(root), "canyue", "--story", bad, "--out", str(out)])
        assert result.exit_code == 2, result.output
        assert message in result.output
        assert not out.exists()
    assert not (Path(root) / "output").exists() or not list((Path(root) / "output").glob("参阅件*"))


def test_top_story_of_a_month(web_data):
    from clippings.publishing.briefs import top_story

    db = open_archive(Path(web_data[0]) / "clippings.db")
    biggest = db.execute("SELECT cluster_id, COUNT(*) n FROM clippings WHERE published_at >= '2026-11'"
                         " GROUP BY cluster_id ORDER BY n DESC LIMIT 1").fetchone()
    assert biggest[1] == 30 and top_story(db, "2026-11") == biggest[0]     # the 30 look-alike 巡查简报
    assert top_story(db, "2026-09") is None
