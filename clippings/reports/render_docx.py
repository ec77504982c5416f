"""The leadership report as a .docx in office-document layout (shared 公文 helpers)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Mm

from clippings.briefing import docx_style as s
from clippings.reports.model import Report
from clippings.reports.tables import EMPTY_TEXT, WIDTHS, all_tables, numbered_sections


def _heading(doc, text: str) -> None:
    s.paragraph(doc, text, s.HEADING_FONT, s.SIZE_3, before=12, after=6)


def _text(doc, text: str) -> None:
    if text:
        s.paragraph(doc, text, s.BODY_FONT, s.SIZE_3, indent_chars=2)


def _chart(doc, report: Report, name: str, width_mm: float = 150) -> None:
    path = report.charts.get(name)
    if path and Path(path).exists():
        doc.add_picture(str(path), width=Mm(width_mm))
        doc.paragraphs[-1].alignment = s.WD_ALIGN_PARAGRAPH.CENTER
        doc.paragraphs[-1].paragraph_format.line_spacing = 1.0


def _table(doc, spec: tuple[list[str], list[list]], name: str) -> None:
    headers, rows = spec
    if rows:
        s.table(doc, headers, rows, widths_mm=WIDTHS.get(name))
    else:
        _text(doc, EMPTY_TEXT.get(name, "本期无数据。"))


def _cn_stamp(stamp: str | None) -> str:
    if not stamp or len(stamp) < 10:
        return ""
    y, m, d = stamp[:10].split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def render_report_docx(report: Report, out_path: str | Path) -> Path:
    out_path = Path(out_path)
    doc = Document()
    s.setup_document(doc, f"{report.title} {report.period_text}", report.bureau)
    s.paragraph(doc, report.title, s.TITLE_FONT, s.SIZE_2, color=s.RED, align=s.WD_ALIGN_PARAGRAPH.CENTER,
                line=40, before=6)
    s.paragraph(doc, f"（{report.period_text}）", s.KAI_FONT, s.SIZE_3, align=s.WD_ALIGN_PARAGRAPH.CENTER)
    unit = s.paragraph(doc, f"{report.bureau}信息宣传科", s.BODY_FONT, s.SIZE_4)
    s.add_run(unit, f"\t{_cn_stamp(report.generated_at)}", s.BODY_FONT, s.SIZE_4)
    s.right_tab(unit)
    s.rule(unit, "bottom", size_eighths=18)

    specs = all_tables(report)
    for number, (heading, names, charts) in enumerate(numbered_sections()):
        _heading(doc, heading)
        if number == 0:
            _text(doc, report.overview)
            _text(doc, report.change_text)
            _text(doc, report.peak_text)
        for i, name in enumerate(names):
            if i:
                s.paragraph(doc, "", line=10)
            _table(doc, specs[name], name)
        for chart in charts:
            _chart(doc, report, chart, 80 if chart == "sentiment" else 150)
    foot = s.paragraph(doc, f"编制：信息宣传科　　生成时间：{(report.generated_at or '')[:16].replace('T', ' ')}",
                       s.BODY_FONT, s.SIZE_4, before=18)
    s.rule(foot, "top", color="000000", size_eighths=8)
    s.page_number_footer(doc)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out_path)
    return out_path
