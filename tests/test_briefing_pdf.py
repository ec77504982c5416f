"""The busiest day as the leader will see it: the .docx converted by LibreOffice, checked page by page."""

from __future__ import annotations

import re
import shutil
from datetime import date

import docx
import pytest

from clippings.briefing import build_briefing, render_briefing
from clippings.briefing.preview import docx_to_pdf, page_texts
from tests.test_briefing import add, at, cluster, db, profile  # noqa: F401  (fixtures)

pytestmark = pytest.mark.skipif(not shutil.which("soffice"), reason="需要 LibreOffice（libreoffice-writer-nogui）")
DAY = date(2026, 11, 25)
STORY = ("11月24日晚，有市民反映东湖区湖滨街道一处工地渣土车夜间撒漏严重，道路泥泞不堪，多次拨打12345热线投诉后"
         "仍未见城管部门处理。记者现场看到，工地出入口没有冲洗设施，渣土车带泥上路，沿线商户苦不堪言。")


def test_busy_day_pdf_is_short_and_no_title_ends_a_page(db, profile, tmp_path):
    for n in range(30):                                  # 30 negative stories, a third of them reposted
        first = add(db, published_at=at(n % 20 + 1), sentiment="negative", title=f"第{n}起：渣土车夜间撒漏 市民投诉",
                    text=STORY * 2, district="东湖区")
        if n % 3 == 0:
            cluster(db, [first, add(db, published_at=at(22), sentiment="negative", title=f"转：第{n}起",
                                    source_title="乙网", text=STORY)])
    for n in range(40):
        add(db, published_at=at(n % 20 + 1), sentiment="positive", title=f"正面{n}：城管便民服务点开张", text=STORY)
        add(db, published_at=at(n % 20 + 1), sentiment="neutral", title=f"动态{n}：市容巡查", text=STORY)
    b = build_briefing(db, profile, DAY)
    path = render_briefing(b, "docx", tmp_path / "busy.docx")
    titles = [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Briefing Item Title"]
    pages = page_texts(docx_to_pdf(path, tmp_path))
    # 30 negative stories in full, 15 positive, 15 neutral by title, the rest in the appendix table
    assert 4 <= len(pages) <= 22, len(pages)         # 21 today; neutral items in full would add ~5
    assert "附表：未在正文列出的信息" in "".join(pages)
    for n, text in enumerate(pages, 1):
        lines = [line.strip() for line in text.replace("\r", "\n").splitlines() if line.strip()]
        lines = [line for line in lines if not re.fullmatch(r"—\s*\d+\s*—", line)]      # the page number
        last = lines[-1].replace(" ", "")
        ends_with_title = any(last and last in t.replace(" ", "") and not t.replace(" ", "").endswith("】")
                              and t.replace(" ", "").endswith(last) for t in titles)
        assert not ends_with_title, f"page {n} ends with an item title: {last}"
