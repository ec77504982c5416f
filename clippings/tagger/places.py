"""Topic and district attribution from the bureau profile (config/bureau.toml): topic keywords
and the city's gazetteer of 区/县 with their aliases and 街道/镇. A street maps to its district.

Matches in the headline count most, then the lead, then the rest of the text; a topic needs a
headline or lead mention (or two in the body) so a passing word deep in a long article does not tag it.
"""

from __future__ import annotations

import re

HEAD_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT = 3, 2, 1
LEAD_CHARS = 200
MAX_CHARS = 3000
TOPIC_MIN_SCORE = 2


def _alternation(words) -> re.Pattern | None:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)) if words else None


class Places:
    def __init__(self, profile, not_places: tuple[str, ...] = ()):
        self.topic_of: dict[str, list[str]] = {}
        for topic in profile.topics:
            for kw in [topic.name, *topic.keywords]:
                self.topic_of.setdefault(kw, [])
                if topic.name not in self.topic_of[kw]:
                    self.topic_of[kw].append(topic.name)
        self.district_of: dict[str, str] = {}
        for d in profile.districts:
            for name in [d.name, *d.aliases, *d.streets]:
                self.district_of.setdefault(name, d.name)
        self.topic_names = [t.name for t in profile.topics]
        self.district_names = [d.name for d in profile.districts]
        self._topic_re = _alternation(self.topic_of)
        self._district_re = _alternation(self.district_of)
        self._mask_re = _alternation(not_places)

    def _scores(self, rx: re.Pattern | None, mapping: dict, title: str, text: str) -> tuple[list[str], dict]:
        if rx is None:
            return [], {}
        scores: dict[str, float] = {}
        first: dict[str, int] = {}
        for offset, chunk, weight in ((0, title, HEAD_WEIGHT), (len(title) + 1, text[:MAX_CHARS], None)):
            if self._mask_re is not None:
                chunk = self._mask_re.sub(lambda m: " " * len(m.group()), chunk)
            for m in rx.finditer(chunk):
                w = weight or (LEAD_WEIGHT if m.start() < LEAD_CHARS else BODY_WEIGHT)
                targets = mapping[m.group()]
                for name in targets if isinstance(targets, list) else [targets]:
                    scores[name] = scores.get(name, 0) + w
                    first.setdefault(name, offset + m.start())
        return sorted(scores, key=lambda n: (-scores[n], first[n])), scores

    def topics(self, title: str, text: str) -> list[str]:
        names, scores = self._scores(self._topic_re, self.topic_of, title or "", text or "")
        return [n for n in names if scores[n] >= TOPIC_MIN_SCORE]

    def districts(self, title: str, text: str) -> list[str]:
        """Districts named or implied (by a street) in the clipping, the most prominent first."""
        return self._scores(self._district_re, self.district_of, title or "", text or "")[0]
