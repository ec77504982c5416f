"""Extractive summaries of at most ~120 characters for briefing items.

Sentences are scored by their salient words (segmented with the shared jieba segmenter):
words that recur in the text or appear in the title weigh more, the bureau's names, topic
keywords and districts weigh most; earlier sentences get a small bonus. Bylines and source
lines (来源/记者/编辑/通讯员…) are dropped. The best sentences are kept in text order.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from clippings import bylines as B

MAX_CHARS = 120
_TEXT_LIMIT = 4000  # only the start of long texts is read: the lead carries the story

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?[”’」』）)]*")
_BOILERPLATE = re.compile(
    r"^\s*[（(【\[]?\s*(" + B.alternation(B.SOURCE, B.REPOST, B.ORIGINAL_TITLE, B.AUTHOR, B.EDITOR, B.REVIEW)
    + r"|来自|记者|本报记者|通讯员|摄影|摄|图|图片|图片来源|文字|视频|出品)\s*[:：/|]"
    r"|(本文来源|转载请注明|版权所有|免责声明|点击(查看|进入|阅读)|扫码|扫一扫|长按识别|关注我们|原文链接"
    r"|阅读原文|上一篇|下一篇|分享到|打印本页|关闭窗口|欢迎(广大)?(读者|网友)|新闻热线|报料|Powered by)"
)
_SHORT_SOURCE_LINE = re.compile(r"^\s*(来源|转自|来自|摘自|原载|原文)[^。！？]{0,24}[:：]?\s*$")
_TAGS = re.compile(r"^\s*(?:[\[【〔［][^\]】〕］]{1,8}[\]】〕］]\s*)+")
_ENDS = re.compile(r"[。！？!?；;…”’」』）)]$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NOT_WORD = re.compile(r"[\W_]+")
_BYLINE = re.compile(r"(记者|通讯员)\s*\S{1,12}\s*(报道|摄|讯)")
_LEADING_DATELINE = re.compile(
    r"^(?:(?:本报|本网|本台)讯|\S{0,16}?[讯电])\s*(?:[（(][^）)]{0,30}(?:记者|通讯员)[^）)]{0,30}[）)])\s*"
    r"|^(?:本报|本网|本台)讯\s*"
)
_STOPWORDS = frozenset(
    "的 了 在 是 和 与 及 或 等 对 将 把 被 也 就 都 而 又 并 但 从 向 到 为 以 于 由 这 那 其 之 该 此 一个 我们 他们"
    " 记者 表示 进行 相关 目前 通过 已经 没有 一些 这些 可以 如果 因为 所以 今天 今年 昨天 日前 近日 据悉 据了解"
    " 工作 有关 方面 情况 问题 时间 一起 一名 一位 自己 这个 这样 还是 以及 同时 其中 不过 然后".split()
)


def _clean(text: str) -> str:
    text = text.replace("\u3000", " ").replace("\xa0", " ")
    return re.sub(r"[ \t]+", " ", text)


def _key(text: str) -> str:
    return _NOT_WORD.sub("", _TAGS.sub("", text))


def split_sentences(text: str, title: str = "") -> list[str]:
    """Sentences of ``text`` without bylines, source lines, repeated titles and page furniture."""
    out: list[str] = []
    seen: set[str] = set()
    title_key = _key(title)
    for line in _clean(text[:_TEXT_LIMIT]).splitlines():
        line = _TAGS.sub("", line.strip())
        if not line or _BOILERPLATE.search(line) or _SHORT_SOURCE_LINE.match(line):
            continue
        if title_key and len(title_key) >= 6 and title_key in _key(line) and len(_key(line)) <= len(title_key) + 12:
            continue                      # the headline repeated in the body (forums, reposts)
        for m in _SENTENCE.finditer(line):
            s = m.group(0).strip()
            if len(s) < 6 or s in seen or len(_CJK.findall(s)) < 4 or _BOILERPLATE.search(s):
                continue
            if _BYLINE.search(s) and len(s) < 30:
                continue
            if not _ENDS.search(s) and len(s) < 30 and "，" not in s:
                continue                  # a subheading, not a sentence
            seen.add(s)
            out.append(s)
    return out


def _salient_words(profile) -> frozenset[str]:
    if profile is None:
        return frozenset()
    words = {profile.name, profile.short_name, *profile.aliases, *profile.topic_terms}
    for topic in profile.topics:
        words.update(topic.keywords)
    for district in profile.districts:
        words.update([district.name, *district.aliases, *district.streets])
    return frozenset(w for w in words if w and len(w) > 1)


class Summarizer:
    """Reusable across items: holds the segmenter and the bureau's salient words."""

    def __init__(self, profile=None, segmenter=None, max_chars: int = MAX_CHARS):
        if segmenter is None:
            from clippings.segment import get_segmenter

            segmenter = get_segmenter(profile)
        self.seg = segmenter
        self.salient = _salient_words(profile)
        self.max_chars = max_chars

    def _words(self, text: str) -> list[str]:
        return [w for w in self.seg.words(text) if len(w) > 1 and w not in _STOPWORDS and not w.isdigit()]

    def summarize(self, title: str | None, text: str | None) -> str:
        title = (title or "").strip()
        sentences = split_sentences(text or "", title)
        if not sentences:
            return ""                     # nothing beyond the title: the title says it all
        if sum(len(s) for s in sentences) <= self.max_chars:
            return _strip_dateline(_join(sentences))
        words_per = [self._words(s) for s in sentences]
        tf = Counter(w for ws in words_per for w in set(ws))
        title_words = set(self._words(title))
        scores = []
        for i, (s, ws) in enumerate(zip(sentences, words_per)):
            uniq = set(ws)
            if not uniq:
                scores.append(0.0)
                continue
            weight = 0.0
            for w in uniq:
                weight += 0.2 + math.log(tf[w])      # recurring words carry the story
                if w in title_words:
                    weight += 2.0
                if w in self.salient:
                    weight += 3.0
            density = weight / math.sqrt(len(uniq) + 4)
            position = 1.0 / (1 + i)      # the lead matters, but is not taken blindly
            scores.append(density + position)
        best = max(scores)
        ranked = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
        chosen: list[int] = []
        used = 0
        for i in ranked:
            if chosen and scores[i] < best * 0.5:
                break                     # padding with weak sentences makes the summary worse
            length = len(sentences[i])
            if used + length <= self.max_chars:
                chosen.append(i)
                used += length
            if used >= self.max_chars * 0.8:
                break
        if not chosen:
            return _truncate(_strip_dateline(sentences[ranked[0]]), self.max_chars)
        return _strip_dateline(_join(sentences[i] for i in sorted(chosen)))


def _join(sentences) -> str:
    return "".join(s if _ENDS.search(s) else s + "。" for s in sentences)


def _strip_dateline(text: str) -> str:
    stripped = _LEADING_DATELINE.sub("", text, count=1)
    return stripped if len(stripped) >= 6 else text


def _truncate(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    for mark in "，,；;、":
        pos = cut.rfind(mark)
        if pos >= limit // 2:
            cut = cut[:pos]
            break
    return cut + "…"


def summarize(title: str | None, text: str | None, profile=None) -> str:
    """One-off convenience wrapper around :class:`Summarizer`."""
    return Summarizer(profile).summarize(title, text)
