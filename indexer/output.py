"""Search results for people and programs: a terminal table, JSON lines, CSV with a BOM for Excel."""

from __future__ import annotations

import html
import json
import re

from indexer.search import SENTIMENT_LABELS, SearchResult

JSON_KEYS = ("id", "title", "url", "source", "published_at", "sentiment", "snippet", "score")
CSV_HEADERS = ("编号", "标题", "链接", "来源", "发布时间", "倾向", "摘要", "得分")
_MARK = re.compile(r"<mark>(.*?)</mark>", re.S)


def plain(snippet_html: str) -> str:
    """A snippet without markup (for CSV and plain terminals)."""
    return html.unescape(_MARK.sub(r"\1", snippet_html or ""))


def hit_record(hit) -> dict:
    record = {k: getattr(hit, k) for k in JSON_KEYS}
    record["source_title"] = hit.source_title
    if hit.reposts:
        record["reposts"] = hit.reposts
        record["repost_sources"] = hit.repost_sources
    return record


def json_lines(result: SearchResult) -> str:
    return "".join(json.dumps(hit_record(h), ensure_ascii=False) + "\n" for h in result.hits)


def csv_bytes(result: SearchResult) -> bytes:
    """UTF-8 with BOM, so Excel opens the Chinese correctly; formula-like cells prefixed (the one
    CSV writer, :mod:`clippings.spreadsheet`)."""
    from clippings.spreadsheet import csv_bytes as write_csv

    return write_csv(CSV_HEADERS, (
        [h.id, h.title, h.url, h.source_title or h.source, h.published_at,
         SENTIMENT_LABELS.get(h.sentiment, h.sentiment), plain(h.snippet),
         "" if h.score is None else f"{h.score:.3f}"] for h in result.hits))


def _rich_text(snippet_html: str):
    from rich.text import Text

    text = Text()
    last = 0
    for m in _MARK.finditer(snippet_html or ""):
        text.append(html.unescape(snippet_html[last:m.start()]))
        text.append(html.unescape(m.group(1)), style="bold red")
        last = m.end()
    text.append(html.unescape((snippet_html or "")[last:]))
    return text


def print_table(result: SearchResult, console=None) -> None:
    """A readable table with Chinese headers, then the facet counts."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    shown = result.groups if result.collapsed else result.total
    first = (result.page - 1) * result.per_page + 1 if result.hits else 0
    head = f"共 {result.total} 条"
    if result.collapsed:
        head += f"（合并转载后 {shown} 组）"
    if result.hits:
        head += f"，显示第 {first}–{first + len(result.hits) - 1} 条"
    head += "，按" + ("相关度" if result.sort == "relevance" else "发布时间") + "排序"
    console.print(head)
    if not result.hits:
        return
    table = Table(show_lines=True)
    for name, opts in (("编号", {"justify": "right"}), ("发布时间", {"no_wrap": True}), ("来源", {}),
                       ("倾向", {"no_wrap": True}), ("标题 / 摘要", {"ratio": 1})):
        table.add_column(name, **opts)
    for h in result.hits:
        body = _rich_text(h.title_html)
        body.stylize("bold")
        body.append("\n")
        body.append_text(_rich_text(h.snippet))
        if h.reposts:
            outlets = len(h.repost_sources)
            note = (f"\n另有 {outlets} 家媒体转载：{'、'.join(h.repost_sources[:5])}" if outlets
                    else f"\n本媒体另有 {h.reposts} 篇转载")
            body.append(note, style="dim")
        table.add_row(str(h.id), (h.published_at or "")[:16].replace("T", " "), h.source_title or h.source,
                      SENTIMENT_LABELS.get(h.sentiment, h.sentiment), body)
    console.print(table)
    names = {"sentiment": "倾向", "source": "来源", "district": "区县"}
    for key, items in result.facets.items():
        if items:
            console.print(f"{names.get(key, key)}：" + " · ".join(f"{d['label']} {d['count']}" for d in items[:10]),
                          highlight=False)
