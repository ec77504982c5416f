"""``clippings import``: load clippings typed in by staff (print media) or migrated from elsewhere.

JSONL (one object per line) or CSV (header row); fields are the clippings table's column names,
at least url, title, text, source, published_at (ISO 8601); kind defaults to news. Each row goes
through the same validation and de-duplication as a crawled page. Every row is tried, each in its
own transaction: a bad row (wrong type such as ``"kind": 5`` or ``"author": {…}``, a field too long,
a lone surrogate, a missing field) is reported with its line number and field and writes nothing;
the good rows are kept; the run ends with a summary. A file that is not UTF-8/GB18030 text (a
binary file) is refused before anything is read into the archive (ImportRefused).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import sqlite_utils

from clippings import ingest
from clippings.archive.records import CLIPPING_COLUMNS
from clippings.canonical import canonicalize
from clippings.config import Profile
from clippings.timeutil import parse_iso, to_iso

log = logging.getLogger(__name__)
REQUIRED = ("url", "title", "text", "source", "published_at")
ACCEPTED = set(CLIPPING_COLUMNS) | {"source_title", "posts"}
MAX_TEXT = 200_000        # characters of an article's text
MAX_FIELD = 4_000         # characters of any other field
MAX_FILE = 512 * 1024 * 1024
CSV_FIELD_LIMIT = 16 * 1024 * 1024  # the csv module's own limit (131,072 by default) is checked by us


@dataclass
class ImportReport:
    rows: int = 0
    actions: dict[str, int] = field(default_factory=dict)
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def loaded(self) -> int:
        return sum(v for k, v in self.actions.items() if k != ingest.UNUSABLE)


class RowError(ValueError):
    pass


class ImportRefused(ValueError):
    """The whole file cannot be imported (binary, undecodable, too large); message in Chinese."""


def decode(raw: bytes, name: str = "") -> str:
    """The file's text (UTF-8, with or without BOM, or GB18030), or ImportRefused."""
    head = raw[:65536]
    if b"\x00" in head:
        raise ImportRefused(f"{name or '文件'} 不是文本文件（含有 NUL 字节，可能是二进制文件或 UTF-16 编码），已拒绝导入")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\r\n")
        if controls > max(8, len(text[:65536]) // 100):
            break
        return text
    raise ImportRefused(f"{name or '文件'} 不是 UTF-8 或 GB18030 编码的文本（可能是二进制文件），已拒绝导入")


def read_rows(path: Path) -> list[tuple[int, dict | None, str | None]]:
    """(line number, row or None, error or None) for every record in a JSONL or CSV file.
    ImportRefused for a file that is not text."""
    if path.stat().st_size > MAX_FILE:
        raise ImportRefused(f"{path.name} 超过 {MAX_FILE // 1024 // 1024} MB，请拆分后导入")
    text = decode(path.read_bytes(), path.name)
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
        previous = csv.field_size_limit(CSV_FIELD_LIMIT)
        try:
            reader = csv.DictReader(io.StringIO(text, newline=""))
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    rows.append((reader.line_num, None, f"CSV 格式错误：{exc}"))
                    continue
                extra = row.pop(None, None)
                if extra:
                    rows.append((reader.line_num, None, f"比表头多出 {len(extra)} 列"))
                    continue
                rows.append((reader.line_num, row, None))
        except csv.Error as exc:  # the header itself
            rows.append((reader.line_num, None, f"CSV 格式错误：{exc}"))
        finally:
            csv.field_size_limit(previous)
    return rows


def check_fields(row: dict) -> None:
    """RowError naming the first field whose value is of the wrong type, too long or not encodable."""
    for key, value in row.items():
        if not isinstance(key, str):
            raise RowError(f"字段名无效：{key!r}")
        if value is None:
            continue
        if key == "posts":
            if not isinstance(value, list):
                raise RowError("字段 posts 应为列表")
            continue
        if isinstance(value, bool) or not isinstance(value, str):
            kind = {dict: "对象 {…}", list: "列表 […]", bool: "true/false", int: "数字", float: "数字"}.get(
                type(value), type(value).__name__)
            raise RowError(f"字段 {key} 应为文本，实际为{kind}")
        limit = MAX_TEXT if key == "text" else MAX_FIELD
        if len(value) > limit:
            raise RowError(f"字段 {key} 过长：{len(value)} 个字符（上限 {limit}）")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            bad = value[exc.start]
            raise RowError(f"字段 {key} 含无效字符 U+{ord(bad):04X}（第 {exc.start + 1} 个字符，孤立的代理码位）") from None


def to_page(row: dict) -> ingest.Page:
    unknown = {str(k) for k in row} - ACCEPTED
    if unknown:
        raise RowError(f"未知字段：{', '.join(sorted(unknown))[:200]}")
    check_fields(row)
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


def import_file(db: sqlite_utils.Database, profile: Profile, path: str | Path, rows=None) -> ImportReport:
    """Try every row of ``path`` (or the ``rows`` already read from it by :func:`read_rows`); see
    the module docstring. ImportRefused for a non-text file."""
    path = Path(path)
    report = ImportReport()
    if rows is None:
        rows = read_rows(path)      # refuses a binary file before anything is written
    ingestor = ingest.Ingestor(db, profile, warc=None, check_relevance=False)
    for number, row, error in rows:
        report.rows += 1
        if error is None:
            try:
                outcome = ingestor.archive(to_page(row))   # one transaction per row
            except RowError as exc:
                error = str(exc)
            except sqlite3.OperationalError:
                raise                                     # disk full, locked archive: stop the run
            except (ValueError, TypeError, sqlite3.DatabaseError) as exc:
                log.warning("import %s line %s failed", path.name, number, exc_info=True)
                error = f"无法入库：{exc}"
            else:
                report.actions[outcome.action] = report.actions.get(outcome.action, 0) + 1
                if outcome.action == ingest.UNUSABLE:
                    report.errors.append((number, outcome.reason or "无法入库"))
                continue
        report.errors.append((number, error))
    return report
