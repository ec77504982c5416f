"""The daily job: crawl → tag → cluster → index → today's briefing.

Each stage runs even when an earlier one failed (a failed crawl still leaves yesterday's
archive to tag and brief); the job reports every stage and fails if any did. Idempotent:
running it twice archives nothing twice and regenerates the same briefing issue.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)
DAILY_LOCK_WAIT = 1800.0   # seconds the daily crawl waits for a source `watch` is crawling


@dataclass
class StageResult:
    name: str
    ok: bool
    detail: str
    seconds: float


@dataclass
class DailyReport:
    stages: list[StageResult] = field(default_factory=list)
    briefing_paths: list[Path] = field(default_factory=list)
    crawl_run: dict | None = None

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.stages)


def run_stage(report: DailyReport, name: str, fn: Callable[[], str]) -> None:
    started = time.monotonic()
    try:
        detail = fn()
        ok = True
    except Exception as exc:  # a stage failing must not stop the others
        log.exception("stage %s failed", name)
        detail, ok = f"失败：{exc}", False
    result = StageResult(name, ok, detail, time.monotonic() - started)
    report.stages.append(result)
    log.info("[%s] %s %s（%.1f 秒）", name, "完成" if ok else "失败", detail, result.seconds)


def run_daily(app, day: date | None = None, crawl: bool = True, formats: tuple[str, ...] = ("docx", "html", "md"),
              crawl_settings: list[str] = (), on_stage: Callable[[StageResult], None] | None = None,
              briefing: bool = True, recheck_due: bool = True) -> DailyReport:
    """Run every stage for ``app`` (a clippings.cli.AppContext-like object). The 复查 stage re-fetches
    the pages whose re-check is due (nothing when none is: see clippings.recheck).

    ``watch`` calls it after each round with ``crawl=False, briefing=False`` (tag → cluster → index).
    """
    from clippings.timeutil import today
    from clippings.vocabulary import RUN_STATUS, label

    report = DailyReport()

    def stage(name, fn):
        run_stage(report, name, fn)
        if on_stage:
            on_stage(report.stages[-1])

    if crawl:
        def do_crawl():
            from clippings.crawling import run_crawl

            run = run_crawl(app.data, app.sources_path, app.profile_path, settings=list(crawl_settings),
                            lock_wait=DAILY_LOCK_WAIT)  # `watch` may be crawling a source: wait for it
            report.crawl_run = run
            detail = f"抓取 {run['pages_fetched']} 页，新增 {run['new']}，更新 {run['updated']}，删除 {run['deleted']}"
            if run["status"] != "finished":
                raise RuntimeError(detail + f"（{label(RUN_STATUS, run['status'])}）")
            return detail
        stage("抓取", do_crawl)

    def do_tag():
        from clippings.tagger import tag_archive

        counts = tag_archive(app.db, app.profile, models_dir=app.data.models_dir)
        return f"研判 {counts.get('tagged', 0)} 条" if isinstance(counts, dict) else f"研判完成 {counts}"
    stage("研判", do_tag)

    def do_cluster():
        from clippings.clusters import assign_pending

        from clippings.tagger import inherit_story_corrections

        n = assign_pending(app.db, app.profile)
        inherited = inherit_story_corrections(app.db)   # reposts joining a corrected story take its labels
        return f"归并 {n} 条" + (f"，{inherited} 条转载沿用同一报道的人工更正" if inherited else "")
    stage("转载归并", do_cluster)

    def do_recheck():
        from clippings.recheck.run import recheck
        from clippings.runlock import Locked

        try:
            return recheck(app.data, app.sources_path, app.profile_path, crawl_settings=list(crawl_settings),
                           lock_wait=DAILY_LOCK_WAIT if crawl else 0.0).text
        except Locked as exc:   # a crawl of those sources is running: the pages stay due
            return f"暂不复查：{exc}"
    if recheck_due:
        stage("复查", do_recheck)

    def do_index():
        from indexer.build import update_index

        stats = update_index(app.db, app.data.index_dir, app.profile)
        return str(stats)
    stage("索引", do_index)

    def do_briefing():
        from clippings.briefing import build_briefing, default_path, render_briefing

        target = day or today()
        briefing = build_briefing(app.db, app.profile, target)
        out_dir = app.data.ensure().output_dir
        for fmt in formats:
            report.briefing_paths.append(render_briefing(briefing, fmt, default_path(out_dir, target, fmt)))
        state = f"第{briefing.number}期" if briefing.number else "待审核、签发"
        return f"{target.isoformat()}（{state}），共 {briefing.counts.get('total', 0)} 条"
    if briefing:
        stage("网媒快讯", do_briefing)
    return report

