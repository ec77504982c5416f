"""留言板 complaints: the structured reply of each complaint clipping, and the reply figures."""

from __future__ import annotations

from datetime import timedelta

from clippings.timeutil import now, parse_iso, to_iso

COLUMNS = ("posted_at", "author", "district", "topic", "status", "status_shown", "reply_unit", "reply_at",
           "reply_text")


def save(db, clipping_id: int, fields: dict) -> None:
    row = {k: fields.get(k) for k in COLUMNS}
    row["status"] = row["status"] or "pending"
    db.execute(
        f"INSERT INTO complaints (clipping_id, {', '.join(COLUMNS)}, checked_at)"
        f" VALUES (?, {', '.join('?' for _ in COLUMNS)}, ?)"
        f" ON CONFLICT(clipping_id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in COLUMNS)},"
        " checked_at = excluded.checked_at",
        [clipping_id, *[row[k] for k in COLUMNS], to_iso(now())])


def get(db, clipping_id: int) -> dict | None:
    cur = db.execute("SELECT * FROM complaints WHERE clipping_id = ?", [clipping_id])
    r = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], r)) if r else None


def _rows(db, since: str | None = None, until: str | None = None) -> list[dict]:
    cur = db.execute("SELECT p.clipping_id, p.posted_at, p.district, p.topic, p.status, p.reply_at, c.title"
                     " FROM complaints p JOIN clippings c ON c.id = p.clipping_id"
                     " WHERE c.status != 'deleted' AND (? IS NULL OR p.posted_at >= ?) AND (? IS NULL OR p.posted_at < ?)"
                     " ORDER BY p.posted_at", [since, since, until, until])
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..1)."""
    if not values:
        return None
    values = sorted(values)
    import math

    return values[max(0, math.ceil(q * len(values)) - 1)]


def _figures(rows: list[dict], overdue_days: int, current) -> dict:
    hours = []
    overdue = []
    for r in rows:
        posted, replied = parse_iso(r["posted_at"]), parse_iso(r["reply_at"])
        if r["status"] == "replied" and posted and replied:
            hours.append((replied - posted).total_seconds() / 3600)
        elif r["status"] != "replied" and posted and current - posted > timedelta(days=overdue_days):
            overdue.append(r)
    replied = sum(1 for r in rows if r["status"] == "replied")
    return {"total": len(rows), "replied": replied, "reply_rate": replied / len(rows) if rows else None,
            "median_hours": _percentile(hours, 0.5), "p90_hours": _percentile(hours, 0.9),
            "unanswered_overdue": len(overdue), "overdue": overdue}


def reply_figures(db, overdue_days: int = 7, by: str | None = None, since: str | None = None,
                  until: str | None = None) -> dict:
    """Reply rate, median and p90 hours to reply, complaints unanswered past ``overdue_days``:
    overall, and per ``by`` ("district" or "topic") when given; ``since``/``until`` (ISO, until
    exclusive) limit it to complaints posted in that period."""
    if by not in (None, "district", "topic"):
        raise ValueError(by)
    rows, current = _rows(db, since, until), now()
    out = {"all": _figures(rows, overdue_days, current), "groups": {}}
    if by:
        for key in sorted({r[by] or "" for r in rows}):
            out["groups"][key] = _figures([r for r in rows if (r[by] or "") == key], overdue_days, current)
    return out


def unanswered_ids(db, overdue_days: int) -> list[int]:
    """Complaint clippings unanswered past ``overdue_days`` (search filter ``--unanswered``)."""
    return [r["clipping_id"] for r in _figures(_rows(db), overdue_days, now())["overdue"]]
