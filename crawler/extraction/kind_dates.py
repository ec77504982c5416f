"""Dates a kind of page gives apart from its byline: an e-paper's issue date in its masthead, a Q&A page's
question time in its state blob or its microdata. ``published`` weighs them with the others."""
from __future__ import annotations

import re
from collections import deque

from lxml import etree

from .dates import iter_dates, parse_with_precision
from .script_dates import date_plausible


# an e-paper (数字报) page: page numbers (第03版) and the issue navigation (上一期, 版面导航)
_EDITION_PAGE = re.compile(r"第\s*[0-9A-Z]{1,3}\s*版|(?<![A-Za-z0-9])[A-Z]\d{1,2}\s*版|上一版|下一版")
_EDITION_NAV = re.compile(r"上一期|下一期|往期|版面导航|过往期刊|报纸检索")


def edition_date(blocks, now):
    """An e-paper article often carries no date of its own: its date is the issue's, printed in the
    masthead (``2026年11月19日 星期四``). Taken only on pages with the issue navigation, where the
    masthead date is not today's date as on a portal's header."""
    head = [b.text for b in blocks[:400] if len(b.text) <= 60]
    if not any(_EDITION_PAGE.search(t) for t in head) or not any(_EDITION_NAV.search(t) for t in head):
        return None
    for b in blocks[:400]:
        if len(b.text) > 60 or b.link_len > 0.5 * len(b.text):
            continue   # (a past issue's date is a link: 往期 2026年11月14日)
        for dm in iter_dates(b.text, now, allow_noyear=False):
            if dm.kind != "relative" and date_plausible(dm.dt, now):
                return dm.dt
    return None


def question_date(root, url: str, now):
    """A Q&A page's question time from its state blob's record of the question, or its microdata
    (``itemtype=…/Question`` and its own ``dateCreated``, not an answer's inside it), unless the
    address names one answer (an answer page's time is that answer's). Read before
    ``visibility.clean`` drops the <meta> elements."""
    if "/answer/" in (url or ""):
        return None
    if (state := _state_question_date(root, url, now)) is not None:
        return state   # (the question's own record, keyed by the id the address names)
    for q in (el for el in root.iter(etree.Element) if "/Question" in (el.get("itemtype") or "")):   # (a walk: faster
        # than XPath's "//*[contains(@itemtype, …)]")
        if (q.get("itemtype") or "").endswith("/Question"):
            stack = deque(q)
            while stack:
                el = stack.popleft()
                if not isinstance(el.tag, str) or el.get("itemscope") is not None:
                    continue   # (an answer's or an author's own scope)
                if el.tag == "meta" and el.get("itemprop") == "dateCreated":
                    dt, _ = parse_with_precision(el.get("content") or "", now)
                    return dt if dt is not None and date_plausible(dt, now) else None
                stack.extend(el)
            return None
    return None


# the question in a Q&A site's state blob (知乎's js-initialData: "questions": {"<id>": {…, "created": 1715863634}})
_STATE_QUESTION = re.compile(r'"questions"\s*:\s*\{\s*"(\d{4,20})"\s*:\s*\{')
_CREATED = re.compile(r'"created"\s*:\s*(\d{10}|\d{13})(?!\d)')


def _state_question_date(root, url: str, now):
    """The question's own "created" epoch in the page's state blob, when the address names that question
    (/question/<id>): at the question's own level, not an author's or a topic's inside it."""
    qid = re.search(r"/question/(\d{4,20})(?:[/?#]|$)", url or "")
    if qid is None:
        return None
    for script in root.iter("script"):
        src = script.text or ""
        m = _STATE_QUESTION.search(src) if '"questions"' in src else None
        if m is None or m.group(1) != qid.group(1):
            continue
        depth, i = 0, m.end()
        for c in _CREATED.finditer(src, m.end(), m.end() + 20_000):
            depth += src.count("{", i, c.start()) - src.count("}", i, c.start())
            i = c.start()
            if depth < 0:
                break   # (past the question's object)
            if depth == 0:
                v = int(c.group(1))
                dt, _ = parse_with_precision(str(v // 1000 if v > 10**12 else v), now)
                return dt if dt is not None and date_plausible(dt, now) else None
        return None
    return None
