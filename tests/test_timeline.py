"""A story's spread timeline: layout of copies by outlet and time, and its drawing on the detail page."""

from __future__ import annotations

import re

from clippings.clusters.timeline import MAX_ROWS, spread_timeline
from tests.test_web_fixtures import app, ids, login, web_data, web_template  # noqa: F401  (fixtures)


def _m(i, outlet, when, first=False):
    return {"id": i, "title": f"稿{i}", "source_title": outlet, "published_at": when, "is_first": first}


def test_layout_rows_by_outlet_and_positions_by_time():
    t = spread_timeline([
        _m(1, "江州日报网", "2026-11-25T08:00:00+08:00", first=True),
        _m(2, "江州在线", "2026-11-25T10:00:00+08:00"),
        _m(3, "江州日报网", "2026-11-25T12:00:00+08:00"),
        _m(4, "东湖论坛", None),
    ])
    assert [r.outlet for r in t.rows] == ["江州日报网", "江州在线"]
    assert [(m.clipping_id, m.x, m.first) for m in t.rows[0].marks] == [(1, 0.0, True), (3, 1.0, False)]
    assert t.rows[1].marks[0].x == 0.5 and t.rows[1].marks[0].when == "2026-11-25 10:00"
    assert t.undated == 1 and "历时 4 小时" in t.span_text and t.ticks[0] == (0.0, "11-25 08:00")
    assert spread_timeline([_m(1, "甲", "2026-11-25T08:00:00+08:00")]) is None


def test_many_outlets_fold_into_one_row():
    members = [_m(i, f"媒体{i}", f"2026-11-25T{8 + i % 10:02d}:00:00+08:00") for i in range(20)]
    t = spread_timeline(members)
    assert len(t.rows) == MAX_ROWS and t.rows[-1].outlet == f"其他 {20 - MAX_ROWS + 1} 家"
    assert sum(len(r.marks) for r in t.rows) == 20


def test_detail_page_draws_the_spread(app, ids):
    client = app.test_client()
    login(client, "leader")
    page = client.get(f"/clipping/{ids['negative']}").get_data(as_text=True)
    svg = re.search(r'<figure class="timeline" id="spread">.*?</figure>', page, re.S)
    assert svg, "no timeline on a reposted story"
    assert svg.group(0).count("<circle") == 2 and "首发" in svg.group(0)
    assert f'/clipping/{ids["repost"]}' in svg.group(0)
    lone = client.get(f"/clipping/{ids['positive']}").get_data(as_text=True)
    assert 'id="spread"' not in lone


def test_a_copy_deleted_or_edited_at_its_source_is_marked_on_the_timeline():
    members = [_m(1, "江州日报网", "2026-11-25T08:00:00+08:00", first=True),
               {**_m(2, "江州在线", "2026-11-25T10:00:00+08:00"), "status": "deleted"},
               {**_m(3, "东湖论坛", "2026-11-25T11:00:00+08:00"), "status": "changed"}]
    marks = [m for r in spread_timeline(members).rows for m in r.marks]
    assert [m.fate for m in marks] == ["", "已删除", "已修改"]
