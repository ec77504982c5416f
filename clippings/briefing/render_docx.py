"""The 网媒快讯 as a .docx laid out like a government office 简报.

内部资料 注意保存 at the top; red header (网媒快讯 in 方正小标宋, red), 第N期（总第N期）, the window the
issue covers, the issuing unit and the date over a red rule; the opening line and 今日要情; sections
in 仿宋 3号 with 黑体 headings whose counts agree with the opening ("24条，归并为19起"); items with
their source line in 4号, each title kept on the page of its first lines; 工作动态 by title only; the
items beyond a section's limit in an appendix table; 编发/审核/签发 and the 版记 at the end; "— N —"
page numbers. No workflow marker is printed. Formatting is carried by paragraph styles.
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
        "secret": s.add_style(doc, "Briefing Classification", s.HEADING_FONT, s.SIZE_3),
        "span": s.add_style(doc, "Briefing Span", s.KAI_FONT, s.SIZE_4, align=CENTER),
        "points": s.add_style(doc, "Briefing Key Points", s.KAI_FONT, s.SIZE_3, indent_chars=2),
    }


def _header(doc, st: dict, b: Briefing) -> None:
    s.styled(doc, st["secret"], "内部资料　注意保存")
    s.styled(doc, st["masthead"], b.title)
    s.styled(doc, st["issue"], f"（{b.issue_text}）")
    if b.span_text:
        s.styled(doc, st["span"], b.span_text)
    unit = s.styled(doc, st["unit"], f"{b.bureau}{b.editor}\t{b.date_text}")
    s.right_tab(unit)
    s.rule(unit, "bottom", size_eighths=18)
    s.styled(doc, st["spacer"])


def _item(doc, st: dict, index: int, item: Item, titles_only: bool = False) -> None:
    head = s.styled(doc, st["item"])
    # bold on the run too: LibreOffice ignores a style's bold for substituted CJK fonts
    s.add_run(head, f"{index}. {item.title}", s.KAI_FONT, s.SIZE_3, bold=True)
    for flag in item.flags:
        s.add_run(head, f"【{flag}】", s.HEADING_FONT, s.SIZE_4, color=s.RED if flag == "仍在传播" else None)
    s.keep_with_next(head)               # a title never ends a page: it stays with its source line
    # no-break spaces keep "另有 N 家媒体转载" on one line
    meta = s.styled(doc, st["meta"], "　".join(part.replace(" ", "\u00a0") for part in item.meta_parts))
    if titles_only:
        return
    if item.summary:
        s.keep_with_next(meta)           # … and the source line with the summary's first lines
        s.styled(doc, st["body"], item.summary)
    for label, text in item.notes:       # what staff wrote (编者按, 研判, 处置建议, 责任单位); nothing otherwise
        note = s.styled(doc, st["body"])
        s.add_run(note, f"{label}：", s.HEADING_FONT, s.SIZE_3)
        s.add_run(note, text, s.BODY_FONT, s.SIZE_3)
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
    s.keep_with_next(foot)
    lines = b.colophon                   # 版记: 报 / 送, then who issues it and when, between rules
    for n, text in enumerate(lines):
        p = s.styled(doc, st["foot"], text)
        if "\t" in text:
            s.right_tab(p)
        if n == 0:
            s.rule(p, "top", color="000000", size_eighths=8)
        if n == len(lines) - 1:
            s.rule(p, "bottom", color="000000", size_eighths=8)
        else:
            s.keep_with_next(p)


def _appendix(doc, st: dict, b: Briefing) -> None:
    rows = [[str(n), name, item.title, item.source, item.time_text]
            for n, (name, item) in enumerate(b.appendix, 1)]
    if not rows:
        return
    heading = s.styled(doc, st["heading"], "附表：未在正文列出的信息")
    s.keep_with_next(heading)
    s.table(doc, ["序号", "栏目", "标题", "来源", "时间"], rows, widths_mm=[12, 30, 64, 26, 24])
    if b.appendix_more:
        s.styled(doc, st["note"], b.appendix_more)


def render_docx(b: Briefing, out_path: str | Path) -> Path:
    out_path = Path(out_path)
    doc = Document()
    s.setup_document(doc, f"网媒快讯 {b.issue_text}", b.bureau)
    st = _styles(doc)
    _header(doc, st, b)
    s.styled(doc, st["body"], b.opening)
    if b.key_points:
        points = s.styled(doc, st["heading"], "今日要情")
        s.keep_with_next(points)
        for line in b.key_points:
            s.styled(doc, st["points"], line)
    if not b.empty:
        for section in b.sections:
            heading = s.styled(doc, st["heading"], f"{section.heading}（{section.count_text}）")
            s.keep_with_next(heading)    # a heading never stands alone at the foot of a page
            if not section.items:
                s.styled(doc, st["body"], section.empty_text)
            for n, item in enumerate(section.items, 1):
                _item(doc, st, n, item, titles_only=section.titles_only)
            if section.omitted:
                s.styled(doc, st["note"], section.omitted_text)
    _foot(doc, st, b)
    _appendix(doc, st, b)
    s.page_number_footer(doc)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out_path)
    return out_path
