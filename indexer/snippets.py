"""Highlighted snippets without re-segmenting documents.

The query's words (and phrases) are searched as plain strings in the stored text; the snippet is
the window of the text with the most matches, HTML-escaped, matches wrapped in ``<mark>``.
A Chinese word found inside a longer word is marked too, which is what readers expect.
"""

from __future__ import annotations

import html
import re

WINDOW = 120
_SPACE = re.compile(r"\s+")


def compile_terms(terms: list[list[str]]) -> re.Pattern | None:
    """One regex for all words; a phrase's words may be separated by spaces or punctuation-free."""
    parts = []
    for words in terms:
        words = [w for w in words if w]
        if words:
            parts.append(r"\s*".join(re.escape(w) for w in words))
    if not parts:
        return None
    parts.sort(key=len, reverse=True)
    return re.compile("|".join(parts), re.IGNORECASE)


def _mark(text: str, spans: list[tuple[int, int]], offset: int) -> tuple[str, int]:
    out, last = [], offset
    for start, end in spans:
        out.append(html.escape(text[last:start]))
        out.append("<mark>" + html.escape(text[start:end]) + "</mark>")
        last = end
    return "".join(out), last


def highlight_all(text: str, pattern: re.Pattern | None) -> str:
    """The whole (short) text, escaped, every match marked: for titles."""
    if not text:
        return ""
    if pattern is None:
        return html.escape(text)
    spans = [m.span() for m in pattern.finditer(text)]
    body, last = _mark(text, spans, 0)
    return body + html.escape(text[last:])


def snippet(text: str, pattern: re.Pattern | None, width: int = WINDOW) -> str:
    """The best ``width``-character window of ``text``, escaped, matches marked, whitespace folded.
    Only the window is normalised, so long texts cost one regex scan."""
    text = text or ""
    spans = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
    if not spans:
        cut = _SPACE.sub(" ", text[:width * 2]).strip()
        return html.escape(cut[:width]) + ("…" if len(cut) > width or len(text) > width * 2 else "")
    # the window starting a little before a match that covers the most distinct matched words
    best_start, best_count = 0, -1
    j = 0
    for i, (s, _) in enumerate(spans):
        while j < len(spans) and spans[j][1] <= s + width:
            j += 1
        count = len({text[a:b] for a, b in spans[i:j]}) * 1000 + (j - i)
        if count > best_count:
            best_start, best_count = s, count
    start = max(0, min(best_start - width // 6, len(text) - width))
    end = min(len(text), start + width)
    inside = [(max(a, start), min(b, end)) for a, b in spans if b > start and a < end]
    out, last = [], start
    for a, b in inside:
        out.append(html.escape(_SPACE.sub(" ", text[last:a])))
        out.append("<mark>" + html.escape(text[a:b]) + "</mark>")
        last = b
    out.append(html.escape(_SPACE.sub(" ", text[last:end])))
    body = "".join(out).strip()
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
