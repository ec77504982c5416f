"""Posts found by the repetition of their structure: the stamped lines that sit in three or more
same-shaped siblings, one per item, of the largest such group whose items say something in sentences
and are neither teasers (a heading linking elsewhere) nor mostly links (a ranked list of headlines)."""
from __future__ import annotations

import re

from .dom import Block, text_longer
from .item_streams import shape


_SENTENCE_MARK = re.compile(r"[，。！？；]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _says_something(el) -> bool:
    """A run of 12 or more characters, six of them Chinese, with a sentence mark, outside links."""
    for piece in el.xpath(".//text()[not(ancestor::a)]"):
        if len(piece) >= 12 and _SENTENCE_MARK.search(piece) and len(_HAN.findall(piece)) >= 6:
            return True
    return False


def _headline_link(el) -> bool:
    """A teaser's mark: a heading that links to another page ("<h3><a href="/a/1.html">…</a></h3>";
    a post's subject linking to its own anchor, "…#msg4", is no teaser)."""
    for h in el.iter("h2", "h3", "h4", "h5"):
        for a in h.iter("a"):
            href = (a.get("href") or "").strip()
            if href and "#" not in href and not href.startswith("javascript") \
                    and len("".join(a.itertext()).strip()) >= 6 and not _profile_link(a, href):
                return True
    return False


# a poster's name linking to the poster's profile (IP.Board's <h3><span class="author vcard"><a
# href="/user/683-/">name</a>): no teaser's headline
_PROFILE = re.compile(r"user|member|profile|space|author|vcard|uid=", re.I)


def _profile_link(a, href: str) -> bool:
    up = a.getparent()
    return _PROFILE.search(href) is not None or _PROFILE.search(a.get("class") or "") is not None or (
        up is not None and _PROFILE.search(up.get("class") or "") is not None)


def _link_share(el) -> tuple[int, int, int]:
    """(characters of text, of it in links to other pages, and those links) of ``el``: not a
    script's toggle ("[–]"), nor a post's stamp linking to the post itself ("2019-06-03 21:40")."""
    text = sum(len(t.strip()) for t in el.itertext())
    links = [t for a in el.iter("a") if not (a.get("href") or "").startswith(("#", "javascript"))
             and not _STAMP_LINK.fullmatch(t := "".join(a.itertext()).strip())]
    return text, sum(map(len, links)), len(links)


_STAMP_LINK = re.compile(r"[\d\-/: 年月日]{8,19}")


def _mostly_link(el) -> bool:
    """A list entry that is mostly a link to another page (a ranked headline with its time)."""
    text, linked, _ = _link_share(el)
    return text > 0 and linked >= 0.4 * text


def link_list(el) -> bool:
    """A box of links to other pages ("相关留言" and its list) that repeats the posts' shape."""
    text, linked, n = _link_share(el)
    return n >= 3 and linked >= 0.8 * text


def at_least(items, need: int, test) -> bool:
    """``need`` or more of ``items`` pass ``test``: asked only until that is settled either way (each
    ask may read an element's subtree)."""
    left = len(items)
    for x in items:
        left -= 1
        if test(x):
            need -= 1
            if need <= 0:
                return True
        elif need > left:
            return False
    return need <= 0


def repeated_items(stamped: list[Block], levels: int = 12) -> tuple[list[Block], object]:
    """The stamped blocks that sit in three or more different same-shaped siblings (one per item),
    of the largest such group, and the first item's element; ([], None) when there is none. (A
    stamp can sit deep in its post: 贴吧 prints it in a tail list six levels down.)"""
    items: dict = {}
    stamps_in: dict = {}
    for b in stamped:
        el = b.owner
        for _ in range(levels):
            parent = el.getparent()
            if parent is None:
                break
            items.setdefault((parent, shape(el)), {}).setdefault(el, b)
            stamps_in[el] = stamps_in.get(el, 0) + 1
            el = parent
    # the largest group of items that are no teasers (a headline linking elsewhere), preferring one
    # outside related sections whose items hold more than their stamp line (a dated 热帖 list
    # below the posts may be longer than the thread)
    groups = [g for g in items.values() if len(g) >= 3]
    plain = [g for g in groups if at_least(g, len(g) // 2 + 1, lambda el: not _headline_link(el) and not _mostly_link(el))]
    inside = [g for g in plain if at_least(g.items(), len(g) // 2 + 1, lambda item: not item[1].extra.get("section")
                                           and text_longer(item[0], len(item[1].text) + 10))]
    # ... and of those, one whose items say something in sentences (posts), over a listing table's rows
    # (可能相关的主题: a title link, a poster, counts and a last-post stamp in each row)
    # (one stamp or two each: a page's cards holding whole comment lists are no posts)
    said = [g for g in inside if len(g) >= 3 and at_least(g, len(g) // 2 + 1, lambda el: stamps_in[el] <= 2 and _says_something(el))]
    best = max(said or inside or plain, key=len, default={})
    if len(best) < 3:
        return [], None
    order = sorted(best.items(), key=lambda kv: kv[1].index)
    return [b for _, b in order], order[0][0]
