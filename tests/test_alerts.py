"""预警: rules and their validation, one alert per story, escalation, closing, the delivery queue over
a real SMTP server and a local webhook receiver, and 处置 work orders."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from clippings.alerts import match, notify, orders
from clippings.alerts.config import load_alerts
from clippings.alerts.service import ack, close, detail, list_open, run_cycle
from clippings.archive import alerts as store, open_archive, transaction
from clippings.archive.tags import record_correction
from clippings.clusters import assign_pending
from clippings.config import ConfigError, load_profile

from tests.alertkit import OTHER, PROFILE, STORY, Receiver, SMTPSink, add, free_port, write_config

NOW = "2026-11-25T23:30:00+08:00"


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIPPINGS_NOW", NOW)
    db = open_archive(tmp_path / "clippings.db")
    yield db
    db.conn.close()


def story(db, outlets: list[str], start_hour: int = 20, title: str = "江州城管强拖摊主三轮车引质疑"):
    ids = [add(db, i, src, title, STORY + f"（来源：{src}）", f"2026-11-25T{start_hour + i // 2:02d}:{10 + i:02d}:00+08:00")
           for i, src in enumerate(outlets)]
    assign_pending(db, load_profile(PROFILE))
    return ids


# --- rules as data ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, who, fieldname", [
    ('[[alerts]]\nname = "甲"\ngrade = "很大"\n', "甲", "grade"),
    ('[[alerts]]\nname = "乙"\ncolour = "red"\n', "乙", "colour"),
    ('[[alerts]]\nname = "丙"\nkeywords = ["+"]\n', "丙", "keywords"),
    ('[[alerts]]\nname = "丁"\nsentiment = ["愤怒"]\n', "丁", "sentiment"),
    ('[[grading]]\nname = "戊"\nmin_outlets = 0\n', "戊", "min_outlets"),
    ('[[channels]]\nname = "飞鸽"\nurl = "pigeon://${TOKEN}"\n', "飞鸽", "url"),
    ('[[channels]]\nname = "邮箱"\nurl = "json://127.0.0.1/x"\nquiet_hours = "晚上"\n', "邮箱", "quiet_hours"),
    ('[[alerts]\nname = "x"', None, None),
    ('[[alerts]]\nname = "己"\nunanswered_days = 0\n', "己", "unanswered_days"),
    ('[[alerts]]\nname = "庚"\nunanswered_days = 7\nkinds = ["news"]\n', "庚", "kinds"),
    ('[[grading]]\nname = "辛"\nunanswered_days = 7\n', "辛", "unanswered_days"),
])
def test_bad_rules_and_channels_are_named(tmp_path, text, who, fieldname):
    path = tmp_path / "alerts.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_alerts(path, PROFILE)
    message = str(exc.value)
    assert str(path) in message
    if who:
        assert who in message and fieldname in message


def test_sources_check_validates_alerts_file(tmp_path, monkeypatch):
    from clippings.cli import _load_commands, cli

    _load_commands()
    path = tmp_path / "alerts.toml"
    path.write_text('[[channels]]\nname = "飞鸽"\nurl = "pigeon://x"\n', encoding="utf-8")
    monkeypatch.setenv("CLIPPINGS_ALERTS", str(path))
    result = CliRunner().invoke(cli, ["sources", "check"])
    assert result.exit_code != 0
    assert "飞鸽" in str(result.exception) and "url" in str(result.exception)
    write_config(path)
    result = CliRunner().invoke(cli, ["sources", "check"])
    assert result.exit_code == 0, result.output
    assert "预警规则 1 条，定级规则 2 条" in result.output


def test_keywords_must_and_exclude():
    cfg_rule = load_alerts_text('[[alerts]]\nname = "r"\nkeywords = ["城管", "占道", "+江州", "!招聘"]\n').rules[0]
    row = {"title": "江州城管", "text": "占道经营", "sentiment": "negative"}
    assert match.clipping_matches(cfg_rule.when, row)
    assert not match.clipping_matches(cfg_rule.when, {**row, "title": "城管"})             # +江州 missing
    assert not match.clipping_matches(cfg_rule.when, {**row, "text": "城管招聘公告"})       # !招聘
    assert not match.clipping_matches(cfg_rule.when, {"title": "江州", "text": "天气"})     # no plain word


def load_alerts_text(text: str):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "alerts.toml"
        p.write_text(text, encoding="utf-8")
        return load_alerts(p, PROFILE)


# --- one alert per story ---------------------------------------------------------------------
def test_one_alert_per_story_escalates_once_per_grade(db, tmp_path):
    cfg = load_alerts(write_config(tmp_path / "a.toml", '[[channels]]\nname = "群"\nurl = "json://127.0.0.1:9/x"\n'),
                      PROFILE)
    add(db, 50, "zz", "江州城管招聘协管员", OTHER + "城管招聘", "2026-11-25T20:00:00+08:00")   # !招聘: no alert
    story(db, ["a"])
    counts = match.process_new(db, cfg)
    assert counts["new"] == 1
    [alert] = list_open(db, cfg)
    assert alert["grade"] == "low" and alert["outlets"] == 1
    story_ids = [i["id"] for i in store.alert_items(db, alert["id"])]
    # two reposts within the hour: the same alert, now 较大, one more notification
    more = [add(db, 10 + i, src, "江州城管强拖摊主三轮车引质疑", STORY + f"（来源：{src}）",
                f"2026-11-25T21:{i:02d}:00+08:00") for i, src in enumerate(["b", "c"])]
    assign_pending(db, load_profile(PROFILE))
    counts = match.process_new(db, cfg)
    assert counts["new"] == 0 and counts["escalated"] == 1
    [alert] = list_open(db, cfg)
    assert alert["grade"] == "medium" and alert["outlets"] == 3
    assert {i["id"] for i in store.alert_items(db, alert["id"])} == set(story_ids + more)
    # a fourth outlet updates the count but sends nothing new; processing again changes nothing
    add(db, 20, "d", "江州城管强拖摊主三轮车引质疑", STORY + "（来源：d）", "2026-11-25T21:30:00+08:00")
    assign_pending(db, load_profile(PROFILE))
    match.process_new(db, cfg)
    match.process_new(db, cfg)
    [alert] = list_open(db, cfg)
    assert alert["outlets"] == 4 and alert["grade"] == "medium"
    sent = [(n["purpose"], n["grade"]) for n in store.notifications(db, alert["id"])]
    assert sent == [("alert", "low"), ("escalate", "medium")]


def test_staff_correction_closes_the_alert(db, tmp_path):
    cfg = load_alerts(write_config(tmp_path / "a.toml"), PROFILE)
    ids = story(db, ["a", "b"])
    match.process_new(db, cfg)
    [alert] = list_open(db, cfg)
    with transaction(db):
        for cid in ids:
            record_correction(db, cid, "sentiment", "negative", "neutral", "王干事", "误判", NOW)
    counts = match.process_new(db, cfg)
    assert counts["closed"] == 1
    assert store.get_alert(db, alert["id"])["close_reason"] == "corrected"
    assert list_open(db, cfg) == []


def test_closed_as_irrelevant_stays_closed_when_reposted(db, tmp_path):
    cfg = load_alerts(write_config(tmp_path / "a.toml", '[[channels]]\nname = "群"\nurl = "json://127.0.0.1:9/x"\n'),
                      PROFILE)
    story(db, ["a"])
    match.process_new(db, cfg)
    [alert] = list_open(db, cfg)
    close(db, alert["id"], "王干事", "irrelevant")
    story(db, ["b", "c", "d", "e", "f"], start_hour=21)
    match.process_new(db, cfg)
    assert list_open(db, cfg) == []
    assert len(store.notifications(db, alert["id"])) == 1
    assert any(r["action"] == "alert_close" for r in db.query("SELECT action FROM audit_log"))


def test_old_stories_raise_no_alert(db, tmp_path):
    cfg = load_alerts(write_config(tmp_path / "a.toml"), PROFILE)
    add(db, 1, "a", "江州城管强拖摊主三轮车引质疑", STORY, "2026-11-20T10:00:00+08:00")
    assign_pending(db, load_profile(PROFILE))
    assert match.process_new(db, cfg)["new"] == 0


# --- delivery --------------------------------------------------------------------------------
def test_delivery_email_webhooks_retry_and_secrets(db, tmp_path, monkeypatch):
    from apprise.plugins import dingtalk

    smtp, hook, ding = SMTPSink(), Receiver(), Receiver(dingtalk_secret="SEC9f8e0a")
    down_port = free_port()
    monkeypatch.setattr(dingtalk.NotifyDingTalk, "notify_url",
                        f"http://127.0.0.1:{ding.port}/robot/send?access_token={{token}}")
    monkeypatch.setenv("DING_TOKEN", "a1b2c3d45521")
    monkeypatch.setenv("DING_SECRET", "SEC9f8e0a")
    monkeypatch.delenv("MISSING_KEY", raising=False)
    channels = f'''
[[channels]]
name = "邮箱"
url = "mailto://127.0.0.1:{smtp.port}?from=alerts@jz.example&to=office@jz.example&mode=insecure"
[[channels]]
name = "值班群"
url = "json://127.0.0.1:{hook.port}/hook"
[[channels]]
name = "钉钉"
url = "dingtalk://${{DING_SECRET}}@${{DING_TOKEN}}/"
[[channels]]
name = "坏了的"
url = "json://127.0.0.1:{down_port}/hook?cto=1&rto=1"
[[channels]]
name = "没密钥"
url = "wecombot://${{MISSING_KEY}}"
'''
    cfg = load_alerts(write_config(tmp_path / "a.toml", channels), PROFILE)
    try:
        story(db, ["a"])
        counts = run_cycle(db, cfg)
        assert counts["new"] == 1 and counts["sent"] == 3 and counts["failed"] == 2
        [mail] = smtp.messages
        assert "【一般预警】江州城管强拖摊主三轮车引质疑" in mail["Subject"]
        body = mail.get_body().get_content()
        for part in ("敏感度：一般", "来源：媒体a", "时间：2026-11-25 20:10", "转载媒体：1 家", "/alerts/1",
                     "回应时限：2026-11-27 23:30 前首次回应"):
            assert part in body
        [post] = hook.posts
        assert post["body"]["title"].startswith("【一般预警】") and "摘要：网友发帖称" in post["body"]["message"]
        [dpost] = ding.posts
        assert dpost["query"]["access_token"] == "a1b2c3d45521" and dpost["signature_ok"] is True
        assert "【一般预警】" in dpost["body"]["text"]["content"]
        # failures are kept, retried later, and say which channel and why, without secrets
        [alert] = list_open(db, cfg)
        assert alert["delivery"]["failing"] == 2
        rows = {n["channel"]: n for n in store.notifications(db, alert["id"])}
        assert rows["没密钥"]["last_error"] == "通道 没密钥：缺少环境变量 MISSING_KEY"
        assert "坏了的" in rows["坏了的"]["last_error"]
        assert all("SEC9f8e0a" not in (n["last_error"] or "") and "a1b2c3d45521" not in (n["last_error"] or "")
                   for n in rows.values())
        assert run_cycle(db, cfg)["sent"] == 0          # back-off: not due yet
        # the channel comes back and the key is set: delivered once, nothing sent twice
        back = Receiver()
        cfg.channel("坏了的").url = f"json://127.0.0.1:{back.port}/hook"
        monkeypatch.setenv("MISSING_KEY", "k")
        monkeypatch.setenv("CLIPPINGS_NOW", "2026-11-25T23:45:00+08:00")
        from apprise.plugins import wecombot

        monkeypatch.setattr(wecombot.NotifyWeComBot, "notify_url", f"http://127.0.0.1:{back.port}/wecom?key={{key}}")
        counts = run_cycle(db, cfg)
        assert counts["sent"] == 2 and counts["failed"] == 0
        wecom = [p for p in back.posts if p["path"] == "/wecom"]
        assert wecom and wecom[0]["query"]["key"] == "k" and wecom[0]["body"]["msgtype"] == "text"
        assert len(smtp.messages) == 1 and len(hook.posts) == 1 and len(ding.posts) == 1
        back.stop()
    finally:
        smtp.stop(), hook.stop(), ding.stop()


def test_quiet_hours_hold_all_but_major(db, tmp_path):
    hook = Receiver()
    try:
        cfg = load_alerts(write_config(tmp_path / "a.toml", f'''
[[channels]]
name = "夜间"
url = "json://127.0.0.1:{hook.port}/hook"
quiet_hours = "22:00-07:00"
'''), PROFILE)
        story(db, ["a"])
        counts = run_cycle(db, cfg)
        assert counts["held"] == 1 and hook.posts == []
        [n] = store.notifications(db)
        assert n["next_attempt_at"] == "2026-11-26T07:00:00+08:00"
        story(db, ["k1", "k2", "k3", "k4", "k5"], start_hour=21)    # it spreads: 重大 goes out at night
        run_cycle(db, cfg)
        assert [p["body"]["title"][:9] for p in hook.posts] == ["【预警升级为重大】"]
        assert [n["state"] for n in store.notifications(db)] == ["sent", "pending"]
    finally:
        hook.stop()


# --- work orders -----------------------------------------------------------------------------
def test_work_order_lifecycle_deadlines_overdue_and_audit(db, tmp_path, monkeypatch):
    hook = Receiver()
    try:
        cfg = load_alerts(write_config(tmp_path / "a.toml", f'''
[[channels]]
name = "领导群"
url = "json://127.0.0.1:{hook.port}/leaders"
grades = ["重大"]
leaders = true
'''), PROFILE)
        story(db, ["a", "b", "c", "d", "e"])
        run_cycle(db, cfg)
        [alert] = list_open(db, cfg)
        assert alert["grade"] == "high" and len(hook.posts) == 1
        assert "东湖区大队" in cfg.units and "信息宣传科" in cfg.units
        with pytest.raises(orders.OrderError, match="未知的责任单位"):
            orders.assign(db, cfg, alert["id"], "火星大队", "科长")
        order_id = orders.assign(db, cfg, alert["id"], "东湖区大队", "科长", "请核实")
        order = store.get_order(db, order_id)
        assert order["report_due"] == "2026-11-26T00:30:00+08:00"
        assert order["respond_due"] == "2026-11-26T04:30:00+08:00"
        with pytest.raises(orders.OrderError, match="已有未办结"):
            orders.assign(db, cfg, alert["id"], "信息宣传科", "科长")
        with pytest.raises(orders.OrderError, match="不能改为已办结"):
            orders.step(db, order_id, "done", "队长")
        with pytest.raises(orders.OrderError, match="理由"):
            orders.step(db, order_id, "declined", "队长", "  ")
        orders.step(db, order_id, "working", "队长", "已到现场")
        # past the deadline: flagged, listed first, escalated to the leaders once
        monkeypatch.setenv("CLIPPINGS_NOW", "2026-11-26T05:00:00+08:00")
        [late] = orders.orders(db, "东湖区大队")
        assert late["overdue"]
        assert run_cycle(db, cfg)["overdue"] == 1
        assert run_cycle(db, cfg)["overdue"] == 0
        overdue_posts = [p for p in hook.posts if p["body"]["title"].startswith("【处置超时】")]
        assert len(overdue_posts) == 1 and "东湖区大队" in overdue_posts[0]["body"]["message"]
        orders.step(db, order_id, "responded", "队长", "http://jzcg.example/tongbao.html")
        orders.step(db, order_id, "done", "科长")
        full = detail(db, cfg, alert["id"])
        assert full["state"] == "closed"
        assert [e["to_state"] for e in full["orders"][0]["events"]] == ["pending", "working", "responded", "done"]
        assert full["orders"][0]["events"][2]["note"] == "http://jzcg.example/tongbao.html"
        actions = [r["action"] for r in db.query("SELECT action FROM audit_log ORDER BY id")]
        assert actions == ["order_assign", "order_step", "order_escalate", "order_step", "order_step"]
    finally:
        hook.stop()


def test_cli_list_show_ack_assign_close(tmp_path, monkeypatch):
    from clippings.cli import _load_commands, cli

    _load_commands()
    monkeypatch.setenv("CLIPPINGS_NOW", NOW)
    cfg_path = write_config(tmp_path / "a.toml", '[[channels]]\nname = "坏群"\nurl = "json://127.0.0.1:9/x?cto=1"\n')
    monkeypatch.setenv("CLIPPINGS_ALERTS", str(cfg_path))
    monkeypatch.setenv("COLUMNS", "240")
    db = open_archive(tmp_path / "data" / "clippings.db")
    story(db, ["a"])
    run_cycle(db, load_alerts(cfg_path, PROFILE))
    run = lambda *a: CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), *a])
    out = run("alerts", "list")
    assert out.exit_code == 0 and "江州城管强拖摊主三轮车引质疑" in out.output and "发送失败 1" in out.output
    assert run("alerts", "ack", "1", "--by", "王干事").exit_code == 0
    assert run("alerts", "ack", "1").exit_code == 1
    out = run("alerts", "assign", "1", "西城区大队", "--by", "科长")
    assert out.exit_code == 0 and "处置单 #1" in out.output
    out = run("alerts", "step", "1", "declined", "--by", "队长")
    assert out.exit_code == 1 and "理由" in out.output
    out = run("alerts", "show", "1")
    assert "西城区大队 待处置" in out.output and "坏群" in out.output
    assert run("alerts", "close", "99").exit_code == 1
    assert run("alerts", "close", "1", "--irrelevant").exit_code == 0
    assert "（0 条）" in run("alerts", "list").output


def test_watch_keeps_the_last_good_alert_config(tmp_path):
    from clippings.watch import AlertConfigHolder

    path = write_config(tmp_path / "a.toml")
    lines: list[str] = []
    holder = AlertConfigHolder(lambda: load_alerts(path, PROFILE), lines.append)
    assert [r.name for r in holder.get(every=0).rules] == ["负面"]
    path.write_text('[[alerts]]\nname = "坏规则"\ngrade = "特大"\n', encoding="utf-8")
    assert [r.name for r in holder.get(every=0).rules] == ["负面"]      # the crawl and alerts go on
    holder.get(every=0)
    assert len(lines) == 1 and "坏规则" in lines[0] and "grade" in lines[0]   # said once, naming the rule


def test_a_briefing_waiting_for_signature_is_announced_on_the_leaders_channel(tmp_path, monkeypatch):
    from datetime import date

    from clippings.alerts.notices import briefing_waiting

    hook = Receiver()
    try:
        config = write_config(tmp_path / "alerts.toml", f'''
[[channels]]
name = "领导群"
url = "json://127.0.0.1:{hook.port}/leaders"
leaders = true

[[channels]]
name = "值班群"
url = "json://127.0.0.1:{hook.port}/staff"
''')
        monkeypatch.setenv("CLIPPINGS_ALERTS", str(config))
        briefing_waiting(PROFILE, date(2026, 11, 25), "赵科长", "http://127.0.0.1/briefing/2026-11-25", wait=True)
        assert [p["path"] for p in hook.posts] == ["/leaders"]                    # only the leaders hear of it
        assert hook.posts[0]["body"]["title"] == "网媒快讯待签发：2026年11月25日"
        assert "赵科长" in hook.posts[0]["body"]["message"]
        monkeypatch.setenv("CLIPPINGS_ALERTS", str(tmp_path / "none.toml"))       # no channels: nothing, no error
        assert briefing_waiting(PROFILE, date(2026, 11, 25), "赵科长") is None
    finally:
        hook.stop()
