"""Markup that is not HTML read as the HTML it stands for: custom elements of pages built of web
components (``<msg-head>``, ``<news-body>``), a 小程序 page's ``<view>``/``<text>`` tags, a board's
signature rule drawn as an image. Run on the parsed tree before anything else reads it (``dom.parse``)."""
from __future__ import annotations

import re

from lxml import etree


def read_as_html(root, text: str) -> None:
    """Rename such elements in place; ``text`` (the decoded page) says cheaply whether any are there."""
    if _CUSTOM_TAG.search(text):
        _custom_elements_as_divs(root)
    if _MINIPROGRAM_TAG.search(text):
        _miniprogram_tags_as_html(root)
    if _SIGNATURE_IMAGE.search(text):
        _signature_rules(root)
    _headings_holding_text(root)
    if 'class="spacer"' in text:
        _spacer_parted_rows(root)
    if 'data-time="' in text or "datetime=" in text:
        _labelled_empty_times(root)


_TIME_LABEL_END = re.compile(r"(?:时间|時間|日期)\s*[:：]\s*$")


def _labelled_empty_times(root) -> None:
    """An empty element after a time's label holding the time in its attribute, which the page's
    script prints there (``提问时间：<em class="js-time" data-time="2023-06-18T17:40:00+00:00"></em>``):
    the time, in Beijing time, as its text, as a reader sees it."""
    from .dates import parse_with_precision   # (dates imports nothing of the tree's)

    for el in root.xpath("//*[(@data-time or @datetime) and not(node())]")[:200]:
        prev = el.getprevious()
        before = (prev.tail if prev is not None else el.getparent().text) or ""
        if not before.strip() and prev is not None and isinstance(prev.tag, str):
            before = "".join(prev.itertext())   # (the label in an element of its own: <b>提问时间：</b><em …>)
        if not _TIME_LABEL_END.search(before[-12:]):
            continue
        when, has_time = parse_with_precision(el.get("data-time") or el.get("datetime"))
        if when is not None:
            el.text = when.strftime("%Y-%m-%d %H:%M" if has_time else "%Y-%m-%d")


# "sigline", "sign.gif", "signline.gif": one scan of the page, not three
_SIGNATURE_IMAGE = re.compile(r"sig(?:line|n\.gif|nline\.gif)")
_SENTENCE_ENDS = re.compile(r"[。！？!?]")   # (dom's SENTENCE_END: dom imports this module, so not from there)


def _headings_holding_text(root) -> None:
    """A heading whose first child is the headline and whose other children are sentences (a short
    video's ``<h1><span>title</span><span>description…</span><br>…</h1>``): the first child is the
    heading, the rest the text under it."""
    for h in list(root.iter("h1", "h2")):
        el = h   # (or the one element wrapping all it holds: "<h1><span class=desc>…</span></h1>")
        while len(el) == 1 and el[0].tag in ("span", "div") and not (el.text or "").strip() \
                and not (el[0].tail or "").strip():
            el = el[0]
        if len(el) < 2 or (el.text or "").strip():
            continue
        first = el[0]
        head = "".join(first.itertext()).strip() if isinstance(first.tag, str) else ""
        if first.tag not in ("span", "a", "b", "strong", "em") or not 4 <= len(head) <= 40 or (first.tail or "").strip():
            continue
        rest = "".join("".join(c.itertext()) + (c.tail or "") for c in el[1:] if isinstance(c.tag, str))
        ends = len(_SENTENCE_ENDS.findall(rest))
        if len(rest.strip()) < 40 or ends < 2 and not (ends and len(rest.strip()) >= 60):
            continue
        first.tag, h.tag = h.tag, "div"


_SIGNATURE_RULE = re.compile(r"(?:^|/)(?:sigline|signline|sign)\.gif$", re.I)


def _signature_rules(root) -> None:
    """Dvbbs's signature rule (``<img src="skins/default/sigline.gif">``, 7.1's ``sign.gif``) opens the poster's signature:
    the image and what follows it in its element become a ``<div class="signature">``."""
    for img in list(root.iter("img")):
        parent = img.getparent()
        if parent is None or not _SIGNATURE_RULE.search(img.get("src") or "") \
                or (img.getnext() is None or img.getnext().tag != "br") and "sigline" not in img.get("src"):
            continue   # (a skin's sign.gif only with the signature's line break after it)
        box = etree.Element("div", {"class": "signature"})
        at = parent.index(img)
        for el in list(parent)[at:]:
            box.append(el)   # (each with its tail: the signature's lines after <br>s)
        parent.insert(at, box)


# a 小程序 page saved as HTML: <view> boxes and <text> runs (as the mini-program runtime lays them out)
_MINIPROGRAM_TAG = re.compile(r"<view[\s>]")
_MINIPROGRAM_AS = {"page": "div", "view": "div", "cover-view": "div", "scroll-view": "div", "swiper": "div",
                   "swiper-item": "div", "text": "span", "image": "img", "navigator": "a"}


def _miniprogram_tags_as_html(root) -> None:
    for el in root.iter(*_MINIPROGRAM_AS):
        if el.tag == "text" and any(a.tag == "svg" for a in el.iterancestors()):
            continue   # (an SVG's own <text>)
        if _MINIPROGRAM_AS[el.tag] == "div":
            _as_div(el)
        else:
            el.tag = _MINIPROGRAM_AS[el.tag]


_CUSTOM_TAG = re.compile(r"<[a-zA-Z][a-zA-Z0-9]*-[a-zA-Z0-9-]*[\s/>]")


def _custom_elements_as_divs(root) -> None:
    """Custom elements (``<msg-head>``, ``<news-body>``) become divs classed by their name: pages
    built of web components lay them out as blocks, and the name says what they hold as a class would."""
    for el in root.xpath("//*[contains(local-name(), '-')]"):
        name = el.tag if isinstance(el.tag, str) else ""
        if "-" in name and ":" not in name:
            _as_div(el)


def _as_div(el) -> None:
    """A div classed by the element's own name first (its name says what it holds)."""
    el.set("class", (el.tag + " " + (el.get("class") or "")).strip())
    el.tag = "div"


def _spacer_parted_rows(root) -> None:
    """A table whose posts each take several rows (a header row, the post's row, its tool row), parted by
    an empty spacer row (phpBB 3.0's subsilver2: ``<tr><td class="spacer" colspan="2">``): each run of rows
    between spacers wrapped in a ``<tbody>`` of its own, one element per post, as HTML allows."""
    for table in list(root.iter("table")):
        rows = [r for r in table if r.tag == "tr"]
        spacers = [r for r in rows if len(r) == 1 and r[0].tag == "td" and "spacer" in (r[0].get("class") or "")]
        if len(spacers) < 2:
            continue
        runs, run = [], []
        for r in rows:
            if r in spacers:
                runs.append(run)
                run = []
            else:
                run.append(r)
        runs.append(run)
        if sum(1 for r in runs if 2 <= len(r) <= 4) < 2:
            continue
        for run in runs:
            while run and any(c.tag == "th" for c in run[0]):
                run = run[1:]   # (the table's head row over the first post: "作者 | 内容")
            if 2 <= len(run) <= 4:
                body = etree.Element("tbody", {"class": "post-rows"})
                run[0].addprevious(body)
                for r in run:
                    body.append(r)
