"""Source [jzcg] in config/sources.toml: its saved page extracts as expected (time frozen)."""

from tests.sources.helpers import check_source


def test_jzcg():
    check_source("jzcg")
