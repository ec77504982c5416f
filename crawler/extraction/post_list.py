"""The post list of a thread page: the sibling elements, one per post, found by repetition of
their structure (same tag and class, most of the page's text, a stamp in each), with the posts laid
out apart (a Q&A page's accepted answer) and without the board's header, page bar or related list.
``crawler.extraction.forum`` reads each post's author, time and text from them."""
from __future__ import annotations

import re
from functools import lru_cache

from . import fields as F
from .attr_dates import tooltip_times   # (a day shown, its minute in a tooltip)
from .dom import Block
from .thread_marks import STAMP as _STAMP
from .message_lines import _BARE_DATE   # (a listed thread's day)
from .post_lines import MOD_ACTION
from .repeated_items import _profile_link, at_least


@lru_cache(maxsize=4096)
def _class_key(name: str) -> str:
    """A class name without its numbering ("post_3", "windowbg" / "windowbg2" alternate), unless
    the number is the name itself: a numbered scheme ("q30", "z07") names every box differently."""
    name = _ALT_PREFIX.sub("", name)   # (ASP.NET's "ItemStyle" / "AlternatingItemStyle", "row" / "altrow",
    # "gvRow" / "gvAltRow")
    folded = _DIGITS.sub("#", _ALT_LETTER.sub("#", name))   # ("rowA" / "rowB" alternate as "row1" / "row2" do)
    if len(folded) - folded.count("#") < 3:
        return name
    return folded


_DIGITS = re.compile(r"\d+")
_ALT_LETTER = re.compile(r"(?<=[a-z]{2})[A-D]$")
_ALT_PREFIX = re.compile(r"^(?:Alternating|alternating|Alternate|alternate|alt[-_]?|Alt)(?=[A-Za-z]{3})|"
                         r"(?<=^[a-z]{2})(?:Alternating|Alternate|Alt)(?=[A-Z][a-z]{2})")
_SENTENCE = re.compile(r"[。！？!?]")


# a mark on the thread owner's or a highlighted post, not a layout of its own ("topic-owner-post")
_OWNER_MARK = re.compile(r"^(?:topic-owner(?:-post)?|(?:is-)?op|owner|(?:post-)?by-op|mine|self|highlight(?:ed)?)$", re.I)


@lru_cache(maxsize=4096)
def _layout_key(cls: str) -> str | None:
    """The key of a class list's first name that is no owner's mark, or None."""
    first = next((c for c in cls.split() if not _OWNER_MARK.match(c)), None)
    return _class_key(first).rstrip("#") if first is not None else None


def _sig(el) -> tuple:
    key = _layout_key(el.get("class") or "")
    if key is not None:
        return el.tag, key
    if el.tag == "table" and not el.get("id"):   # (an old board's tables differ only by their layout)
        return el.tag, "#", el.get("cellspacing"), el.get("cellpadding"), el.get("border")
    return el.tag, "#" + _DIGITS.sub("#", el.get("id") or "")


_ALTERNATING = re.compile(r"^(?:odd|even|alt|alternate|first|last|bg#|row#|is-.*|has-.*|active|selected|clearfix|"
                          r"cf|fl|fr|left|right|on|hover|current)$", re.I)


def _inner_template(el) -> tuple | None:
    """The classes of ``el``'s two or more element children, in order, when each has one (a post's
    own template: head over body), else None."""
    if len(el) < 2 or len(el) > 6:
        return None
    out = []
    for c in el:
        if not isinstance(c.tag, str):
            continue
        cls = c.get("class")
        if not cls:
            return None
        out.append((c.tag, _DIGITS.sub("#", cls)))
    return tuple(out) if len(out) >= 2 else None


