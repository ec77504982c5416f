"""Answers remembered for the page being read: a line is asked about by several steps (the body's
scores, its ends, the byline zone), about half of the asks a repeat. ``forget_page`` at each page's
start (``core.extract``), so nothing carries from one page to the next (nor into a benchmark's next pass)."""
from __future__ import annotations

import functools

_MEMOS: list[dict] = []


def per_page(fn):
    """``fn(text)`` (a pure test of one line, never None) remembered until ``forget_page``."""
    seen: dict = {}
    _MEMOS.append(seen)

    @functools.wraps(fn)
    def remembered(text):
        known = seen.get(text)
        if known is None:
            known = seen[text] = fn(text)
        return known
    return remembered


def forget_page() -> None:
    for seen in _MEMOS:
        seen.clear()
