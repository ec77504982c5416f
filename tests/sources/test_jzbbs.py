"""Source [jzbbs] in config/sources.toml: its saved page extracts as expected (time frozen)."""

from tests.sources.helpers import check_source


def test_jzbbs():
    check_source("jzbbs")
