"""Site-specific selector overrides (CSS or XPath strings from the sources config).

Keys: ``title``, ``published_at``, ``author``, ``source``, ``body``; forums: ``post``, ``post_author``,
``post_time``, ``post_text`` (the last three relative to each ``post`` element). A value is
``"css:h1.title"``, ``"xpath://h1"`` or plain CSS. A selector that matches nothing leaves the
generic result in place; a selector that is invalid is ignored (logged).
"""
from __future__ import annotations

import logging
from functools import lru_cache

from lxml import etree

from .dates import parse_chinese_datetime
from .dom import norm_ws, segment, text_content

log = logging.getLogger(__name__)


@lru_cache(maxsize=512)
def _compile(spec: str):
    spec = spec.strip()
    if spec.startswith("xpath:"):
        return etree.XPath(spec[6:].strip())
    if spec.startswith("css:"):
        spec = spec[4:].strip()
    if spec.startswith("/") or spec.startswith("./") or spec.startswith("(/"):
        return etree.XPath(spec)
    from lxml.cssselect import CSSSelector
    return CSSSelector(spec, translator="html")


def select(el, spec: str | None) -> list:
    if not spec or el is None:
        return []
    try:
        fn = _compile(spec)
    except Exception as e:  # invalid selector in config
        log.warning("invalid selector %r: %s", spec, e)
        return []
    try:
        res = fn(el)
    except Exception as e:
        log.warning("selector %r failed: %s", spec, e)
        return []
    if not isinstance(res, list):
        res = [res]
    return res


def _text(node) -> str:
    if isinstance(node, str):
        return norm_ws(node)
    if hasattr(node, "itertext"):
        # for <meta> / <time> prefer the machine-readable value
        for attr in ("content", "datetime"):
            v = node.get(attr)
            if v:
                return norm_ws(v)
        return norm_ws(text_content(node))
    return norm_ws(str(node))


def _paragraphs(nodes) -> str:
    lines: list[str] = []
    for n in nodes:
        if isinstance(n, str):
            t = norm_ws(n)
            if t:
                lines.append(t)
            continue
        for b in segment(n):
            lines.append(b.text)
    return "\n".join(lines)


def _first_text(el, spec):
    for n in select(el, spec):
        t = _text(n)
        if t:
            return t
    return None


_SCALARS = ("title", "author", "source", "published_at")


def prefetch_scalars(root, selectors) -> dict:
    """Evaluate the single-value selectors on the uncleaned tree (they may point into <head>)."""
    if not isinstance(selectors, dict):
        return {}
    return {k: _first_text(root, selectors.get(k)) for k in _SCALARS if selectors.get(k)}


def apply_selectors(out, root, selectors: dict, now, pre: dict | None = None):
    from .core import Post

    if not isinstance(selectors, dict):
        return out
    pre = pre if pre is not None else prefetch_scalars(root, selectors)
    t = pre.get("title")
    if t:
        out.title = t
    t = pre.get("author")
    if t:
        out.author = t
    t = pre.get("source")
    if t:
        out.source = t
    t = pre.get("published_at")
    if t:
        dt = parse_chinese_datetime(t, now)
        if dt is not None:
            out.published_at = dt
    body_spec = selectors.get("body")
    if body_spec:
        nodes = select(root, body_spec)
        if nodes:
            out.text = _paragraphs(nodes)
    post_spec = selectors.get("post")
    if post_spec:
        posts = []
        for i, p in enumerate(select(root, post_spec)):
            if isinstance(p, str):
                continue
            author = _first_text(p, selectors.get("post_author"))
            when = None
            ts = _first_text(p, selectors.get("post_time"))
            if ts:
                when = parse_chinese_datetime(ts, now)
            tnodes = select(p, selectors.get("post_text")) if selectors.get("post_text") else [p]
            text = _paragraphs(tnodes)
            posts.append(Post(floor=len(posts) + 1, author=author, posted_at=when, text=text))
        if posts:
            out.posts = posts
            out.page_type = "forum"
            out.text = "\n".join(p.text for p in posts if p.text)
            if posts[0].posted_at is not None and not selectors.get("published_at"):
                out.published_at = posts[0].posted_at
            if posts[0].author and not selectors.get("author"):
                out.author = posts[0].author
    return out
