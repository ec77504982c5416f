"""Crawl throughput: the full pipeline (fetch → extract → filter → store → WARC) against a bare
Scrapy spider that only fetches the same pages, in the same run, on the demo server's bench pages.

    .venv/bin/python benchmarks/crawl_bench.py --articles 2000

Prints pages/s for both and the ratio (target: the full pipeline keeps ≥ 50% of the bare rate).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE_SPIDER = textwrap.dedent('''
    import json, sys, scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.linkextractors import LinkExtractor
    from scrapy.spiders import CrawlSpider, Rule

    class Bare(CrawlSpider):
        name = "bare"
        start_urls = [sys.argv[1] + "/bench/list_1.html"]
        rules = (Rule(LinkExtractor(allow=[r"/bench/a\\d+\\.html$"]), callback="parse_item"),
                 Rule(LinkExtractor(allow=[r"/bench/list_\\d+\\.html$"]), follow=True))
        def parse_item(self, response):
            return None

    settings = dict(LOG_LEVEL="ERROR", ROBOTSTXT_OBEY=True, CONCURRENT_REQUESTS=16, CONCURRENT_ITEMS=4,
                    CONCURRENT_REQUESTS_PER_DOMAIN=8, TELNETCONSOLE_ENABLED=False)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(Bare)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    print(json.dumps({"pages": stats.get("downloader/response_count", 0),
                      "elapsed": stats.get("elapsed_time_seconds", 0)}))
''')

SOURCES = textwrap.dedent('''
    [[source]]
    name = "bench"
    title = "基准站"
    kind = "news"
    start_urls = ["{base}/bench/list_1.html"]
    article_links = ['/bench/a\\d+\\.html$']
    pagination = ['/bench/list_\\d+\\.html$']
    max_pages = 100000
    max_depth = 1000
''')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="Scrapy setting for the full pipeline")
    args = parser.parse_args()

    from demosites.server import DemoServer

    server = DemoServer(port=0, bench_articles=args.articles).start()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            bare_py = Path(tmp) / "bare.py"
            bare_py.write_text(BARE_SPIDER)
            out = subprocess.run([sys.executable, str(bare_py), server.base_url], capture_output=True,
                                 text=True, env=env, check=True)
            bare = json.loads(out.stdout.strip().splitlines()[-1])

            sources = Path(tmp) / "sources.toml"
            sources.write_text(SOURCES.format(base=server.base_url), encoding="utf-8")
            data = Path(tmp) / "data"
            started = time.monotonic()
            subprocess.run([sys.executable, "-m", "crawler.run", "--data-dir", str(data), "--sources", str(sources),
                            "--set", "LOG_LEVEL=ERROR", "--set", "AUTOTHROTTLE_ENABLED=False",
                            "--set", "PROGRESS_INTERVAL=0", *[a for kv in args.set for a in ("--set", kv)]],
                           env=env, cwd=ROOT, check=True, capture_output=True)
            wall = time.monotonic() - started
            from clippings.archive import open_archive, records

            db = open_archive(data / "clippings.db")
            run = records.latest_runs(db, 1)[0]
            ours = run["per_source"]["bench"]
            warc_bytes = sum(p.stat().st_size for p in (data / "warc").glob("*.warc.gz"))
    finally:
        server.stop()

    bare_rate = bare["pages"] / bare["elapsed"]
    our_rate = ours["pages_fetched"] / ours["elapsed_s"]
    print(f"bench articles: {args.articles} (+ list pages), 2-core machine, server in the same process group")
    print(f"bare Scrapy spider : {bare['pages']:6d} pages in {bare['elapsed']:6.2f} s = {bare_rate:7.1f} pages/s")
    print(f"full pipeline      : {ours['pages_fetched']:6d} pages in {ours['elapsed_s']:6.2f} s = {our_rate:7.1f} pages/s"
          f"  (new {ours['new']}, irrelevant {ours['irrelevant']}, duplicates {ours['duplicates']},"
          f" WARC {warc_bytes / 1e6:.1f} MB, process wall {wall:.1f} s)")
    print(f"ratio              : {our_rate / bare_rate:.0%} of the bare rate (target ≥ 50%)")


if __name__ == "__main__":
    main()
