"""信息源管理: form → block, validation as `sources check`, comments kept, atomic replace, audit, 试抓取."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clippings.archive import open_archive
from clippings.config import load_sources
from clippings.sourcedesk import editor
from clippings.sourcedesk.trial import try_source
from tests.test_web_fixtures import PROFILE, SOURCES, app, web_data, web_template  # noqa: F401  (fixtures)

NEW = {"name": "hnw", "title": "湖南网", "kind": "news", "start_urls": "http://127.0.0.1:9/list.html",
       "article_links": "/news/\\d+\\.html$\n/old/\\d+\\.html$", "max_pages": "50"}


@pytest.fixture
def sources(tmp_path) -> Path:
    path = tmp_path / "sources.toml"
    shutil.copy(SOURCES, path)
    return path


def test_form_becomes_a_block_and_bad_values_name_their_field():
    block = editor.block_from_form(NEW)
    assert block["article_links"] == ["/news/\\d+\\.html$", "/old/\\d+\\.html$"] and block["max_pages"] == 50
    assert block["own"] is False
    for form, field in (({**NEW, "max_pages": "many"}, "max_pages"), ({**NEW, "kind": "blog"}, "kind"),
                        ({**NEW, "title": "x" * 5000}, "title")):
        with pytest.raises(editor.SourceFormError) as err:
            editor.block_from_form(form)
        assert err.value.field == field


def test_add_edit_pause_resume_keep_comments_and_audit(sources, tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    before = sources.read_text(encoding="utf-8")
    editor.add_source(sources, editor.block_from_form(NEW), by="王管理", db=db)
    text = sources.read_text(encoding="utf-8")
    assert text.startswith(before.rstrip("\n")[:200])             # the header comments are still there
    assert "# Fields (see README" in text and "${CLIPPINGS_DEMO_URL:-http://127.0.0.1:8765}" in text
    assert [s.name for s in load_sources(sources)][-1] == "hnw"
    editor.update_source(sources, "hnw", editor.block_from_form({**NEW, "title": "湖南在线", "max_pages": ""}),
                         by="王管理", db=db)
    hnw = next(s for s in load_sources(sources) if s.name == "hnw")
    assert hnw.title == "湖南在线" and hnw.max_pages == 2000       # an emptied field falls back to the default
    editor.set_enabled(sources, "hnw", False, by="王管理", db=db)
    assert not next(s for s in load_sources(sources) if s.name == "hnw").enabled
    editor.set_enabled(sources, "hnw", True, by="王管理", db=db)
    actions = [r["action"] for r in db.query("SELECT action FROM audit_log ORDER BY id")]
    assert actions == ["source_add", "source_edit", "source_pause", "source_resume"]
    edit = next(db.query("SELECT detail FROM audit_log WHERE action = 'source_edit'"))
    assert "title" in edit["detail"] and "max_pages" in edit["detail"]


def test_invalid_change_leaves_the_file_as_it_was(sources):
    before = sources.read_bytes()
    with pytest.raises(editor.SourceFormError) as err:      # a news source needs article_links
        editor.add_source(sources, editor.block_from_form({**NEW, "article_links": ""}), by="t")
    assert err.value.field == "article_links" and "article_links" in str(err.value)
    with pytest.raises(editor.SourceFormError) as err:      # the name is taken
        editor.add_source(sources, editor.block_from_form({**NEW, "name": "jzrb"}), by="t")
    assert err.value.field == "name"
    with pytest.raises(editor.SourceFormError) as err:      # a regex that does not compile
        editor.update_source(sources, "jzrb", editor.block_from_form({**NEW, "name": "jzrb",
                                                                        "article_links": "(["}), by="t")
    assert err.value.field == "article_links"
    assert sources.read_bytes() == before
    assert not list(sources.parent.glob(".sources-*"))      # no temporary file left behind


def test_trial_crawls_the_demo_site_without_touching_the_archive(demo_server, tmp_path):
    block = editor.block_from_form({"name": "jzrb-try", "title": "江州日报网", "kind": "news",
                                    "start_urls": f"{demo_server.base_url}/jzrb/node_12.html",
                                    "article_links": "/jzrb/content/\\d{6}/\\d{2}/content_\\d+\\.html$"})
    result = try_source(block, PROFILE, pages=8)
    assert result.failed is None, result.failed
    assert result.pages_fetched >= 2 and result.kept + result.irrelevant >= 1
    assert result.items and all(i.title and i.url.startswith(demo_server.base_url) for i in result.items)
    dead = try_source(editor.block_from_form({**NEW, "start_urls": "http://127.0.0.1:9/list.html"}), PROFILE)
    assert dead.failed is None and dead.kept == 0 and dead.errors    # refused connection: counted, not a crash


@pytest.fixture
def admin_app(web_data, sources):
    from clippings.web import create_app

    return create_app(web_data[0], sources, PROFILE, testing=True)


def test_web_form_add_edit_pause_and_errors(admin_app, sources):
    from tests.test_web_fixtures import csrf_from, login

    client = admin_app.test_client()
    login(client, "admin")
    form = client.get("/sources/new").get_data(as_text=True)
    token = csrf_from(form)
    bad = client.post("/sources", data={**NEW, "article_links": "([", "csrf_token": token, "action": "save"})
    page = bad.get_data(as_text=True)
    assert bad.status_code == 400 and 'id="form-error"' in page and "文章链接规则" in page
    assert 'name="article_links" rows="3" aria-invalid=true' in page and "([" in page   # the input is kept
    ok = client.post("/sources", data={**NEW, "csrf_token": token, "action": "save"})
    assert ok.status_code == 302
    assert next(s for s in load_sources(sources) if s.name == "hnw").title == "湖南网"
    listing = client.get("/sources").get_data(as_text=True)
    assert "已添加信息源：湖南网（hnw）" in listing and 'id="source-hnw"' in listing
    edit = client.get("/sources/hnw/edit").get_data(as_text=True)
    assert "/news/\\d+\\.html$\n/old/\\d+\\.html$" in edit
    client.post("/sources/hnw", data={**NEW, "title": "湖南在线", "csrf_token": token, "action": "save"})
    client.post("/sources/hnw/enabled", data={"enabled": "0", "csrf_token": token})
    hnw = next(s for s in load_sources(sources) if s.name == "hnw")
    assert hnw.title == "湖南在线" and not hnw.enabled
    assert client.get("/sources/nosuch/edit").status_code == 404
    staff = admin_app.test_client()
    login(staff, "staff")
    assert staff.get("/sources/new").status_code == 403
    audit = client.get("/admin/audit").get_data(as_text=True)
    assert "添加信息源" in audit and "修改项：网站名称" in audit and "暂停信息源" in audit


def test_web_trial_shows_what_it_would_take(admin_app, demo_server, sources):
    from tests.test_web_fixtures import csrf_from, login

    client = admin_app.test_client()
    login(client, "admin")
    token = csrf_from(client.get("/sources/new").get_data(as_text=True))
    before = sources.read_bytes()
    resp = client.post("/sources", data={"name": "jzrb-try", "title": "江州日报网", "kind": "news",
                                         "start_urls": f"{demo_server.base_url}/jzrb/node_12.html",
                                         "article_links": "/jzrb/content/\\d{6}/\\d{2}/content_\\d+\\.html$",
                                         "action": "try", "csrf_token": token})
    page = resp.get_data(as_text=True)
    assert resp.status_code == 200 and 'id="trial"' in page and "试抓取结果（未存入归档）" in page
    assert page.count("<tr><td>") >= 1 and demo_server.base_url in page
    assert sources.read_bytes() == before                      # trying saves nothing


def test_cli_pause_resume_and_try(sources, demo_server, tmp_path):
    import subprocess
    import sys

    def run(*args):
        return subprocess.run([sys.executable, "-m", "clippings", "--data-dir", str(tmp_path / "data"),
                               "--sources", str(sources), "sources", *args], capture_output=True, text=True,
                              timeout=120)

    out = run("pause", "jzol-rss", "--by", "王管理")
    assert out.returncode == 0 and "已暂停信息源：江州在线（jzol-rss）" in out.stdout
    assert not next(s for s in load_sources(sources) if s.name == "jzol-rss").enabled
    assert "# Fields (see README" in sources.read_text(encoding="utf-8")
    assert run("resume", "jzol-rss").returncode == 0
    assert next(s for s in load_sources(sources) if s.name == "jzol-rss").enabled
    bad = run("pause", "nosuch")
    assert bad.returncode == 1 and "没有名为 nosuch 的信息源" in bad.stderr
    tried = run("try", "jzcg", "--pages", "6")
    assert tried.returncode == 0 and "抓取" in tried.stdout and "- " in tried.stdout, tried.stderr
