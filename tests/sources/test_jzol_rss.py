"""Source [jzol-rss] in config/sources.toml: its saved page extracts as expected (time frozen)."""

from tests.sources.helpers import check_source


def test_jzol_rss():
    check_source("jzol-rss")
