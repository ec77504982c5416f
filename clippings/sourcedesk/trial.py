"""试抓取: crawl a source (saved or not) for a few pages into a scratch archive and show what it took.

It is the real crawl (``python -m crawler.run``: the same spiders, extraction and relevance filter) on a
sources file holding only this block, into a temporary data directory that is deleted afterwards, so
nothing reaches the office's archive. Page count and time are capped.
"""

from __future__ import annotations

import logging
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import tomlkit

from clippings.sourcedesk.editor import FORM_FIELDS, SourceFormError, _validated

log = logging.getLogger(__name__)

TRIAL_PAGES = 12
TRIAL_SECONDS = 90
SHOWN_ITEMS = 10


@dataclass
class TrialItem:
    url: str
    title: str
    published_at: str | None
    author: str | None
    excerpt: str


@dataclass
class TrialResult:
    name: str
    pages_fetched: int = 0
    kept: int = 0
    irrelevant: int = 0
    errors: dict = field(default_factory=dict)
    items: list[TrialItem] = field(default_factory=list)
    seconds: float = 0.0
    failed: str | None = None      # why the trial itself could not run


def try_source(block: dict, profile_path: str | Path, pages: int = TRIAL_PAGES,
               timeout: float = TRIAL_SECONDS) -> TrialResult:
    """Crawl ``block`` (a [[source]] block, e.g. from the form) for at most ``pages`` pages."""
    from clippings.archive import open_archive
    from clippings.crawling import CrawlFailed, run_crawl
    from clippings.paths import DataDir

    name = block.get("name") or "trial"
    started = time.monotonic()
    result = TrialResult(name)
    with tempfile.TemporaryDirectory(prefix="clippings-trial-") as tmp:
        tmp = Path(tmp)
        doc = tomlkit.document()
        aot = tomlkit.aot()
        table = tomlkit.table()
        for key in FORM_FIELDS:
            if key in block:
                table[key] = block[key]
        table["enabled"] = True
        aot.append(table)
        doc["source"] = aot
        sources = tmp / "sources.toml"
        sources.write_text(_validated(sources, doc), encoding="utf-8")  # SourceFormError if invalid
        data = DataDir.resolve(tmp / "data").ensure()
        try:
            run = run_crawl(data, sources, Path(profile_path), [name],
                            settings=[f"CLOSESPIDER_PAGECOUNT={pages}", "PROGRESS_INTERVAL=0", "PAGE_WORKERS=0"],
                            timeout=timeout)
        except CrawlFailed as exc:
            result.failed = str(exc)
            return result
        except Exception as exc:  # subprocess timeout and the like: say it, never a traceback
            result.failed = f"试抓取未完成：{exc}"
            return result
        result.pages_fetched = int(run.get("pages_fetched") or 0)
        result.kept = int(run.get("new") or 0)
        result.irrelevant = int(run.get("irrelevant") or 0)
        result.errors = dict(run.get("errors") or {})
        db = open_archive(data.db_path)
        for row in db.query("SELECT url, title, published_at, author, substr(text, 1, 120) AS excerpt"
                            " FROM clippings ORDER BY id LIMIT ?", [SHOWN_ITEMS]):
            result.items.append(TrialItem(row["url"], row["title"] or "", row["published_at"], row["author"],
                                          row["excerpt"] or ""))
        db.conn.close()
    result.seconds = time.monotonic() - started
    return result


__all__ = ["SourceFormError", "TrialItem", "TrialResult", "try_source"]
