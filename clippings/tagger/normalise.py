"""Text as the tagger's lexicon and model expect it: 繁体 (Hong Kong / Taiwan pages, reposts) turned
into simplified characters with OpenCC's phrase-aware ``t2s`` conversion, so 執法人員態度惡劣 meets
the same rules as 执法人员态度恶劣. Punctuation is left alone (the rules split on ，。！？).

A 留言's official reply (appended to the archived text as ``【单位回复】…`` by the board parser) is
not the writer's view: :func:`without_official_reply` cuts it off before tagging."""

from __future__ import annotations

import re
import threading

_OFFICIAL_REPLY = re.compile(r"\n【[^】\n]{0,30}(?:回复|答复)】")

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


def without_official_reply(text: str) -> tuple[str, bool]:
    """The writer's own text, and whether an appended official reply was cut off."""
    m = _OFFICIAL_REPLY.search(text or "")
    return (text[:m.start()], True) if m else (text, False)
