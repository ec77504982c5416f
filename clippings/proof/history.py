"""A page's captures, oldest first, and how each later one differs from the first."""

from __future__ import annotations

from dataclasses import dataclass

from clippings.archive import records
from clippings.proof.diff import Comparison, compare_texts


@dataclass
class Capture:
    fetched_at: str | None
    title: str
    text: str
    content_hash: str | None
    current: bool = False


@dataclass
class Change:
    capture: Capture
    title_changed: bool
    comparison: Comparison


def captures(db, clipping: dict) -> list[Capture]:
    """Earlier versions (kept when a page changed) then the current one."""
    out = [Capture(v.get("fetched_at"), v.get("title") or "", v.get("text") or "", v.get("content_hash"))
           for v in records.get_versions(db, clipping["id"])]
    out.append(Capture(clipping.get("fetched_at"), clipping.get("title") or "", clipping.get("text") or "",
                       clipping.get("content_hash"), current=True))
    return out


def changes_since_first(db, clipping: dict, context: int = 1) -> list[Change]:
    """For each later capture, what differs from the first capture (empty for a page never changed)."""
    history = captures(db, clipping)
    first = history[0]
    return [Change(c, c.title != first.title, compare_texts(first.text, c.text, context=context))
            for c in history[1:]]
