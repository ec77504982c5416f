"""The leadership report: counts and shares, tables, top negative stories, previous period, charts, files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from clippings.archive import open_archive, transaction
from clippings.archive.records import insert_clipping
from clippings.config import load_profile
from clippings.paths import DEFAULT_CONFIG_DIR
from clippings.reports import build_report, render_report

START, END = date(2026, 11, 1), date(2026, 11, 3)


@pytest.fixture(scope="module")
def profile():
    return load_profile(DEFAULT_CONFIG_DIR / "bureau.toml")


@pytest.fixture
def db(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    n = 0

    def add(day, hour, sentiment, month=11, **row):
        nonlocal n
        n += 1
        row.setdefault("url", f"https://news.example.org/{n}.html")
        row.setdefault("source", "jzrb")
        row.setdefault("source_title", "江州日报网")
        row.setdefault("title", f"新闻{n}")
        row.setdefault("text", "城管执法。")
        return insert_clipping(db, dict(row, published_at=f"2026-{month:02d}-{day:02d}T{hour:02d}:00:00+08:00",
                                        sentiment=sentiment))

    with transaction(db):
        # previous period (10-29..10-31): 2 clippings, 1 negative
        add(29, 9, "negative", month=10, district="西城区")
        add(31, 9, "positive", month=10)
        add(28, 9, "positive", month=10)   # before the previous period
        # the period
        a = add(1, 8, "negative", title="夜市城管推搡摊贩", district="东湖区", topics=["流动摊贩", "执法形象"])
        b = add(1, 12, "negative", title="转：夜市城管推搡摊贩", source_title="东湖论坛", kind="forum",
                district="东湖区", topics=["流动摊贩"])
        c = add(3, 22, "negative", title="再转：夜市城管推搡摊贩", source_title="江州新闻网", district="东湖区",
                topics=["流动摊贩"])
        add(2, 9, "negative", title="渣土车撒漏", district="北江区", topics=["渣土运输"], status="deleted")
        add(2, 10, "positive", district="南山区", topics=["便民服务"])
        add(2, 11, "neutral", district="南山区", topics=["市容环卫"])
        undated = add(3, 9, None, district=None, topics=[])
        db["clippings"].update(undated, {"published_at": None, "fetched_at": "2026-11-03T10:00:00+08:00"})
        cid = db["clusters"].insert({"first_clipping_id": a, "size": 3, "sources": "[]"}).last_pk
        for i in (a, b, c):
            db["clippings"].update(i, {"cluster_id": cid})
        add(4, 9, "negative")   # after the period
    return db


def test_counts_shares_and_previous_period(db, profile):
    r = build_report(db, profile, START, END)
    t = r.totals
    assert (t.total, t.negative, t.positive, t.neutral, t.untagged) == (7, 4, 1, 2, 1)
    assert t.share_text("negative") == "57.1%"
    assert [(d.name, d.total, d.negative) for d in r.daily] == [
        ("2026-11-01", 2, 2), ("2026-11-02", 3, 1), ("2026-11-03", 2, 1)]
    assert (r.previous_start, r.previous_end) == (date(2026, 10, 29), date(2026, 10, 31))
    assert (r.previous.total, r.previous.negative) == (2, 1)
    assert "共监测到涉及我局网络信息7条" in r.overview and "尚未研判" in r.overview
    assert "信息总量增加5条" in r.change_text and "负面信息增加3条" in r.change_text


def test_sources_kinds_topics_districts(db, profile):
    r = build_report(db, profile, START, END)
    assert {k.name: k.total for k in r.by_kind} == {"新闻网站": 6, "论坛社区": 1}
    assert r.by_source[0].name == "江州日报网" and r.by_source[0].total == 5
    topics = {t.name: (t.total, t.negative) for t in r.by_topic}
    assert topics["流动摊贩"] == (3, 3) and topics["渣土运输"] == (1, 1) and topics["其他"] == (1, 0)
    districts = {d.name: d for d in r.by_district}
    assert [d.name for d in r.by_district][:6] == [d.name for d in profile.districts][:6]   # profile order first
    assert districts["东湖区"].total == 3 and districts["东湖区"].negative == 3
    assert districts["东湖区"].extra["top_topic"] == "流动摊贩"
    assert districts["东湖区"].extra["top_negative"] == "夜市城管推搡摊贩"
    assert districts["未识别区域"].total == 1


def test_top_negative_stories_with_spread_and_status(db, profile):
    r = build_report(db, profile, START, END)
    top = r.top_negative
    assert [s.title for s in top] == ["夜市城管推搡摊贩", "渣土车撒漏"]
    assert (top[0].outlets, top[0].clippings, top[0].status) == (3, 3, "仍在传播")
    assert top[0].first_seen == "2026-11-01 08:00" and top[0].last_seen == "2026-11-03 22:00"
    assert top[1].status == "原文已删除"


def test_charts_docx_and_html(db, profile, tmp_path):
    r = build_report(db, profile, START, END, tmp_path / "charts")
    assert set(r.charts) == {"trend", "sentiment", "topics", "districts", "sources"}
    for path in r.charts.values():
        assert path.exists() and path.stat().st_size > 1000
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    d = docx.Document(str(render_report(r, "docx", tmp_path / "r.docx")))
    texts = [p.text for p in d.paragraphs]
    assert texts[0] == "网络舆情分析报告"
    for heading in ("一、总体情况", "二、重点负面舆情", "三、每日走势", "四、县区动态", "五、话题分布", "六、媒体排行", "七、热词"):
        assert heading in texts
    assert len(d.inline_shapes) == 5
    district_table = next(t for t in d.tables if t.rows[0].cells[0].text == "县区")
    assert [c.text for c in district_table.rows[0].cells][-2:] == ["主要话题", "主要负面事件"]
    assert "PAGE" in d.sections[0].footer._element.xml
    html = render_report(r, "html", tmp_path / "r.html").read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') == 5
    assert "县区动态" in html and "夜市城管推搡摊贩" in html


def test_html_escapes_titles(tmp_path, profile):
    db = open_archive(tmp_path / "x.db")
    with transaction(db):
        insert_clipping(db, dict(url="https://e.example/1", source="s", title="<script>alert(1)</script>",
                                 text="", published_at="2026-11-01T08:00:00+08:00", sentiment="negative"))
    html = render_report(build_report(db, profile, START, END), "html", tmp_path / "x.html").read_text("utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_empty_period(tmp_path, profile):
    db = open_archive(tmp_path / "empty.db")
    r = build_report(db, profile, START, END, tmp_path / "charts")
    assert r.totals.total == 0 and "未监测到" in r.overview and r.top_negative == []
    d = docx.Document(str(render_report(r, "docx", tmp_path / "e.docx")))
    assert "本期未监测到负面舆情。" in [p.text for p in d.paragraphs]


def test_bad_period_is_refused(db, profile):
    with pytest.raises(ValueError):
        build_report(db, profile, END, START)


def test_chart_font_covers_the_chinese_labels(profile):
    from fontTools.ttLib import TTFont

    from clippings.fonts import FONT_DIR
    from clippings.reports.charts import cjk_families

    assert cjk_families()[0] == "WenQuanYi Micro Hei GB2312"              # the shipped font comes first
    cmap = TTFont(str(FONT_DIR / "WenQuanYiMicroHei-GB2312.ttf")).getBestCmap()
    labels = "每日舆情走势信息量（条）负面占比（%）正面中性情感倾向各话题县区主要源本期无数据年月日至其他未识别区域"
    labels += "".join(t.name for t in profile.topics) + "".join(d.name for d in profile.districts)
    missing = {ch for ch in labels if ord(ch) not in cmap}
    assert not missing, f"no glyph for {missing}: charts would show boxes"


def test_leader_view_outlets_hot_words_and_empty_previous_period(db, profile, tmp_path):
    r = build_report(db, profile, START, END)
    # 媒体排行: the first publisher of the reposted story is counted once, the others not
    firsts = {t.name: t.extra["first"] for t in r.outlets}
    assert firsts == {"江州日报网": 1, "东湖论坛": 0, "江州新闻网": 0}
    from clippings.reports.tables import source_table
    headers, rows = source_table(r)
    assert headers[-1] == "首发" and rows[0][1] == "江州日报网" and rows[0][-1] == "1"
    # 热词: words of the titles, the bureau's own names left out, compared with the previous period
    words = {w.word: w for w in r.hot_words}
    assert words["推搡"].count == 3 and words["摊贩"].count == 3 and words["推搡"].change_text == "新出现"
    assert "城管" not in words and "江州" not in words and not any(w.isdigit() for w in words)
    # a period after an empty one says so instead of a percentage
    later = build_report(db, profile, date(2026, 10, 28), date(2026, 11, 3))   # 10-21..27 held nothing
    assert "无数据" in later.change_text and "%" not in later.change_text
    # the web/HTML report reads in the leader's order: figures, stories still spreading, then the rest
    html = render_report(r, "html", tmp_path / "r.html").read_text(encoding="utf-8")
    order = [html.index(h) for h in ("一、总体情况", "二、重点负面舆情", "三、每日走势", "七、热词")]
    assert order == sorted(order)
    assert html.index("夜市城管推搡摊贩") < html.index("三、每日走势")


def test_spreading_stories_come_first(db, profile):
    from clippings.reports.model import Story

    r = build_report(db, profile, START, END)
    quiet = Story(1, "旧事", "甲", "", None, "", "", 9, 9, "已平息")
    spreading = Story(2, "新事", "乙", "", None, "", "", 1, 2, "仍在传播")
    r.top_negative = [quiet, spreading]
    assert [s.title for s in r.leader_stories] == ["新事", "旧事"] and r.open_stories == [spreading]


def test_negative_stories_show_the_alert_grade(db, profile):
    first = next(db.query("SELECT id FROM clippings WHERE title = '夜市城管推搡摊贩'"))["id"]
    with transaction(db):
        alert = db["alerts"].insert({"first_clipping_id": first, "rule": "负面", "grade": "high",
                                     "created_at": "2026-11-01T09:00:00+08:00",
                                     "updated_at": "2026-11-01T09:00:00+08:00"}).last_pk
        db["alert_items"].insert({"clipping_id": first, "alert_id": alert})
    r = build_report(db, profile, START, END)
    grades = {s.title: s.grade for s in r.top_negative}
    assert grades == {"夜市城管推搡摊贩": "重大", "渣土车撒漏": "—"}
    from clippings.reports.tables import stories_table
    headers, rows = stories_table(r)
    assert headers[-2] == "预警" and rows[0][-2] == "重大"


def test_chart_layouts_for_the_page_add_up_and_escape_labels(db, profile):
    """The 态势 page's SVG charts: every bar's segments add up to its count and fit the axis, days
    without clippings have no share point, and a crawled outlet name is text, never markup."""
    from flask import Flask, render_template_string

    from clippings.reports import chartlayout

    r = build_report(db, profile, START, END)
    charts = chartlayout.layouts(r)
    assert set(charts) == {"trend", "sentiment", "topics", "districts", "sources"}
    for chart in charts.values():
        for bar in chart.bars:
            assert sum(s.count for s in bar.segments) == bar.total
            assert sum(s.size for s in bar.segments) <= 1 + 1e-9
    trend = charts["trend"]
    assert [b.total for b in trend.bars] == [d.total for d in r.daily]
    assert [p is None for p in trend.share_line] == [d.total == 0 for d in r.daily]
    assert charts["sentiment"].bars[0].total == r.totals.total
    r.by_source[0].name = '<img src=x onerror="alert(1)">'
    app = Flask(__name__, template_folder=str(Path(__file__).resolve().parent.parent / "clippings/web/templates"))
    with app.app_context():
        html = render_template_string('{% import "_report_charts.html" as svg %}{{ svg.chart("sources", c) }}',
                                      c=chartlayout.layouts(r)["sources"])
    assert "<img" not in html and "&lt;img" in html
