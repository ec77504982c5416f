"""The leadership report as one self-contained HTML page (charts inlined as data: URIs).

Jinja2 with autoescaping: every crawled string (titles, outlets) is HTML-escaped.
"""

from __future__ import annotations

import base64
from pathlib import Path

from clippings.briefing.render_html import environment
from clippings.reports import tables
from clippings.reports.model import Report


def _data_uri(path: Path | None) -> str:
    if not path or not Path(path).exists():
        return ""
    return "data:image/png;base64," + base64.b64encode(Path(path).read_bytes()).decode("ascii")


def report_html_text(report: Report) -> str:
    charts = {name: _data_uri(report.charts.get(name)) for name in ("trend", "sentiment", "topics", "districts", "sources")}
    return environment("clippings.reports").get_template("report.html").render(
        r=report, charts=charts, tables=tables.all_tables(report), sections=tables.numbered_sections(),
        empty_text=tables.EMPTY_TEXT, title_col=tables.TITLE_COLUMN)


def render_report_html(report: Report, out_path: str | Path) -> Path:
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(report_html_text(report), encoding="utf-8")
    return out_path
