"""Outlets met through search sources: the name shown for each domain, renamed once by staff."""

from __future__ import annotations

from clippings.timeutil import now, to_iso


def remember(db, domain: str, seen_name: str | None) -> str:
    """Record a page from ``domain``; return the outlet's display name (staff's name first, then
    the first name a page gave, then the domain itself)."""
    stamp = to_iso(now())
    row = db.execute("SELECT seen_name, name FROM outlets WHERE domain = ?", [domain]).fetchone()
    if row is None:
        db.execute("INSERT INTO outlets (domain, seen_name, first_seen, last_seen, pages) VALUES (?, ?, ?, ?, 1)",
                   [domain, seen_name, stamp, stamp])
        return seen_name or domain
    db.execute("UPDATE outlets SET last_seen = ?, pages = pages + 1, seen_name = COALESCE(seen_name, ?)"
               " WHERE domain = ?", [stamp, seen_name, domain])
    return row[1] or row[0] or seen_name or domain


def get(db, domain: str) -> dict | None:
    cur = db.execute("SELECT domain, seen_name, name, first_seen, last_seen, pages FROM outlets WHERE domain = ?",
                     [domain])
    row = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], row)) if row else None


def rename(db, domain: str, name: str) -> int:
    """Set staff's name for ``domain`` and apply it to its clippings (marked changed, so the index
    shows the new name); returns clippings updated."""
    if db.execute("SELECT 1 FROM outlets WHERE domain = ?", [domain]).fetchone() is None:
        raise KeyError(domain)
    db.execute("UPDATE outlets SET name = ? WHERE domain = ?", [name, domain])
    cur = db.execute("UPDATE clippings SET source_title = ?, changed_at = ? WHERE outlet_domain = ?",
                     [name, to_iso(now()), domain])
    return cur.rowcount


def list_outlets(db) -> list[dict]:
    cur = db.execute("SELECT domain, seen_name, name, first_seen, last_seen, pages FROM outlets ORDER BY pages DESC,"
                     " domain")
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]
