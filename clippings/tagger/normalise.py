"""Text as the tagger's lexicon and model expect it: 繁体 (Hong Kong / Taiwan pages, reposts) turned
into simplified characters with OpenCC's phrase-aware ``t2s`` conversion, so 執法人員態度惡劣 meets
the same rules as 执法人员态度恶劣. Punctuation is left alone (the rules split on ，。！？)."""

from __future__ import annotations

import threading

_converter = None
_lock = threading.Lock()


def _opencc():
    global _converter
    if _converter is None:
        with _lock:
            if _converter is None:
                import opencc

                _converter = opencc.OpenCC("t2s")
    return _converter


def to_simplified(text: str) -> str:
    return _opencc().convert(text) if text else text


def simplified_pair(title: str, text: str) -> tuple[str, str, bool]:
    """(title, text) in simplified characters, and whether anything was converted."""
    new_title, new_text = to_simplified(title), to_simplified(text)
    return new_title, new_text, (new_title != title or new_text != text)