def _shared_tokens(el) -> list[str]:
    """Class tokens other than the first one, for grouping siblings whose first class alternates
    (``odd post`` / ``even post``)."""
    cls = (el.get("class") or "").split()
    if len(cls) < 2:
        return []
    out = []
    for c in cls[1:4]:
        c = _DIGITS.sub("#", c)
        if not _ALTERNATING.match(c):
            out.append(c)
    return out


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _link_led(member) -> bool:
    """An item led by a link of ten characters or more to another page (another topic's headline),
    little text before it (a rank number): a teaser, not a post (which opens with its poster's name,
    its stamp or its words)."""
    before = 0
    for el in member.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "a":
            href = (el.get("href") or "").strip()
            text = "".join(el.itertext()).strip()
            if text:
                return len(text) >= 10 and len(_HAN.findall(text)) >= 6 and not _STAMP.search(text) \
                    and bool(href) and "#" not in href and not href.startswith("javascript") \
                    and not _profile_link(el, href) and not F.REPLY_PREFIX.match(text)   # (a post's subject
                # linking to the post itself, "…goto=40713#msg_40713", or a reply's "Re: …")
        elif el is not member:
            before += len((el.text or "").strip())
            if before > 8:
                return False
    return False


def _listing_rows(members: list) -> bool:
    """Rows of a table headed by a row of three or more column heads ("主题 | 查看 | 发表时间"): a
    listing of other topics, laid out one per row, not posts."""
    table = members[0].getparent() if members[0].tag == "tr" else None
    head = next((r for r in table if r.tag == "tr"), None) if table is not None else None
    return head is not None and sum(1 for c in head if c.tag == "th") >= 3


