"""Continuous monitoring (``clippings watch``): crawl each source on its own interval, then process
only what is new: tag → cluster → index (the daily job's stages) → alert rules and delivery.

One ``watch`` per data directory (:func:`clippings.runlock.watch_lock`); each crawl holds its
sources' locks, so ``daily`` (or a manual ``crawl``) can run beside it, one process per source.
SIGINT / SIGTERM set a flag and ask the running crawl to stop after its current pages; the loop
ends after that round. Everything a round did is in the archive, so a killed ``watch`` restarted
repeats nothing (alerts and their notifications are keyed) and loses nothing (the queue is stored).
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from typing import Callable

log = logging.getLogger(__name__)
LOCKED_RETRY_SECONDS = 60


class Stop:
    """Set by SIGINT / SIGTERM (or a test); the loop checks it between steps."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def __bool__(self) -> bool:
        return self.event.is_set()

    def set(self, signum=None, _frame=None) -> None:
        from clippings.crawling import stop_running_crawls

        if not self.event.is_set():
            log.warning("收到停止信号：当前页面处理完后退出")
        self.event.set()
        # Ctrl-C in a terminal already reached the crawl (same process group): a second SIGINT would
        # make Scrapy stop uncleanly, so only SIGTERM (sent to `watch` alone, e.g. by systemd) is passed on
        if signum != signal.SIGINT:
            stop_running_crawls()

    def install(self) -> None:
        signal.signal(signal.SIGINT, self.set)
        signal.signal(signal.SIGTERM, self.set)


class AlertConfigHolder:
    """alerts.toml, re-read every round: a fixed file takes effect without a restart; a broken one is
    reported (naming the rule or channel) and the last good one stays in use, so the crawl goes on."""

    def __init__(self, load: Callable[[], object], report: Callable[[str], None]):
        self.load, self.report, self.cfg, self.error = load, report, None, None
        self.loaded_at = -1e9

    def get(self, every: float = 10.0):
        from clippings.alerts.config import AlertConfig
        from clippings.config import ConfigError

        if self.cfg is not None and time.monotonic() - self.loaded_at < every:
            return self.cfg
        self.loaded_at = time.monotonic()
        try:
            self.cfg, self.error = self.load(), None
        except ConfigError as exc:
            if str(exc) != self.error:
                self.report(f"{exc}（预警沿用上一次正确的配置，抓取照常进行）")
            self.error = str(exc)
        return self.cfg if self.cfg is not None else AlertConfig()


def run_watch(app, load_alerts: Callable[[], object], stop: Stop, *, minute_seconds: float = 60.0, rounds: int | None = None,
              crawl_settings: list[str] = (), report: Callable[[str], None] = print, poll: float = 1.0) -> int:
    """Run until ``stop`` (or ``rounds`` crawl rounds). Returns the number of rounds."""
    from clippings.alerts.service import run_cycle
    from clippings.crawling import CrawlFailed, run_crawl
    from clippings.daily import run_daily
    from clippings.runlock import Locked, watch_lock

    sources = [s for s in app.sources if s.enabled]
    alerts = AlertConfigHolder(load_alerts, report)
    done = 0
    with watch_lock(app.data.root):
        report(f"持续监测开始：{len(sources)} 个信息源（pid 锁已取得）")
        due = {s.name: 0.0 for s in sources}
        while not stop and (rounds is None or done < rounds):
            clock = time.monotonic()
            names = [s.name for s in sources if due[s.name] <= clock]
            if names:
                try:
                    run = run_crawl(app.data, app.sources_path, app.profile_path, names, list(crawl_settings))
                    report(f"第 {done + 1} 轮抓取 {', '.join(names)}：新增 {run['new']}，更新 {run['updated']}"
                           f"（{run['status']}）")
                    for s in sources:
                        if s.name in names:
                            due[s.name] = time.monotonic() + s.interval_minutes * minute_seconds
                except Locked as exc:
                    report(f"{exc}；{LOCKED_RETRY_SECONDS} 秒后再试")
                    for n in names:
                        due[n] = time.monotonic() + LOCKED_RETRY_SECONDS
                except CrawlFailed as exc:
                    report(f"抓取失败：{exc}")
                    for s in sources:
                        if s.name in names:
                            due[s.name] = time.monotonic() + s.interval_minutes * minute_seconds
                done += 1
                if stop:
                    break
                failed = [st.name for st in run_daily(app, crawl=False, briefing=False).stages if not st.ok]
                if failed:
                    report(f"处理失败的环节：{'、'.join(failed)}")
            try:
                counts = run_cycle(app.db, alerts.get())
            except Exception:  # alerting must never stop the crawl
                log.exception("alert cycle failed")
                counts = None
            if counts and (counts["new"] or counts["escalated"] or counts["sent"] or counts["failed"]
                           or counts["complaints_overdue"] or counts["complaints_answered"]):
                report(f"预警：新增 {counts['new']}，升级 {counts['escalated']}，关闭 {counts['closed']}，"
                       f"留言超期未回复 {counts['complaints_overdue']}，留言已回复关闭 {counts['complaints_answered']}，"
                       f"送达 {counts['sent']}，发送失败 {counts['failed']}")
            if rounds is not None and done >= rounds:
                break
            stop.event.wait(poll)
    report(f"持续监测结束：共 {done} 轮")
    return done
