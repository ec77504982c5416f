"""When the page was rendered, as its own scripts record it ("serverTime": 1631880187000,
``SSR_RENDER_TS=1723810233``, ``var svr_time = "1692411728"``, ``SERVER_TIME = 1715952605``). A saved or
cached page's relative stamps ("4天前", "昨天 下午03:25") and year-less ones were reckoned then, not when it is
read: ``core`` reads the page as of that time."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

_NAMES = r"(?:server_?[Tt]ime|serverTime|SERVER_TIME|servertime|svr_time|serverNow|SSR_RENDER_TS)"
_VALUE = r"(?:[\"']|%22)?\s*(?:[:=]|%3A)\s*(?:[\"']|%22)?(\d{13}|\d{10})(?!\d)"   # (also URL-encoded: "%22serverTime%22%3A…")
SERVER_TIME = re.compile(_NAMES + _VALUE)
_SERVER_TIME_BYTES = re.compile((_NAMES + _VALUE).encode())
# every name holds one of these, that many bytes in ("server…", "SSR_RENDER_TS") or at its start ("svr_time"): find walks the
# page's bytes, the pattern is tried only where a name starts (searched over the page, it costs many times more)
_KEYS = ((b"erver", 1), (b"ERVER", 1), (b"svr_time", 0), (b"RENDER_TS", 4))
_SCAN = 1_000_000


def rendered_at(page: bytes, now: datetime) -> datetime | None:
    """The render time a script gives (the first one: a later one may be a widget's clock), when it is a day or
    more before ``now`` (a saved copy) and after 2000. ``page``: the page's bytes in any ASCII-compatible encoding."""
    best = None
    for key, back in _KEYS:
        i = page.find(key, 0, _SCAN)
        while i >= 0 and (best is None or i < best.start()):
            if (m := _SERVER_TIME_BYTES.match(page, max(0, i - back), _SCAN)) is not None:
                best = m
                break
            i = page.find(key, i + 1, _SCAN)
    if best is None:
        return None
    v = int(best.group(1)) / (1000 if len(best.group(1)) == 13 else 1)
    at = datetime.fromtimestamp(v, now.tzinfo)
    return at if datetime(2000, 1, 1, tzinfo=now.tzinfo) < at <= now - timedelta(days=1) else None
