"""Readable differences between two captures of a page, by sentence (Chinese punctuation aware).

Sentences are matched first; a changed sentence is then compared character by character, so a
quietly altered figure or name shows as exactly what changed. Whitespace differences are ignored.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

_SENTENCE_END = re.compile(r"(?<=[。！？!?；;…])|\n+")
_SPACE = re.compile(r"\s+")


def sentences(text: str) -> list[str]:
    """Split into sentences at 。！？；… and line breaks; whitespace inside is squeezed out."""
    parts = (_SPACE.sub("", p) for p in _SENTENCE_END.split(text or ""))
    return [p for p in parts if p]


@dataclass
class Piece:
    kind: str        # same | added | removed
    text: str


@dataclass
class Line:
    """One sentence of the comparison: unchanged, added, removed, or changed (with its pieces)."""

    kind: str                                         # same | added | removed | changed
    pieces: list[Piece] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces if p.kind != "removed")


@dataclass
class Comparison:
    lines: list[Line]

    @property
    def changed(self) -> bool:
        return any(line.kind != "same" for line in self.lines)

    def counts(self) -> dict[str, int]:
        out = {"added": 0, "removed": 0, "changed": 0}
        for line in self.lines:
            if line.kind in out:
                out[line.kind] += 1
        return out

    @property
    def summary(self) -> str:
        c = self.counts()
        if not self.changed:
            return "正文无变化"
        parts = [f"{label}{c[key]}句" for key, label in (("changed", "修改"), ("added", "新增"), ("removed", "删除"))
                 if c[key]]
        return "正文" + "，".join(parts)


def _char_pieces(old: str, new: str) -> list[Piece]:
    pieces = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(Piece("same", old[a1:a2]))
            continue
        if a2 > a1:
            pieces.append(Piece("removed", old[a1:a2]))
        if b2 > b1:
            pieces.append(Piece("added", new[b1:b2]))
    return pieces


def compare_texts(old: str, new: str, context: int | None = None) -> Comparison:
    """Compare two captures' texts. ``context``: keep only that many unchanged sentences around changes."""
    a, b = sentences(old), sentences(new)
    lines: list[Line] = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            lines += [Line("same", [Piece("same", s)]) for s in a[a1:a2]]
        elif op == "delete":
            lines += [Line("removed", [Piece("removed", s)]) for s in a[a1:a2]]
        elif op == "insert":
            lines += [Line("added", [Piece("added", s)]) for s in b[b1:b2]]
        else:  # replace: pair sentences up, the rest are removed / added
            olds, news = a[a1:a2], b[b1:b2]
            for i in range(max(len(olds), len(news))):
                if i < len(olds) and i < len(news):
                    ratio = difflib.SequenceMatcher(None, olds[i], news[i], autojunk=False).ratio()
                    if ratio >= 0.4:
                        lines.append(Line("changed", _char_pieces(olds[i], news[i])))
                        continue
                if i < len(olds):
                    lines.append(Line("removed", [Piece("removed", olds[i])]))
                if i < len(news):
                    lines.append(Line("added", [Piece("added", news[i])]))
    if context is not None:
        keep = set()
        for i, line in enumerate(lines):
            if line.kind != "same":
                keep.update(range(max(0, i - context), min(len(lines), i + context + 1)))
        lines = [line if i in keep else Line("skip") for i, line in enumerate(lines)]
        squeezed: list[Line] = []
        for line in lines:
            if line.kind == "skip" and squeezed and squeezed[-1].kind == "skip":
                continue
            squeezed.append(line)
        lines = squeezed
    return Comparison(lines)
