"""Scrapy settings for the clippings crawler. ``crawler.run`` adds the per-run values
(CLIPPINGS_DATA_DIR, CLIPPINGS_PROFILE, CLIPPINGS_RUN_ID)."""

BOT_NAME = "clippings"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

USER_AGENT = "JiangzhouCGMonitor/0.1 (江州市城管执法局信息宣传科 舆情监测; +http://127.0.0.1/about-crawler)"
ROBOTSTXT_OBEY = True

# Politeness: per-domain concurrency and AutoThrottle keep us gentle with small sites.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8
# Items are stored one at a time anyway; Scrapy's default of 100 spawns 100 tasks per response.
CONCURRENT_ITEMS = 4
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 20
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0

# Faults: timeouts, bounded retries with back-off, bounded response size.
DOWNLOAD_TIMEOUT = 20
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_BACKOFF_BASE = 1.0          # seconds; doubles per retry
RETRY_BACKOFF_MAX = 30.0
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.BinaryFilterMiddleware": 560,
    "crawler.middlewares.UnfollowableRefreshMiddleware": 570,
    # only for sources with render = "browser" (NotConfigured otherwise): see crawler.rendering
    "crawler.rendering.RenderMiddleware": 580,
}

# Extraction and the archive writes run in this many worker processes (0 = in the crawl process),
# fed PAGE_BATCH pages at a time (a batch also leaves after a few milliseconds; one commit each).
PAGE_WORKERS = 1
PAGE_BATCH = 16
# The workers run at a lower CPU priority: on a busy machine the crawl's own thread is the bottleneck.
PAGE_WORKERS_NICE = 5
# What turns a fetched page into an ingest.Page in the workers (a dotted path, as Scrapy names its
# components). benchmarks/crawl_bench.py --ceiling swaps in one that skips the extraction, to measure
# what the rest of the pipeline costs.
PAGE_PARSER = "crawler.pageparse.parse_page"

# The data flow, in order: extract → relevance → archive (dedup, versions, WARC evidence).
ITEM_PIPELINES = {
    "crawler.pipelines.ExtractPipeline": 100,
    "crawler.pipelines.RelevancePipeline": 200,
    "crawler.pipelines.ArchivePipeline": 300,
}

EXTENSIONS = {
    "crawler.extensions.RunRecorder": 500,
    "crawler.extensions.ProgressReporter": 510,
    "crawler.extensions.RecheckLog": 520,
}
PROGRESS_INTERVAL = 5.0      # seconds between progress lines; 0 = quiet
RUN_SAVE_INTERVAL = 10.0     # seconds between saves of the run's counts (a killed run keeps them)

# The archive is the crawl's memory: known pages are skipped or re-checked conditionally,
# so a killed crawl resumes by simply running again (see docs/crawling.md).
RECHECK_MIN_HOURS = 1.0

HTTPCACHE_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"

# Dropped items (irrelevant, duplicate) are counted in stats, not dumped into the log.
LOG_FORMATTER = "crawler.logformatter.QuietLogFormatter"
