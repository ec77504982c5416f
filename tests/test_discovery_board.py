"""留言板 sources (kind = "board"): complaints with replies, re-checked until replied, reply figures."""

from __future__ import annotations

import json
import os
from datetime import datetime

import pytest
from click.testing import CliRunner

from clippings.archive import complaints, open_archive
from clippings.crawling import run_crawl
from clippings.discovery.board import parse_message
from clippings.paths import DataDir
from clippings.timeutil import TZ
from tests.conftest import FAST, PROFILE

SOURCES = """
[[source]]
name = "lyb"
title = "江州市民留言板"
kind = "board"
start_urls = ["{base}/lyb/list_1.html"]
article_links = ['/lyb/msg/\\d+\\.html$']
pagination = ['/lyb/list_\\d+\\.html$']
"""


def test_board_crawl_archives_complaints_with_replies_and_rechecks_until_replied(demo_server, tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES.format(base=demo_server.base_url), encoding="utf-8")
    data = DataDir.resolve(tmp_path / "data")
    run = run_crawl(data, sources, PROFILE, [], FAST, timeout=120)
    assert run["status"] == "finished" and run["new"] == len(demo_server.board) == 12
    db = open_archive(data.db_path)
    rows = {r["title"]: r for r in db.query(
        "SELECT c.*, p.status AS reply_status, p.reply_unit, p.reply_at, p.reply_text, p.topic, p.posted_at"
        " FROM clippings c JOIN complaints p ON p.clipping_id = c.id")}
    for msg in demo_server.board.values():
        row = rows[msg.title]
        assert row["kind"] == "complaint" and row["author"] == msg.author and row["district"] == msg.district
        assert row["posted_at"] == msg.posted_at.isoformat() and row["topic"] == msg.topic
        if msg.replied(1):
            assert row["reply_status"] == "replied" and row["reply_unit"] == msg.reply_unit
            assert row["reply_at"] == (msg.posted_at + msg.reply_after).isoformat()
            assert row["reply_text"] == msg.reply_text
        else:
            assert row["reply_status"] == "pending" and row["reply_at"] is None
    figures = complaints.reply_figures(db, 7, "district")["all"]
    hours = sorted(m.reply_after.total_seconds() / 3600 for m in demo_server.board.values() if m.replied(1))
    assert figures["replied"] == len(hours) == 7 and figures["median_hours"] == hours[3]
    assert figures["p90_hours"] == hours[6]
    overdue = {r["title"] for r in figures["overdue"]}
    assert overdue == {"桃源路小区楼顶违建无人管", "解放路广告牌摇摇欲坠存在隐患"}

    # 预警: a complaint unanswered past a rule's days raises one alert, once
    from clippings.alerts import match
    from tests.test_alerts import load_alerts_text

    cfg = load_alerts_text('[[alerts]]\nname = "留言超期"\nunanswered_days = 2\ngrade = "较大"\n')
    late = next(m for m in demo_server.board.values() if m.reply_from_edition == 2)
    expected = {m.title for m in demo_server.board.values()
                if not m.replied(1) and (datetime(2026, 11, 25, 23, 30, tzinfo=TZ) - m.posted_at).days >= 2}
    assert late.title in expected and "桃源路小区楼顶违建无人管" in expected
    assert match.process_overdue_complaints(db, cfg) == {"overdue": len(expected), "answered": 0}
    alerts = {a["title"]: a for a in db.query("SELECT * FROM alerts")}
    assert set(alerts) == expected and {a["grade"] for a in alerts.values()} == {"medium"}
    assert "留言超过 2 天未回复" in alerts[late.title]["reasons"]
    assert match.process_overdue_complaints(db, cfg) == {"overdue": 0, "answered": 0}

    # 检索 --unanswered: the same complaints, from the CLI
    from clippings.cli import _load_commands, cli
    from indexer.build import update_index

    update_index(db, data.index_dir)
    _load_commands()
    found = CliRunner().invoke(cli, ["--data-dir", str(data.root), "search", "--unanswered", "2", "--json"])
    assert found.exit_code == 0, found.output
    assert {json.loads(line)["title"] for line in found.output.splitlines()} == expected
    found = CliRunner().invoke(cli, ["--data-dir", str(data.root), "search", "--unanswered", "15", "--count"])
    assert found.output.strip() == "1"   # 桃源路 (20 days); 解放路 is 12 days old

    # the next day: only the unreplied messages are fetched again; one of them now has its reply
    demo_server.set_edition(2)
    demo_server.reset_log()
    os.environ["CLIPPINGS_NOW"] = "2026-11-26T23:30:00+08:00"   # restored by the frozen_env fixture
    run2 = run_crawl(data, sources, PROFILE, [], [*FAST, "RECHECK_DAYS=0"], timeout=120)
    fetched = {p for _, p, st, _ in demo_server.requests if p.startswith("/lyb/msg/")}
    pending = {f"/lyb/msg/{m.id}.html" for m in demo_server.board.values() if not m.replied(1)}
    assert fetched == pending
    assert run2["updated"] == 1
    late = next(m for m in demo_server.board.values() if m.reply_from_edition == 2)
    row = complaints.get(db, rows[late.title]["id"])
    assert row["status"] == "replied" and row["reply_unit"] == late.reply_unit
    # its alert closes itself, as answered
    assert match.process_overdue_complaints(db, cfg)["answered"] == 1
    closed = db.execute("SELECT state, close_reason FROM alerts WHERE title = ?", [late.title]).fetchone()
    assert tuple(closed) == ("closed", "replied")
    result = CliRunner().invoke(cli, ["--data-dir", str(data.root), "complaints", "--unanswered"])
    assert result.exit_code == 0, result.output
    assert "桃源路小区楼顶违建无人管" in result.output and late.title not in result.output


def test_message_page_without_reply_block_is_pending_and_flagged(demo_server):
    import urllib.request

    body = urllib.request.urlopen(demo_server.url("/lyb/bare/9004.html")).read()
    fields = parse_message(body)
    assert fields["status"] == "pending" and fields["has_reply_block"] is False
    assert fields["author"] and fields["posted_at"]
    assert parse_message(b"\xff\xfe<<garbage")["status"] == "pending"
    assert parse_message(b"")["status"] == "pending"


def test_leadership_report_has_the_complaints_section(demo_server, tmp_path):
    from datetime import date

    from clippings.config import load_profile
    from clippings.reports.build import build_report
    from clippings.reports.tables import all_tables, numbered_sections

    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES.format(base=demo_server.base_url), encoding="utf-8")
    data = DataDir.resolve(tmp_path / "data")
    run_crawl(data, sources, PROFILE, [], FAST, timeout=120)
    db = open_archive(data.db_path)
    report = build_report(db, load_profile(PROFILE), date(2026, 11, 10), date(2026, 11, 25))
    headers, rows = all_tables(report)["complaints"]
    assert any(h.endswith("留言办理") for h, _, _ in numbered_sections())
    total = next(r for r in rows if r[0] == "全部")
    in_period = [m for m in demo_server.board.values() if m.posted_at.date() >= date(2026, 11, 10)]
    assert total[1] == str(len(in_period)) and total[2] == str(sum(m.replied(1) for m in in_period))
    assert total[6] == "1"   # 解放路广告牌: unanswered 12 days; 桃源路 was posted before the period
    assert "西城区" in {r[0] for r in rows}
