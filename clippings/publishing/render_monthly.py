"""The 《城管执法月报》 draft as a .docx in the briefing's 公文 layout: red masthead, 期号 left
blank (given at 签发), the five columns with their entries."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from clippings.briefing import docx_style as s
from clippings.publishing.monthly import Draft
from clippings.vocabulary import MONTHLY_COLUMNS, beijing

CENTER = s.WD_ALIGN_PARAGRAPH.CENTER
NUMBERS = "一二三四五六七八九十"


def render_monthly(draft: Draft, bureau: str, out_path: str | Path, issue_text: str = "第　期") -> Path:
    out_path = Path(out_path)
    year, mon = draft.month[:4], int(draft.month[5:7])
    doc = Document()
    s.setup_document(doc, f"城管执法月报 {year}年{mon}月", bureau)
    masthead = s.add_style(doc, "Monthly Masthead", s.TITLE_FONT, s.SIZE_CHU, color=s.RED, align=CENTER, line=64)
    issue = s.add_style(doc, "Monthly Issue", s.BODY_FONT, s.SIZE_3, align=CENTER, before=6, after=6)
    unit_style = s.add_style(doc, "Monthly Unit", s.BODY_FONT, s.SIZE_4)
    heading = s.add_style(doc, "Monthly Heading", s.HEADING_FONT, s.SIZE_3, before=12)
    item = s.add_style(doc, "Monthly Item", s.KAI_FONT, s.SIZE_3, bold=True, before=6)
    meta = s.add_style(doc, "Monthly Meta", s.BODY_FONT, s.SIZE_4, indent_chars=2)
    s.styled(doc, s.add_style(doc, "Monthly Classification", s.HEADING_FONT, s.SIZE_3), "内部资料　注意保存")
    s.styled(doc, masthead, "城管执法月报")
    s.styled(doc, issue, f"（{issue_text}）")
    unit = s.styled(doc, unit_style, f"{bureau}\t{year}年{mon}月")
    s.right_tab(unit)
    s.rule(unit, "bottom", size_eighths=18)
    for n, (key, entries) in enumerate(draft.columns.items()):
        h = s.styled(doc, heading, f"{NUMBERS[n]}、{MONTHLY_COLUMNS[key]}")
        s.keep_with_next(h)
        if not entries:
            s.styled(doc, meta, "本月暂无。")
        for i, e in enumerate(entries, 1):
            p = s.styled(doc, item)
            s.add_run(p, f"{i}. {s.clean(e.title)}", s.KAI_FONT, s.SIZE_3, bold=True)
            s.keep_with_next(p)
            if e.summary:
                s.styled(doc, meta, s.clean(e.summary))
            s.styled(doc, meta, f"{s.clean(e.origin)}　{beijing(e.when)}")
    s.page_number_footer(doc)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out_path)
    return out_path
