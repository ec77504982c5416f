"""URL canonicalisation: one URL per page, whatever link led to it.

Lower-cases scheme and host, drops default ports, fragments and tracking parameters, sorts the
query, and applies a source's own rewrite rules (mobile / print variants).
"""

from __future__ import annotations

import re
from fnmatch import fnmatchcase
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = (
    "utm_*", "from", "spm", "share", "share_*", "fromshare", "wxshare_count", "isappinstalled",
    "scene", "clicktime", "enterid", "ref", "refer", "source", "src", "f", "fr", "timestamp", "_t",
    "vd_source", "sharer_shareinfo", "sharer_shareinfo_first",
)
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonicalize(url: str, strip_params: tuple[str, ...] | list[str] = (),
                 rewrite: list[tuple[str, str]] | list[list[str]] = ()) -> str:
    """Return the canonical form of ``url``.

    >>> canonicalize("HTTP://Example.com:80/a?utm_source=x&b=2&a=1#top")
    'http://example.com/a?a=1&b=2'
    """
    url = url.strip()
    for pattern, repl in rewrite:
        url = re.sub(pattern, repl, url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    drop = tuple(TRACKING_PARAMS) + tuple(strip_params)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not any(fnmatchcase(k.lower(), p) for p in drop)]
    query.sort()
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def canonicalizer_for(source) -> "callable":
    """A one-argument canonicaliser with a source's own rules bound."""
    strip = tuple((source.canonical or {}).get("strip_params", []))
    rewrite = [tuple(r) for r in (source.canonical or {}).get("rewrite", [])]
    return lambda url: canonicalize(url, strip, rewrite)
