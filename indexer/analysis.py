"""Whoosh analysis for Chinese: a tokenizer over the shared segmenter that honours Whoosh's contract.

jieba's stock ``ChineseAnalyzer`` ignores ``positions``/``chars``/``mode`` and numbers tokens by
character offset, so phrase queries and highlighting break. :class:`ChineseTokenizer` instead:

- numbers positions 1, 2, 3… over the *words* of the default (precise) segmentation, so a phrase
  ("占道经营", "共和国成立") matches consecutive positions;
- in index mode also emits the search-mode sub-words of long words (中华人民共和国 → 中华, 人民,
  共和国…) stacked at the position of the word that contains them, so "共和国成立" finds
  "中华人民共和国成立" while positions stay in sequence;
- in query mode emits the precise segmentation only;
- sets ``startchar``/``endchar`` (plus ``start_char``) when ``chars=True``;
- lowercases Latin letters and drops whitespace and punctuation tokens.

The tokenizer pickles with its user-word list (the index's schema keeps it), never the segmenter.
"""

from __future__ import annotations

import struct
from collections import defaultdict
from itertools import accumulate

from whoosh.analysis import Token, Tokenizer
from whoosh.formats import Positions

from clippings.segment import segmenter_for_words


def _is_word(token: str) -> bool:
    for ch in token:
        if ch.isalnum():
            return True
    return False


class ChineseTokenizer(Tokenizer):
    """Segment with the bureau's dictionary; see the module docstring for the contract."""

    def __init__(self, user_words=()):
        self.user_words = tuple(user_words)
        self._segmenter = None

    def __getstate__(self):
        return {"user_words": self.user_words}

    def __setstate__(self, state):
        self.user_words = tuple(state.get("user_words", ()))
        self._segmenter = None

    def __eq__(self, other):
        return isinstance(other, ChineseTokenizer) and other.user_words == self.user_words

    @property
    def segmenter(self):
        if self._segmenter is None:
            self._segmenter = segmenter_for_words(self.user_words)
        return self._segmenter

    def spans(self, text: str, mode: str = "index") -> list[tuple[str, int, int, int]]:
        """(word, position, start, end) for every token; positions start at 1."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters change length when lowercased
            lowered = text
        seg = self.segmenter
        out = []
        pos = 0
        if mode == "query":
            for word, start, end in seg.tokenize(lowered, False):
                if word.isalnum() or _is_word(word):
                    pos += 1
                    out.append((word, pos, start, end))
            return out
        # Search mode lists a long word's sub-words just before the word; the precise words tile
        # the text. Walking backwards, a token inside the last whole word seen is a sub-word.
        groups = []
        cur_s = cur_e = -1
        for tok in reversed(seg.tokenize(lowered, True)):
            _, start, end = tok
            if start >= cur_s and end <= cur_e:
                groups[-1][1].append(tok)
            else:
                groups.append((tok, []))
                cur_s, cur_e = start, end
        append = out.append
        for (word, start, end), subs in reversed(groups):
            if not (word.isalnum() or _is_word(word)):
                continue
            pos += 1
            append((word, pos, start, end))
            for sub, s, e in subs:
                append((sub, pos, s, e))
        return out

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        assert isinstance(value, str), f"{value!r} is not str"
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        for word, pos, start, end in self.spans(value, "query" if mode == "query" else "index"):
            t.text = word
            t.boost = 1.0
            if keeporiginal:
                t.original = value[start:end]
            t.stopped = False
            if positions:
                t.pos = start_pos + pos - 1
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


def chinese_analyzer(user_words=()) -> ChineseTokenizer:
    """The analyzer for the title and text fields (a tokenizer is a complete analyzer)."""
    return ChineseTokenizer(user_words)


class ChinesePositions(Positions):
    """Positions format that asks a :class:`ChineseTokenizer` for (word, position) pairs directly,
    skipping one Token object per word at index time; the positions are the ones the tokenizer
    yields (0-based)."""

    def word_values(self, value, analyzer, **kwargs):
        if not isinstance(analyzer, ChineseTokenizer) or not isinstance(value, str):
            yield from Positions.word_values(self, value, analyzer, **kwargs)
            return
        fb = self.field_boost
        poses = defaultdict(list)
        for word, pos, _s, _e in analyzer.spans(value, "index"):
            poses[word].append(pos - 1)
        encode = self.encode
        for word, poslist in poses.items():
            yield (word, len(poslist), len(poslist) * fb, encode(poslist))


class PackedPositions(ChinesePositions):
    """Positions stored as big-endian 32-bit words: the count (as Whoosh's own formats store it),
    then the gaps between positions. Whoosh's ``Positions`` pickles a list per posting, so a phrase
    query over common words had to unpickle one list per document; a block of packed values is
    decoded by numpy in one go (``indexer.engine.packed_keys``). Indexes written with
    :class:`ChinesePositions` keep reading as before (the index's schema names its format)."""

    def encode(self, poslist):
        gaps, base = [], 0
        for pos in poslist:
            gaps.append(pos - base)
            base = pos
        return struct.pack(f">{len(gaps) + 1}I", len(gaps), *gaps)

    def decode_positions(self, valuestring):
        return list(accumulate(struct.unpack_from(f">{len(valuestring) // 4 - 1}I", valuestring, 4)))
