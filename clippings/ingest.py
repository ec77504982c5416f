"""Archive one fetched (or imported) page: the decision every crawled page goes through.

relevance → existing row? (unchanged / changed → new version) → exact duplicate by content
hash? → new clipping, with its raw responses written to WARC first. One transaction per page,
so a killed crawl leaves either the whole clipping or nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import sqlite_utils

from clippings.archive import records, transaction
from clippings.config import Profile
from clippings.evidence import RawResponse, WarcStore
from clippings.relevance import RelevanceFilter
from clippings.timeutil import now, to_iso

log = logging.getLogger(__name__)

NEW, UPDATED, UNCHANGED, DUPLICATE, IRRELEVANT, DELETED, UNUSABLE = (
    "new", "updated", "unchanged", "duplicate", "irrelevant", "deleted", "unusable")


@dataclass
class Page:
    """A page ready to archive: extracted fields plus the raw responses kept as evidence."""

    url: str
    canonical_url: str
    source: str
    source_title: str | None = None
    kind: str = "news"
    title: str | None = None
    author: str | None = None
    origin_source: str | None = None
    original_title: str | None = None
    editor: str | None = None
    published_at: str | None = None
    fetched_at: str | None = None
    text: str = ""
    posts: list[dict] = field(default_factory=list)
    district: str | None = None
    http_etag: str | None = None
    http_last_modified: str | None = None
    reply_count: int | None = None
    deleted: bool = False
    origin: str = "crawl"
    responses: list[RawResponse] = field(default_factory=list)
    encoded_records: list[bytes] | None = None   # WARC records of ``responses``, if already encoded
    content_hash: str | None = None              # records.content_hash(title, text), if already computed
    matched_terms: list[str] | None = None       # the relevance filter's terms, if it already ran
    complaint: dict | None = None                # 留言板 messages: clippings.discovery.board fields
    outlet_domain: str | None = None             # search sources: the domain whose outlet name applies


@dataclass(frozen=True)
class Outcome:
    action: str
    clipping_id: int | None = None
    reason: str | None = None


class Ingestor:
    def __init__(self, db: sqlite_utils.Database, profile: Profile, warc: WarcStore | None = None,
                 check_relevance: bool = True):
        self.db = db
        self.relevance = RelevanceFilter(profile)
        self.warc = warc
        self.check_relevance = check_relevance

    def archive(self, page: Page) -> Outcome:
        with transaction(self.db):
            return self._archive(page)

    def _archive(self, page: Page) -> Outcome:
        existing = records.get_by_canonical(self.db, page.canonical_url)
        if page.deleted:
            if existing and records.mark_deleted(self.db, existing["id"]):
                return Outcome(DELETED, existing["id"], "来源页面已删除")
            return Outcome(UNUSABLE, existing and existing["id"], "页面已删除")
        if not (page.text.strip() or (page.title or "").strip()):
            return Outcome(UNUSABLE, existing and existing["id"], "未能抽取到标题或正文")
        terms = page.matched_terms
        if terms is None or self.check_relevance:
            match = self.relevance.check(page.title, page.text)
            terms = list(match.terms)
            if self.check_relevance and not match.relevant and not existing:
                records.remember_url(self.db, page.canonical_url, page.source, IRRELEVANT, "未提及本局及相关话题")
                return Outcome(IRRELEVANT, None, "未提及本局及相关话题")
        digest = page.content_hash or records.content_hash(page.title, page.text)
        if existing:
            if existing["content_hash"] == digest and existing["title"] == page.title:
                records.mark_checked(self.db, existing["id"], page.http_etag, page.http_last_modified)
                if page.reply_count is not None:
                    self.db.execute("UPDATE clippings SET reply_count = ? WHERE id = ?",
                                    [page.reply_count, existing["id"]])
                return Outcome(UNCHANGED, existing["id"])
            refs = self._evidence(page)
            fields = self._fields(page, digest, terms or existing["matched_terms"], refs)
            records.update_content(self.db, existing["id"], fields)
            self._children(existing["id"], page, refs)
            return Outcome(UPDATED, existing["id"], "内容有更新，旧版本已保留")
        twin = records.find_by_hash(self.db, digest, page.source_title or page.source)
        if twin:
            records.remember_url(self.db, page.canonical_url, page.source, DUPLICATE,
                                 f"与第 {twin['id']} 条内容完全相同", digest, twin["id"])
            return Outcome(DUPLICATE, twin["id"], f"与第 {twin['id']} 条内容完全相同")
        refs = self._evidence(page)
        row = self._fields(page, digest, terms, refs)
        row.update(url=page.url, canonical_url=page.canonical_url, source=page.source,
                   source_title=page.source_title, kind=page.kind, district=page.district,
                   origin=page.origin, status="live", outlet_domain=page.outlet_domain)
        clipping_id = records.insert_clipping(self.db, row)
        self._children(clipping_id, page, refs)
        return Outcome(NEW, clipping_id)

    def _fields(self, page: Page, digest: str, terms: list[str], refs) -> dict:
        stamp = page.fetched_at or to_iso(now())
        fields = dict(
            title=page.title, author=page.author, origin_source=page.origin_source,
            original_title=page.original_title, editor=page.editor, published_at=page.published_at,
            fetched_at=stamp, last_checked_at=stamp, changed_at=to_iso(now()), text=page.text,
            content_hash=digest, matched_terms=terms, http_etag=page.http_etag,
            http_last_modified=page.http_last_modified, reply_count=page.reply_count,
        )
        if refs:
            fields.update(warc_file=refs[0][1].warc_file, warc_offset=refs[0][1].offset)
        return fields

    def _evidence(self, page: Page) -> list:
        if not self.warc:
            return []
        if page.encoded_records and len(page.encoded_records) == len(page.responses):
            return [(r, self.warc.append(rec)) for r, rec in zip(page.responses, page.encoded_records)]
        return [(r, self.warc.write(r.url, r.status, r.reason, r.headers, r.body, r.fetched_at or page.fetched_at))
                for r in page.responses]

    def _children(self, clipping_id: int, page: Page, refs: list) -> None:
        if page.posts:
            records.replace_posts(self.db, clipping_id, page.posts)
        for response, ref in refs:
            records.add_evidence(self.db, clipping_id, response.url, response.fetched_at or page.fetched_at,
                                 response.status, ref.warc_file, ref.offset, ref.length)

    def not_modified(self, canonical_url: str) -> Outcome:
        """A conditional request answered 304: the page is as archived."""
        with transaction(self.db):
            existing = records.get_by_canonical(self.db, canonical_url)
            if existing:
                records.mark_checked(self.db, existing["id"])
                return Outcome(UNCHANGED, existing["id"])
        return Outcome(UNUSABLE, None, "304 但归档中没有该页面")

    def gone(self, canonical_url: str, status: int, responses=()) -> Outcome:
        """The page now answers 404/410 (or a re-check found it redirected away): mark the clipping
        deleted, keep its archived copy, and keep the answer that says so as evidence too."""
        with transaction(self.db):
            existing = records.get_by_canonical(self.db, canonical_url)
            if existing and records.mark_deleted(self.db, existing["id"]):
                for r in responses if self.warc else ():
                    ref = self.warc.write(r.url, r.status, r.reason, r.headers, r.body, r.fetched_at)
                    records.add_evidence(self.db, existing["id"], r.url, r.fetched_at or to_iso(now()), r.status,
                                         ref.warc_file, ref.offset, ref.length)
                return Outcome(DELETED, existing["id"], f"来源页面返回 {status}")
        return Outcome(UNUSABLE, existing and existing["id"], f"HTTP {status}")
