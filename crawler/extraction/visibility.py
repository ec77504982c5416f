"""What a reader never sees: scripts, styles, comments, form controls and elements hidden by style
are removed before the page is read, except a folded article's rest (or a whole text hidden behind
its cut preview), a slide viewer's hidden slides, a tab's hidden pane,
a script-built page's <noscript> fallback, which a reader opens or is shown, and a read-only text
box's words (a letter shown in a <textarea readonly>)."""
from __future__ import annotations

import re

from lxml import etree

from .dom import DROP_TAGS, SENTENCE_END, text_longer


def _hidden(el) -> bool:
    st = el.get("style")
    if st and "none" in st:
        s = st.replace(" ", "").lower()
        if "display:none" in s or "visibility:hidden" in s:
            return True
    return el.get("hidden") is not None


# A control that shows the rest of a folded article ("展开全文"): the hidden part is the article's.
_EXPAND = re.compile("展开全文|阅读全文|查看全文|展开剩余|继续阅读|點擊展開|展開全文|閱讀全文")


def _collapsed_rest(el) -> bool:
    """A hidden block of paragraphs right after the visible ones of the same container: the folded
    rest of an article, which a reader opens with one click (its text is the article's)."""
    prev = el.getprevious()
    if prev is None or prev.tag != "p" or el.tag not in ("div", "section", "span"):
        return False
    prose = sum(len("".join(p.itertext())) for p in el.iterfind(".//p"))
    if prose < 80:
        return False
    parent = el.getparent()
    scope = parent.getparent() if parent is not None and parent.getparent() is not None else parent
    return any(_EXPAND.search(t) for t in scope.itertext(with_tail=True) if len(t) < 40)


def _brief_of(el):
    """The visible preview of a hidden full text, right before it ("…收到您的反映后…" + "展开全文", the
    whole reply hidden): the preview's element (a cut copy, dropped), or None."""
    prev = el.getprevious()
    if prev is None or not isinstance(prev.tag, str) or len(prev) > 3:
        return None
    shown = "".join(prev.itertext()).strip()
    if len(shown) < 20 or "…" not in shown and "..." not in shown:
        return None   # (too short, or no cut mark anywhere: the pattern would find neither)
    brief = _UNFOLD_LINK.sub("", shown)   # (its "...展开全文" link, an icon's glyph after it)
    if len(brief) < 20 or len(brief) > 400 or not brief.endswith(("…", "...")):
        return None
    head = _NO_SPACE.sub("", brief.rstrip(".…"))[:60]
    full = _NO_SPACE.sub("", "".join(el.itertext()))
    return prev if len(full) > len(head) and full.startswith(head) else None


_NO_SPACE = re.compile(r"\s+")
_FOLD_LINK = re.compile(r"^(?:收起全文|收起|收起全部|收合全文)\s*\S?$")
_UNFOLD_LINK = re.compile(r"(?<=[.…])\s*(?:展开全文|展開全文|全文)\s*\S?$")


def _first_class(el) -> str:
    return (el.get("class") or "").split(" ", 1)[0]


def _hidden_slide(el) -> bool:
    """A picture of a slide viewer (组图): one slide shown, the others hidden until clicked, each a
    picture with its caption, alike in tag and class (their captions are the article's text)."""
    parent = el.getparent()
    if parent is None or el.tag not in ("li", "div", "figure", "section", "dd") or el.find(".//img") is None:
        return False
    kind = _first_class(el)   # (the shown slide's class adds a state word: "slide on", "item active")
    slides = [c for c in parent if c.tag == el.tag and _first_class(c) == kind]
    return len(slides) >= 3 and any(not _hidden(c) and c.find(".//img") is not None for c in slides) \
        and not text_longer(el, 400)


def _hidden_tab(el, targets: set) -> bool:
    """A tab's pane hidden until its tab is clicked: an element named by an in-page link ("#tab2" of a
    tab bar) beside a visible pane of the same class (its text is the page's)."""
    ident = el.get("id")
    if not ident or ident not in targets:
        return False
    parent = el.getparent()
    kind = _first_class(el)
    return parent is not None and any(c is not el and c.tag == el.tag and _first_class(c) == kind and not _hidden(c)
                                      for c in parent)


