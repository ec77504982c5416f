"""Leadership reports for a period: counts, shares, trends, sources, topics, districts, top stories.

    from clippings.reports import build_report, render_report
    r = build_report(db, profile, date(2026, 11, 1), date(2026, 11, 30), charts_dir)
    render_report(r, "docx", "out/report.docx")
"""

from __future__ import annotations

from pathlib import Path

from clippings.reports.build import build_report
from clippings.reports.model import Report, Story, Tally

FORMATS = ("docx", "html")


def render_report(report: Report, fmt: str, out_path: str | Path) -> Path:
    """Write the report as ``docx`` or ``html``; returns the path."""
    if fmt == "docx":
        from clippings.reports.render_docx import render_report_docx

        return render_report_docx(report, out_path)
    if fmt == "html":
        from clippings.reports.render_html import render_report_html

        return render_report_html(report, out_path)
    raise ValueError(f"未知格式 {fmt!r}（可用：{'、'.join(FORMATS)}）")


__all__ = ["FORMATS", "Report", "Story", "Tally", "build_report", "render_report"]
