"""Search results as a spreadsheet: .xlsx (openpyxl) or .csv (UTF-8 with BOM, opens in Excel).

Cells that would start a formula (= + - @) are prefixed with ' so a crawled title can never
become a formula in the office's spreadsheet program.
"""

from __future__ import annotations

import csv
import html
import io
import re

from indexer.search import SENTIMENT_LABELS

HEADERS = ["编号", "标题", "来源", "类型", "发布时间", "倾向", "话题", "区县", "网址", "摘要", "转载数"]
KIND_LABELS = {"news": "新闻", "forum": "论坛"}
_TAGS = re.compile(r"</?mark>")


def _cell(value) -> str | int:
    if isinstance(value, int):
        return value
    text = str(value or "")
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def rows(hits) -> list[list]:
    out = []
    for h in hits:
        out.append([
            h.id, h.title, h.source_title or h.source, KIND_LABELS.get(h.kind, h.kind),
            (h.published_at or "")[:16].replace("T", " "), SENTIMENT_LABELS.get(h.sentiment, h.sentiment),
            "、".join(h.topics), h.district, h.url, html.unescape(_TAGS.sub("", h.snippet)), h.reposts,
        ])
    return [[_cell(v) for v in row] for row in out]


def to_csv(hits) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADERS)
    writer.writerows(rows(hits))
    return buf.getvalue().encode("utf-8-sig")


def to_xlsx(hits, title: str = "检索结果") -> bytes:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title[:31] or "检索结果")
    for col, width in zip("ABCDEFGHIJK", (8, 48, 16, 6, 17, 6, 18, 10, 40, 60, 6)):
        ws.column_dimensions[col].width = width
    ws.append(HEADERS)
    for row in rows(hits):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