def _shell_fallback(root, noscript) -> bool:
    """A script-built page's server-side fallback: a <noscript> holding the page's text (hundreds of
    characters) while everything outside the noscripts is an empty app shell."""
    inside = sum(len(t.strip()) for t in noscript.itertext())
    if inside < 200:
        return False
    body = root.find("body")
    if body is None:
        return False

    def chars(el) -> int:
        return sum(len(t.strip()) for t in el.itertext())

    hidden = sum(chars(el) for el in body.iter("script", "style", "noscript", "template"))
    if chars(body) - hidden < 0.2 * inside:
        return True
    # ... or an app shell around it with link lists (热门推荐) but no sentence of its own
    sentences = len(SENTENCE_END.findall("".join(noscript.itertext())))
    if sentences < 3:
        return False
    outside = body.xpath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or "
                         "ancestor::template or ancestor::a)]")
    return len(SENTENCE_END.findall("".join(outside))) < 0.2 * sentences




# text laid out with its own line breaks (white-space: pre-wrap), by class in a stylesheet or inline
_PRE_STYLE = re.compile(r"white-space\s*:\s*pre")


def _pre_rules(css: str):
    """(kind, name) of each rule setting white-space: pre: the ``.name`` or ``#name`` right before the
    "{" of the rule holding it, read back from each setting found (a pattern for the whole rule, run
    over a stylesheet, tries every class of it: a millisecond a long one)."""
    for m in _PRE_STYLE.finditer(css):
        opened = css.rfind("{", 0, m.start())
        if opened < 0 or css.find("}", opened, m.start()) >= 0:
            continue   # (not inside a rule's braces)
        end = opened
        while end > 0 and css[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and (css[start - 1].isalnum() or css[start - 1] in "_-"):
            start -= 1
        if start < end and start > 0 and css[start - 1] in ".#":
            yield css[start - 1], css[start:end]


def _mark_preformatted(root) -> None:
    """Mark (``data-ws="pre"``) the elements whose line breaks a reader sees, for ``segment``."""
    rules = {rule for st in root.iter("style") for rule in _pre_rules(st.text or "")}
    for kind, name in rules:
        found = root.xpath("//*[@id=$n]", n=name) if kind == "#" else \
            root.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), $c)]", c=f" {name} ")
        for el in found:
            el.set("data-ws", "pre")


# centred text by class in a stylesheet (".bm-zt{font-size:24px;text-align:center}": an e-paper's
# 引题, 主题 and 副题 rows)
_CENTRED = re.compile(r"text-align\s*:\s*center")
_STYLE_WORD = re.compile(r"center|bold")
_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d{1,3}(?:\.\d+)?)px")
_LAST_NAME = re.compile(r"([.#])([\w-]+)\s*$")


def _keep_styles(root) -> None:
    """Keep on the root (``data-css``) the stylesheet text that may centre or embolden, read only when
    the headline finder asks (``_style_names``): most pages never do."""
    css = "\n".join(st.text for st in root.iter("style") if st.text and ("center" in st.text or "bold" in st.text))
    if css:
        root.set("data-css", css[:300_000])


