"""Chinese word segmentation shared by the index, the tagger and clustering.

rjieba (a Rust port of jieba: same dictionary, same algorithm) does the work; the bureau's
user dictionary (names, topics, districts, streets from bureau.toml) keeps domain terms whole.
``tests/test_segment.py`` checks that it segments as jieba does with the same dictionary.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import rjieba

from clippings.paths import config_path

_lock = threading.Lock()


class Segmenter:
    """Segment text into words; ``tokenize`` also returns character offsets."""

    def __init__(self, user_words: list[str] | tuple[str, ...] = ()):
        self._jieba = rjieba.Jieba()
        self.user_words = tuple(user_words)
        for word in self.user_words:
            self._jieba.add_word(word, None, None)

    def cut(self, text: str) -> list[str]:
        return self._jieba.cut(text)

    def cut_for_search(self, text: str) -> list[str]:
        return self._jieba.cut_for_search(text)

    def tokenize(self, text: str, search: bool = False) -> list[tuple[str, int, int]]:
        """(word, start, end) with start/end as character offsets into ``text``."""
        return self._jieba.tokenize(text, "search" if search else "default")

    def words(self, text: str) -> list[str]:
        """Content words only: drop whitespace and punctuation tokens."""
        return [w for w in self._jieba.cut(text) if _is_word(w)]


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


@lru_cache(maxsize=4)
def _segmenter_for(words: tuple[str, ...]) -> Segmenter:
    with _lock:
        return Segmenter(words)


def segmenter_for_words(words) -> Segmenter:
    """The shared segmenter for an explicit user-word list (cached per list)."""
    return _segmenter_for(tuple(words))


def get_segmenter(profile=None) -> Segmenter:
    """The shared segmenter with the bureau's user dictionary (default profile if none given)."""
    if profile is None:
        from clippings.config import load_profile

        profile = load_profile(config_path("bureau.toml", env="CLIPPINGS_PROFILE"))
    return _segmenter_for(tuple(profile.user_words()))
