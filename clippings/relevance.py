"""The relevance filter: does a page concern the bureau?

A page is relevant when it names the bureau (any alias in bureau.toml), or when it uses a topic
term (占道经营, 渣土车, …) and also names the city or one of its districts or streets. The
matched terms are kept on the clipping so staff can see why it was archived.
"""

from __future__ import annotations

from dataclasses import dataclass

from clippings.config import Profile


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    terms: tuple[str, ...]


class RelevanceFilter:
    def __init__(self, profile: Profile):
        # Longest first so 江州市城管执法局 is reported rather than 城管 alone.
        self.aliases = sorted(set(profile.aliases) | {profile.name, profile.short_name}, key=len, reverse=True)
        self.topic_terms = sorted(set(profile.topic_terms), key=len, reverse=True)
        places = {profile.city, profile.city.rstrip("市")}
        for d in profile.districts:
            places.update([d.name, *d.aliases, *d.streets])
        self.places = sorted((p for p in places if len(p) > 1), key=len, reverse=True)

    def check(self, title: str | None, text: str | None) -> Relevance:
        body = f"{title or ''}\n{text or ''}"
        names = _found(self.aliases, body)
        topics = _found(self.topic_terms, body)
        if names:
            return Relevance(True, tuple(names + topics))
        if topics:
            places = _found(self.places, body)
            if places:
                return Relevance(True, tuple(topics + places[:3]))
        return Relevance(False, ())


def _found(terms: list[str], body: str) -> list[str]:
    hits: list[str] = []
    for term in terms:
        if term in body and not any(term in longer for longer in hits):
            hits.append(term)
    return hits
