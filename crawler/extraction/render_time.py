"""When the page was rendered, as its own scripts record it ("serverTime": 1631880187000, ``var svr_time =
"1692411728"``, ``SERVER_TIME = 1715952605``). A saved or cached page's relative stamps ("4天前", "昨天 下午03:25") and
year-less ones were reckoned then, not when it is read: ``core`` reads the page as of that time."""
from __future__ import annotations

from datetime import datetime, timedelta

import re

SERVER_TIME = re.compile(r"(?:server_?[Tt]ime|serverTime|SERVER_TIME|servertime|svr_time|serverNow)(?:[\"']|%22)?\s*(?:[:=]|%3A)\s*"
                         r"(?:[\"']|%22)?(\d{13}|\d{10})(?!\d)")   # (also in a URL-encoded blob: "%22serverTime%22%3A1752243300000")
_KEYS = ("erver", "ERVER", "svr_time")   # (one of them in every name above: str's search first, the pattern only then)


def rendered_at(text: str, now: datetime) -> datetime | None:
    """The render time a script gives, when it is a day or more before ``now`` (a saved copy) and after 2000;
    the first one given (a later one may be a widget's clock)."""
    head = text[:1_000_000]
    if not any(k in head for k in _KEYS) or (m := SERVER_TIME.search(head)) is None:
        return None
    v = int(m.group(1)) / (1000 if len(m.group(1)) == 13 else 1)
    at = datetime.fromtimestamp(v, now.tzinfo)
    return at if datetime(2000, 1, 1, tzinfo=now.tzinfo) < at <= now - timedelta(days=1) else None
