"""Crawl extensions: record each run's counts in the archive, and report progress."""

from __future__ import annotations

import logging
import sqlite3
import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from clippings.archive import open_archive, records, transaction
from clippings.paths import DataDir
from crawler.pipelines import is_disk_full

log = logging.getLogger(__name__)


def counters_from_stats(stats: dict) -> tuple[dict, dict]:
    """Turn Scrapy stats into the run's counters and its errors by kind."""
    get = lambda key: int(stats.get(key, 0) or 0)  # noqa: E731
    counters = {
        "pages_fetched": get("downloader/response_count"),
        "not_modified": get("downloader/response_status_count/304"),
        "new": get("archive/new"),
        "updated": get("archive/updated"),
        "unchanged": get("archive/unchanged"),
        "duplicates": get("dedup/dropped"),
        "irrelevant": get("relevance/dropped"),
        "deleted": get("archive/deleted"),
    }
    errors: dict[str, int] = {}

    def add(kind: str, n: int) -> None:
        if n:
            errors[kind] = errors.get(kind, 0) + n

    for key, value in stats.items():
        if key.startswith("downloader/response_status_count/"):
            code = int(key.rsplit("/", 1)[1])
            if code in (404, 410):
                add("http_404_410", value)
            elif 400 <= code < 500:
                add("http_4xx", value)
            elif code >= 500:
                add("http_5xx", value)
        elif key.startswith("downloader/exception_type_count/"):
            if "playwright" in key:   # a page that failed to render: counted as render_timeout / render_failed
                continue
            name = key.rsplit("/", 1)[1].rsplit(".", 1)[-1]
            if "Timeout" in name:
                add("timeout", value)
            elif "Cancel" in name or "MaxSize" in name:
                add("oversize_or_cancelled", value)
            else:
                add(f"network:{name}", value)
    add("robots_disallowed", get("robotstxt/forbidden"))
    add("binary_or_non_html", get("filtered/binary"))
    add("meta_refresh_unfollowable", get("filtered/meta_refresh"))
    add("disk_full", get("disk/full"))
    add("unusable_page", get("archive/unusable"))
    add("spider_error", get("spider_exceptions/count"))
    add("gave_up_after_retries", get("retry/max_reached"))
    add("page_failed", get("pipeline/failed"))
    add("search_captcha", get("search/captcha"))
    add("search_empty", get("search/empty"))
    add("board_no_reply_block", get("board/no_reply_block"))
    add("render_timeout", get("render/timeouts"))
    add("render_failed", get("render/errors"))
    add("render_budget_exhausted", get("render/budget_exhausted"))
    return counters, errors


def merge_source(run: dict, name: str, result: dict) -> tuple[dict, dict, dict]:
    """The run's totals, errors and per-source results once ``name`` reports ``result``."""
    per_source = {**run["per_source"], name: result}
    totals = {k: sum(int(s.get(k, 0)) for s in per_source.values()) for k in records.RUN_COUNTERS}
    all_errors: dict[str, int] = {}
    for s in per_source.values():
        for kind, n in s.get("errors", {}).items():
            all_errors[kind] = all_errors.get(kind, 0) + n
    return totals, all_errors, per_source


# Results a spider could not write (a full disk): ``crawler.run`` records them with the run's end,
# from the room it kept for that.
unsaved: dict[str, dict] = {}


class RunRecorder:
    """Writes this spider's counts into the current ``crawl_runs`` row, periodically and at close."""

    def __init__(self, crawler, data: DataDir, run_id: int, interval: float):
        self.crawler, self.data, self.run_id, self.interval = crawler, data, run_id, interval
        self.task = None

    @classmethod
    def from_crawler(cls, crawler):
        run_id = crawler.settings.getint("CLIPPINGS_RUN_ID", 0)
        if not run_id or not crawler.settings.get("CLIPPINGS_DATA_DIR"):
            raise NotConfigured
        ext = cls(crawler, DataDir.resolve(crawler.settings.get("CLIPPINGS_DATA_DIR")), run_id,
                  max(1.0, crawler.settings.getfloat("RUN_SAVE_INTERVAL", 10.0)))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        self.db = open_archive(self.data.db_path)
        self.task = task.LoopingCall(self.save)
        self.task.start(self.interval, now=False)

    def spider_closed(self, spider, reason):
        if self.task and self.task.running:
            self.task.stop()
        self.save(reason)

    def save(self, reason: str | None = None) -> None:
        name = self.crawler.spider.name
        counters, errors = counters_from_stats(self.crawler.stats.get_stats())
        if reason:
            counters["finish_reason"] = reason
            counters["elapsed_s"] = round(float(self.crawler.stats.get_value("elapsed_time_seconds") or 0), 3)
        result = {**counters, "errors": errors}
        rendered = int(self.crawler.stats.get_value("render/pages") or 0)
        if rendered:
            result["rendered"] = rendered   # pages rendered in the browser (crawler.rendering)
        try:
            with transaction(self.db) as db:
                records.save_run(db, self.run_id, *merge_source(records.get_run(db, self.run_id), name, result))
            unsaved.pop(name, None)
        except sqlite3.OperationalError as exc:
            unsaved[name] = result   # saved with the run's end
            if not is_disk_full(exc):
                log.warning("无法保存本次抓取的计数：%s", exc)
            # a full disk is said once, by the pipelines


class ProgressReporter:
    """Prints one progress line per spider every PROGRESS_INTERVAL seconds (stderr)."""

    def __init__(self, crawler, interval: float):
        self.crawler, self.interval = crawler, interval
        self.task = None
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL", 5.0)
        if interval <= 0:
            raise NotConfigured
        ext = cls(crawler, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        self.task = task.LoopingCall(self.report)
        self.task.start(self.interval, now=False)

    def spider_closed(self, spider, reason):
        if self.task and self.task.running:
            self.task.stop()
        self.report(done=True)

    def report(self, done: bool = False) -> None:
        c, errors = counters_from_stats(self.crawler.stats.get_stats())
        elapsed = time.monotonic() - self.started
        state = "完成" if done else "进行中"
        print(
            f"[{self.crawler.spider.name}] {state} {elapsed:5.0f}s  已抓取 {c['pages_fetched']} 页"
            f"（304 {c['not_modified']}）  新增 {c['new']}  更新 {c['updated']}  未变 {c['unchanged']}"
            f"  重复 {c['duplicates']}  无关 {c['irrelevant']}  删除 {c['deleted']}  错误 {sum(errors.values())}",
            file=sys.stderr, flush=True,
        )


class RecheckLog:
    """`clippings recheck`: what each listed page answered, one JSON line per page, appended to the
    file named by RECHECK_LOG when the spider closes (archived, dropped with a reason, or failed)."""

    def __init__(self, crawler, path: str):
        self.crawler, self.path = crawler, path
        self.lines: list[dict] = []

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("RECHECK_LOG")
        if not path:
            raise NotConfigured
        ext = cls(crawler, path)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def item_scraped(self, item, response, spider):
        self.lines.append({"canonical_url": item.get("canonical_url"), "action": item.get("action"),
                           "http_status": item.get("http_status"), "reason": item.get("reason")})

    def item_dropped(self, item, response, exception, spider):
        responses = item.get("responses") or []
        self.lines.append({"canonical_url": item.get("canonical_url"), "action": "dropped",
                           "http_status": responses[0].status if responses else None,
                           "reason": str(exception)[:200]})

    def spider_closed(self, spider, reason):
        import json

        lines = self.lines + [{**e, "action": "failed"} for e in getattr(spider, "recheck_errors", [])]
        with open(self.path, "a", encoding="utf-8") as fh:
            for line in lines:
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
