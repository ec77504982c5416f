"""sources.toml / bureau.toml validation: a bad file names the file, the source and the field."""

from __future__ import annotations

import subprocess
import sys

import pytest

from clippings.config import ConfigError, load_profile, load_sources
from tests.conftest import PROFILE, SOURCES

GOOD = """
[[source]]
name = "site"
kind = "news"
start_urls = ["http://127.0.0.1:1/list.html"]
article_links = ['/a/\\d+\\.html']
"""


def write(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_config_is_valid():
    sources = load_sources(SOURCES)
    assert {s.kind for s in sources} == {"news", "feed", "sitemap", "forum", "search", "board"}
    assert any(s.own for s in sources)
    assert load_profile(PROFILE).districts


def test_defaults_and_env_expansion(tmp_path):
    path = write(tmp_path, GOOD.replace("http://127.0.0.1:1", "${BASE:-http://127.0.0.1:9}"))
    (source,) = load_sources(path, env={})
    assert source.start_urls == ["http://127.0.0.1:9/list.html"]
    assert source.allowed_domains == ["127.0.0.1"] and source.max_pages == 2000
    (source,) = load_sources(path, env={"BASE": "http://127.0.0.1:5"})
    assert source.start_urls == ["http://127.0.0.1:5/list.html"]


@pytest.mark.parametrize("change, field", [
    (('kind = "news"', 'kind = "blog"'), "kind"),
    (('start_urls = ["http://127.0.0.1:1/list.html"]', 'start_urls = ["ftp://x"]'), "start_urls"),
    (("article_links = ['/a/\\d+\\.html']", "article_links = ['/a/(']"), "article_links"),
    (('name = "site"', 'name = "Site One"'), "name"),
    (('kind = "news"', 'kind = "news"\nmax_pages = -1'), "max_pages"),
    (('kind = "news"', 'kind = "news"\nencoding = "klingon"'), "encoding"),
    (('kind = "news"', 'kind = "news"\ncolour = "red"'), "colour"),
    (('kind = "news"', 'kind = "news"\nselectors = { headline = "h1" }'), "selectors.headline"),
])
def test_bad_fields_are_named(tmp_path, change, field):
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(ConfigError) as err:
        load_sources(path, env={})
    assert err.value.field == field
    assert str(path) in str(err.value)


def test_syntax_error_and_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="TOML"):
        load_sources(write(tmp_path, "[[source]\nname="), env={})
    with pytest.raises(ConfigError, match="不存在"):
        load_sources(tmp_path / "nope.toml", env={})


def test_duplicate_names_and_forum_needs_thread_links(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_sources(write(tmp_path, GOOD + GOOD), env={})
    assert err.value.source == "site" and err.value.field == "name"
    with pytest.raises(ConfigError) as err:
        load_sources(write(tmp_path, GOOD.replace('kind = "news"', 'kind = "forum"')), env={})
    assert err.value.field == "thread_links"


def test_sources_check_command_reports_the_field(tmp_path):
    path = write(tmp_path, GOOD.replace('kind = "news"', 'kind = "blog"'))
    out = subprocess.run([sys.executable, "-m", "clippings", "--sources", str(path), "sources", "check"],
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert "信息源 [site]" in out.stderr and "字段 kind" in out.stderr and "Traceback" not in out.stderr
    ok = subprocess.run([sys.executable, "-m", "clippings", "sources", "check"], capture_output=True, text=True)
    assert ok.returncode == 0 and "配置正确" in ok.stdout


# --- empty terms and invalid selectors are refused by the loader (hardening) ---------------------

@pytest.mark.parametrize("old, new, field", [
    ('aliases = [', 'aliases = ["", ', "bureau.aliases"),
    ('aliases = [', 'aliases = ["   ", ', "bureau.aliases"),
    ('topic_terms = [', 'topic_terms = [" ", ', "bureau.topic_terms"),
])
def test_empty_aliases_and_terms_are_refused(tmp_path, old, new, field):
    text = PROFILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "bureau.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_profile(path)
    assert err.value.field == field and str(path) in str(err.value)
    out = subprocess.run([sys.executable, "-m", "clippings", "--profile", str(path), "sources", "check"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and f"字段 {field}" in out.stderr and str(path) in out.stderr


@pytest.mark.parametrize("selector", ["css:h1[", "xpath://h1[", "div >> p", "xpath:count(("])
def test_invalid_selectors_fail_sources_check(tmp_path, selector):
    path = write(tmp_path, GOOD.replace('kind = "news"', f'kind = "news"\nselectors = {{ title = "{selector}" }}'))
    with pytest.raises(ConfigError) as err:
        load_sources(path, env={})
    assert err.value.field == "selectors.title" and "选择器无效" in str(err.value)


def test_valid_selectors_pass(tmp_path):
    path = write(tmp_path, GOOD.replace('kind = "news"', 'kind = "news"\nselectors = { title = "css:h1.title", '
                                        'body = "xpath://div[@id=\'content\']", author = "span.author" }'))
    (source,) = load_sources(path, env={})
    assert source.selectors["title"] == "css:h1.title"
