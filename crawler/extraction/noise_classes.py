"""Whether an element is the page's furniture by its tag, role, class and id: navigation, sidebars, footers,
share bars, ads, related lists (``noise_kind``: 1 noise, 2 comments or replies — noise to an article, a thread's
own — 3 a quote). ``dom.segment`` marks each block by its ancestors' kinds."""
from __future__ import annotations

import re

_NOISE_SUB = ("sidebar", "footer", "breadcrumb", "crumbs", "share", "copyright", "advert", "navbar", "topbar",
              "recommend", "related", "relate", "comment", "guanggao", "xiangguan", "tuijian", "paihang",
              "bdshare", "jiathis", "qrcode", "erweima", "friendlink", "hotnews", "hot-news", "hot_news",
              "toolbar", "login", "pinglun", "disclaimer", "statement",
              "uni-page-head")   # (a 小程序's navigation bar: the app's or circle's name, a back button)
_NOISE_TOK = {"nav", "menu", "menus", "foot", "side", "aside", "ad", "ads", "adv", "promo", "sponsor", "sponsored", "tuiguang", "hot", "rank", "ranking",
              "tags", "tag", "keywords", "links", "pager", "pagination", "page-nav", "gotop", "top-bar",
              "banner", "sns", "fenxiang", "list-more", "hotlist", "header-nav", "rightbar",
              "r-side", "column-right", "col-right", "sidebox", "rside", "weixin", "wechat", "print",
              "next", "prev", "prenext", "subnav", "mainnav", "topnav", "footer", "cmt", "reply", "replies", "ft"}
_FORUM_KEEP = ("comment", "reply", "replies", "cmt", "pinglun")


def classid(el) -> str:
    c = el.get("class") or ""
    i = el.get("id") or ""
    if i.startswith("__"):
        i = ""   # a script framework's root ("__next", "__nuxt"): says nothing of what it holds
    return (c + " " + i).strip()


_MODIFIER = re.compile(r"^(?:has|is|with|no|not|js|j)[-_]|--")
# an item's taxonomy in its own class list (WordPress: "post-1287 post … category-letters tag-mangdao"):
# what the item is filed under, not a tag cloud
_TAXONOMY = re.compile(r"^(?:tag|category|format|status|type)-[\w-]+$")


def noise_kind(el) -> int:
    """0: content-neutral, 1: navigation/boilerplate container, 2: comment/reply container (noise on
    news pages only), 3: a quoted earlier post inside a forum reply (Discuz ``div.quote``): its blocks
    are marked ``quoted`` and left out of the reply's text, where they would put another user's words
    (so are a ``<blockquote>``'s, on thread pages; news pages do not read the flag)."""
    tag = el.tag
    if tag in ("nav", "footer", "aside", "marquee"):
        return 1   # (a <marquee>: a ticker scrolling other items' headlines, "滚动播报")
    if tag in ("body", "html", "main"):
        return 0
    get = el.get
    role = get("role")
    if role in ("navigation", "contentinfo", "banner", "complementary"):
        return 1
    if get("class") is None and get("id") is None:
        return 0   # (most elements: no name at all)
    if (itemtype := get("itemtype")) and (m := _POST_TYPE.search(itemtype)):
        # an item the page declares a post, an answer or an article (schema.org microdata), whatever its
        # class names say (vBulletin 5's "h-left-side" layout helper on every post): a comment is one of
        # a thread's, or an article's comments
        return 2 if m.group(1) == "Comment" else 0
    ci = classid(el)
    if not ci:
        return 0
    if "side" in ci and (_CONTENT_SIDE.search(ci) and len("".join(el.itertext()).strip()) > 40
                         or "aside" in ci and el.find(".//h1") is not None):
        return 0   # (a column classed "aside-left" that holds the page's <h1>: the main column)
    k = _KIND_CACHE.get(ci)
    if k is None:
        k = _class_kind(ci)
        if len(_KIND_CACHE) > 50_000:
            _KIND_CACHE.clear()
        _KIND_CACHE[ci] = k
    return k


_KIND_CACHE: dict[str, int] = {}
_POST_TYPE = re.compile(r"schema\.org/(DiscussionForumPosting|Comment|Answer|Question|NewsArticle|Article|BlogPosting|"
                        r"SocialMediaPosting|Message|EmailMessage)$")


_SEP_SPLIT = re.compile(r"[\s_\-]+")
_CAMEL_SPLIT = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _words(ci: str) -> list[str]:
    """A class string's words; of a camelCase name only its first and last ("mainNav", "NavBar"
    are navigation, "AnswersNavWrapper" holds the answers)."""
    out = []
    for tok in _SEP_SPLIT.split(ci):
        parts = _CAMEL_SPLIT.split(tok)
        if len(parts) >= 2 and (parts[-1].lower() in _CONTENT_WORDS or parts[0].lower() == "print"):
            out.append(parts[-1])   # "printContent", "printArea": the content to print, no print button
            continue
        out.extend((parts[0], parts[-1]) if len(parts) > 2 else parts)
    return out


_CONTENT_WORDS = {"content", "article", "text", "body", "detail"}


# a part named for its place in a detail page with an "ad" abbreviation ("appeal-detail" → "ad-title",
# "ad-bd"): the page's own title, info and body, no advertisement
_AD_PART = re.compile(r"^ad[-_](?:title|info|block|bd|body|hd|detail|content|text|main|cont|meta)$", re.I)
# a text area open to keyword ads ("sina_keyword_ad_area2" on a blog's body): the text, no ad
_KEYWORD_AD = re.compile(r"keyword[-_]ad", re.I)
_SHARED_PAGE = re.compile(r"share[-_]?(?:page|detail|article|main|body|container)")


# the content's side of a two-column post ("tb-post-side" beside "tb-author-side"), when it holds the
# words: no sidebar (Flarum's "Post-side" holds the avatar only)
_CONTENT_SIDE = re.compile(r"(?:post|content|main|article|text|body|detail|msg|message)[-_]side\b", re.I)


def _class_kind(ci: str) -> int:
    if "-" in ci or "_" in ci:
        ci = " ".join(c for c in ci.split() if not _MODIFIER.search(c) and not _TAXONOMY.match(c)
                      and not _AD_PART.match(c) and not _KEYWORD_AD.search(c))
    low = ci.lower()
    if "share" in low:   # an app's share page is the page itself ("share-page", "share_detail"), not a share bar
        low = _SHARED_PAGE.sub(" ", low)
    if "-" in low or "_" in low:
        low = low + " " + low.replace("-", "").replace("_", "")
    kind = 0
    for sub in _NOISE_SUB:
        if sub in low:
            if sub in _FORUM_KEEP:
                kind = 2
                continue
            return 1
    for tok in _words(ci):
        t = tok.lower()
        if t in _NOISE_TOK:
            if t in _FORUM_KEEP:
                kind = 2
                continue
            return 1
    if kind in (0, 2) and "quote" in low and "button" not in low:   # "reply-quote": a quote all the same
        return 3
    if kind in (0, 2) and "refer" in low and any(tok.lower() in _REFER_TOKENS for tok in _words(ci)):
        return 3   # (a chat's quoted message in a reply, WeChat's "refer"/"refermsg"; not a "reference" list)
    return kind


_REFER_TOKENS = {"refer", "refermsg"}
