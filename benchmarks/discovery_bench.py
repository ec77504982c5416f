"""Discovery benchmark: what the search source adds to the configured sources on the demo world.

    PYTHONPATH=. python benchmarks/discovery_bench.py [--keep DIR]

1. Crawl the configured news/forum sources of config/sources.toml (everything but search/board).
2. Then crawl the search source ``jzss`` into the same archive.
Prints the share of the demo's relevant items found after each step (ground truth: the demo
corpus's relevant items plus the relevant articles of the outlets only the search engine knows),
and the cost of the search step: requests per new relevant item. Rendering throughput (browser vs
plain) is not measured: ``render = "browser"`` is not built yet.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clippings.archive import open_archive  # noqa: E402
from clippings.canonical import canonicalize  # noqa: E402
from clippings.config import load_sources  # noqa: E402
from clippings.crawling import run_crawl  # noqa: E402
from clippings.paths import REPO_ROOT, DataDir  # noqa: E402

SOURCES = REPO_ROOT / "config" / "sources.toml"
PROFILE = REPO_ROOT / "config" / "bureau.toml"
SETTINGS = ["AUTOTHROTTLE_ENABLED=False", "DOWNLOAD_TIMEOUT=3", "RETRY_BACKOFF_BASE=0.05", "PROGRESS_INTERVAL=60"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", help="keep the archive in this directory")
    args = parser.parse_args()
    os.environ["CLIPPINGS_NOW"] = "2026-11-25T23:30:00+08:00"
    from demosites.server import DemoServer

    server = DemoServer(host="127.0.0.1", port=0, anchor_date="2026-11-25", slow_seconds=3).start()
    os.environ["CLIPPINGS_DEMO_URL"] = server.base_url
    root = Path(args.keep or tempfile.mkdtemp(prefix="discovery-bench-"))
    data = DataDir.resolve(root)
    try:
        truth = set()
        for it in server.corpus.items:
            if it.relevant and it.edition == 1 and it.site in ("jzrb", "jzol", "jzcg", "bbs"):
                truth.add(canonicalize(server.url(it.path), ["print", "extra"]))
        for a in server.extras:
            if a.relevant:
                truth.add(f"http://{a.host}:{server.port}{a.path}")
        configured = [s.name for s in load_sources(SOURCES) if s.kind not in ("search", "board") and s.enabled]

        def found() -> set[str]:
            db = open_archive(data.db_path)
            urls = {r["canonical_url"] for r in db.query("SELECT canonical_url FROM clippings")}
            db.conn.close()
            return urls & truth

        t0 = time.perf_counter()
        run_crawl(data, SOURCES, PROFILE, configured, SETTINGS, timeout=600)
        t1 = time.perf_counter()
        before = found()
        server.reset_log()
        run = run_crawl(data, SOURCES, PROFILE, ["jzss"], SETTINGS, timeout=600)
        t2 = time.perf_counter()
        after = found()
        requests = len(server.requests)
        new = len(after - before)
        print(f"relevant demo items (ground truth): {len(truth)}")
        print(f"configured sources alone ({len(configured)}): {len(before)} found = {len(before) / len(truth):.1%}"
              f"  [{t1 - t0:.1f} s]")
        print(f"with the search source:           {len(after)} found = {len(after) / len(truth):.1%}"
              f"  [+{t2 - t1:.1f} s]")
        print(f"search step: {requests} requests (results pages, robots.txt, articles), {new} new relevant items"
              f" -> {requests / new:.1f} requests per new relevant item" if new else
              f"search step: {requests} requests, no new relevant item")
        print(f"search step run errors: {run['errors']}")
        print("rendering throughput (browser vs plain): not measured (render = \"browser\" not built)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
