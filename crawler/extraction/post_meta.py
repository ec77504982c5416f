"""Which parts of a thread's post are its furniture, by the names its markup gives them: meta boxes
(author, time, toolbar, badges, counters: ``_in_meta``, asked once per class string), the poster's
signature (``_in_signature``), a floor's own replies (楼中楼, ``_in_floor_replies``), and the elements that
hold most of a post's words (``_wrappers``: the post's own layout, never meta whatever its class says).
``post_text.member_text`` reads a post's lines with them."""
from __future__ import annotations

import re
from functools import lru_cache

from .dom import Block
from .noise_classes import _MODIFIER

_META_CLS = re.compile(r"(?:^|[\s_\-])(?:info|meta|tail|footer|toolbar|actions?|operator|operate|badge|vote|votes|"
                       r"like|likes|liked|likedby|sign|signatures?|avatar|author|authorinfo|user|userinfo|header|"
                       r"controls?|buttons?|btn|menu|share|report|jubao|props|time|date|floor|pager|evaluate|"
                       r"eva|stat|stats|count|counts|op|opts?|ops|tools?|reward|follow|profile|postprofile|back2top|backtop|gotop|totop|"
                       r"pls|level|lv|grade|rank|au|userside|usercol|user-col|hd|head|poll)"
                       r"(?:$|[\s_\-])", re.I)
# ... unless it names the post's text itself ("floor_main", "post-content")
_CONTENT_CLS = re.compile(r"(?:^|[\s_\-])(?:main|content|body|text|message|msg)(?:$|[\s_\-])", re.I)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


# utility classes that style text ("text-xs", "text-muted", "text-[15px]"): they say nothing of what it is
_TEXT_UTILITY = re.compile(r"(?:^|\s)text-(?:xs|sm|base|lg|\d?xl|\[[^\]\s]*\]|left|right|center|justify|start|end|muted|"
                           r"gray|grey|slate|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|"
                           r"blue|indigo|violet|purple|fuchsia|pink|rose|white|black|primary|secondary|success|danger|"
                           r"warning|info|light|dark|break|wrap|nowrap|truncate|ellipsis|opacity)\S*")
_SIGNATURE_CLS = re.compile(r"signature", re.I)
_USER_SIGN = re.compile(r"(?:^|\s)(?:js|j)[-_](?:[a-z]+[-_])?sign(?:ature)?(?:[-_](?:text|txt|content|con))?(?:$|\s)", re.I)   # (a script's hook class
# naming a signature: "j_user_sign", "js-signature")
_SIG_LINE_CLS = re.compile(r"(?:^|[\s_-])sig[-_]?line(?:$|[\s_-])|\w[-_]sig(?:$|\s)|(?:^|\s)sig[-_][a-z]{2,4}(?:$|\s)|(?:^|\s)u[-_]?sig(?:$|\s)", re.I)   # ("sigLine",
# "lj-sig", "post_sig", "sig-tc"; a bare "sig" may hold a reply's 落款)
_LZL_BOX = re.compile(r"floor[-_]?(?:repl|sub)|(?:^|[\s_-])lzl(?:$|[\s_-])|(?:^|[\s_-])sub[-_]?(?:list|row|repl)", re.I)


def _under_class(block: Block, member, pattern: re.Pattern) -> bool:
    """An element between ``block`` and its post ``member`` has a class ``pattern`` finds."""
    el = block.owner
    while el is not None and el is not member:
        if pattern.search(el.get("class") or ""):
            return True
        el = el.getparent()
    return False


def _in_floor_replies(block: Block, member) -> bool:
    """``block`` sits in a floor's box of replies (楼中楼: "floor_reply", "lzl")."""
    return _under_class(block, member, _LZL_BOX)


_SIGN_TOKEN = re.compile(r"(?:^|\s)(?:sign|signature|signatures)(?:$|\s)", re.I)


def _in_signature(block: Block, member) -> bool:
    """``block`` sits in a box classed as the poster's signature (Discuz's "sign"): never the post's
    words, however long and punctuated ("【某某业主群】欢迎邻居加入 | 装修、团购、维权一起聊 | …")."""
    return _under_class(block, member, _SIGN_TOKEN)


def _in_meta(block: Block, member, wrappers: frozenset = frozenset()) -> bool:
    el = block.owner
    while el is not None and el is not member:
        if el in wrappers:   # the post's own wrapper ("zqFloorTb"), whatever its class says
            el = el.getparent()
            continue
        if _meta_names((el.get("class") or "") + " " + (el.get("id") or "") + " " + (el.get("data-role") or "")):
            return True
        el = el.getparent()
    return False


@lru_cache(maxsize=4096)
def _meta_names(raw_ci: str) -> bool:
    """An element's class, id and data-role name a meta box (asked once per such string)."""
    if "sign" in raw_ci and _USER_SIGN.search(raw_ci):
        return True   # a poster's signature, named only by a script's hook class
    ci = " ".join(c for c in raw_ci.split() if not _MODIFIER.search(c))   # (a role named in data-role too: IPS's
    # "memberSignature")
    if ci and _SIG_LINE_CLS.search(ci):
        return True   # a signature's line ("sigLine", "sig-line")
    if ci and _LZL_BOX.search(ci):   # a floor's own replies (楼中楼: "floor_reply"), not its meta
        return False
    if ci and any(ch.isupper() for ch in ci):
        ci = _CAMEL.sub(" ", ci)   # "fcReplyHd", "zqVoteBox": camelCase words
    # (a signature stays one, its id "msg_3_signature" notwithstanding)
    return bool(ci and _META_CLS.search(ci) and (_SIGNATURE_CLS.search(ci) or not _CONTENT_CLS.search(_TEXT_UTILITY.sub(" ", ci))))


def _wrappers(member, blocks: list[Block]) -> frozenset:
    """Elements inside the post that hold most of its text: the post's own layout (a table called
    "floor", a "post-header-and-body" box), never a meta box, whatever their class says."""
    held: dict = {}
    total = 0
    for b in blocks:
        if b.punct < 1 or len(b.text) < 8 or _in_signature(b, member):
            continue   # (its sentences: a post of one meta line has no wrapper; its signature's are none)
        n = len(b.text)
        total += n
        el = b.owner
        while el is not None and el is not member:
            held[el] = held.get(el, 0) + n
            el = el.getparent()
    if total < 40:   # (a one-line event post, "添加了 某 标签。", is all meta)
        return frozenset()
    return frozenset(el for el, n in held.items() if n >= 0.6 * total and el.tag not in ("p", "span", "font", "a"))
