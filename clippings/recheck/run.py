"""`clippings recheck`: re-fetch the pages that are due, classify what each answered, record it.

The fetching is a real crawl (the configured spiders in a re-check-only mode: exactly the listed
pages, conditional requests, redirects not followed) through the usual pipelines, so a changed page
becomes a new version with its WARC record, a 304 or an identical body stores nothing but the
re-check row, and a 404/410, a "deleted" notice or a redirect to the home or list page marks the
clipping deleted while its archived copy stays. Outcomes:

- unchanged: 304, or the same text as archived;
- edited: the extracted title or text changed (the text's hash ignores whitespace, and extraction
  already leaves out navigation, counters and 相关新闻);
- deleted: 404/410, a removal notice, a redirect to the home or a list page, an empty page, or a
  page unreachable at PERSIST_CHECKS re-checks in a row spanning at least PERSIST_HOURS;
- unreachable: a timeout, a refused connection or a 5xx (only "deleted" once it persists).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field, replace
from datetime import timedelta

from clippings.archive import open_archive, rechecks, records, transaction
from clippings.config import load_profile, load_sources
from clippings.paths import DataDir
from clippings.recheck.schedule import Due, due, load_settings
from clippings.timeutil import now, parse_iso, to_iso

log = logging.getLogger(__name__)

PERSIST_CHECKS = 3
PERSIST_HOURS = 24


@dataclass
class RecheckSummary:
    """What one run re-checked (``text`` says it in a line)."""

    due: int = 0
    outcomes: dict = field(default_factory=dict)
    skipped: int = 0          # due pages of sources no longer configured
    found: list = field(default_factory=list)   # (clipping id, title, outcome, detail) for deleted/edited

    @property
    def text(self) -> str:
        from clippings.vocabulary import RECHECK_OUTCOMES

        if not self.due:
            return "没有到期应复查的信息"
        parts = "，".join(f"{RECHECK_OUTCOMES[k]} {n}" for k, n in sorted(self.outcomes.items()))
        return (f"复查 {self.due - self.skipped} 条：{parts or '无'}"
                + (f"（{self.skipped} 条的信息源已不在配置中，未复查）" if self.skipped else ""))


def classify(line: dict | None, before: dict, after: dict) -> tuple[str, int | None, str | None]:
    """(outcome, http status, detail) of one page from its log line and its row before and after."""
    status = line.get("http_status") if line else None
    if after.get("status") == "deleted" and before.get("status") != "deleted":
        reason = (line or {}).get("reason") or (f"来源页面返回 {status}" if status and status >= 400 else "删除提示")
        return "deleted", status, reason
    if after.get("content_hash") != before.get("content_hash") or after.get("title") != before.get("title"):
        return "edited", status, "标题已修改" if after.get("title") != before.get("title") else "正文已修改"
    if line is None:
        return "unreachable", None, "本次未得到回应"
    action = line.get("action")
    if action in ("unchanged", "updated", "new"):
        return "unchanged", status, None
    if action == "dropped" and status == 200 and "unusable" in (line.get("reason") or ""):
        return "deleted", status, "页面已无正文"
    if action == "failed" or (status and status >= 500):
        return "unreachable", status, line.get("error") or line.get("reason") or f"HTTP {status}"
    return "unchanged", status, None


def recheck(data: DataDir, sources_path, profile_path, *, limit: int | None = None, timeout: float | None = None,
            crawl_settings: list[str] = (), lock_wait: float = 0.0, crawl=None) -> RecheckSummary:
    """Re-check every page that is due now. ``crawl`` (for tests) replaces clippings.crawling.run_crawl."""
    from clippings.crawling import run_crawl

    crawl = crawl or run_crawl
    settings = load_settings(profile_path)
    if limit:
        settings = replace(settings, batch=limit)
    sources = {s.name: s for s in load_sources(sources_path) if s.enabled}
    load_profile(profile_path)
    db = open_archive(data.db_path)
    current = now()
    pending = due(db, settings, [s.name for s in sources.values() if s.own], current)
    summary = RecheckSummary(due=len(pending))
    wanted: dict[str, list[str]] = {}
    checked: list[Due] = []
    for d in pending:
        if d.clipping["source"] not in sources:
            summary.skipped += 1
            continue
        wanted.setdefault(d.clipping["source"], []).append(d.clipping["canonical_url"] or d.clipping["url"])
        checked.append(d)
    if not checked:
        return summary
    jobs = data.root / "jobs"
    jobs.mkdir(parents=True, exist_ok=True)
    stamp = current.strftime("%Y%m%dT%H%M%S")
    urls_file, log_file = jobs / f"recheck-{stamp}-urls.json", jobs / f"recheck-{stamp}-log.jsonl"
    urls_file.write_text(json.dumps(wanted, ensure_ascii=False), encoding="utf-8")
    log_file.unlink(missing_ok=True)
    before = rechecks.snapshot(db, [d.clipping["id"] for d in checked])
    try:
        extra = [*crawl_settings, f"RECHECK_URLS={urls_file}", f"RECHECK_LOG={log_file}", "PROGRESS_INTERVAL=0"]
        if crawl is run_crawl:
            crawl(data, sources_path, profile_path, sorted(wanted), extra, timeout=timeout, lock_wait=lock_wait)
        else:
            crawl(data, sources_path, profile_path, sorted(wanted), extra, timeout=timeout)
        lines = {}
        if log_file.exists():
            for raw in log_file.read_text(encoding="utf-8").splitlines():
                entry = json.loads(raw)
                lines.setdefault(entry.get("canonical_url"), entry)
    finally:
        if not os.environ.get("CLIPPINGS_KEEP_RECHECK_FILES"):
            urls_file.unlink(missing_ok=True)
            log_file.unlink(missing_ok=True)
    db = open_archive(data.db_path)
    after = rechecks.snapshot(db, before)
    checked_at = to_iso(now())
    with transaction(db):
        for d in checked:
            cid = d.clipping["id"]
            canon = d.clipping["canonical_url"] or d.clipping["url"]
            outcome, status, detail = classify(lines.get(canon), before.get(cid, {}), after.get(cid, {}))
            if outcome == "deleted" and after.get(cid, {}).get("status") != "deleted":
                records.mark_deleted(db, cid)          # an empty page, or unreachable for long
            if outcome == "unreachable" and _persists(db, cid, current):
                records.mark_deleted(db, cid)
                outcome, detail = "deleted", f"连续{PERSIST_CHECKS}次复查无法访问（{detail}）"
            row = after.get(cid) or {}
            rechecks.add(db, cid, checked_at, d.klass, status, row.get("content_hash"), outcome, detail)
            summary.outcomes[outcome] = summary.outcomes.get(outcome, 0) + 1
            if outcome in ("deleted", "edited"):
                summary.found.append((cid, d.clipping.get("title") or "", outcome, detail))
    return summary


def _persists(db, clipping_id: int, current) -> bool:
    """This failure makes PERSIST_CHECKS unreachable re-checks in a row over PERSIST_HOURS or more."""
    history = rechecks.history(db, clipping_id)
    streak = []
    for row in reversed(history):
        if row["outcome"] != "unreachable":
            break
        streak.append(row)
    if len(streak) + 1 < PERSIST_CHECKS:
        return False
    oldest = parse_iso(streak[PERSIST_CHECKS - 2]["checked_at"])
    return oldest is not None and current - oldest >= timedelta(hours=PERSIST_HOURS)
