"""The monthly 考核通报 as a .docx in the briefing's 公文 layout (shared helpers of
:mod:`clippings.briefing.docx_style`): red masthead, the month's totals, the ranking table of
districts / units with counts, points and the change against last month, the best items named,
the rules applied, and the issuing unit."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from clippings.briefing import docx_style as s

CENTER = s.WD_ALIGN_PARAGRAPH.CENTER


def _num(value: float) -> str:
    return f"{value:g}"


def _change(value) -> str:
    if value is None:
        return "—"
    return f"+{_num(value)}" if value > 0 else ("持平" if value == 0 else _num(value))


def _rank_change(value) -> str:
    if value is None:
        return "—"
    return f"升{value}位" if value > 0 else ("持平" if value == 0 else f"降{-value}位")


def render_assessment(result: dict, bureau: str, out_path: str | Path, date_text: str) -> Path:
    out_path = Path(out_path)
    year, mon = result["month"][:4], int(result["month"][5:7])
    doc = Document()
    s.setup_document(doc, f"{year}年{mon}月信息报送考核通报", bureau)
    st = {
        "secret": s.add_style(doc, "Assess Classification", s.HEADING_FONT, s.SIZE_3),
        "masthead": s.add_style(doc, "Assess Masthead", s.TITLE_FONT, s.SIZE_2, color=s.RED, align=CENTER,
                                line=40, before=12),
        "unit": s.add_style(doc, "Assess Unit", s.BODY_FONT, s.SIZE_4),
        "body": s.add_style(doc, "Assess Body", s.BODY_FONT, s.SIZE_3, indent_chars=2),
        "heading": s.add_style(doc, "Assess Heading", s.HEADING_FONT, s.SIZE_3, before=12),
        "item": s.add_style(doc, "Assess Item", s.KAI_FONT, s.SIZE_3, indent_chars=2),
        "note": s.add_style(doc, "Assess Note", s.BODY_FONT, s.SIZE_4, indent_chars=2),
    }
    s.styled(doc, st["secret"], "内部资料　注意保存")
    s.styled(doc, st["masthead"], f"{year}年{mon}月信息报送考核通报")
    unit = s.styled(doc, st["unit"], f"{bureau}\t{date_text}")
    s.right_tab(unit)
    s.rule(unit, "bottom", size_eighths=18)
    t = result["totals"]
    units = result["units"]
    active = [u for u in units if u["submitted"]]
    s.styled(doc, st["body"],
             f"{year}年{mon}月，全市{len(units)}个单位中{len(active)}个报送信息{t['submitted']}条，"
             f"采用{t['adopted']}条（其中上级采用{t['higher']}条），被媒体转载{t['carried']}家次；"
             f"迟报{t['late']}条，退回修改{t['returned']}次。现将考核情况通报如下。")
    heading = s.styled(doc, st["heading"], "一、考核排名")
    s.keep_with_next(heading)
    rows = [[str(u["rank"]), u["unit"], str(u["submitted"]), str(u["adopted"]), str(u["higher"]), str(u["carried"]),
             str(u["late"]), str(u["returned"]), _num(u["points"]), _change(u.get("points_change")),
             _rank_change(u.get("rank_change"))] for u in units]
    s.table(doc, ["名次", "单位", "报送", "采用", "上级采用", "媒体转载", "迟报", "退回", "得分", "较上月", "名次变化"],
            rows, size=9, widths_mm=[10, 34, 10, 10, 12, 12, 10, 10, 12, 14, 16])
    heading = s.styled(doc, st["heading"], "二、优秀信息")
    s.keep_with_next(heading)
    if not result["best"]:
        s.styled(doc, st["body"], "本月无采用的信息。")
    for n, item in enumerate(result["best"], 1):
        extra = []
        if item["higher"]:
            extra.append("上级采用")
        if item["carried"]:
            extra.append(f"被{'、'.join(item['carried'])}转载")
        s.styled(doc, st["item"], f"{n}. 《{s.clean(item['title'])}》（{item['unit']}，{item['reporter']}）"
                 + (f"，{'，'.join(extra)}" if extra else "") + f"，得{_num(item['points'])}分。")
    heading = s.styled(doc, st["heading"], "三、计分办法")
    s.keep_with_next(heading)
    r = result["rules"]
    p, d = r.points, r.deductions
    s.styled(doc, st["note"],
             f"报送每条{_num(p['submitted'])}分，采用每条加{_num(p['adopted'])}分，上级采用再加{_num(p['higher_level'])}分，"
             f"对外发布后每家媒体转载加{_num(p['carried_by_media'])}分；事发{r.late_days}日后报送的每条扣{_num(d['late'])}分，"
             f"每退回修改一次扣{_num(d['returned'])}分。")
    s.page_number_footer(doc)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out_path)
    return out_path
