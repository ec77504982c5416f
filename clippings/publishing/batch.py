"""``clippings submissions import``: a batch of 信息 (CSV with a header row, or JSONL), e.g. what
came in by e-mail before the web form. Fields: reporter (a 信息员's username), title, text,
happened_at, place (optional), submitted_at (optional, default now), photos (optional: file
names separated by ``;``, relative to the import file). Read with the clippings importer's reader
(UTF-8/GB18030, binary files refused); every row is validated on its own: a bad row is reported
with its line and writes nothing, the good rows are kept."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from clippings.archive import users as user_store
from clippings.importer import RowError, check_fields, read_rows
from clippings.publishing import submissions

log = logging.getLogger(__name__)
FIELDS = {"reporter", "title", "text", "happened_at", "place", "submitted_at", "photos"}


@dataclass
class BatchReport:
    rows: int = 0
    added: list[int] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)


def _row(db, base: Path, row: dict) -> tuple[dict, dict, list, str | None]:
    check_fields(row)
    unknown = set(row) - FIELDS
    if unknown:
        raise RowError("未知字段：" + "、".join(sorted(unknown)))
    name = (row.get("reporter") or "").strip()
    user = user_store.get_user(db, name) if name else None
    if user is None or user["role"] != "reporter" or not user["active"]:
        raise RowError(f"没有名为 {name!r} 的在用信息员账号")
    stamp = None
    if (row.get("submitted_at") or "").strip():
        stamp = submissions.parse_time(row["submitted_at"])
    uploads = []
    for rel in filter(None, (p.strip() for p in (row.get("photos") or "").split(";"))):
        path = (base / rel).resolve()
        if not path.is_relative_to(base.resolve()) or not path.is_file():
            raise RowError(f"找不到照片 {rel}（应在导入文件所在目录中）")
        uploads.append((path.name, path.read_bytes()[: 64 * 1024 * 1024]))
    return user, row, uploads, stamp


def import_batch(db, root: Path, path: Path, progress=None) -> BatchReport:
    """Import every valid row of ``path``; ImportRefused for a file that is not text."""
    report = BatchReport()
    base = Path(path).parent
    for number, row, error in read_rows(Path(path)):
        report.rows += 1
        if error:
            report.errors.append((number, error))
            continue
        try:
            user, fields, uploads, stamp = _row(db, base, row)
            sid = submissions.submit(db, root, user, fields, uploads, submitted_at=stamp)
        except ValueError as exc:      # RowError, SubmissionError, PhotoError
            report.errors.append((number, str(exc)))
            continue
        report.added.append(sid)
        if progress:
            progress(number, sid)
    log.info("submissions import %s: %d rows, %d added, %d errors", path, report.rows, len(report.added),
             len(report.errors))
    return report


