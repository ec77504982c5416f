"""Edit sources.toml safely: form values → a [[source]] block → validated candidate → atomic replace."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

import tomlkit

from clippings.config import KINDS, ConfigError, Source, load_sources

log = logging.getLogger(__name__)

LIST_FIELDS = ("start_urls", "article_links", "pagination", "thread_links", "thread_pages", "deny")
TEXT_FIELDS = ("name", "title", "kind", "district", "encoding")
INT_FIELDS = {"max_pages": 1, "max_depth": 0, "recheck_days": 0}
BOOL_FIELDS = ("own",)   # enabled changes only through set_enabled (pause / resume)
FORM_FIELDS = (*TEXT_FIELDS, *LIST_FIELDS, *INT_FIELDS, *BOOL_FIELDS)
MAX_FIELD = 4000        # characters in one form field
MAX_LINES = 50          # entries in one list field


class SourceFormError(ValueError):
    """A form value that cannot become a source; ``field`` names it for the form."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(message)


def block_from_form(form) -> dict:
    """The [[source]] block a form describes (``form`` is a mapping of strings). Empty optional fields
    are left out, so the file keeps its defaults."""
    block: dict = {}
    for key in FORM_FIELDS:
        raw = form.get(key)
        if raw is None:
            if key in BOOL_FIELDS:       # an unticked checkbox is not sent at all
                block[key] = False
            continue
        if not isinstance(raw, str) or len(raw) > MAX_FIELD or "\x00" in raw:
            raise SourceFormError(key, f"内容过长或含有无效字符（最多 {MAX_FIELD} 字）")
        value = raw.strip()
        if key in LIST_FIELDS:
            lines = [line.strip() for line in value.splitlines() if line.strip()]
            if len(lines) > MAX_LINES:
                raise SourceFormError(key, f"最多 {MAX_LINES} 行")
            if lines:
                block[key] = lines
        elif key in INT_FIELDS:
            if value:
                if not re.fullmatch(r"\d{1,7}", value):
                    raise SourceFormError(key, "应为整数")
                block[key] = int(value)
        elif key in BOOL_FIELDS:
            block[key] = value in ("1", "true", "on", "yes")
        elif value:
            block[key] = value
    if "kind" in block and block["kind"] not in KINDS:
        raise SourceFormError("kind", f"应为 {' / '.join(KINDS)} 之一")
    return block


def block_to_form(block: dict) -> dict:
    """The form's values for an existing block (lists one per line)."""
    form = {}
    for key in FORM_FIELDS:
        value = block.get(key)
        if key in LIST_FIELDS:
            form[key] = "\n".join(str(v) for v in (value or []))
        elif key in BOOL_FIELDS:
            form[key] = "1" if value else ""
        else:
            form[key] = "" if value is None else str(value)
    return form


def read_document(path: str | Path) -> tomlkit.TOMLDocument:
    return tomlkit.parse(Path(path).read_text(encoding="utf-8"))


def raw_blocks(path: str | Path) -> list[dict]:
    """The file's [[source]] blocks as written (``${VAR}`` not expanded), for the edit form."""
    doc = read_document(path)
    return [dict(b.unwrap()) for b in doc.get("source", [])]


def _find(doc, name: str):
    for table in doc.get("source", []):
        if table.get("name") == name:
            return table
    raise SourceFormError("name", f"没有名为 {name} 的信息源")


def _validated(path: Path, doc) -> str:
    """The candidate text, loaded exactly as ``clippings sources check`` loads the file."""
    text = tomlkit.dumps(doc)
    fd, tmp = tempfile.mkstemp(prefix=".sources-check-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        try:
            load_sources(tmp)
        except ConfigError as exc:
            raise SourceFormError(exc.field or "name", str(exc).replace(tmp, str(path))) from None
    finally:
        os.unlink(tmp)
    return text


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".sources-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _save(path: Path, doc) -> None:
    _write_atomically(path, _validated(path, doc))


def _audit(db, by: str, action: str, name: str, detail: dict) -> None:
    if db is not None:
        from clippings.accounts import audit

        audit(db, by, action, name, detail)


def _table(block: dict):
    table = tomlkit.table()
    for key in FORM_FIELDS:
        if key in block and not (key in BOOL_FIELDS and not block[key]):
            table[key] = block[key]
    return table


def add_source(path: str | Path, block: dict, *, by: str, db=None) -> Source:
    """Append a [[source]] block; refuses a name in use. Returns the source as loaded."""
    path = Path(path)
    doc = read_document(path)
    name = block.get("name") or ""
    if any(t.get("name") == name for t in doc.get("source", [])):
        raise SourceFormError("name", f"信息源名称 {name} 已存在")
    if "source" not in doc:
        doc["source"] = tomlkit.aot()
    doc["source"].append(_table(block))
    _save(path, doc)
    _audit(db, by, "source_add", name, {"title": block.get("title"), "kind": block.get("kind")})
    return _loaded(path, name)


def update_source(path: str | Path, name: str, block: dict, *, by: str, db=None) -> Source:
    """Replace the form's fields of source ``name`` (fields the form does not hold, such as selectors
    and canonical, are kept); the name itself cannot change (the archive refers to it)."""
    path = Path(path)
    doc = read_document(path)
    table = _find(doc, name)
    if block.get("name", name) != name:
        raise SourceFormError("name", "信息源名称不能修改（归档中的稿件按名称记录来源）")
    before = {k: table.get(k) for k in FORM_FIELDS if k in table}
    for key in FORM_FIELDS:
        if key == "name":
            continue
        if key in block:
            if key in BOOL_FIELDS and not block[key] and key not in table:
                continue                 # false is the default: no new line for it
            table[key] = block[key]
        elif key in table:
            del table[key]
    _save(path, doc)
    changed = sorted(k for k in FORM_FIELDS if before.get(k) != (table.get(k) if k in table else None))
    _audit(db, by, "source_edit", name, {"fields": changed})
    return _loaded(path, name)


def set_enabled(path: str | Path, name: str, enabled: bool, *, by: str, db=None) -> Source:
    """Pause (enabled = false) or resume a source."""
    path = Path(path)
    doc = read_document(path)
    table = _find(doc, name)
    table["enabled"] = bool(enabled)
    _save(path, doc)
    _audit(db, by, "source_resume" if enabled else "source_pause", name, {})
    return _loaded(path, name)


def _loaded(path: Path, name: str) -> Source:
    return next(s for s in load_sources(path) if s.name == name)
