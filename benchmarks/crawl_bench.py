"""Crawl throughput: the full pipeline (fetch → extract → filter → store → WARC) against a bare
Scrapy spider that only fetches the same pages, in the same run, on the demo server's bench pages.

    .venv/bin/python benchmarks/crawl_bench.py --articles 2000
    .venv/bin/python benchmarks/crawl_bench.py --realistic --articles 1000 [--set PAGE_WORKERS=2]
    .venv/bin/python benchmarks/crawl_bench.py --realistic --articles 4000 --set PAGE_WORKERS=2 --ceiling

``--realistic`` crawls /bench/real/: 20–150 KB article pages (navigation, inline CSS/JS, sidebar,
related-story list, comment section; one page in three GBK) instead of the 2 KB /bench/ pages, and
also prints the extraction cost per KB measured in this process on a sample of those pages.

``--ceiling`` adds, in each round, a third crawl whose workers skip the extraction (the page's
``<title>`` stands in for it; WARC, hashing, relevance and archive unchanged): the rate the rest of the
pipeline allows, which no extractor can beat.

Prints pages/s for both and the ratio per round, then the median ratio (target: the full pipeline
keeps ≥ 50% of the bare rate). Rounds alternate bare and full so machine noise hits both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
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
        start_urls = [sys.argv[1] + sys.argv[2] + "list_1.html"]
        rules = (Rule(LinkExtractor(allow=[sys.argv[2] + r"a\\d+\\.html$"]), callback="parse_item"),
                 Rule(LinkExtractor(allow=[sys.argv[2] + r"list_\\d+\\.html$"]), follow=True))
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

CEILING_PARSER = "benchmarks.ceiling_parse.parse_page"

SOURCES = textwrap.dedent('''
    [[source]]
    name = "bench"
    title = "基准站"
    kind = "news"
    start_urls = ["{base}{prefix}list_1.html"]
    article_links = ['{prefix}a\\d+\\.html$']
    pagination = ['{prefix}list_\\d+\\.html$']
    max_pages = 100000
    max_depth = 1000
''')


def bare_crawl(server, env: dict, prefix: str) -> tuple[dict, float]:
    """The bare Scrapy spider over the bench pages: (its stats, pages/s)."""
    with tempfile.TemporaryDirectory() as tmp:
        bare_py = Path(tmp) / "bare.py"
        bare_py.write_text(BARE_SPIDER)
        out = subprocess.run([sys.executable, str(bare_py), server.base_url, prefix], capture_output=True,
                             text=True, env=env, check=True)
    bare = json.loads(out.stdout.strip().splitlines()[-1])
    return bare, bare["pages"] / bare["elapsed"]


def full_crawl(server, env: dict, extra_settings: list[str], prefix: str) -> tuple[dict, float]:
    """``crawler.run`` over the same pages into a fresh data directory: (its counts, pages/s)."""
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources.toml"
        sources.write_text(SOURCES.format(base=server.base_url, prefix=prefix), encoding="utf-8")
        data = Path(tmp) / "data"
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "crawler.run", "--data-dir", str(data), "--sources", str(sources),
                        "--set", "LOG_LEVEL=ERROR", "--set", "AUTOTHROTTLE_ENABLED=False",
                        "--set", "PROGRESS_INTERVAL=0", *[a for kv in extra_settings for a in ("--set", kv)]],
                       env=env, cwd=ROOT, check=True, capture_output=True)
        wall = time.monotonic() - started
        from clippings.archive import open_archive, records

        db = open_archive(data / "clippings.db")
        ours = records.latest_runs(db, 1)[0]["per_source"]["bench"]
        stored = db.execute("SELECT COUNT(*) FROM clippings").fetchone()[0]
        evidence = db.execute("SELECT COUNT(*) FROM evidence").fetchone()[0]
        db.conn.close()
        warc_bytes = sum(p.stat().st_size for p in (data / "warc").glob("*.warc.gz"))
    ours.update(stored=stored, evidence=evidence, warc_mb=warc_bytes / 1e6, wall=wall)
    return ours, ours["pages_fetched"] / ours["elapsed_s"]


def extraction_cost(server, n_articles: int, sample: int = 150) -> dict:
    """Extraction time per page and per KB on a sample of the realistic pages, in this process."""
    import urllib.request

    from crawler.extraction import extract

    pages = []
    step = max(1, n_articles // sample)
    if step % 3 == 0:
        step += 1  # every third page is GBK: keep both encodings in the sample
    for i in range(1, n_articles + 1, step):
        url = server.url(f"/bench/real/a{i}.html")
        with urllib.request.urlopen(url) as r:
            pages.append((url, r.read(), r.headers.get_content_charset()))
    started, cpu = time.perf_counter(), time.process_time()
    for url, body, charset in pages:
        extract(body, url, charset)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    kb = sum(len(b) for _, b, _ in pages) / 1024
    return {"pages": len(pages), "kb_mean": kb / len(pages), "kb_min": min(len(b) for _, b, _ in pages) / 1024,
            "kb_max": max(len(b) for _, b, _ in pages) / 1024, "gbk": sum(1 for *_, c in pages if c == "gbk"),
            "ms_page": 1000 * wall / len(pages), "ms_kb": 1000 * wall / kb, "cpu_ms_kb": 1000 * cpu / kb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="bare/full pairs to run (the median is reported)")
    parser.add_argument("--realistic", action="store_true", help="crawl the 20–150 KB /bench/real/ pages")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="Scrapy setting for the full pipeline")
    parser.add_argument("--ceiling", action="store_true",
                        help="also crawl with the extraction replaced by reading <title> (benchmarks/ceiling_parse.py):"
                             " the rate the rest of the pipeline allows")
    args = parser.parse_args()

    from demosites.server import DemoServer

    server = DemoServer(port=0, bench_articles=args.articles).start()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    ratios, ceilings = [], []
    prefix = "/bench/real/" if args.realistic else "/bench/"
    print(f"bench articles: {args.articles} under {prefix} (+ list pages); 2-core machine; the demo server runs"
          f" in this process; full-pipeline settings: {args.set or 'defaults'}")
    try:
        if args.realistic:
            from demosites.realistic import real_article

            for i in range(1, args.articles + 1):  # render every page once, before any crawl is timed
                real_article(server.corpus, args.articles, i)
            c = extraction_cost(server, args.articles)
            print(f"extraction on {c['pages']} sample pages ({c['gbk']} GBK), {c['kb_min']:.0f}–{c['kb_max']:.0f} KB,"
                  f" mean {c['kb_mean']:.0f} KB: {c['ms_page']:.1f} ms/page, {c['ms_kb']:.3f} ms/KB"
                  f" ({c['cpu_ms_kb']:.3f} CPU-ms/KB)")
        for n in range(1, args.rounds + 1):
            bare, bare_rate = bare_crawl(server, env, prefix)
            ours, our_rate = full_crawl(server, env, args.set, prefix)
            ratios.append(our_rate / bare_rate)
            print(f"round {n}: bare Scrapy spider {bare['pages']:6d} pages in {bare['elapsed']:6.2f} s = {bare_rate:7.1f} pages/s"
                  f" | full pipeline {ours['pages_fetched']:6d} pages in {ours['elapsed_s']:6.2f} s = {our_rate:7.1f} pages/s"
                  f" | ratio {ratios[-1]:.0%}")
            print(f"         archived: {ours['stored']} clippings (new {ours['new']}, irrelevant {ours['irrelevant']},"
                  f" duplicates {ours['duplicates']}), {ours['evidence']} evidence rows, WARC {ours['warc_mb']:.1f} MB;"
                  f" process wall {ours['wall']:.1f} s")
            if args.ceiling:
                top, top_rate = full_crawl(server, env, [*args.set, f"PAGE_PARSER={CEILING_PARSER}"], prefix)
                ceilings.append(top_rate / bare_rate)
                print(f"         without extraction: {top['pages_fetched']:6d} pages in {top['elapsed_s']:6.2f} s ="
                      f" {top_rate:7.1f} pages/s | ratio {ceilings[-1]:.0%} ({top['stored']} clippings archived)")
    finally:
        server.stop()
    print(f"ratio, median of {len(ratios)} rounds: {statistics.median(ratios):.0%} of the bare rate"
          f" (min {min(ratios):.0%}, max {max(ratios):.0%}; target ≥ 50%)")
    if ceilings:
        print(f"without extraction, median of {len(ceilings)} rounds: {statistics.median(ceilings):.0%} of the bare rate"
              f" (min {min(ceilings):.0%}, max {max(ceilings):.0%}): the most any extractor could reach")


if __name__ == "__main__":
    main()
