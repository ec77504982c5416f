"""The 参阅件 as a .docx in the briefing's 公文 layout (:mod:`clippings.briefing.docx_style`): red
masthead, 期号 left blank, the story's event, timeline, sentiment per day, outlets and districts,
comparable earlier stories, and empty 研判 / 建议 sections for staff."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from clippings.briefing import docx_style as s
from clippings.publishing.briefs import Brief, sentiment_columns
from clippings.vocabulary import BRIEF_EVENTS, BRIEF_SECTIONS, BRIEF_TO_FILL, SENTIMENT, UNTAGGED, beijing

CENTER = s.WD_ALIGN_PARAGRAPH.CENTER
NUMBERS = "一二三四五六七八九十"


def event_text(b: Brief) -> str:
    parts = [f"{beijing(b.first_published)}，{b.first_source}首发《{b.title}》"]
    if b.district:
        parts.append(f"涉及{b.district}")
    parts.append(f"截至{beijing(b.last_seen)}共有{len(b.outlets)}家媒体刊发、转载{b.size}篇次")
    text = "，".join(parts) + "。"
    if b.grade:
        text += f"该事件已列为{b.grade}预警，当前{b.state}。"
    return text


def render_brief(brief: Brief, bureau: str, out_path: str | Path, date_text: str, issue_text: str = "第　期",
                 judgement: str = "", suggestion: str = "") -> Path:
    out_path = Path(out_path)
    doc = Document()
    s.setup_document(doc, f"参阅件：{brief.title}", bureau)
    st = {
        "secret": s.add_style(doc, "Brief Classification", s.HEADING_FONT, s.SIZE_3),
        "masthead": s.add_style(doc, "Brief Masthead", s.TITLE_FONT, s.SIZE_CHU, color=s.RED, align=CENTER, line=64),
        "issue": s.add_style(doc, "Brief Issue", s.BODY_FONT, s.SIZE_3, align=CENTER, before=6, after=6),
        "unit": s.add_style(doc, "Brief Unit", s.BODY_FONT, s.SIZE_4),
        "title": s.add_style(doc, "Brief Title", s.TITLE_FONT, s.SIZE_2, align=CENTER, line=36, before=12, after=12),
        "heading": s.add_style(doc, "Brief Heading", s.HEADING_FONT, s.SIZE_3, before=12),
        "body": s.add_style(doc, "Brief Body", s.BODY_FONT, s.SIZE_3, indent_chars=2),
        "note": s.add_style(doc, "Brief Note", s.BODY_FONT, s.SIZE_4, indent_chars=2),
    }
    s.styled(doc, st["secret"], "内部资料　注意保存")
    s.styled(doc, st["masthead"], "参阅件")
    s.styled(doc, st["issue"], f"（{issue_text}）")
    unit = s.styled(doc, st["unit"], f"{bureau}\t{date_text}")
    s.right_tab(unit)
    s.rule(unit, "bottom", size_eighths=18)
    s.styled(doc, st["title"], s.clean(brief.title))
    n = iter(NUMBERS)

    def heading(key):
        p = s.styled(doc, st["heading"], f"{next(n)}、{BRIEF_SECTIONS[key]}")
        s.keep_with_next(p)

    heading("event")
    s.styled(doc, st["body"], event_text(brief))
    heading("timeline")
    s.table(doc, ["时间", "环节", "媒体/单位", "标题/内容"],
            [[beijing(x.when), BRIEF_EVENTS[x.event], x.outlet or "—", x.title] for x in brief.timeline],
            size=10.5, widths_mm=[32, 20, 34, 70])
    heading("sentiment")
    cols = sentiment_columns()
    s.table(doc, ["日期", *(SENTIMENT.get(c, UNTAGGED) for c in cols), "合计"],
            [[day, *(str(counts.get(c, 0)) for c in cols), str(sum(counts.values()))]
             for day, counts in brief.sentiment_days], size=10.5)
    heading("spread")
    s.styled(doc, st["body"], "媒体：" + "、".join(f"{o}（{k}篇）" for o, k in brief.outlets) + "。")
    s.styled(doc, st["body"], "区县：" + ("、".join(f"{d}（{k}篇）" for d, k in brief.districts) or "未标注") + "。")
    heading("comparable")
    if brief.comparable:
        s.table(doc, ["报道", "首发", "最近动态", "规模", "相同点", "结果"],
                [[c.title, f"{c.first_source} {beijing(c.first_seen)}", beijing(c.last_activity), f"{c.size}篇",
                  "、".join(c.basis), c.ending] for c in brief.comparable], size=9,
                widths_mm=[40, 30, 24, 12, 22, 28])
    else:
        s.styled(doc, st["note"], brief.comparable_note or "档案中没有更早的同类报道。")
    for key, text in (("judgement", judgement), ("suggestion", suggestion)):
        heading(key)
        for line in (text or BRIEF_TO_FILL).splitlines() or [BRIEF_TO_FILL]:
            if line.strip():
                s.styled(doc, st["body"], line.strip())
    s.page_number_footer(doc)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out_path)
    return out_path
