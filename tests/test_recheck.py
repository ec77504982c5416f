"""复查: the schedule (time frozen), each outcome against the demo sites (a real re-check crawl), and
what a second round re-checks."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clippings.archive import open_archive, rechecks, records
from clippings.canonical import canonicalize
from clippings.config import ConfigError
from clippings.paths import DataDir
from clippings.recheck.run import recheck
from clippings.recheck.schedule import due, load_settings, parse_step
from clippings.tagger.workflow import correct
from clippings.timeutil import parse_iso
from tests.conftest import ANCHOR_NOW, FAST, PROFILE, SOURCES, crawl
from tests.test_web_fixtures import app, ids, web_data, web_template  # noqa: F401  (fixtures)


def _row(db, server, path):
    return records.get_by_canonical(db, canonicalize(server.url(path), ["print", "extra"]))


def _later(hours: float) -> str:
    return (parse_iso(ANCHOR_NOW) + timedelta(hours=hours)).isoformat()


def _outcomes(db, ids):
    return {name: [r["outcome"] for r in rechecks.history(db, cid)] for name, cid in ids.items()}


def test_settings_are_validated_and_have_defaults(tmp_path):
    assert load_settings(None).steps["negative"][0] == timedelta(hours=1)
    assert parse_step("3d") == timedelta(days=3) and parse_step("30m") == timedelta(minutes=30)
    for text, field in [('[recheck]\nnegative = ["1h", "soon"]', "recheck.negative"),
                        ('[recheck]\nnegative = ["6h", "1h"]', "recheck.negative"),
                        ('[recheck]\nweekly = ["7d"]', "recheck.weekly"),
                        ('[recheck]\nbatch = 0', "recheck.batch")]:
        path = tmp_path / "bureau.toml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ConfigError) as err:
            load_settings(path)
        assert err.value.field == field


def test_each_outcome_on_the_demo_sites_and_the_decaying_schedule(tmp_path, demo_server, frozen_env):
    crawl(tmp_path, names=["jzrb", "jzol", "jzbbs"])
    db = open_archive(tmp_path / "clippings.db")
    demo_server.set_edition(2)
    changes = demo_server.changes(2)
    by_site = lambda paths, prefix: [p for p in paths if p.startswith(prefix) and _row(db, demo_server, p)]  # noqa: E731
    threads = [r["url"].split(str(demo_server.port), 1)[1] for r in
               db.query("SELECT url FROM clippings WHERE source = 'jzbbs' AND status != 'deleted' ORDER BY id")]
    articles = [r["url"].split(str(demo_server.port), 1)[1] for r in
                db.query("SELECT url FROM clippings WHERE source = 'jzrb' ORDER BY id")]
    touched = set(changes["modified"] + changes["gone_404"] + changes["gone_410"] + changes["thread_deleted"]
                  + changes["thread_replied"])
    quiet_threads = [p for p in threads if p not in touched]
    quiet_articles = [p for p in articles if p not in touched and "_2" not in p]
    cases = {
        "edited": by_site(changes["modified"], "/jzol/")[0],
        "gone": (by_site(changes["gone_404"] + changes["gone_410"], "/jzrb/"))[0],
        "notice": quiet_threads[0], "to_board": quiet_threads[1], "flapping": quiet_threads[2],
        "empty": quiet_articles[0], "to_list": quiet_articles[1], "kept": quiet_articles[2],
    }
    demo_server.set_fate(cases["notice"], "deleted_notice")
    demo_server.set_fate(cases["to_board"], "redirect_list")
    demo_server.set_fate(cases["flapping"], "error_500")
    demo_server.set_fate(cases["empty"], "empty")
    demo_server.set_fate(cases["to_list"], "redirect_list")
    ids = {name: _row(db, demo_server, path)["id"] for name, path in cases.items()}
    for cid in ids.values():
        correct(db, cid, sentiment="negative", by="宣传干事", story=False)
    settings = load_settings(PROFILE)
    # the first re-check is due one hour after the first capture, not before
    frozen_env.setenv("CLIPPINGS_NOW", _later(0.5))
    assert not [d for d in due(db, settings, [], parse_iso(_later(0.5))) if d.clipping["id"] in ids.values()]
    frozen_env.setenv("CLIPPINGS_NOW", _later(2))
    pending = {d.clipping["id"] for d in due(db, settings, [], parse_iso(_later(2)))}
    assert set(ids.values()) <= pending

    data = DataDir.resolve(tmp_path)
    fast = lambda *a, **k: __import__("clippings.crawling").crawling.run_crawl(  # noqa: E731
        a[0], a[1], a[2], a[3], [*FAST, *a[4]], timeout=120)
    first = recheck(data, SOURCES, PROFILE, crawl=fast)
    got = _outcomes(db, ids)
    assert got == {"edited": ["edited"], "gone": ["deleted"], "notice": ["deleted"], "to_board": ["deleted"],
                   "flapping": ["unreachable"], "empty": ["deleted"], "to_list": ["deleted"], "kept": ["unchanged"]}
    assert first.outcomes["deleted"] == 5
    for name in ("gone", "notice", "to_board", "empty", "to_list"):
        row = records.get_clipping(db, ids[name])
        assert row["status"] == "deleted" and records.get_evidence(db, ids[name]), name   # the copy stays
    for name, statuses in (("gone", {404, 410}), ("to_list", {302}), ("to_board", {302})):
        answers = records.get_evidence(db, ids[name])        # the capture, then the answer that removed it
        assert len(answers) == 2 and answers[-1]["http_status"] in statuses, name
    edited = records.get_clipping(db, ids["edited"])
    assert edited["status"] == "changed" and len(records.get_versions(db, ids["edited"])) == 1
    kept = rechecks.history(db, ids["kept"])[0]
    assert kept["http_status"] in (200, 304) and kept["content_hash"] == records.get_clipping(db, ids["kept"])["content_hash"]
    assert "跳转" in rechecks.history(db, ids["to_board"])[0]["detail"]

    # the server is back; deleted pages are not re-checked; the next step (6 h) is not due yet at 3 h
    demo_server.set_fate(cases["flapping"], None)
    frozen_env.setenv("CLIPPINGS_NOW", _later(3))
    assert recheck(data, SOURCES, PROFILE, crawl=fast).due == 0
    frozen_env.setenv("CLIPPINGS_NOW", _later(7))
    demo_server.reset_log()
    second = recheck(data, SOURCES, PROFILE, crawl=fast)
    assert second.due == 3 and second.outcomes == {"unchanged": 3}
    assert _outcomes(db, ids)["flapping"] == ["unreachable", "unchanged"]
    fetched = {p for _, p, _, _ in demo_server.requests}
    assert not any(cases[n].split("?")[0] in fetched for n in ("gone", "empty", "to_list"))


def test_a_deleted_page_shows_its_rechecks_and_is_found_by_status(app, web_data, ids):
    """The clipping page says when a re-check found the page deleted and lists every re-check; search
    finds it with 状态:已删除 (the 已删除 shortcut) once the index is updated."""
    import re
    from urllib.parse import unquote_plus

    from clippings.config import load_profile
    from clippings.archive import transaction
    from indexer.build import update_index
    from tests.test_web_fixtures import login

    root, _ = web_data
    db = open_archive(root / "clippings.db")
    cid = ids["negative"]
    with transaction(db):
        rechecks.add(db, cid, "2026-11-25T09:00:00+08:00", "negative", 200, "h1", "unchanged")
        rechecks.add(db, cid, "2026-11-25T14:00:00+08:00", "negative", 302, "h1", "deleted", "跳转到首页或列表页 /")
        records.mark_deleted(db, cid)
    update_index(db, root / "index", load_profile(PROFILE))
    client = app.test_client()
    login(client, "staff")
    page = client.get(f"/clipping/{cid}").get_data(as_text=True)
    assert re.search(r'id="status">来源已删除（已删除，2026-11-25 14:00 复查发现）', page)
    section = page.split('id="rechecks"', 1)[1].split("</section>", 1)[0]
    assert section.count("<tr class=\"recheck-") == 2 and "跳转到首页或列表页" in section and "负面信息" in section
    found = client.get("/search", query_string={"q": "状态:已删除"}).get_data(as_text=True)
    assert f'href="/clipping/{cid}"' in found and re.search(r'id="total">1<', found)
    shortcut = client.get("/search", query_string={"q": "城管"}).get_data(as_text=True)
    from datetime import date

    from clippings.briefing import build_briefing

    day = date.fromisoformat(records.get_clipping(db, cid)["published_at"][:10])
    items = [i for sec in build_briefing(db, load_profile(PROFILE), day).sections for i in sec.items + sec.overflow]
    [item] = [i for i in items if cid in (i.member_ids or [i.clipping_id])]
    assert "原文已删除（11月25日14时发现）" in item.flags
    from clippings.paths import DataDir
    from clippings.proof.package import build_package

    with transaction(db):   # a page with its WARC record: the evidence package carries the re-checks
        rechecks.add(db, ids["xss"], "2026-11-25T09:00:00+08:00", "negative", 200, "h1", "unchanged")
        rechecks.add(db, ids["xss"], "2026-11-25T14:00:00+08:00", "negative", 302, "h1", "deleted",
                     "跳转到首页或列表页 /")
    pkg = build_package(db, DataDir.resolve(root), ids["xss"], root / "pkg", render=False)
    assert [r["outcome"] for r in pkg.manifest["rechecks"]] == ["unchanged", "deleted"]
    assert "2026-11-25 14:00  HTTP 302  已删除：跳转到首页或列表页" in (root / "pkg" / "说明.txt").read_text("utf-8")
    link = re.search(r'id="only-deleted" href="\?([^"]+)"', shortcut).group(1)
    assert "q=城管 状态:已删除" in unquote_plus(link.replace("&amp;", "&"))
