"""HTML parsing, cleanup and block segmentation (lxml only)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .markup import read_as_html
from .noise_classes import noise_kind

# Sentence punctuation: prose has it, bylines and navigation mostly do not.
SENT_PUNCT = re.compile(r"[，。！？；,!?;]")
SENTENCE_END = re.compile(r"[。！？!?]")

MAX_CHARS = 2_000_000  # decoded characters parsed; the rest of a huge page is dropped
MAX_BLOCKS = 20_000    # text blocks kept per page (bounds the time spent on pathological pages)

# Removed before anything else (never visible text).
DROP_TAGS = {"script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "select",
             "option", "textarea", "button", "input", "link", "meta", "head", "map", "audio", "video", "source",
             "math", "frameset", "frame", "dialog"}
BLOCK_TAGS = {"p", "div", "section", "article", "main", "td", "th", "tr", "table", "tbody", "thead", "tfoot",
              "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
              "center", "form", "header", "footer", "nav", "aside", "figure", "figcaption", "hr", "body", "html",
              "address", "fieldset", "legend", "caption", "details", "summary", "menu", "hgroup", "noframes", "marquee"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

_POST_BODY = re.compile(r"post_?content|postbody|post-body|post_?message|message_?text|message-text", re.I)   # a <blockquote> holding a post's own words

# sentence punctuation (label colons, dots in "X3.4", pipes do not make a line prose)
CJK_PUNCT = set("，。！？；、“”‘’（）《》…—,;!?()")
_FULL_STOP = re.compile("[。！？!?]")
_PUNCT_RE = re.compile("[" + re.escape("".join(sorted(CJK_PUNCT))) + "]")


@dataclass(slots=True)
class Block:
    text: str
    link_len: int
    owner: object  # lxml element: nearest block-level ancestor
    noise: bool    # inside a navigation/boilerplate container (news rules)
    tag: str       # owner tag
    index: int = 0
    punct: int = 0
    score: float = 0.0
    extra: dict = field(default_factory=dict)
    noise_forum: bool = False  # same, with comment/reply containers not counted as noise
    quoted: bool = False       # inside a quoted earlier post (Discuz div.quote): not the reply's own words
    bq: bool = False           # inside a <blockquote>: a quote, unless the post has no other text (old boards)

    @property
    def nonlink(self) -> int:
        return len(self.text) - self.link_len


def _post_body(blockquote) -> bool:
    """A <blockquote> that holds a post's own words: classed so (vBulletin's "postcontent"), or
    wrapping the element so classed (Dvbbs 8: <blockquote><table class="postcontent">)."""
    cls = blockquote.get("class")
    if cls and _POST_BODY.search(cls):
        return True
    first = blockquote[0] if len(blockquote) else None
    return first is not None and not (blockquote.text or "").strip() and bool(_POST_BODY.search(first.get("class") or ""))


def parse(text: str, raw: bytes | None = None):
    """Parse decoded HTML into an lxml root element; None when nothing usable. ``raw``: the page's
    bytes when ``text`` is all of them read as strict UTF-8; lxml then reads them as they are (the
    same tree, without converting the text back for libxml2)."""
    if not text or text.isspace():   # (not text.strip(): a copy of the page)
        return None
    if len(text) > MAX_CHARS:
        text, raw = text[:MAX_CHARS], None
    # lxml refuses str input that carries an encoding declaration
    if "<?xml" in text[:500]:
        text, raw = re.sub(r"^\s*<\?xml[^>]*\?>", "", text[:500]) + text[500:], None
    if "\x00" in text:
        text, raw = text.replace("\x00", ""), None
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                              huge_tree=True, default_doctype=False, encoding="utf-8" if raw is not None else None)
    try:
        root = etree.fromstring(raw if raw is not None else text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, TypeError):
        return None
    except Exception:
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    read_as_html(root, text)
    return root


def holds_word(text: str, word: str) -> bool:
    """``word in text``, by finding the word's first character and comparing there: on a long page a
    search for one character is several times faster than for two Chinese ones (0.02 against 0.1 ms)
    or for a word led by a rare one ("@type"); a word led by a common letter is faster with ``in``."""
    at = text.find(word[0])
    while at >= 0:
        if text.startswith(word, at):
            return True
        at = text.find(word[0], at + 1)
    return False


def norm_ws(s: str) -> str:
    return " ".join(s.split())   # (str.split's whitespace is the pattern's \s: the same, faster)


# Word wraps its source lines anywhere, inside a word too ("关\n于做好…", "江城管委\n办〔2023〕5号"): a
# space between two Chinese characters of a Word-saved notice's head is no space of its text
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def unwrapped(s: str) -> str:
    return _WRAP_SPACE.sub("", s)


def use_forum_noise(blocks: list[Block]) -> None:
    for b in blocks:
        b.noise = b.noise_forum


# a stamp's day (with its weekday) and its clock, which a timeline may print on two lines
DAY_TEXT = r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*(?:星期|周)[一二三四五六日天])?"
CLOCK_TEXT = r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?"
CLOCK_12_TEXT = CLOCK_TEXT + r"(?:\s*[AaPp][Mm])?"   # (or on a 12-hour clock: "7:42 PM")
_DAY_ONLY = re.compile("^" + DAY_TEXT + "$")
_CLOCK_ONLY = re.compile("^" + CLOCK_TEXT + "$")
# a press release's close: "2013年5月16日（星期四）" over "香港時間16時30分"
_ZONE_CLOCK = re.compile(r"^[\u4e00-\u9fff]{2}時間\s*[0-2]?\d時[0-5]\d分$")
_DAY_WEEKDAY = re.compile(r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*(?:[（(](?:星期|週)[一二三四五六日天][)）])?$")


def page_wrappers(blocks: list[Block]) -> frozenset:
    """The elements that make the whole page noise by their class alone: an app's share page whose
    root is classed "h5-share", a layout's "side-wrap" around everything. When no paragraph of the
    page is left, the noise-classed element around its longest paragraph that holds nine tenths of
    its text is the page's wrapper: a share bar, a side column or a feed is a part of a page. So is
    one that holds every sentence of the page and a comment stream (a video page's side column)."""
    total = sum(len(b.text) for b in blocks)
    if total < 200 or any(not b.noise and b.punct >= 2 and b.nonlink >= 30 for b in blocks):
        return frozenset()   # (some prose is the page's own: the noise is beside it)
    longest = max(blocks, key=lambda b: b.nonlink if b.punct >= 2 else 0)
    if longest.punct < 2 or longest.nonlink < 30:
        return frozenset()
    out = []
    for el in longest.owner.iterancestors():
        if el.tag in ("body", "html"):
            break
        if el.tag not in ("nav", "footer", "aside") and el.get("role") is None and noise_kind(el) == 1:
            out.append(el)
    if not out:
        return frozenset()
    top = out[-1]
    within = [b for b in blocks if b.owner is top or any(a is top for a in b.owner.iterancestors())]
    if sum(len(b.text) for b in within) >= 0.9 * total:
        return frozenset(out)
    # (a video page's "side" column around its description and its comment stream: no sentence outside
    # it, the feed beside it headlines only, the footer a copyright line)
    ins = {b.index for b in within}
    if any(b.index not in ins for b in blocks if b.punct >= 2 and b.nonlink >= 30 and _FULL_STOP.search(b.text)):
        return frozenset()
    return frozenset(out) if any(noise_kind(el) == 2 for el in top.iter(etree.Element)) else frozenset()


def segment(root, forum: bool = False, wrappers: frozenset = frozenset()) -> list[Block]:
    """Split the document into text blocks (runs of inline text between block boundaries).

    ``wrappers``: elements whose boilerplate class names the page's own wrapper (see
    ``page_wrappers``): not noise."""
    blocks: list[Block] = []
    pieces: list[str] = []
    link_len = 0
    link_texts: list[str] = []   # (in preformatted text: which of its lines the links are in)
    owners = [root]
    noises = [False]
    fnoises = [False]
    quotes = [0]   # 2: in a quote box (div.quote); 1: in a <blockquote> only
    link_depth = 0
    pre_depth = 0
    ruled = False   # an <hr> since the last block: the next one is marked extra["ruled"]
    punct_findall, block_tags = _PUNCT_RE.findall, BLOCK_TAGS

    def flush():
        nonlocal pieces, link_len, ruled, link_texts
        raw = "".join(pieces)
        pieces = []
        links, link_len = link_len, 0
        texts, link_texts = link_texts, []
        # preformatted text keeps its lines (each with the links inside it)
        split = pre_depth and "\n" in raw
        for part in (raw.split("\n") if split else (raw,)):
            t = " ".join(part.split())
            if not t:
                continue
            owner = owners[-1]
            if blocks and (len(t) <= 8 and ":" in t and _CLOCK_ONLY.match(t) and _DAY_ONLY.match(blocks[-1].text)
                           or len(t) <= 12 and "時間" in t and _ZONE_CLOCK.match(t) and _DAY_WEEKDAY.match(blocks[-1].text)) \
                    and blocks[-1].owner.getparent() is owner.getparent():
                blocks[-1].text += " " + t   # a stamp printed on two lines: "2016-11-03" / "20:15"
                continue
            linked = sum(len(x) for x in texts if x in t) if split else links
            b = Block(t, min(linked, len(t)), owner, fnoises[-1] if forum else noises[-1], owner.tag)
            b.noise_forum = fnoises[-1]
            b.quoted = quotes[-1] == 2
            b.bq = quotes[-1] == 1
            b.index = len(blocks)
            b.punct = len(punct_findall(t))
            if ruled:
                b.extra["ruled"] = True
                ruled = False
            blocks.append(b)

    for ev, el in etree.iterwalk(root, events=("start", "end"), tag=etree.Element):   # (elements only: a
        tag = el.tag   # comment's or an entity's text and tail are never read)
        if ev == "start":
            if tag in block_tags:
                if pieces:
                    flush()
                    if len(blocks) >= MAX_BLOCKS:
                        break
                if tag == "pre" or el.get("data-ws"):   # (white-space: pre-wrap, marked by visibility.clean)
                    pre_depth += 1
                elif tag == "hr":
                    ruled = True
                owners.append(el)
                k = noise_kind(el) if not (wrappers and el in wrappers) else 0
                noises.append(noises[-1] or k == 1 or k == 2)
                fnoises.append(fnoises[-1] or k == 1)
                q = quotes[-1]
                if q < 2 and (k == 3 or tag == "blockquote"):
                    body = tag == "blockquote" and _post_body(el)   # (a post's own words in a blockquote, whatever
                    q = max(q, 0 if body else 2 if k == 3 else 1)   # else its class says: XenForo's "messageText
                quotes.append(q)   # SelectQuoteContainer")
            elif tag == "br":
                if pieces:
                    flush()
                    if len(blocks) >= MAX_BLOCKS:
                        break
            elif tag == "a":
                link_depth += 1
            text = el.text
            if text and (pieces or pre_depth or not text.isspace()):   # (a run opened by white space alone
                # makes no block: not started)
                if pieces and text[0].isdigit() and pieces[-1][-1:].isdigit():
                    pieces.append(" ")   # "云溪新人2026" + "2026-11-09 11:18" in two spans: two numbers
                pieces.append(text)
                if link_depth:
                    link_len += len(text.strip())
                    if pre_depth:
                        link_texts.append(text.strip())
        else:
            if tag in block_tags:
                if pieces:
                    flush()
                    if len(blocks) >= MAX_BLOCKS:
                        break
                if tag == "pre" or el.get("data-ws"):
                    pre_depth = max(0, pre_depth - 1)
                owners.pop()
                noises.pop()
                fnoises.pop()
                quotes.pop()
            elif tag == "a":
                link_depth = max(0, link_depth - 1)
            tail = el.tail
            if tail and (pieces or pre_depth or not tail.isspace()):
                if pieces and tail[0].isdigit() and pieces[-1][-1:].isdigit():
                    pieces.append(" ")
                pieces.append(tail)
                if link_depth:
                    link_len += len(tail.strip())
                    if pre_depth:
                        link_texts.append(tail.strip())
    else:
        if pieces:
            flush()
    return blocks[:MAX_BLOCKS]


def text_content(el) -> str:
    """All text inside ``el`` (like lxml.html's text_content, for plain etree elements)."""
    try:
        return "".join(el.itertext())
    except Exception:
        return ""


def text_longer(el, n: int) -> bool:
    """More than ``n`` non-space characters of text in ``el``, read only as far as needed."""
    seen = 0
    for piece in el.itertext():
        seen += len(piece) - piece.count(" ") - piece.count("\n") - piece.count("\t") - piece.count("\r") \
            - piece.count("\xa0") - piece.count("\u3000")
        if seen > n:
            return True
    return False


def text_of(el) -> str:
    return norm_ws(text_content(el))


def ancestors_inclusive(el):
    while el is not None:
        yield el
        el = el.getparent()


def data_row(el) -> bool:
    """A row of a data table (a 执法公示 table: number, 文号, party, act, basis, decision, date): four
    cells or more, few of them links. A dated list of headlines laid out in a table has two or three."""
    if el is None or el.tag != "tr":
        return False
    cells = [c for c in el if c.tag in ("td", "th")]
    if len(cells) < 4:
        return False
    text = sum(len(t.strip()) for t in el.itertext())
    links = sum(len(t.strip()) for a in el.iter("a") for t in a.itertext())
    return links < 0.3 * text
