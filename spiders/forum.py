"""Discuz!-style forums: board list (paginated) → threads → every page of each thread.

A thread is one clipping: its pages are fetched in order and handed over together, so the
archive gets the first post and every reply. The board's reply count tells whether a known
thread has new replies; unchanged threads are not fetched again.
"""

from __future__ import annotations

import re

import scrapy
from scrapy.linkextractors import LinkExtractor

from spiders.base import SourceSpiderMixin, raw_response

_PAGE_NO = re.compile(r"(?:[?&](?:page|pn|p)=|thread-\d+-)(\d+)")
_REPLIES = re.compile(r"(?:回复|回帖)[：:\s]*(\d+)|(\d+)\s*(?:回复|回帖)")
MAX_THREAD_PAGES = 100


class ForumSpider(SourceSpiderMixin, scrapy.Spider):
    async def start(self):
        if self.recheck_only is not None:
            for request in self.scheduled_rechecks():
                request.meta["thread"] = {"responses": [], "reply_count": None, "visited": set()}
                yield request
            return
        for request in self.recheck_requests():
            request.meta["thread"] = {"responses": [], "reply_count": None, "visited": set()}
            yield request
        for url in self.source.start_urls:
            yield scrapy.Request(url, callback=self.parse_board)

    @property
    def recheck_callback(self):
        return self.parse_thread

    def recheckable(self, known: dict) -> bool:
        # Threads are re-checked by time only when the server answers conditional requests
        # (a 304 costs nothing); otherwise the board's reply count says when to fetch again.
        return bool(known.get("http_etag") or known.get("http_last_modified"))

    def parse_board(self, response):
        threads = [re.compile(p) for p in self.source.thread_links]
        deny = [re.compile(p) for p in self.source.deny]
        for anchor in response.xpath("//a[@href]"):
            url = response.urljoin(anchor.attrib["href"])
            if not any(p.search(url) for p in threads) or any(p.search(url) for p in deny):
                continue
            if page_number(url) > 1:
                continue  # a later page of a thread: reached from the thread's first page
            replies = reply_count(anchor)
            meta = self.plan(url, reply_count=replies)
            if meta is None:
                continue
            meta["thread"] = {"responses": [], "reply_count": replies, "visited": set()}
            yield self.request(url, self.parse_thread, meta)
        for link in LinkExtractor(allow=self.source.pagination, deny=self.source.deny).extract_links(response):
            yield scrapy.Request(link.url, callback=self.parse_board)

    def parse_thread(self, response):
        state = response.meta["thread"]
        if response.status in (304, 404, 410):
            if response.status == 304 or self.canonical(response.url) in self.known:
                yield self.page_item(response)
            return
        state["responses"].append(raw_response(response))
        state["visited"].add(self.canonical(response.url))
        following = self.next_page(response, state["visited"])
        if following and len(state["responses"]) < MAX_THREAD_PAGES:
            meta = {k: v for k, v in response.meta.items() if k in ("canonical_url", "thread")}
            meta["handle_httpstatus_list"] = [404, 410]
            yield scrapy.Request(following, callback=self.parse_thread, meta=meta, errback=self.on_error)
            return
        first = state["responses"][0]
        item = self.page_item(response, responses=state["responses"], reply_count=state["reply_count"])
        item["url"] = first.url
        yield item

    def next_page(self, response, visited: set[str]) -> str | None:
        """The thread's next page: the 下一页 link, else the lowest-numbered later page."""
        pattern = [re.compile(p) for p in self.source.thread_pages]
        current = page_number(response.url)
        candidates = []
        for anchor in response.xpath("//a[@href]"):
            url = response.urljoin(anchor.attrib["href"])
            if not any(p.search(url) for p in pattern) or self.canonical(url) in visited:
                continue
            if not same_thread(url, response.meta["canonical_url"]):
                continue
            label = "".join(anchor.xpath(".//text()").getall())
            number = page_number(url)
            if "下一页" in label or "nxt" in (anchor.attrib.get("class") or ""):
                if number > current:
                    return self.canonical(url)
            if number > current:
                candidates.append((number, url))
        return self.canonical(min(candidates)[1]) if candidates else None


def page_number(url: str) -> int:
    m = _PAGE_NO.search(url)
    return int(m.group(1)) if m else 1


_TID = re.compile(r"(?:tid=|thread-)(\d+)")


def same_thread(url: str, thread_url: str) -> bool:
    a, b = _TID.search(url), _TID.search(thread_url)
    return bool(a and b and a.group(1) == b.group(1))


def reply_count(anchor) -> int | None:
    """Replies shown next to a thread link on a board list (Discuz ``td.num``, or 回复 N)."""
    row = anchor.xpath("ancestor::*[self::tr or self::li or self::tbody][1]")
    if not row:
        return None
    num = row.xpath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' num ')]//text()").getall()
    for text in num:
        if text.strip().isdigit():
            return int(text.strip())
    m = _REPLIES.search(" ".join(row.xpath(".//text()").getall()))
    if m:
        return int(m.group(1) or m.group(2))
    return None
