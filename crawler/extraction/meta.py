"""What a page says of itself in <head> and JSON-LD: meta tags, structured data, their publish
times (the title is chosen in ``title``)."""
from __future__ import annotations

import functools
import json
import re
import unicodedata

from .dates import parse_with_precision
from .dom import norm_ws, text_of

_DATE_META_EXACT = {
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "article:published", "pubdate", "publishdate", "publish_date", "publish-date", "publishtime",
    "publish_time", "publish-time", "og:release_date", "datepublished", "dc.date", "dc.date.issued",
    "dc.date.created", "dcterms.created", "dcterms.issued", "sailthru.date", "article.published",
    "article_date_original", "date", "weibo:article:create_at", "weibo:webpage:create_at",
    "bytedance:published_time", "firstpublishedtime", "apub:time", "created", "creationdate", "releasedate",
    "release_date", "parsely-pub-date", "originalpublicationdate", "article:post_date", "pub_date", "pubtime",
    "og:time", "createdate", "create_date", "posttime", "post_time", "uploaddate", "dateposted",
}
@functools.lru_cache(maxsize=4096)
def nfkc(s: str) -> str:
    """Compatibility-normalised, whitespace-collapsed text (cached: headlines are compared often)."""
    return norm_ws(unicodedata.normalize("NFKC", s or ""))


def head_meta(root) -> dict[str, str]:
    """Lower-cased meta name/property/itemprop -> content (first wins)."""
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv")
        val = m.get("content")
        if key and val is not None:
            k = key.strip().lower()
            if k not in out:
                out[k] = val.strip()
    return out


def json_ld(root) -> list[dict]:
    out: list[dict] = []
    for s in root.iter("script"):
        if (s.get("type") or "").lower() != "application/ld+json":
            continue
        raw = (s.text or "").strip()
        if not raw or len(raw) > 200_000:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
            except ValueError:
                continue
        stack = [data]
        while stack:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                out.append(d)
                if "@graph" in d:
                    stack.append(d["@graph"])
                for k in ("mainEntity", "mainEntityOfPage"):
                    if isinstance(d.get(k), (dict, list)):
                        stack.append(d[k])
    return out


_LD_ARTICLE = re.compile(r"Article|BlogPosting|Report|NewsArticle|DiscussionForumPosting|QAPage|Question|"
                         r"SocialMediaPosting|WebPage", re.I)
_LD_OTHER = re.compile(r"^(?:Comment|Answer|ListItem|ItemList|Review|Person|Organization|ImageObject|VideoObject)$",
                       re.I)


def meta_dates(meta: dict[str, str], ld: list[dict], root, now, page_title: str = ""):
    """[(datetime, has_time, origin)] from meta tags, JSON-LD and <time pubdate>."""
    out = []
    for k, v in meta.items():
        if not v:
            continue
        kk = k.replace(" ", "")
        if kk in _DATE_META_EXACT or (("publish" in kk or "pubdate" in kk) and "modif" not in kk and "update" not in kk):
            dt, has_t = parse_with_precision(v, now)
            if dt:
                out.append((dt, has_t, "meta:" + k))
    if len(out) > 1:   # a video's upload time after its publish time, whatever their order ("uploadDate" /
        out.sort(key=lambda d: "upload" in d[2])   # "datePublished": uploaded first, published later)
    page_title = nfkc(page_title)

    def _rank(d):
        t = d.get("@type")
        t = " ".join(t) if isinstance(t, list) else str(t or "")
        if t == "VideoObject" and isinstance(d.get("name"), str) and len(d["name"]) >= 6 \
                and page_title and nfkc(d["name"]) in page_title:
            return 1   # the video the page is about (a TV station's video news page)
        if _LD_OTHER.search(t):
            return 2   # a comment's, an answer's or a listed item's date: not the page's own
        return 0 if _LD_ARTICLE.search(t) else 1
    for d in sorted(ld, key=_rank):
        if _rank(d) == 2:
            continue
        for key in ("datePublished", "dateCreated", "uploadDate", "pubDate"):
            v = d.get(key)
            if isinstance(v, str):
                dt, has_t = parse_with_precision(v, now)
                if dt:
                    out.append((dt, has_t, "ld:" + key))
                    break
    for t in root.iter("time"):
        if t.get("pubdate") is not None or (t.get("itemprop") or "").lower() == "datepublished":
            dt, has_t = parse_with_precision(t.get("datetime") or text_of(t), now)
            if dt:
                out.append((dt, has_t, "time"))
    return out