def find_post_group(body, blocks: list[Block], total: dict, lo: dict, hi: dict):
    """The list of post container elements, or []."""
    cands = []
    prefix = [0.0]
    for b in blocks:
        prefix.append(prefix[-1] + (b.score if b.score > 0 else 0.0))
    for parent in total:
        kids = [k for k in parent if isinstance(k.tag, str)]
        if len(kids) < 2:
            continue
        groups: dict = {}
        for k in kids:
            if k.tag in ("p", "span", "a", "br", "img", "b", "strong", "em", "i", "font", "h1", "h2", "h3", "h4",
                         "td", "option"):
                continue
            groups.setdefault(_sig(k), []).append(k)
            for tok in _shared_tokens(k):
                groups.setdefault((k.tag, "~" + tok), []).append(k)
            # (or by what they hold: a message and its reply classed apart, "msg-ask" / "msg-reply", each a
            # "msg-head" over a "msg-body"; not a table's rows, which all share their cells' classes, a notice row too)
            if k.tag != "tr" and (inner := _inner_template(k)) is not None:
                groups.setdefault((k.tag, "^", inner), []).append(k)
        for sig, members in groups.items():
            if len(members) < 2:
                continue
            # (a "相关问题" list below the answers may share their classes: its items are not posts)
            content = {m: prefix[hi[m] + 1] - prefix[lo[m]] for m in members if m in lo
                       and blocks[lo[m]].extra.get("section") != "related"}
            pos = [m for m in members if content.get(m, 0) > 3]
            if len(pos) < 2:
                continue
            multi = sum(1 for m in pos if hi.get(m, -1) - lo.get(m, 0) >= 1)
            if multi * 2 < len(pos):
                continue
            if _listing_rows(members) or len(members) >= 3 and at_least(members, -(-len(members) * 2 // 3), _link_led):
                continue   # (a "看了这篇帖子的人还看了" list: each item led by another topic's linked headline)
            score = sum(content[m] for m in pos)
            depth = sum(1 for _ in parent.iterancestors())
            stamped = sum(1 for m in pos if any(len(b.text) <= 80 and _STAMP.search(b.text)
                                                for b in blocks[lo[m]:hi[m] + 1]) or len(pos) >= 3 and bool(tooltip_times(m)))
            kept = [m for m in members if m not in lo or blocks[lo[m]].extra.get("section") != "related"]
            cands.append((score, len(pos), depth, kept, stamped == len(pos), stamped == 0))
    if not cands:
        return []
    # the post list: among the groups holding most of the content, the one with the most posts,
    # then the most specific (deepest) one; a group with no stamp in any member (a 追问/追答 pair
    # inside an answer) loses to one whose every member carries its own stamp
    top = max(c[0] for c in cands)
    good = [c for c in cands if c[0] >= 0.5 * top]
    if all(c[5] for c in good):
        # the biggest groups carry no stamp at all (a '吧内精彩' list of teasers with summaries):
        # the posts are the biggest group of three or more whose every member carries its own stamp
        stamped = [c for c in cands if c[4] and c[1] >= 3]
        if stamped:
            good = [max(stamped, key=lambda c: c[0])]
    if any(c[4] for c in good):
        good = [c for c in good if not c[5]]
    good.sort(key=lambda c: (c[1], c[2], c[0]), reverse=True)
    found = _trim_unstamped_ends(_with_cousins(good[0][3], total, lo), blocks, lo, hi)
    if found:
        return found
    # the biggest group was the board's boxes (本版热门, 本版精华 with their summaries: nothing left once their
    # unstamped ends are trimmed): the biggest group of three or more whose every member carries its own stamp
    rest = sorted((c for c in cands if c[4] and c[1] >= 3 and c[3] is not good[0][3]), key=lambda c: (c[0], c[1]), reverse=True)
    return _trim_unstamped_ends(_with_cousins(rest[0][3], total, lo), blocks, lo, hi) if rest else []


_MOD_ACTION = re.compile(MOD_ACTION + r"\S{0,4}|"
                         r"(?:最后|最後)(?:回复|回覆|发表|發表)(?:于|於|时间|時間)?\s*[:：]?\s*(?:\S{1,20}?\s*(?:于|於)\s*|\S{1,20}\s+(?=\d))?\S{6,12}(?:,?\s*[0-2]?\d:[0-5]\d(?::\d\d)?(?:\s*[AaPp][Mm])?)?")   # (the thread's
# last reply: "本主题共 7 帖 页: [1] 最后回复: 2008-5-19, 22:08:44 由 X")


_ONLINE = re.compile(r"^(?:当前在线|目前在线|在线用户|當前在線|目前在線|當前共有|当前共有\s*\d+\s*人在线)")


def _trim_unstamped_ends(members: list, blocks: list[Block], lo: dict, hi: dict) -> list:
    """A list of stamped posts whose first or last sibling carries no stamp and little text: the
    board's header ("共 45 条留言") or page bar, laid out like the posts, not a post."""
    def stamped(m) -> bool:   # (a moderator's action is no post's stamp: "本主题由 阿木 于 <time> 加入精华")
        return m in lo and any(len(b.text) <= 120 and _STAMP.search(_MOD_ACTION.sub("", b.text)) and
                               (len(b.text) <= 80 or _MOD_ACTION.search(b.text)) for b in blocks[lo[m]:hi[m] + 1])

    def headed(m) -> bool:   # the thread's header row: "* 帖子主题：… 本主题由 … 加入精华", the board's crumbs
        return m in lo and (F.TITLE_LABEL_RE.match(blocks[lo[m]].text) is not None
                            or len(blocks[lo[m]].text) <= 80 and (F.is_boilerplate(blocks[lo[m]].text)
                                                                  or _MOD_ACTION.match(blocks[lo[m]].text) is not None))
        # (or a moderator's action over the thread's counters: "本主题由 X 于 <time> 设置为精华主题")

    def short(m) -> bool:
        return m not in lo or sum(len(b.text) for b in blocks[lo[m]:hi[m] + 1]) < 80

    def listing(m) -> bool:   # a list of links laid out like the posts (a '最新主题' table below them)
        if m not in lo:
            return False
        mblocks = blocks[lo[m]:hi[m] + 1]
        if sum(1 for b in mblocks if b.link_len) < 5:
            return False
        # mostly links, or a dated row per link (topic, author, date), where a post has one stamp
        return sum(b.link_len for b in mblocks) > 0.5 * sum(len(b.text) for b in mblocks) or \
            sum(1 for i, b in enumerate(mblocks) if len(b.text) <= 80 and (_STAMP.search(b.text) or (
                i and _BARE_DATE.match(b.text) and mblocks[i - 1].link_len >= 0.5 * len(mblocks[i - 1].text)))) >= 5
        # (a listed thread's bare day after its link: "[民生] 临渡区… | 2008-5-16")

    def online(m) -> bool:   # who is online ("当前在线 58 人，其中注册用户 18 人…" and their names)
        return m in lo and _ONLINE.match(blocks[lo[m]].text) is not None

    def wordless(m) -> bool:   # no sentence: the board's navigation, who is online, a login box
        return m not in lo or not any(_SENTENCE.search(b.text) for b in blocks[lo[m]:hi[m] + 1])

    marks = [stamped(m) for m in members]
    if sum(marks) < 3:
        return members
    few = sum(marks) < 0.5 * len(members)   # (an old board's every box shares the posts' table class)
    a, z = 0, len(members)
    while a < z and (not marks[a] and (short(members[a]) or few and wordless(members[a]) or headed(members[a]))
                     or listing(members[a])):
        a += 1
    # (rows alternating stamp row and text row, an intranet board's table: the last text row is the last post's)
    paired = len(members) >= 4 and all(marks[i] != marks[i + 1] for i in range(len(members) - 1))
    while z > a and (not marks[z - 1] and not (paired and marks[z - 2]) and (
            short(members[z - 1]) or few and wordless(members[z - 1]) or online(members[z - 1]))
                     or listing(members[z - 1])):
        z -= 1
    return members[a:z]


def _with_cousins(members: list, total: dict, lo: dict) -> list:
    """The group plus same-tag elements elsewhere on the page that carry the group's first class
    (a Q&A page's accepted answer laid out in a box of its own above "其他回答"), in page order."""
    classes = {(m.get("class") or "").split()[0] for m in members if (m.get("class") or "").split()}
    if len(classes) != 1:
        return members
    cls, tag = classes.pop(), members[0].tag
    parent = members[0].getparent()
    root = parent.getroottree().getroot()
    chosen = set(members)
    # the parts every post is made of (user bar, text, action bar), when classed: a box made of
    # the same parts is a post too, whatever its own class ("zdBest" beside the "zdAns" list)
    parts = set.intersection(*({_sig(k) for k in m if isinstance(k.tag, str) and k.get("class")} for m in members))
    extra = []
    for el in root.iter(tag):
        if el in chosen or el.getparent() is parent or el not in lo or total.get(el, 0) <= 3:
            continue
        if cls not in (el.get("class") or "").split() and not (
                len(parts) >= 2 and parts <= {_sig(k) for k in el if isinstance(k.tag, str)}):
            continue
        if any(a in chosen for a in el.iterancestors()) or any(m in chosen for m in el.iterdescendants(tag)):
            continue
        extra.append(el)
    outer = set(extra)
    extra = [el for el in extra if not any(a in outer for a in el.iterancestors())]   # (one box per post: not
    # the best answer's box and its text box inside it too)
    if not extra or len(extra) > len(members):
        return members
    return sorted(members + extra, key=lambda el: lo.get(el, 0))


def _class_tokens(el) -> set[str]:
    return {_DIGITS.sub("#", c) for c in (el.get("class") or "").split()}


def _alike(a: set, b: set) -> bool:
    return not a and not b or len(a & b) >= 0.5 * len(a | b)


def _same_layout(a, b) -> bool:
    """Class-less elements are alike only with the same attributes (an old board's post table
    holds tables of its own laid out otherwise: ``width="97%" bgcolor=…`` around ``width="100%"``)."""
    return bool(a.get("class")) or _same_attrs(a, b)


def _same_attrs(a, b) -> bool:
    return {k: v for k, v in a.attrib.items() if k not in ("id", "name")} == \
        {k: v for k, v in b.attrib.items() if k not in ("id", "name")}


def _table_of(row):
    """A row's table (past its <tbody>): bare rows nest as one post list only in tables laid out
    alike (SMF's post rows hold tables of their own, their rows as bare as the posts')."""
    up = row.getparent()
    if up is not None and up.tag in ("tbody", "thead") and up.getparent() is not None:
        up = up.getparent()
    return up if up is not None else row


def _split_nested(members: list, lo: dict) -> tuple[list, bool]:
    """A threaded board nests each reply inside the one it answers (``<li>`` in ``<ul>`` in
    ``<li>``): every element of the members' shape, at any depth, is one post, in page order (its
    text is its own, without the replies nested in it). Returns the posts and whether they nest."""
    own = _sig(members[0])
    tokens = _class_tokens(members[0])
    # (the same first class and most of the others: "mb-4 rounded p-6" is not "mb-3 flex gap-3")
    units = [el for m in members for el in m.iter(m.tag) if _sig(el) == own and el in lo
             and (el in members or _alike(tokens, _class_tokens(el)) and _same_layout(members[0], el)
                  and (own[0] != "tr" or _same_attrs(_table_of(members[0]), _table_of(el))))]
    if len(units) <= len(members):
        return members, False
    return units, True
