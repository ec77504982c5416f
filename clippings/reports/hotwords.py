"""热词: the period's most frequent words in titles, compared with the previous period.

Words are segmented with the bureau's dictionary (so 占道经营 and 渣土车 stay whole); function words,
newsroom filler (:mod:`clippings.stopwords`), numbers, single characters and the bureau's own
names are left out, since every item mentions the bureau and that says nothing about the period.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from clippings.stopwords import STOPWORDS

TOP_WORDS = 20


@dataclass
class HotWord:
    word: str
    count: int           # titles of this period containing it
    previous: int        # titles of the previous period containing it
    rank: int
    previous_rank: int | None   # None: not among the previous period's words at all

    @property
    def change_text(self) -> str:
        if self.previous_rank is None:
            return "新出现"
        if self.previous_rank == self.rank:
            return "持平"
        step = self.previous_rank - self.rank
        return f"上升{step}位" if step > 0 else f"下降{-step}位"


def _counts(titles: Iterable[str], seg, exclude: frozenset[str]) -> Counter:
    counts: Counter = Counter()
    for title in titles:
        words = {w for w in seg.words(title or "") if len(w) > 1 and w not in STOPWORDS and w not in exclude
                 and not any(ch.isdigit() for ch in w)}
        counts.update(words)  # once per title: a word repeated in one headline is one mention
    return counts


def _ranks(counts: Counter) -> dict[str, int]:
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return {word: i for i, (word, _) in enumerate(ordered, 1)}


def hot_words(titles: Iterable[str], previous_titles: Iterable[str], seg, exclude: Iterable[str] = (),
              top: int = TOP_WORDS) -> list[HotWord]:
    """The ``top`` words of ``titles`` (ties by word), each with its count and rank last period."""
    exclude = frozenset(exclude)
    now, before = _counts(titles, seg, exclude), _counts(previous_titles, seg, exclude)
    ranks, previous_ranks = _ranks(now), _ranks(before)
    words = sorted(ranks, key=ranks.get)[:top]
    return [HotWord(word=w, count=now[w], previous=before.get(w, 0), rank=ranks[w],
                    previous_rank=previous_ranks.get(w)) for w in words]


def bureau_words(profile) -> frozenset[str]:
    """The bureau's own names, aliases and city name: excluded from the hot words."""
    names = [getattr(profile, "name", ""), getattr(profile, "short_name", ""), getattr(profile, "city", ""),
             *getattr(profile, "aliases", [])]
    return frozenset(n for n in names if n)
