"""What every configured spider shares: the source it crawls, and the archive's memory of it.

``plan(url, …)`` decides, per link, whether to fetch: new pages are fetched; pages that were
found irrelevant or duplicate are not; archived pages are re-checked only when a list, feed or
sitemap says they changed, or while they are recent (a conditional GET, answered 304 if unchanged).
Because the archive is this memory, a killed crawl resumes by running again.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapy.http import Request, Response

from clippings.archive import open_archive, records
from clippings.canonical import canonicalizer_for
from clippings.evidence import RawResponse
from clippings.paths import DataDir
from clippings.timeutil import now, parse_iso, to_iso
from crawler.items import PageItem
from crawler.rendering import rendered_response

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)
KEEP_STATUSES = [304, 404, 410]
REDIRECT_STATUSES = [301, 302, 303, 307, 308]


class SourceSpiderMixin:
    source = None  # clippings.config.Source, set on the generated subclass
    # URLs claimed by any spider of this process: two sources over one site fetch a page once.
    claimed: set[str] = set()

    def setup_source(self) -> None:
        self.canonical = canonicalizer_for(self.source)
        data = DataDir.resolve(self.settings.get("CLIPPINGS_DATA_DIR"))
        db = open_archive(data.db_path)
        self.known = records.known_urls(db)
        db.conn.close()
        self.recheck_after = timedelta(hours=self.settings.getfloat("RECHECK_MIN_HOURS", 1.0))
        # RECHECK_DAYS (a run-wide override) widens or narrows every source's recheck_days.
        self.recheck_days = self.settings.getint("RECHECK_DAYS", self.source.recheck_days)
        # RECHECK_URLS: a JSON file {source: [canonical URL, …]}; the crawl then re-fetches only
        # those pages (`clippings recheck`) and reports what each answered (RecheckLog extension)
        self.recheck_only = None
        self.recheck_errors: list[dict] = []
        listed = self.settings.get("RECHECK_URLS")
        if listed:
            with open(listed, encoding="utf-8") as fh:
                self.recheck_only = list(json.load(fh).get(self.source.name, []))

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup_source()
        return spider

    # --- what to fetch -------------------------------------------------------------------
    async def start(self):
        """Re-check this source's recent pages first (they may have changed or vanished from
        every list), then discover new ones from the start URLs."""
        if self.recheck_only is not None:
            for request in self.scheduled_rechecks():
                yield request
            return
        for request in self.recheck_requests():
            yield request
        async for request in super().start():
            yield request

    def scheduled_rechecks(self):
        """`clippings recheck`: exactly the listed pages, conditionally, redirects not followed (a
        redirect to the site's home or a list page is how many sites answer for a removed page)."""
        for canon in self.recheck_only:
            known = self.known.get(canon) or {}
            self.claimed.add(canon)
            self.crawler.stats.inc_value("plan/recheck")
            meta = {"canonical_url": canon, "recheck": True, "dont_redirect": True,
                    "handle_httpstatus_list": KEEP_STATUSES + REDIRECT_STATUSES,
                    "conditional": {"etag": known.get("http_etag"), "last_modified": known.get("http_last_modified")}}
            yield self.request(canon, self.scheduled_recheck_response, meta, dont_filter=True)

    def scheduled_recheck_response(self, response: Response):
        if response.status in REDIRECT_STATUSES:
            target = response.urljoin((response.headers.get(b"Location") or b"").decode("latin-1"))
            if self.is_home_or_list(response.meta["canonical_url"], target):
                item = self.page_item(response)
                item["gone"] = response.status
                item["gone_reason"] = f"跳转到首页或列表页 {target}"
                yield item
                return
            meta = {"canonical_url": self.canonical(target), "handle_httpstatus_list": KEEP_STATUSES}
            if "thread" in response.meta:
                meta["thread"] = {"responses": [], "reply_count": None, "visited": set()}
            yield self.request(target, self.recheck_callback, meta, dont_filter=True)
            return
        yield from self.recheck_callback(response)

    def is_home_or_list(self, original: str, target: str) -> bool:
        """A redirect away from an article to the site's root, one of the source's list pages, or a
        folder above the article."""
        if not target:
            return True
        a, b = urlsplit(original), urlsplit(target)
        if b.path in ("", "/") and not b.query:
            return True
        lists = {self.canonical(u) for u in (self.source.start_urls or [])}
        if self.canonical(target) in lists:
            return True
        # the source says what its articles (or threads) look like: away from one, to something else
        patterns = [re.compile(p) for p in (list(self.source.article_links) + list(self.source.thread_links or []))]
        if patterns and any(p.search(original) for p in patterns) and not any(p.search(target) for p in patterns):
            return True
        return b.netloc == a.netloc and b.path.endswith("/") and a.path.startswith(b.path) and b.path != a.path

    def recheck_requests(self):
        for canon, known in self.known.items():
            if known.get("source") != self.source.name or canon in self.claimed:
                continue
            if self._decide(known, None, None) != "conditional" or not self.recheckable(known):
                continue
            self.claimed.add(canon)
            self.crawler.stats.inc_value("plan/recheck")
            meta = {"canonical_url": canon, "handle_httpstatus_list": KEEP_STATUSES,
                    "conditional": {"etag": known.get("http_etag"), "last_modified": known.get("http_last_modified")}}
            yield self.request(canon, self.recheck_callback, meta)

    @property
    def recheck_callback(self):
        return self.parse_article

    def recheckable(self, known: dict) -> bool:
        return True

    def plan(self, url: str, *, lastmod: str | None = None, reply_count: int | None = None) -> dict | None:
        """Return request meta for a page worth fetching now, or None to skip it."""
        canon = self.canonical(url)
        if canon in self.claimed:
            return None
        known = self.known.get(canon)
        decision = self._decide(known, lastmod, reply_count)
        if decision is None:
            self.crawler.stats.inc_value("plan/skipped_known")
            return None
        self.claimed.add(canon)
        meta = {"canonical_url": canon, "handle_httpstatus_list": KEEP_STATUSES}
        if decision == "conditional":
            meta["conditional"] = {"etag": known.get("http_etag"), "last_modified": known.get("http_last_modified")}
        return meta

    def _decide(self, known: dict | None, lastmod: str | None, reply_count: int | None) -> str | None:
        if known is None:
            return "full"
        if known["state"] != "archived" or known.get("status") == "deleted":
            return None
        if reply_count is not None and known.get("reply_count") is not None and reply_count != known["reply_count"]:
            return "full"
        if lastmod:
            stamp = _as_time(lastmod)
            fetched = parse_iso(known.get("fetched_at"))
            if stamp and fetched and stamp > fetched:
                return "conditional"
        checked = parse_iso(known.get("last_checked_at")) or parse_iso(known.get("fetched_at"))
        published = parse_iso(known.get("published_at")) or parse_iso(known.get("fetched_at"))
        current = now()
        if checked and current - checked < self.recheck_after:
            return None
        if published and current - published <= timedelta(days=self.recheck_days):
            return "conditional"
        return None

    def request(self, url: str, callback, meta: dict, **kwargs) -> Request:
        headers = {}
        cond = meta.get("conditional") or {}
        if cond.get("etag"):
            headers["If-None-Match"] = cond["etag"]
        if cond.get("last_modified"):
            headers["If-Modified-Since"] = cond["last_modified"]
        return Request(meta["canonical_url"], callback=callback, meta=meta, headers=headers,
                       errback=self.on_error, **kwargs)

    def on_error(self, failure) -> None:
        self.crawler.stats.inc_value("errors/request_failed")
        request = getattr(failure, "request", None)
        if request is not None and request.meta.get("recheck"):
            response = getattr(getattr(failure, "value", None), "response", None)
            self.recheck_errors.append({"canonical_url": request.meta["canonical_url"],
                                        "http_status": getattr(response, "status", None),
                                        "error": failure.getErrorMessage()[:200]})
        self.logger.warning("请求失败 %s：%s", failure.request.url if hasattr(failure, "request") else "?",
                            failure.getErrorMessage())

    # --- what to yield -------------------------------------------------------------------
    def page_item(self, response: Response, responses: list[RawResponse] | None = None, **extra) -> PageItem:
        canon = response.meta.get("canonical_url") or self.canonical(response.url)
        redirected_from = []
        if response.meta.get("redirect_urls") and self.source.kind != "forum":
            redirected_from = [self.canonical(u) for u in response.meta["redirect_urls"]]
            canon = self.canonical(response.url)  # a moved page is archived under its new address
            self.claimed.add(canon)
        if responses is None:
            # a page rendered in the browser: the DOM after its scripts (for extraction) and the
            # response as the server sent it, both kept as evidence
            rendered = rendered_response(response)
            responses = [rendered, response.meta["render_raw"]] if rendered else [raw_response(response)]
        item = PageItem(
            source=self.source,
            url=response.url,
            canonical_url=canon,
            kind="forum" if self.source.kind == "forum" else "news",
            responses=responses,
            encoding=header_charset(response),
            fetched_at=to_iso(now()),
            redirected_from=[u for u in redirected_from if u != canon],
        )
        if response.status == 304:
            item["not_modified"] = True
        elif response.status in (404, 410):
            item["gone"] = response.status
        for key, value in extra.items():
            if value is not None:
                item[key] = value
        return item

    def parse_article(self, response: Response):
        item = response.meta.get("article_item")
        if item is not None:   # a later page of a paginated article
            if response.status == 200:
                item["responses"].append(raw_response(response))
                yield from self.continue_article(response, item)
            else:              # that page is gone: archive the pages we have
                yield item
            return
        if response.status in (404, 410) and self.canonical(response.url) not in self.known:
            return  # a dead link to a page we never had: counted by Scrapy's stats
        item = self.page_item(response, hint_title=response.meta.get("hint_title"),
                              hint_published=response.meta.get("hint_published"))
        if response.status == 200:
            yield from self.continue_article(response, item)
        else:
            yield item

    # --- articles printed over several pages (content_1.html, content_1_2.html, …) -------------
    def continue_article(self, response: Response, item: PageItem):
        """Fetch the article's next page, carrying the item along; yield the item after the last."""
        following = self.next_article_page(response, item)
        if following is None or len(item["responses"]) >= MAX_ARTICLE_PAGES:
            yield item
            return
        self.claimed.add(following)
        self.crawler.stats.inc_value("plan/article_pages")
        yield Request(following, callback=self.parse_article, errback=self.article_page_failed,
                      meta={"article_item": item, "handle_httpstatus_list": [404, 410]}, dont_filter=True)

    def article_page_failed(self, failure):
        """A later page could not be fetched: archive the pages we have."""
        self.on_error(failure)
        return [failure.request.meta["article_item"]]

    def next_article_page(self, response: Response, item: PageItem) -> str | None:
        """The page after this one, when this page links to it: the first page's address with the
        page number added (``_2.html``, ``-2.html``, ``?page=2``)."""
        first = item["responses"][0].url
        page_no = len(item["responses"]) + 1
        name = urlsplit(first).path.rsplit("/", 1)[-1]
        markers = {*numbered_names(name, page_no), *(f"{key}={page_no}" for key in PAGE_PARAMS)}
        # cheap to look for in the raw page: an article without pages is not parsed here at all
        if not _mentions_next_page(response.body, name, page_no):
            return None
        wanted = {self.canonical(u) for u in continuation_urls(first, page_no)}
        tails = markers | ({name} if name else set())
        for href in response.xpath("//a/@href").getall():
            if not any(tail in href for tail in tails):   # cheap: most links are not the next page
                continue
            url = self.canonical(response.urljoin(href.strip()))
            if url in wanted and url not in self.claimed:
                return url
        return None


MAX_ARTICLE_PAGES = 20
PAGE_PARAMS = ("page", "p", "pn")   # query parameters that number an article's pages


def numbered_names(name: str, page_no: int) -> list[str]:
    """content_8.html → content_8_2.html, content_8-2.html (nothing for a name without extension)."""
    stem, dot, ext = name.rpartition(".")
    return [f"{stem}_{page_no}.{ext}", f"{stem}-{page_no}.{ext}"] if dot and stem else []


def _mentions_next_page(body: bytes, name: str, page_no: int) -> bool:
    """Whether the raw page holds one of the markers of page ``page_no`` (``numbered_names`` or a
    ``PAGE_PARAMS`` query). Two scans of the page, each for a shared tail ("2.html", "=2") with its
    occurrences checked for the heads, instead of one scan per marker (each costs ~1 µs per KB)."""
    stem, dot, ext = name.rpartition(".")
    groups = [(f"={page_no}".encode(), tuple(key.encode() for key in PAGE_PARAMS))]
    if dot and stem:
        groups.insert(0, (f"{page_no}.{ext}".encode(), (f"{stem}_".encode(), f"{stem}-".encode())))
    for tail, heads in groups:
        at = body.find(tail)
        while at != -1:
            if any(body.endswith(head, 0, at) for head in heads):
                return True
            at = body.find(tail, at + 1)
    return False


def continuation_urls(first_url: str, page_no: int) -> list[str]:
    """Where page ``page_no`` of an article whose first page is ``first_url`` usually lives: the
    numbered file names (if the address ends in a file name), then the ``?page=`` forms."""
    parts = urlsplit(first_url)
    folder, _, name = parts.path.rpartition("/")
    urls = [urlunsplit(parts._replace(path=f"{folder}/{n}")) for n in numbered_names(name, page_no)]
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in PAGE_PARAMS]
    for key in PAGE_PARAMS:
        urls.append(urlunsplit(parts._replace(query=urlencode(query + [(key, str(page_no))]))))
    return urls


def raw_response(response: Response) -> RawResponse:
    from http import HTTPStatus

    try:
        reason = HTTPStatus(response.status).phrase
    except ValueError:
        reason = ""
    headers = []
    for key, values in response.headers.items():
        for value in values:
            headers.append((key.decode("latin-1"), value.decode("latin-1")))
    return RawResponse(url=response.url, status=response.status, reason=reason, headers=headers,
                       body=response.body, fetched_at=to_iso(now()))


def header_charset(response: Response) -> str | None:
    ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    m = _CHARSET.search(ctype)
    return m.group(1) if m else None


def _as_time(value: str):
    try:
        return parse_iso(value)
    except ValueError:
        return None
