"""Search results as a spreadsheet: .xlsx (openpyxl) or .csv (UTF-8 with BOM, opens in Excel).

Cells that would start a formula (= + - @) are prefixed with ' so a crawled title can never
become a formula in the office's spreadsheet program (:mod:`clippings.spreadsheet`, the one CSV writer).
"""

from __future__ import annotations

import html
import io
import re

from clippings.spreadsheet import csv_bytes, safe_cell
from indexer.search import SENTIMENT_LABELS

HEADERS = ["编号", "标题", "来源", "类型", "发布时间", "倾向", "话题", "区县", "网址", "摘要", "转载数"]
KIND_LABELS = {"news": "新闻", "forum": "论坛"}
_TAGS = re.compile(r"</?mark>")


def rows(hits) -> list[list]:
    out = []
    for h in hits:
        out.append([
            h.id, h.title, h.source_title or h.source, KIND_LABELS.get(h.kind, h.kind),
            (h.published_at or "")[:16].replace("T", " "), SENTIMENT_LABELS.get(h.sentiment, h.sentiment),
            "、".join(h.topics), h.district, h.url, html.unescape(_TAGS.sub("", h.snippet)), h.reposts,
        ])
    return [[safe_cell(v) for v in row] for row in out]


def to_csv(hits) -> bytes:
    return csv_bytes(HEADERS, rows(hits))


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
