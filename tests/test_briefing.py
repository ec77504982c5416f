"""The daily 网媒快讯's data model: counts, sections, clusters, numbering, staff choices, summaries."""

from __future__ import annotations

from datetime import date

import pytest

from clippings.archive import open_archive, transaction
from clippings.archive.records import insert_clipping
from clippings.briefing import (BriefingError, build_briefing, get_choices, list_issues, return_issue, review,
                                set_choice, sign_off, submit, waiting_for, withdraw)
from clippings.briefing.summary import Summarizer, split_sentences
from clippings.config import load_profile
from clippings.paths import DEFAULT_CONFIG_DIR

DAY = date(2026, 11, 25)
STORY = (
    "来源：江州日报\n"
    "江州日报讯（记者 王明 通讯员 李华）11月24日晚，有市民在东湖区湖滨街道夜市拍到一段视频。\n"
    "视频显示，几名城管队员与一名流动摊贩发生推搡，摊主的三轮车被掀翻。\n"
    "该视频在网上引发大量转发，不少网友质疑执法方式粗暴。\n"
    "25日上午，江州市城管执法局回应称，已成立调查组，涉事队员停职接受调查，将依法依规严肃处理。\n"
    "责任编辑：张三"
)


@pytest.fixture(scope="module")
def profile():
    return load_profile(DEFAULT_CONFIG_DIR / "bureau.toml")


@pytest.fixture
def db(tmp_path):
    return open_archive(tmp_path / "clippings.db")


_n = 0


def add(db, **row) -> int:
    global _n
    _n += 1
    row.setdefault("url", f"https://news.example.org/a/{_n}.html")
    row.setdefault("source", "jzrb")
    row.setdefault("source_title", "江州日报网")
    row.setdefault("title", f"城管新闻{_n}")
    row.setdefault("text", "江州市城管执法局开展市容环境整治。")
    with transaction(db):
        return insert_clipping(db, row)


def cluster(db, ids: list[int]) -> int:
    with transaction(db):
        cid = db["clusters"].insert({"first_clipping_id": ids[0], "size": len(ids), "sources": "[]"}).last_pk
        for i in ids:
            db["clippings"].update(i, {"cluster_id": cid})
    return cid


def at(hour: int, day: date = DAY) -> str:
    return f"{day.isoformat()}T{hour:02d}:00:00+08:00"


def test_counts_and_change_against_previous_day(db, profile):
    for s in ("negative", "negative", "positive", "neutral", None):
        add(db, published_at=at(9), sentiment=s)
    add(db, published_at=at(9, date(2026, 11, 24)), sentiment="negative")
    add(db, published_at="2026-11-26T00:00:00+08:00", sentiment="negative")    # next day: not counted
    add(db, published_at="2026-11-24T23:59:59+08:00", sentiment="positive")   # previous day
    b = build_briefing(db, profile, DAY)
    assert b.counts == {"total": 5, "negative": 2, "positive": 1, "neutral": 2, "untagged": 1}
    assert b.previous_counts["total"] == 2 and b.previous_counts["negative"] == 1
    assert "今日共监测到涉及我局信息5条，其中负面2条、正面1条、中性2条" in b.opening
    assert "尚未研判1条" in b.opening
    assert "信息总量增加3条" in b.opening and "负面信息增加1条" in b.opening


def test_day_falls_back_to_fetch_time_in_shanghai(db, profile):
    add(db, fetched_at="2026-11-25T01:00:00+08:00", sentiment="neutral")          # no publish time
    add(db, published_at="2026-11-24T20:00:00+08:00", fetched_at=at(8), sentiment="neutral")
    b = build_briefing(db, profile, DAY)
    assert b.counts["total"] == 1
    item = b.sections[2].items[0]
    assert item.time_is_fetch and "采集时间" in item.time_text


