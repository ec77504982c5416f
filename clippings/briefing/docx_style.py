"""python-docx helpers for Chinese government office documents (公文 layout, GB/T 9704 style).

Fonts are set for East Asian text through ``w:eastAsia`` (python-docx's ``font.name`` only sets
the Latin font); sizes use the 号 scale (3号 = 16pt, 4号 = 14pt, 小初 = 36pt). Also: red rules,
right-aligned tab stops, hyperlinks, a PAGE field in the footer. Shared by the briefing and
the report renderers.
"""

from __future__ import annotations

import itertools
import re

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.document import Document as DocumentObject
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

# 公文 fonts by the names a current Windows install has (仿宋 / 楷体 / 黑体 / 宋体 ship with Windows;
# 方正小标宋简体 is the masthead font offices install; Word substitutes 宋体 where it is missing).
TITLE_FONT = "方正小标宋简体"
HEADING_FONT = "黑体"
KAI_FONT = "楷体"
BODY_FONT = "仿宋"
SONG_FONT = "宋体"
LATIN_FONT = "Times New Roman"
SIZE_CHU = 42       # 初号
SIZE_XIAOCHU = 36   # 小初
SIZE_2 = 22         # 2号
SIZE_3 = 16         # 3号
SIZE_4 = 14         # 4号
RED = RGBColor(0xE6, 0x00, 0x12)
LINK_BLUE = RGBColor(0x05, 0x63, 0xC1)

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


_link_ids = itertools.count(1)


def clean(text) -> str:
    """Text safe for WordprocessingML (control characters dropped)."""
    return _BAD_XML.sub("", str(text or ""))


def setup_document(doc, title: str, author: str) -> None:
    """A4, 公文 margins, 仿宋 3号 body with fixed 28pt lines."""
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(18)
    style = doc.styles["Normal"]
    style.font.size = Pt(SIZE_3)
    set_fonts(style.element.get_or_add_rPr(), BODY_FONT)
    fmt = style.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(28)
    fmt.space_before = fmt.space_after = Pt(0)
    doc.core_properties.title = clean(title)
    doc.core_properties.author = clean(author)


def set_fonts(rpr, east_asia: str, latin: str = LATIN_FONT) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asia), ("w:cs", latin)):
        fonts.set(qn(attr), value)


def add_run(paragraph, text, font: str = BODY_FONT, size: float = SIZE_3, bold: bool = False,
            color: RGBColor | None = None):
    run = paragraph.add_run(clean(text))
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color
    set_fonts(run._element.get_or_add_rPr(), font)
    return run


def paragraph(doc_or_cell, text="", font: str = BODY_FONT, size: float = SIZE_3, bold=False, color=None,
              align=None, indent_chars: float = 0, line: float | None = None, before: float = 0, after: float = 0):
    p = _new_paragraph(doc_or_cell) if isinstance(doc_or_cell, DocumentObject) else doc_or_cell.add_paragraph()
    if text:
        add_run(p, text, font, size, bold, color)
    fmt = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent_chars:
        fmt.first_line_indent = Pt(size * indent_chars)
    if line is not None:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(line)
    if before:
        fmt.space_before = Pt(before)
    if after:
        fmt.space_after = Pt(after)
    return p


def add_style(doc, name: str, font: str = BODY_FONT, size: float = SIZE_3, bold: bool = False, color=None,
              align=None, indent_chars: float = 0, line: float | None = None, before: float = 0, after: float = 0):
    """A paragraph style based on Normal. Documents with many paragraphs use styles rather than
    formatting each run: the result is the same, much faster to build and easier to restyle in Word."""
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.size = Pt(size)
    if bold:
        style.font.bold = True
    if color is not None:
        style.font.color.rgb = color
    set_fonts(style.element.get_or_add_rPr(), font)
    fmt = style.paragraph_format
    if align is not None:
        fmt.alignment = align
    if indent_chars:
        fmt.first_line_indent = Pt(size * indent_chars)
    if line is not None:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(line)
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    return style


def _new_paragraph(doc):
    """doc.add_paragraph() in O(1): python-docx scans the whole body for sectPr on every call."""
    body = doc.element.body
    p = OxmlElement("w:p")
    if len(body) and body[-1].tag == qn("w:sectPr"):
        body[-1].addprevious(p)
    else:
        body.append(p)
    return Paragraph(p, doc._body)


