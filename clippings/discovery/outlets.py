"""Outlets found by search sources: staff give a domain its display name once (CLI and web call
this; the SQL is in :mod:`clippings.archive.outlets`)."""

from __future__ import annotations

from clippings.accounts import audit
from clippings.archive import outlets as store, transaction

MAX_NAME = 60


class OutletError(ValueError):
    """A rename that cannot be done (message in Chinese)."""


def list_outlets(db) -> list[dict]:
    return store.list_outlets(db)


def rename_outlet(db, domain: str, name: str, *, by: str) -> int:
    """Give ``domain`` the display name ``name`` (its archived clippings too; they are re-indexed).
    Audited. Returns the number of clippings renamed."""
    domain, name = (domain or "").strip().lower(), " ".join((name or "").split())
    if not name or len(name) > MAX_NAME:
        raise OutletError(f"名称不能为空，且不超过 {MAX_NAME} 个字")
    with transaction(db):
        try:
            old = store.get(db, domain)
            if old is None:
                raise KeyError(domain)
            count = store.rename(db, domain, name)
        except KeyError:
            raise OutletError(f"未发现过该域名：{domain}") from None
        audit(db, by, "outlet_rename", domain, {"from": old["name"] or old["seen_name"] or domain, "to": name,
                                                  "reposts": count})
    return count