def test_sections_in_order_and_sorted_by_sentiment(db, profile):
    add(db, published_at=at(8), sentiment="neutral", title="召开工作会议")
    add(db, published_at=at(9), sentiment="positive", title="城管志愿者暖心助老")
    add(db, published_at=at(10), sentiment="negative", title="夜市摊贩与城管起冲突")
    b = build_briefing(db, profile, DAY)
    assert [s.name for s in b.sections] == ["负面舆情", "正面宣传", "工作动态·中性信息"]
    assert [s.heading for s in b.sections] == ["一、负面舆情", "二、正面宣传", "三、工作动态·中性信息"]
    assert [[i.title for i in s.items] for s in b.sections] == [["夜市摊贩与城管起冲突"], ["城管志愿者暖心助老"],
                                                                 ["召开工作会议"]]


def test_one_item_per_repost_cluster(db, profile):
    first = add(db, published_at=at(8), sentiment="negative", title="城管推搡摊贩视频", source_title="江州日报网")
    r1 = add(db, published_at=at(13), sentiment="negative", title="转：城管推搡摊贩视频", source_title="江州新闻网")
    r2 = add(db, published_at=at(21), sentiment="negative", title="城管推搡摊贩", source_title="东湖论坛", kind="forum")
    r3 = add(db, published_at=at(22), sentiment="negative", title="城管推搡摊贩", source_title="江州新闻网")
    cluster(db, [first, r1, r2, r3])
    add(db, published_at=at(9), sentiment="negative", title="渣土车撒漏")
    b = build_briefing(db, profile, DAY)
    negative = b.sections[0].items
    assert b.counts["negative"] == 5                          # counts stay per clipping
    assert len(negative) == 2
    top = negative[0]
    assert top.clipping_id == first and top.title == "城管推搡摊贩视频"
    assert top.repost_count == 2                              # two other outlets, the same outlet counted once
    assert top.repost_text == "另有 2 家媒体转载"
    assert top.spreading and "仍在传播" in top.flags
    assert sorted(top.member_ids) == sorted([first, r1, r2, r3])
    assert negative[1].repost_count == 0 and not negative[1].spreading


def test_spread_that_stopped_early_is_not_spreading(db, profile):
    a = add(db, published_at=at(7), sentiment="negative", source_title="甲网")
    b_ = add(db, published_at=at(9), sentiment="negative", source_title="乙网")
    cluster(db, [a, b_])
    item = build_briefing(db, profile, DAY).sections[0].items[0]
    assert item.repost_count == 1 and not item.spreading and "传播趋缓" in item.flags


def _send(db, day, briefing):
    """送审 then 审核: what a preparer and a reviewer do before a leader signs."""
    submit(db, day, "李干事", briefing)
    return review(db, day, "张科长")


def _sign(db, profile, day):
    _send(db, day, build_briefing(db, profile, day))
    return sign_off(db, day, "李局长")


def _archive_state(db) -> list:
    return [list(db.query(f"SELECT * FROM {t}")) for t in ("briefing_issues", "briefing_choices")]


def test_viewing_gives_no_number_and_writes_nothing(db, profile):
    for day in (date(2026, 11, 20), date(2026, 11, 22), date(2026, 10, 1)):
        add(db, published_at=at(9, day), sentiment="neutral")
    before = _archive_state(db)
    for day in (date(2026, 11, 24), date(2026, 10, 1), date(2026, 11, 23), date(2026, 11, 20)):
        b = build_briefing(db, profile, day)
        assert b.number is None and b.issue_text == "2026年 第＿期"
    assert _archive_state(db) == before and list_issues(db) == []


def test_numbers_are_given_at_signing_in_signing_order_once_per_year(db, profile):
    days = [date(2026, 11, 22), date(2026, 11, 20), date(2026, 11, 21), date(2027, 1, 1)]
    for day in days:
        add(db, published_at=at(9, day), sentiment="neutral")
    build_briefing(db, profile, date(2026, 11, 20))                   # viewed first, signed later
    assert _sign(db, profile, date(2026, 11, 22))["number"] == 1     # signed first: 第1期
    issue = _sign(db, profile, date(2026, 11, 20))
    assert (issue["number"], issue["total_number"]) == (2, 2)
    assert (_sign(db, profile, date(2026, 11, 21))["number"]) == 3
    new_year = _sign(db, profile, date(2027, 1, 1))
    assert (new_year["number"], new_year["total_number"]) == (1, 4)  # 第1期 of 2027, 总第4期
    b = build_briefing(db, profile, date(2026, 11, 20))
    assert (b.number, b.total_number, b.issue_text) == (2, 2, "2026年 第2期（总第2期）")
    assert [(i["date"], i["number"]) for i in list_issues(db, 2026)] == [
        ("2026-11-22", 1), ("2026-11-21", 3), ("2026-11-20", 2)]


