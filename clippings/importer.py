"""``clippings import``: load clippings typed in by staff (print media) or migrated from elsewhere.

JSONL (one object per line) or CSV (header row); fields are the clippings table's column names,
at least url, title, text, source, published_at (ISO 8601); kind defaults to news. Each row goes
through the same validation and de-duplication as a crawled page. A bad row is reported with its
line number and the rest still load.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import sqlite_utils

from clippings import ingest
from clippings.archive.records import CLIPPING_COLUMNS
from clippings.canonical import canonicalize
from clippings.config import Profile
from clippings.timeutil import parse_iso, to_iso

REQUIRED = ("url", "title", "text", "source", "published_at")
ACCEPTED = set(CLIPPING_COLUMNS) | {"source_title", "posts"}


@dataclass
class ImportReport:
    rows: int = 0
    actions: dict[str, int] = field(default_factory=dict)
    errors: list[tuple[int, str]] = field(default_factory=list)


class RowError(ValueError):
    pass


def read_rows(path: Path) -> list[tuple[int, dict | None, str | None]]:
    """(line number, row or None, error or None) for every record in a JSONL or CSV file."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", errors="replace")
    rows = []
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson") or text.lstrip().startswith("{"):
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError as exc:
                rows.append((number, None, f"不是有效的 JSON：{exc.msg}"))
                continue
            if not isinstance(value, dict):
                rows.append((number, None, "每行应为一个 JSON 对象"))
                continue
            rows.append((number, value, None))
    else:
        reader = csv.DictReader(io.StringIO(text))
        for row in reader:
            rows.append((reader.line_num, {k: v for k, v in row.items() if k is not None}, None))
    return rows


def to_page(row: dict) -> ingest.Page:
    unknown = set(row) - ACCEPTED
    if unknown:
        raise RowError(f"未知字段：{', '.join(sorted(unknown))}")
    for key in REQUIRED:
        if not str(row.get(key) or "").strip():
            raise RowError(f"缺少必填字段 {key}")
    url = str(row["url"]).strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RowError(f"url 不是有效的 http(s) 网址：{url!r}")
    kind = (row.get("kind") or "news").strip()
    if kind not in ("news", "forum"):
        raise RowError(f"kind 应为 news 或 forum，实际为 {kind!r}")
    try:
        published = to_iso(parse_iso(str(row["published_at"])))
    except ValueError:
        raise RowError(f"published_at 不是 ISO 8601 时间：{row['published_at']!r}") from None
    fetched = row.get("fetched_at")
    if fetched:
        try:
            fetched = to_iso(parse_iso(str(fetched)))
        except ValueError:
            raise RowError(f"fetched_at 不是 ISO 8601 时间：{fetched!r}") from None
    return ingest.Page(
        url=url,
        canonical_url=canonicalize(str(row.get("canonical_url") or url)),
        source=str(row["source"]).strip(),
        source_title=(row.get("source_title") or str(row["source"])).strip(),
        kind=kind,
        title=str(row["title"]).strip(),
        author=row.get("author") or None,
        origin_source=row.get("origin_source") or None,
        original_title=row.get("original_title") or None,
        editor=row.get("editor") or None,
        published_at=published,
        fetched_at=fetched or None,
        text=str(row["text"]).strip(),
        district=row.get("district") or None,
        origin="import",
    )


def import_file(db: sqlite_utils.Database, profile: Profile, path: str | Path) -> ImportReport:
    path = Path(path)
    report = ImportReport()
    ingestor = ingest.Ingestor(db, profile, warc=None, check_relevance=False)
    for number, row, error in read_rows(path):
        report.rows += 1
        if error is None:
            try:
                outcome = ingestor.archive(to_page(row))
            except RowError as exc:
                error = str(exc)
            else:
                report.actions[outcome.action] = report.actions.get(outcome.action, 0) + 1
                if outcome.action == ingest.UNUSABLE:
                    report.errors.append((number, outcome.reason or "无法入库"))
                continue
        report.errors.append((number, error))
    return report
