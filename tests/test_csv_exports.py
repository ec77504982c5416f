"""The one CSV writer: every export (CLI ``search --csv``, the web's CSV and .xlsx) neutralises cells
a spreadsheet would run as formulas, from crawled titles and imported fields alike."""

from __future__ import annotations

import csv
import io

import pytest

from clippings.archive import open_archive, records, transaction
from clippings.config import load_profile
from clippings.paths import config_path
from clippings.spreadsheet import csv_bytes, safe_cell
from indexer.build import update_index
from indexer.search import search
from tests.test_search import run_cli

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"点此\")", "+SUM(1,2)", "@SUM(1,2)", "=cmd|' /C calc'!A0",
            "-2+3", "\t=1+1", "\r=1+1"]


@pytest.fixture(scope="module")
def formula_archive(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("formulas")
    db = open_archive(tmp / "clippings.db")
    with transaction(db):
        for n, title in enumerate(FORMULAS):
            records.insert_clipping(db, {
                "url": f"https://example.cn/f{n}", "title": title + " 城管", "text": "城管执法 " + title,
                "source": "jzrb", "source_title": "=江州日报网", "published_at": f"2026-11-1{n}T09:00:00+08:00"})
    profile = load_profile(config_path("bureau.toml"))
    update_index(db, tmp / "index", user_words=profile.user_words(), synonyms=profile.synonyms)
    return tmp


def _cells(raw: bytes) -> list[str]:
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    return [cell for row in rows[1:] for cell in row]


def _assert_no_formula(cells):
    assert cells
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_cli_search_csv_prefixes_formulas(formula_archive, tmp_path):
    out = tmp_path / "hits.csv"
    result = run_cli(["--data-dir", str(formula_archive), "search", "城管", "--csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    cells = _cells(out.read_bytes())
    _assert_no_formula(cells)
    assert "'+SUM(1,2) 城管" in cells and "'=江州日报网" in cells


def test_web_exports_prefix_formulas(formula_archive):
    from clippings.web import export

    hits = search(formula_archive / "index", "城管", per_page=50).hits
    _assert_no_formula(_cells(export.to_csv(hits)))
    _assert_no_formula([c for row in export.rows(hits) for c in row if isinstance(c, str)])


def test_safe_cell_keeps_numbers_and_plain_text():
    assert safe_cell(-3) == -3 and safe_cell(2.5) == 2.5
    assert safe_cell("城管") == "城管" and safe_cell(None) == ""
    assert safe_cell("=1") == "'=1"
    assert csv_bytes(["a"], [["@x"]]).decode("utf-8-sig").splitlines() == ["a", "'@x"]