def test_an_empty_day_cannot_be_sent_on(db, profile):
    with pytest.raises(BriefingError, match="没有涉及本局的信息"):
        _send(db, DAY, build_briefing(db, profile, DAY))
    assert list_issues(db) == []


def test_migration_renumbers_signed_issues_and_frees_viewed_ones(tmp_path):
    """An archive from before: viewing had numbered 11-24, 10-01, 11-23 as 第1-3期; only 11-23 was signed."""
    import sqlite3

    from clippings.archive.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    db = open_archive(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE briefing_issues")
    conn.executescript(MIGRATIONS[40](None).split("-- staff choices")[0])
    conn.execute("ALTER TABLE briefing_issues ADD COLUMN content TEXT")
    for day, number, status, signed_at in (("2026-11-24", 1, "draft", None), ("2026-10-01", 2, "reviewed", None),
                                            ("2026-11-23", 3, "signed", "2026-11-23T09:00:00+08:00")):
        conn.execute("INSERT INTO briefing_issues (date, year, number, status, created_at, signed_at)"
                     " VALUES (?, 2026, ?, ?, '2026-11-23T08:00:00+08:00', ?)", [day, number, status, signed_at])
    conn.execute("DELETE FROM _migrations WHERE number = 42")
    conn.commit()
    conn.close()
    db = open_archive(path)                                          # migrates again
    rows = {r["date"]: (r["number"], r["total_number"]) for r in db.query("SELECT * FROM briefing_issues")}
    assert rows == {"2026-11-24": (None, None), "2026-10-01": (None, None), "2026-11-23": (1, 1)}


def test_exclusions_and_pins_are_remembered(db, profile):
    old = add(db, published_at=at(8), sentiment="positive", title="旧闻")
    new = add(db, published_at=at(20), sentiment="positive", title="新闻")
    gone = add(db, published_at=at(12), sentiment="negative", title="误报")
    member = add(db, published_at=at(13), sentiment="negative", title="误报转载", source_title="乙网")
    cluster(db, [gone, member])
    assert [i.title for i in build_briefing(db, profile, DAY).sections[1].items] == ["新闻", "旧闻"]
    assert set_choice(db, None, old, "pin", "小王") == DAY                    # defaults to the clipping's day
    set_choice(db, DAY, member, "exclude", "小王")                            # any member excludes the item
    assert get_choices(db, DAY) == {old: "pin", member: "exclude"}
    b = build_briefing(db, profile, DAY)
    assert [i.title for i in b.sections[1].items] == ["旧闻", "新闻"]
    pinned = b.sections[1].items[0]
    assert pinned.pinned and "置顶" in pinned.staff_flags and "置顶" not in pinned.flags   # never in the document
    assert b.sections[0].items == [] and b.excluded == 1
    assert b.counts["negative"] == 2                                          # counts are not edited
    b2 = build_briefing(db, profile, DAY)                                     # regenerated: still applied
    assert b2.excluded == 1 and b2.sections[1].items[0].title == "旧闻"
    set_choice(db, DAY, member, None, "小王")
    assert len(build_briefing(db, profile, DAY).sections[0].items) == 1


def test_choice_errors(db, profile):
    cid = add(db, published_at=at(8), sentiment="positive")
    with pytest.raises(BriefingError, match="找不到"):
        set_choice(db, DAY, 99999, "pin", "小王")
    with pytest.raises(BriefingError, match="未知操作"):
        set_choice(db, DAY, cid, "promote", "小王")
    with pytest.raises(BriefingError, match="尚未送审"):
        sign_off(db, DAY, "李局长")
    with pytest.raises(BriefingError, match="日期"):
        _send(db, DAY, build_briefing(db, profile, date(2026, 11, 24)))


def test_review_sign_off_recorded_and_signed_issue_is_final(db, profile):
    cid = add(db, published_at=at(8), sentiment="positive")
    _send(db, DAY, build_briefing(db, profile, DAY))
    with pytest.raises(BriefingError, match="请先退回"):
        set_choice(db, DAY, cid, "pin", "小王")        # what was sent is what gets signed
    return_issue(db, DAY, "李局长", "请把正面信息置顶", role="leader")
    set_choice(db, DAY, cid, "pin", "小王")
    b = build_briefing(db, profile, DAY)
    assert b.status == "draft" and b.reviewed_by is None and b.sections[1].items[0].pinned
    _send(db, DAY, b)
    issue = sign_off(db, DAY, "李局长")
    assert issue["status"] == "signed" and issue["signed_by"] == "李局长" and issue["signed_at"]
    b = build_briefing(db, profile, DAY)
    assert (b.status, b.submitted_by, b.reviewed_by, b.signed_by) == ("signed", "李干事", "张科长", "李局长")
    assert b.foot == {"编发": "信息宣传科", "审核": "张科长", "签发": "李局长"}
    with pytest.raises(BriefingError, match="已签发"):
        set_choice(db, DAY, cid, "exclude", "小王")


def test_return_and_withdraw_need_a_reason_and_keep_the_number(db, profile):
    add(db, published_at=at(8), sentiment="negative", title="需要退回的那条")
    submit(db, DAY, "李干事", build_briefing(db, profile, DAY))
    assert [i["date"] for i in waiting_for(db, "reviewer")] == [DAY.isoformat()]
    with pytest.raises(BriefingError, match="请填写退回意见"):
        return_issue(db, DAY, "张科长", "  ", role="reviewer")
    with pytest.raises(BriefingError, match="不能退回"):
        return_issue(db, DAY, "王管理", "x", role="admin")
    returned = return_issue(db, DAY, "张科长", "第1条标题有误", role="reviewer")
    assert returned["status"] == "draft" and returned["return_comment"] == "第1条标题有误"
    assert [(i["date"], i["return_comment"]) for i in waiting_for(db, "staff")] == [(DAY.isoformat(), "第1条标题有误")]
    assert waiting_for(db, "reviewer") == []
    _send(db, DAY, build_briefing(db, profile, DAY))
    assert [i["date"] for i in waiting_for(db, "leader")] == [DAY.isoformat()]
    with pytest.raises(BriefingError, match="确认签发"):
        sign_off(db, DAY, "李局长", confirmed=False)
    assert sign_off(db, DAY, "李局长")["number"] == 1
    with pytest.raises(BriefingError, match="请填写撤回原因"):
        withdraw(db, DAY, "李局长", "")
    back = withdraw(db, DAY, "李局长", "通报内容需更新")
    assert (back["status"], back["number"], back["withdraw_reason"]) == ("draft", 1, "通报内容需更新")
    _send(db, DAY, build_briefing(db, profile, DAY))
    assert sign_off(db, DAY, "李局长")["number"] == 1                          # the same 期号, given once


def test_empty_day_says_so(db, profile):
    b = build_briefing(db, profile, DAY)
    assert b.empty and b.counts["total"] == 0 and b.item_count == 0
    assert "今日未监测到涉及我局的网络信息" in b.opening
    assert b.number is None


def test_bad_rows_still_build(db, profile):
    add(db, fetched_at=at(3), published_at=None, source_title=None, source="forum-x", title=None, text="",
        sentiment=None, url="javascript:alert(1)")
    add(db, published_at=at(4), source_title=None, source="", title="  ", text="\x00\x07城管。", sentiment="bogus")
    add(db, published_at="2026-11-25", sentiment="neutral", title="只有日期")        # a bare date
    b = build_briefing(db, profile, DAY)
    items = b.sections[2].items
    assert b.counts["untagged"] == 2 and b.counts["total"] == 3 and len(items) == 3
    assert {i.title for i in items} == {"（无标题）", "只有日期"}
    assert {i.source for i in items} == {"forum-x", "来源不详", "江州日报网"}


def test_large_sections_are_capped_but_negative_is_not(db, profile):
    for h in range(12):
        add(db, published_at=at(h), sentiment="neutral")
        add(db, published_at=at(h), sentiment="negative")
    b = build_briefing(db, profile, DAY, max_items=5)
    assert len(b.sections[0].items) == 12
    assert len(b.sections[2].items) == 5 and b.sections[2].omitted == 7
    assert b.sections[2].omitted_text == "另有7起工作动态·中性信息见附表。"
    assert [i.clipping_id for _, i in b.appendix] == [i.clipping_id for i in b.sections[2].overflow]
    assert len(b.appendix) == 7 and b.sections[2].count_text == "12条"
    # the configured limit applies when the caller does not set one (bureau.toml [briefing] max_items = 15)
    assert build_briefing(db, profile, DAY).sections[2].omitted == 0


def test_counts_agree_everywhere_when_reposts_are_merged(db, profile):
    ids = [add(db, published_at=at(8 + i), sentiment="negative", title="城管推搡摊贩", source_title=f"{i}网")
           for i in range(3)]
    cluster(db, ids)
    add(db, published_at=at(12), sentiment="negative", title="渣土车撒漏")
    b = build_briefing(db, profile, DAY)
    assert b.sections[0].count_text == "4条，归并为2起"
    assert "负面4条（归并为2起）" in b.opening
    assert b.key_points[0] == "负面舆情4条，归并为2起。"
    assert any("“城管推搡摊贩”" in line and "3家媒体刊发" in line for line in b.key_points)
    assert 1 <= len(b.key_points) <= 5


def test_window_is_configurable(tmp_path, db, profile):
    import dataclasses

    from clippings.briefing.settings import load_briefing_settings

    path = tmp_path / "bureau.toml"
    path.write_text(open(profile.path, encoding="utf-8").read().replace('window = "today"', 'window = "24h"'),
                    encoding="utf-8")
    add(db, published_at=at(6), sentiment="negative", title="早上六点")                # before 07:30 today
    add(db, published_at=at(9), sentiment="negative", title="早上九点")                # after 07:30: tomorrow's
    add(db, published_at="2026-11-24T20:00:00+08:00", sentiment="negative", title="昨晚八点")
    b = build_briefing(db, dataclasses.replace(profile, path=str(path)), DAY)
    assert {i.title for i in b.sections[0].items} == {"早上六点", "昨晚八点"}
    assert b.span_text == "统计时段：11月24日7:30至11月25日7:30"
    assert {i.title for i in build_briefing(db, profile, DAY).sections[0].items} == {"早上六点", "早上九点"}
    path.write_text('[bureau]\nname="x"\n[briefing]\nwindow = "week"\n', encoding="utf-8")
    from clippings.config import ConfigError
    with pytest.raises(ConfigError, match="briefing.window"):
        load_briefing_settings(path)


def test_summary_scores_sentences_and_drops_bylines(profile):
    summary = Summarizer(profile).summarize("东湖区城管队员推搡摊贩视频引关注", STORY)
    assert 0 < len(summary) <= 120
    assert "来源" not in summary and "责任编辑" not in summary and "记者" not in summary
    assert "推搡" in summary
    assert "回应" in summary or "调查" in summary or "湖滨街道" in summary


def test_summary_is_not_blindly_the_first_sentence(profile):
    text = ("今天天气晴朗，气温适宜，街上行人很多，大家都出门散步购物，商场里热闹非凡，人来人往。\n"
            "江州市城管执法局在东湖区开展占道经营专项整治，依法清理流动摊贩二十余处，规范设置便民疏导点三个。\n"
            "附近居民纷纷表示欢迎。\n" + "其他无关的内容在这里继续展开描述，与本局工作无关，篇幅较长。" * 3)
    summary = Summarizer(profile).summarize("东湖区开展占道经营专项整治", text)
    assert summary.startswith("江州市城管执法局在东湖区开展占道经营专项整治")
    assert len(summary) <= 120


def test_split_sentences_drops_furniture():
    parts = split_sentences("来源：新华网\n本报讯 城管队员劝导摊贩离开。\n点击查看原文\n编辑：李四\n短句。")
    assert parts == ["本报讯 城管队员劝导摊贩离开。"]


def test_latest_day(db):
    from clippings.briefing import latest_day

    assert latest_day(db) is None
    add(db, published_at=at(9, date(2026, 11, 20)))
    add(db, published_at=None, fetched_at="2026-11-24T23:30:00+08:00")
    assert latest_day(db) == date(2026, 11, 24)


def test_signed_issue_is_reproduced_as_signed(db, profile):
    add(db, published_at=at(8), sentiment="negative", title="已签发的那条")
    _sign(db, profile, DAY)
    add(db, published_at=at(9), sentiment="negative", title="签发后才采集到")   # arrives later
    b = build_briefing(db, profile, DAY)
    assert [i.title for i in b.sections[0].items] == ["已签发的那条"]
    assert b.counts["total"] == 1 and (b.number, b.status, b.signed_by) == (1, "signed", "李局长")
    assert b.sections[0].items[0].published_at.hour == 8                        # times survive the snapshot


def test_what_was_sent_is_what_gets_signed(db, profile):
    add(db, published_at=at(8), sentiment="positive", title="送审时已有")
    _send(db, DAY, build_briefing(db, profile, DAY))
    add(db, published_at=at(9), sentiment="negative", title="送审后才采集到")
    b = build_briefing(db, profile, DAY)                  # the reviewer and the leader see the sent version
    assert [i.title for s in b.sections for i in s.items] == ["送审时已有"] and b.status == "reviewed"
    sign_off(db, DAY, "李局长")
    assert [i.title for s in build_briefing(db, profile, DAY).sections for i in s.items] == ["送审时已有"]


def test_staff_notes_on_a_negative_story_are_printed_only_when_written(db, profile, tmp_path):
    import docx as docx_lib

    from clippings.briefing import render_briefing, set_notes

    a = add(db, published_at=at(8), sentiment="negative", title="城管推搡摊贩")
    b_ = add(db, published_at=at(9), sentiment="negative", title="转：城管推搡摊贩", source_title="乙网")
    cluster(db, [a, b_])
    add(db, published_at=at(10), sentiment="negative", title="渣土车撒漏")
    item = build_briefing(db, profile, DAY).sections[0].items[0]
    assert item.notes == []
    set_notes(db, DAY, item.story, by="李干事", judgement="视频系剪辑，需尽快回应", unit="东湖区城管执法大队")
    with pytest.raises(BriefingError, match="无效"):
        set_notes(db, DAY, "x'; DROP", by="李干事", judgement="x")
    b = build_briefing(db, profile, DAY)
    first, second = b.sections[0].items
    assert first.notes == [("研判", "视频系剪辑，需尽快回应"), ("责任单位", "东湖区城管执法大队")] and second.notes == []
    texts = [p.text for p in docx_lib.Document(str(render_briefing(b, "docx", tmp_path / "b.docx"))).paragraphs]
    assert "研判：视频系剪辑，需尽快回应" in texts and not any(t.startswith(("编者按：", "处置建议：")) for t in texts)
    submit(db, DAY, "李干事", b)
    with pytest.raises(BriefingError, match="已送审"):
        set_notes(db, DAY, first.story, by="李干事", judgement="改")


def test_the_appendix_table_is_capped(db, profile):
    from clippings.briefing.model import APPENDIX_LIMIT

    with transaction(db):
        for n in range(APPENDIX_LIMIT + 12):
            insert_clipping(db, {"url": f"https://e.example/{n}", "source": "jzrb", "title": f"动态{n}",
                                 "text": "城管。", "published_at": at(9), "sentiment": "neutral"})
    b = build_briefing(db, profile, DAY, max_items=7)
    assert len(b.appendix) == APPENDIX_LIMIT and b.appendix_more == "另有5条未列入附表，请在系统中检索。"
