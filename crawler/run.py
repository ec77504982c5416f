"""Run a crawl of the configured sources in this process: ``python -m crawler.run``.

``clippings crawl`` starts this as a subprocess (Twisted's reactor runs once per process), so the
application core never imports Scrapy. Prints the run id on its last line as ``RUN_ID=<n>``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from clippings.archive import open_archive, records, transaction
from clippings.config import ConfigError, load_profile, load_sources
from clippings.paths import DataDir, config_path
from clippings.proof.render import RenderUnavailable
from spiders import spider_class_for

log = logging.getLogger(__name__)

RENDER_UNAVAILABLE = "信息源 {name} 需要浏览器渲染，但{reason}：本次未抓取该信息源，其他信息源照常抓取。"


def build_settings(data: DataDir, profile_path: str, run_id: int, overrides: list[str]) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("CLIPPINGS_DATA_DIR", str(data.root), priority="cmdline")
    settings.set("CLIPPINGS_PROFILE", str(profile_path), priority="cmdline")
    settings.set("CLIPPINGS_RUN_ID", run_id, priority="cmdline")
    for item in overrides:
        key, _, value = item.partition("=")
        settings.set(key.strip(), value.strip(), priority="cmdline")
    return settings


RESERVE_BYTES = 512 * 1024   # each of two reserves


def _reserve_space(data: DataDir, name: str):
    """A file of RESERVE_BYTES in the data directory, deleted at the end of the crawl: should the disk
    fill up, its room is what lets the run be recorded as failed. Best effort (None if it cannot)."""
    path = data.root / name
    try:
        with open(path, "wb") as fh:
            fh.write(b"\0" * RESERVE_BYTES)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        path.unlink(missing_ok=True)
        return None
    return path


def _release_space(path) -> None:
    if path is not None:
        path.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.run", description="抓取配置的信息源")
    parser.add_argument("--data-dir")
    parser.add_argument("--sources", help="sources.toml")
    parser.add_argument("--profile", help="bureau.toml")
    parser.add_argument("--source", action="append", default=[], help="只抓取这些信息源（可多次）")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="覆盖 Scrapy 设置")
    args = parser.parse_args(argv)

    data = DataDir.resolve(args.data_dir).ensure()
    sources_path = config_path("sources.toml", args.sources, "CLIPPINGS_SOURCES")
    profile_path = config_path("bureau.toml", args.profile, "CLIPPINGS_PROFILE")
    try:
        load_profile(profile_path)
        sources = [s for s in load_sources(sources_path) if s.enabled]
        configured = list(sources)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.source:
        unknown = sorted(set(args.source) - {s.name for s in sources})
        if unknown:
            print(f"未知的信息源：{', '.join(unknown)}", file=sys.stderr)
            return 2
        sources = [s for s in sources if s.name in args.source]

    db = open_archive(data.db_path)
    with transaction(db):
        run_id = records.start_run(db, [s.name for s in sources])
    settings = build_settings(data, str(profile_path), run_id, args.set)
    process = CrawlerProcess(settings)
    skipped: dict[str, dict] = {}   # sources that could not start: recorded with the run's end
    for source in sources:
        try:
            spider = spider_class_for(source, configured)
        except RenderUnavailable as exc:
            # a source that renders in the browser, on a machine without one: the others still run
            print(RENDER_UNAVAILABLE.format(name=source.name, reason=exc), file=sys.stderr, flush=True)
            skipped[source.name] = {**{k: 0 for k in records.RUN_COUNTERS}, "finish_reason": "render_unavailable",
                                    "errors": {"render_unavailable": 1}}
            continue
        process.crawl(spider)
    # Two reserves: the first is freed when the disk fills, so the spiders can record their counts as
    # they close (pages still in flight may use it up); the second only once the crawl has stopped,
    # for the run's final row.
    reserve = _reserve_space(data, ".crawl-reserve")
    final_reserve = _reserve_space(data, ".crawl-reserve-final")
    from crawler import extensions, pipelines

    pipelines.on_disk_full.append(lambda: _release_space(reserve))
    status = "finished"
    try:
        process.start()
    except Exception:  # a crash of the crawl machinery itself: record it, do not lose the counts
        log.exception("crawl failed")
        status = "failed"
    from crawler.pipelines import DISK_FULL_MESSAGE, disk_full, is_disk_full

    if disk_full():
        status = "failed"
    _release_space(reserve)
    _release_space(final_reserve)   # a full disk still has room to record the run's end
    try:
        with transaction(db):
            run = records.get_run(db, run_id)
            totals, errors, per_source = {k: run[k] for k in records.RUN_COUNTERS}, run["errors"], run["per_source"]
            # the sources left out, and counts a full disk kept from being written
            for name, result in {**skipped, **extensions.unsaved}.items():
                totals, errors, per_source = extensions.merge_source(run, name, result)
                run = {**run, "per_source": per_source}
            records.save_run(db, run_id, totals, errors, per_source, status=status)
    except sqlite3.OperationalError as exc:
        if not is_disk_full(exc):
            raise
        # the run row may still say "running": the disk has no room to say otherwise
        said = disk_full()   # the pipelines have already given the message once
        status = "failed"
        print(f"{'' if said else DISK_FULL_MESSAGE}（运行记录未能更新：{exc}）", file=sys.stderr, flush=True)
    print(f"RUN_ID={run_id}", flush=True)
    return 0 if status == "finished" else 1


if __name__ == "__main__":
    sys.exit(main())
