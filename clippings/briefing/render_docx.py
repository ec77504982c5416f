"""The 网媒快讯 as a .docx laid out like a government office 简报.

Red header (网媒快讯 in 方正小标宋, red), 第N期, the issuing unit and the date over a red rule;
opening line and sections in 仿宋 3号 with 黑体 section headings; items with their source line in
4号; 编发/审核/签发 at the foot over a rule; "— N —" page numbers in the footer. Formatting is
carried by paragraph styles (网媒快讯·正文 etc.), so staff can restyle a whole issue in Word.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

from clippings.briefing import docx_style as s
from clippings.briefing.model import Briefing, Item

CENTER = s.WD_ALIGN_PARAGRAPH.CENTER


def _styles(doc) -> dict:
    return {
        "masthead": s.add_style(doc, "Briefing Masthead", s.TITLE_FONT, s.SIZE_CHU, color=s.RED, align=CENTER,
                                line=64, before=12),
        "issue": s.add_style(doc, "Briefing Issue", s.BODY_FONT, s.SIZE_3, align=CENTER, before=6, after=6),
        "unit": s.add_style(doc, "Briefing Unit", s.BODY_FONT, s.SIZE_4),
        "body": s.add_style(doc, "Briefing Body", s.BODY_FONT, s.SIZE_3, indent_chars=2),
        "heading": s.add_style(doc, "Briefing Heading", s.HEADING_FONT, s.SIZE_3, before=12),
        "item": s.add_style(doc, "Briefing Item Title", s.KAI_FONT, s.SIZE_3, bold=True, before=6),
        "meta": s.add_style(doc, "Briefing Meta", s.BODY_FONT, s.SIZE_4),
        "note": s.add_style(doc, "Briefing Note", s.BODY_FONT, s.SIZE_4, indent_chars=2),
        "foot": s.add_style(doc, "Briefing Foot", s.BODY_FONT, s.SIZE_4),
        "spacer": s.add_style(doc, "Briefing Spacer", s.BODY_FONT, s.SIZE_4, line=14),
    }


def _header(doc, st: dict, b: Briefing) -> None:
    s.styled(doc, st["masthead"], b.title)
    s.styled(doc, st["issue"], f"（{b.issue_text}）")
    unit = s.styled(doc, st["unit"], f"{b.bureau}{b.editor}\t{b.date_text}")
    s.right_tab(unit)
    s.rule(unit, "bottom", size_eighths=18)
    s.styled(doc, st["spacer"])


def _item(doc, st: dict, index: int, item: Item) -> None:
    head = s.styled(doc, st["item"])
    # bold on the run too: LibreOffice ignores a style's bold for substituted CJK fonts
    s.add_run(head, f"{index}. {item.title}", s.KAI_FONT, s.SIZE_3, bold=True)
    for flag in item.flags:
        s.add_run(head, f"【{flag}】", s.HEADING_FONT, s.SIZE_4, color=s.RED if flag == "仍在传播" else None)
    # no-break spaces keep "另有 N 家媒体转载" on one line
    s.styled(doc, st["meta"], "　".join(part.replace(" ", "\u00a0") for part in item.meta_parts))
    if item.summary:
        s.styled(doc, st["body"], item.summary)
    link = s.styled(doc, st["meta"], "链接：")
    if item.url:
        s.hyperlink(link, item.url, item.url, s.SIZE_4)
    else:
        link.add_run("无")


def _foot(doc, st: dict, b: Briefing) -> None:
    s.styled(doc, st["spacer"])
    parts = [f"{label}：{name or '＿＿＿＿'}" for label, name in b.foot.items()]
    foot = s.styled(doc, st["foot"], "　　".join(parts))
    foot.paragraph_format.space_before = s.Pt(12)
    s.rule(foot, "top", color="000000", size_eighths=8)


def render_docx(b: Briefing, out_path: str | Path) -> Path:
    out_path = Path(out_path)
    doc = Document()
    s.setup_document(doc, f"网媒快讯 {b.issue_text}", b.bureau)
    st = _styles(doc)
    _header(doc, st, b)
    s.styled(doc, st["body"], b.opening)
    if not b.empty:
        for section in b.sections:
            s.styled(doc, st["heading"], f"{section.heading}（{len(section.items)}条）")
            if not section.items:
                s.styled(doc, st["body"], section.empty_text)
            for n, item in enumerate(section.items, 1):
                _item(doc, st, n, item)
            if section.omitted:
                s.styled(doc, st["note"], section.omitted_text)
    _foot(doc, st, b)
    s.page_number_footer(doc)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out_path)
    return out_path