def _style_names(root) -> None:
    """The class and id names a rule centres (``data-centred``) or sets in a large bold type
    (``data-big``: 20px or more, bold, an e-paper's 主题 row ".zt{font-size:24px;font-weight:bold}")."""
    css = root.get("data-css")
    if css is None:
        return
    del root.attrib["data-css"]
    centre, big = set(), set()
    seen = -1
    for k in _STYLE_WORD.finditer(css):   # (only the rules that say "center" or "bold": their bodies,
        start = css.rfind("{", 0, k.start())   # then their selectors' last names)
        if start <= seen or start < 0 or css.find("}", start, k.start()) >= 0:
            continue   # (the same rule again, or the word in a selector, outside a body)
        seen = start
        end = css.find("}", k.end())
        body = css[start + 1:end if end >= 0 else len(css)]
        is_centre = "center" in body and _CENTRED.search(body) is not None
        is_big = "bold" in body and (size := _FONT_SIZE.search(body)) is not None and float(size.group(1)) >= 20
        if not (is_centre or is_big):
            continue
        sel = _LAST_NAME.search(css, max(0, css.rfind("}", 0, start) + 1), start)
        if sel is not None:
            if is_centre:
                centre.add(sel.group(1) + sel.group(2))
            if is_big:
                big.add(sel.group(1) + sel.group(2))
    root.set("data-centred", " ".join(sorted(centre)))
    root.set("data-big", " ".join(sorted(big)))


def _named_in(el, attr: str) -> bool:
    root = el.getroottree().getroot()
    _style_names(root)
    rules = root.get(attr)
    if not rules:
        return False
    names = set(rules.split())
    return any("." + c in names for c in (el.get("class") or "").split()) or ("#" + el.get("id", "")) in names


def centred(el) -> bool:
    """The element's text is centred: by its own align / style, or by a class or id rule."""
    if _CENTRED.search(el.get("style") or "") is not None:
        return True
    if el.get("align") is not None:   # (its own alignment outranks a class rule's)
        return el.get("align").lower() == "center"
    return _named_in(el, "data-centred")


def big_bold(el) -> bool:
    """A class or id rule sets the element's text large and bold (a headline's style)."""
    return _named_in(el, "data-big")


def clean(root, fold_links: bool = True) -> None:
    """Remove never-visible elements in place (keeps tails); a folded article's rest stays. Text
    laid out by its line breaks is marked as such first, and the stylesheet's centring and bold rules
    are kept on the root for the headline finder (the <style> elements go)."""
    _mark_preformatted(root)
    _keep_styles(root)
    kill = list(root.iter(etree.Comment, etree.ProcessingInstruction, etree.Entity))
    for el in root.iter(*DROP_TAGS):
        if el.tag == "noscript" and _shell_fallback(root, el):
            continue
        if el.tag == "textarea" and (el.get("readonly") is not None or el.get("disabled") is not None) \
                and len((el.text or "").strip()) >= 20:
            el.tag = "div"   # a read-only box showing a letter's text, its line breaks as typed
            el.set("data-ws", "pre")
            continue
        if el.tag == "input" and el.get("readonly") is not None and el.get("value") \
                and (el.get("type") or "text").lower() == "text":
            el.tag = "span"   # a read-only field showing its value ("申诉时间 [2017-11-03 21:37]")
            el.text = el.get("value")
            continue
        kill.append(el)
    # a full text's "收起全文" link, which folds it again (shown with its icon's glyph: "收起全文d")
    if fold_links:   # (the page's text says whether there is any)
        kill.extend(a for a in root.xpath("//a[contains(., '收起')]") if _FOLD_LINK.match("".join(a.itertext()).strip()))
    targets = None
    for el in [el for el in root.iter(etree.Element) if el.get("style") is not None]:   # (faster than XPath's "//*[@style]")
        if el.tag not in DROP_TAGS and _hidden(el) and not _collapsed_rest(el) and not _hidden_slide(el):
            if el.get("id"):
                if targets is None:   # (the page's in-page link targets, once: "#tab2")
                    targets = {h[1:] for a in root.iter("a") if (h := a.get("href")) and h.startswith("#") and len(h) > 1}
                if _hidden_tab(el, targets):
                    continue
            brief = _brief_of(el)
            kill.append(el if brief is None else brief)   # (a hidden full text: its cut preview goes instead)
        elif "pre" in el.get("style") and _PRE_STYLE.search(el.get("style")):
            el.set("data-ws", "pre")
    for el in kill:
        parent = el.getparent()
        if parent is None:
            continue
        tail = el.tail
        if tail and tail.strip():
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(el)
