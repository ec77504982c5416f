"""复查 throughput and storage: re-check every archived page of the demo sites as `clippings recheck`
does (a real re-check crawl through the pipelines, conditional requests), then print re-checks per
second and the bytes stored per re-check of an unchanged page (target: small, no WARC copy for a 304
or an identical body). Asserts nothing.

    .venv/bin/python benchmarks/recheck_bench.py            # about a minute
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FAST = ["DOWNLOAD_TIMEOUT=5", "RETRY_BACKOFF_BASE=0.05", "AUTOTHROTTLE_ENABLED=False", "PROGRESS_INTERVAL=600"]
NOW = "2026-11-25T23:30:00+08:00"


def stored_bytes(root: Path) -> int:
    """Bytes of the archive, its write-ahead log and the WARC files."""
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and (path.suffix in (".db", ".gz") or path.name.endswith(("-wal", ".warc.gz"))):
            total += path.stat().st_size
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", default=None)
    args = ap.parse_args()
    from clippings.archive import open_archive, rechecks, transaction
    from clippings.paths import config_path
    from clippings.crawling import run_crawl
    from clippings.paths import DataDir
    from clippings.recheck.run import recheck
    from clippings.timeutil import parse_iso
    from demosites.server import DemoServer

    os.environ["CLIPPINGS_NOW"] = NOW
    server = DemoServer(host="127.0.0.1", port=0, anchor_date="2026-11-25").start()
    os.environ["CLIPPINGS_DEMO_URL"] = server.base_url
    work = Path(args.workdir or tempfile.mkdtemp(prefix="recheck-bench-"))
    data = DataDir.resolve(work).ensure()
    sources, profile = config_path("sources.toml"), config_path("bureau.toml")
    try:
        run = run_crawl(data, sources, profile, settings=FAST, timeout=600)
        db = open_archive(data.db_path)
        with transaction(db):   # every archived page becomes due: the benchmark's own set-up
            db.execute("UPDATE clippings SET sentiment = 'negative'")
        n = db.execute("SELECT COUNT(*) FROM clippings").fetchone()[0]
        print(f"archived {n} clippings from the demo sites ({run['pages_fetched']} pages fetched)")
        for label, hours in (("first re-check (1 h)", 2), ("second re-check (6 h)", 8)):
            os.environ["CLIPPINGS_NOW"] = (parse_iso(NOW) + timedelta(hours=hours)).isoformat()
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before = stored_bytes(work)
            server.reset_log()
            t = time.perf_counter()
            summary = recheck(data, sources, profile, crawl_settings=FAST, limit=10_000)
            seconds = time.perf_counter() - t
            db = open_archive(data.db_path)
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            grown = stored_bytes(work) - before
            statuses: dict[int, int] = {}
            for _, _path, status, _h in server.requests:
                statuses[status] = statuses.get(status, 0) + 1
            checked = summary.due - summary.skipped
            unchanged = summary.outcomes.get("unchanged", 0)
            print(f"{label}: {checked} pages in {seconds:.1f} s = {checked / seconds:.1f} re-checks/s "
                  f"(a whole `clippings recheck` run: crawl process start-up included); outcomes {summary.outcomes}; "
                  f"HTTP statuses {dict(sorted(statuses.items()))}")
            print(f"  stored: {grown:,} bytes in all = {grown / max(1, checked):,.0f} bytes per re-check "
                  f"({unchanged} unchanged); rows in rechecks: {len(list(db.query('SELECT id FROM rechecks')))}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
