"""Whether a repost of one of the bureau's releases still says what the release said.

Sentence by sentence (the Chinese-aware sentence split of :mod:`clippings.proof.diff`), ignoring
whitespace, punctuation and byline lines (来源/编辑/原标题…, which every outlet adds): the headline
changed or not, how many of the release's sentences the repost dropped, and how many it added
(commentary, an editor's note).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clippings import bylines
from clippings.proof.diff import sentences

_BYLINE = re.compile(rf"^[（(【\[]?(?:{bylines.alternation(bylines.SOURCE, bylines.REPOST, bylines.ORIGINAL_TITLE, bylines.AUTHOR, bylines.EDITOR, bylines.REVIEW)})\s*[:：]")
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


def _key(sentence: str) -> str:
    return _NOISE.sub("", sentence)


def _sentences(text: str) -> list[str]:
    return [k for s in sentences(text or "") if not _BYLINE.match(s.strip()) and (k := _key(s))]


@dataclass
class Fidelity:
    headline_changed: bool
    new_headline: str
    dropped: int          # sentences of the release missing from the repost
    added: int            # sentences of the repost not in the release
    kept: int             # sentences of the release the repost carries

    @property
    def same(self) -> bool:
        return not (self.headline_changed or self.dropped or self.added)

    @property
    def text(self) -> str:
        """一致 | 标题改为“…”；删去3句；增加1句"""
        if self.same:
            return "与原稿一致"
        parts = []
        if self.headline_changed:
            parts.append(f"标题改为“{self.new_headline}”")
        if self.dropped:
            parts.append(f"删去{self.dropped}句")
        if self.added:
            parts.append(f"增加{self.added}句")
        return "；".join(parts)


def compare_to_release(release_title: str, release_text: str, title: str, text: str) -> Fidelity:
    original, repost = _sentences(release_text), _sentences(text)
    have, had = set(repost), set(original)
    return Fidelity(
        headline_changed=_key(release_title or "") != _key(title or ""),
        new_headline=(title or "").strip(),
        dropped=sum(1 for s in original if s not in have),
        added=sum(1 for s in repost if s not in had),
        kept=sum(1 for s in original if s in have),
    )
