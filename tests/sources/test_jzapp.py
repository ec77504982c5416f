"""Source [jzapp] in config/sources.toml: its saved page (the DOM after the page's scripts ran, as
headless Chromium rendered it) extracts as expected (time frozen)."""

from tests.sources.helpers import check_source


def test_jzapp():
    check_source("jzapp")
