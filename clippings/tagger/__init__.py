"""Sentiment, topic and district tagging of clippings from the bureau's point of view.

    from clippings.tagger import tag, Tagger
    t = tag(title, text)      # t.label, t.score, t.evidence, t.topics, t.districts

Rules (config/sentiment/*.toml, explainable) and a learned model (scikit-learn, trained on
config/sentiment/train.jsonl and staff corrections) vote; see docs/tagger.md.
"""

from __future__ import annotations

import threading

from clippings.tagger.core import Tag, Tagger, TagResult
from clippings.tagger.workflow import CorrectionError, correct, inherit_story_corrections, retrain, tag_archive

__all__ = ["Tag", "TagResult", "Tagger", "tag", "tag_archive", "correct", "retrain", "CorrectionError",
           "reset_default"]

_lock = threading.Lock()
_default: list[Tagger] = []


def default_tagger() -> Tagger:
    """The default profile's tagger (rules + the model in the data dir, trained at first use)."""
    with _lock:
        if not _default:
            _default.append(Tagger())
        return _default[0]


def reset_default() -> None:
    """Forget the default tagger (after retraining or a config change)."""
    with _lock:
        _default.clear()


def tag(title: str, text: str) -> Tag:
    """Tag one clipping with the default tagger."""
    return default_tagger().tag(title, text)
