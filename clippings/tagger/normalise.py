"""Text as the tagger's lexicon and model expect it: 繁体 (Hong Kong / Taiwan pages, reposts) turned
into simplified characters with OpenCC's phrase-aware ``t2s`` conversion, so 執法人員態度惡劣 meets
the same rules as 执法人员态度恶劣. Punctuation is left alone (the rules split on ，。！？).

A 留言's official reply (appended to the archived text as ``【单位回复】…`` by the board parser) is
not the writer's view: :func:`without_official_reply` cuts it off before tagging.

Nor is the outlet's closing boilerplate (对此事，您怎么看？欢迎留言…, 新闻热线, 本报将持续关注, （来源：…）,
责任编辑：…): the model reads an article's last sentences, where a forum post gives its verdict, and a
news page's sign-off would stand in for it. :func:`without_closing_lines` cuts such closing lines."""

from __future__ import annotations

import re
import threading

_OFFICIAL_REPLY = re.compile(r"\n【[^】\n]{0,30}(?:回复|答复)】")
# A reply quoted inside the page (留言板/问政 pages, reposts): at a sentence or line start, optionally after
# "…回复：", a greeting to the writer (网友您好，) or the bureau's stock thanks (感谢您对…的关心).
REPLY_OPENING = (r"(?:[^。！？!?\n]{0,20}(?:回复|答复)(?:内容|如下)?[:：]\s*)?"
                 r"(?:(?:尊敬的)?(?:网友|市民|网民|群众|先生|女士)?(?:您|你)好[，,！!：:。]"
                 r"|(?:非常|十分)?感谢(?:您|你|网友|市民|广大市民)对)")
_INLINE_REPLY = re.compile(r"(?<=[。！？!?\n])\s*" + REPLY_OPENING)
_CLOSING = re.compile(
    r"(?:您|你|大家)(?:怎么|如何)看|欢迎[^。！？!?\n]{0,20}(?:留言|评论|讨论|爆料|报料|反映)|(?:新闻|报料|爆料)热线|"
    r"^[（(]?(?:来源|稿源|编辑|责任编辑|责编|审核|校对)[:：]|^本(?:报|网|台|刊)将(?:持续|继续)关注")
_SENTENCE_END = re.compile(r"[。！？!?\n]")

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
    """The writer's own text, and whether an appended official reply was cut off: the board parser's
    ``【单位回复】`` or, after the writer's first sentence, a reply opening (网友您好，/感谢您对…). A text that
    *starts* with a reply is kept whole (the rules read it as a routine reply)."""
    m = _OFFICIAL_REPLY.search(text or "") or _INLINE_REPLY.search(text or "")
    if m and text[:m.start()].strip():
        return text[:m.start()], True
    return text, False


def without_closing_lines(text: str, most: int = 5) -> tuple[str, bool]:
    """The text without up to ``most`` closing sentences of outlet boilerplate, and whether any was cut."""
    cut = False
    for _ in range(most):
        body = text.rstrip()
        # the last sentence: after the last sentence end that is not the final character
        window = max(0, len(body) - 300)   # closing lines are short: look at the end only
        ends = [m.end() for m in _SENTENCE_END.finditer(body, window, max(0, len(body) - 1))]
        start = ends[-1] if ends else 0
        last = body[start:].strip()
        if not last or start == 0 or not _CLOSING.search(last):
            break
        text, cut = body[:start].rstrip(), True
    return text, cut
