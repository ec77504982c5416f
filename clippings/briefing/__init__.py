"""The daily 网媒快讯: build the day's data model from the archive, render it, record decisions.

    from clippings.briefing import build_briefing, render_briefing, set_choice, review, sign_off, list_issues
    b = build_briefing(db, profile, date(2026, 11, 25))
    render_briefing(b, "docx", "out/briefing.docx")
"""

from __future__ import annotations

from pathlib import Path

from clippings.briefing.build import build_briefing
from clippings.briefing.model import Briefing, Item, Section
from clippings.briefing.workflow import (BriefingError, get_choices, latest_day, list_issues, return_issue, review,
                                         set_choice, set_notes, sign_off, submit, waiting_for, withdraw)

FORMATS = ("docx", "html", "md")


def default_path(output_dir: str | Path, day, fmt: str) -> Path:
    """Where a day's briefing goes unless told otherwise: ``<output>/网媒快讯-2026-11-25.docx``."""
    return Path(output_dir) / f"网媒快讯-{day.isoformat()}.{fmt}"


def render_briefing(b: Briefing, fmt: str, out_path: str | Path) -> Path:
    """Write the briefing as ``docx``, ``html`` or ``md`` to ``out_path``; returns the path."""
    if fmt == "docx":
        from clippings.briefing.render_docx import render_docx

        return render_docx(b, out_path)
    if fmt == "html":
        from clippings.briefing.render_html import render_html

        return render_html(b, out_path)
    if fmt == "md":
        from clippings.briefing.render_md import render_md

        return render_md(b, out_path)
    raise ValueError(f"未知格式 {fmt!r}（可用：{'、'.join(FORMATS)}）")


__all__ = [
    "FORMATS", "Briefing", "default_path", "BriefingError", "Item", "Section", "build_briefing", "get_choices", "latest_day",
    "list_issues", "render_briefing", "review", "set_choice", "sign_off",
]
