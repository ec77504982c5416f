"""Rendering throughput: pages of an outlet built by script through headless Chromium
(``render = "browser"``, scrapy-playwright) vs the same pages fetched plainly, and the browser's memory.
Prints figures; asserts nothing.

    .venv/bin/python benchmarks/render_bench.py                  # 200 articles of 江州城事 (/jzapp/)
    .venv/bin/python benchmarks/render_bench.py --articles 500

The demo server serves N script-built articles (its bench mode). Each run is a real crawl
(``python -m crawler.run``) of one news source over /jzapp/: first plain (every page an empty shell:
this is the downloader's own rate on these pages), then rendered. While the rendered crawl runs, the
resident memory of every Chromium process is sampled every 0.2 s; the peak is printed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clippings.crawling import run_crawl  # noqa: E402
from clippings.paths import REPO_ROOT, DataDir  # noqa: E402
from demosites.server import DemoServer  # noqa: E402

BLOCK = """[[source]]
name = "app"
title = "江州城事"
kind = "news"
start_urls = [{starts}]
article_links = ['/jzapp/news/\\d+\\.html$']
max_pages = 100000
{extra}
"""


def chromium_rss_kb() -> int:
    out = subprocess.run(["ps", "-eo", "rss=,args="], capture_output=True, text=True).stdout
    return sum(int(line.split(None, 1)[0]) for line in out.splitlines()
               if "chromium" in line.split(None, 1)[-1] and "ps -eo" not in line)


def crawl(server, workdir: Path, extra: str, paths: list[str]) -> tuple[dict, float, int]:
    workdir.mkdir(parents=True, exist_ok=True)
    sources = workdir / "sources.toml"
    starts = ", ".join(f'"{server.url(p)}"' for p in paths)
    sources.write_text(BLOCK.format(starts=starts, extra=extra), encoding="utf-8")
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], chromium_rss_kb())
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    run = run_crawl(DataDir.resolve(workdir / "data"), sources, REPO_ROOT / "config" / "bureau.toml", [],
                    ["AUTOTHROTTLE_ENABLED=False", "PROGRESS_INTERVAL=0", "LOG_LEVEL=ERROR"], timeout=1800)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    return run, seconds, peak[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    args = ap.parse_args()
    os.environ.setdefault("CLIPPINGS_NOW", "2026-11-25T23:30:00+08:00")
    server = DemoServer(port=0, bench_articles=args.articles).start()
    try:
        pages = ["/jzapp/"] + [a.path for a in server.app_articles]
        with tempfile.TemporaryDirectory() as tmp:
            # plain: every page given as a start URL (without scripts the list links to nothing)
            plain, _, _ = crawl(server, Path(tmp) / "plain", "", pages)
            run, _, peak = crawl(server, Path(tmp) / "rendered",
                                 f'render = "browser"\nrender_budget = {len(pages) + 10}\nrender_timeout = 15',
                                 ["/jzapp/"])
        p, r = plain["per_source"]["app"], run["per_source"]["app"]
        plain_rate = p["pages_fetched"] / p["elapsed_s"]
        rendered = r.get("rendered", 0)
        render_rate = rendered / r["elapsed_s"]
        print(f"{len(pages)} pages of 江州城事 (/jzapp/: the list + {args.articles} articles), crawl time as the crawl counts it")
        print(f"plain:    {p['pages_fetched']} responses in {p['elapsed_s']:.1f} s = {plain_rate:.1f} pages/s; "
              f"archived {plain['new']} (shells without text)")
        print(f"rendered: {rendered} pages in {r['elapsed_s']:.1f} s = {render_rate:.1f} pages/s "
              f"({render_rate / plain_rate:.0%} of plain; includes launching the browser); archived {run['new']} "
              f"(+{r['irrelevant']} irrelevant); errors {r['errors'] or 'none'}")
        print(f"browser memory: peak {peak / 1024:.0f} MB, the resident sizes of all Chromium processes summed (shared pages counted in each: an upper bound)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