def styled(doc, style, text: str = ""):
    """A paragraph in ``style`` holding ``text`` as one plain run."""
    p = _new_paragraph(doc)
    p._p.style = style.style_id   # direct: Paragraph.style= searches every style for the default
    if text:
        p.add_run(clean(text))
    return p


def rule(p, where: str = "bottom", color: str = "E60012", size_eighths: int = 12) -> None:
    """A coloured rule above or below paragraph ``p`` (the red line of a red-header document)."""
    ppr = p._element.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    edge = OxmlElement(f"w:{where}")
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size_eighths))
    edge.set(qn("w:space"), "4")
    edge.set(qn("w:color"), color)
    borders.append(edge)


def right_tab(p, width_mm: float = 156) -> None:
    """A right-aligned tab stop at the right margin (156 mm: A4 less the 公文 margins)."""
    p.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm), WD_TAB_ALIGNMENT.RIGHT)


def hyperlink(p, url: str, text: str, size: float = SIZE_4) -> None:
    """A clickable external link (http/https only; anything else is written as plain text)."""
    url = clean(url).strip()
    if not re.match(r"https?://", url, re.I):
        add_run(p, text or url, size=size)
        return
    # add_relationship with our own ids: relate_to() scans every existing link (quadratic)
    r_id = f"rIdLink{next(_link_ids)}"
    p.part.rels.add_relationship(RT.HYPERLINK, url, r_id, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    set_fonts(rpr, BODY_FONT)
    color = OxmlElement("w:color")
    color.set(qn("w:val"), str(LINK_BLUE))
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.extend([color, sz, underline])
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = clean(text or url)
    run.extend([rpr, t])
    link.append(run)
    p._element.append(link)


def table(doc, headers: list[str], rows: list[list], size: float = 10.5, widths_mm: list[float] | None = None):
    """A bordered table (header row in 黑体, cells in 仿宋); ``size`` 10.5pt = 五号."""
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = 1  # centred
    _repeat_header(t.rows[0])
    for cell, text in zip(t.rows[0].cells, headers):
        _no_wrap(cell)                   # headers never break inside a word
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.paragraphs[0].paragraph_format.line_spacing = 1.0
        add_run(cell.paragraphs[0], text, HEADING_FONT, size)
        _shade(cell, "F2F2F2")
    for row in rows:
        cells = t.add_row().cells
        for cell, value in zip(cells, row):
            cell.paragraphs[0].paragraph_format.line_spacing = 1.0
            add_run(cell.paragraphs[0], "" if value is None else value, BODY_FONT, size)
    if widths_mm:
        t.autofit = False
        for column, width in zip(t.columns, widths_mm):
            column.width = Mm(width)          # the grid (LibreOffice reads this)
        for row in t.rows:
            for cell, width in zip(row.cells, widths_mm):
                cell.width = Mm(width)
    return t


def keep_with_next(p, on: bool = True) -> None:
    """Keep this paragraph on the same page as the next (an item title with its first lines)."""
    p.paragraph_format.keep_with_next = on
    p.paragraph_format.keep_together = True


def _no_wrap(cell) -> None:
    cell._element.get_or_add_tcPr().append(OxmlElement("w:noWrap"))


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def _shade(cell, fill: str) -> None:
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def page_number_footer(doc) -> None:
    """Centred "— N —" page numbers (a PAGE field) in 宋体 4号, as in 公文."""
    for section in doc.sections:
        p = section.footer.paragraphs[0] if section.footer.paragraphs else section.footer.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_run(p, "— ", SONG_FONT, SIZE_4)
        begin = OxmlElement("w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = " PAGE "
        separate = OxmlElement("w:fldChar")
        separate.set(qn("w:fldCharType"), "separate")
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        for element in (begin, instr, separate, None, end):
            run = add_run(p, "1" if element is None else "", SONG_FONT, SIZE_4)
            if element is not None:
                run._element.append(element)
        add_run(p, " —", SONG_FONT, SIZE_4)


__all__ = [
    "WD_ALIGN_PARAGRAPH", "add_run", "add_style", "styled", "clean", "hyperlink", "keep_with_next",
    "page_number_footer",
    "paragraph", "right_tab", "rule", "set_fonts", "setup_document", "table",
]
