"""The <title>'s own parts: its head, the site's or board's name after (or before) it, and what in
it names no headline: a page's label, a column on the breadcrumb, a board shown as the page's header,
the site's name. ``title`` chooses the headline."""
from __future__ import annotations

import re

from .meta import nfkc

SEP_CHARS = "_|｜-–—·•:：»>/\\"
_SEP_RE = re.compile(r"\s*(?:[_|｜–—•»]|\s-\s|-{1,2}|\s·\s|\s/\s)\s*")
_SITE_WORDS = re.compile(r"(网|網|频道|頻道|新闻|新聞|报|報|站|中心|社区|社區|论坛|論壇|吧|知道|知乎|官网|官網|门户|首页|首頁|政府|平台|在线|在線|客户端|"
                         r"\.com|\.cn|\.net|网站|资讯|传媒|电视|台|日报|晚报|时报|商报|周刊|杂志|APP|app|号|热线|手机版|触屏版|移动版|电脑版|WAP版|wap版|简体版|繁體版|极速版|"
                         r"^(?:诉求|留言|来信|信件|工单|问政|投诉|咨询|文章|新闻)?(?:详情|详细|正文)$|^(?:领导|网上|网民)?留言板$|(?:局|委员会|办公室|专题|专栏)$)")   # (a page's own label)



# a board's label for a thread's page ("查看主题"): alone as a <title> part, or over the subject (``title``)
VIEW_WORDS = r"查看主题|查看主題|浏览主题|瀏覽主題|查看帖子|阅读主题|閱讀主題"
_VIEW_PAGE = re.compile(r"^(?:" + VIEW_WORDS + r"|View topic|Viewing topic)$", re.I)
_BOARD_COLON = re.compile(r"^[^:：\s]{2,10}?(?:论坛|論壇|社区|社區|家园|家園|BBS|bbs)\s*[:：]\s*(\S.{7,})$")
_POWERED_BY = re.compile(r"[Pp]owered\s+by\b")


def title_head(page_title: str) -> str:
    """The first part of a <title> ("headline" of "headline_board_site")."""
    return nfkc(_SEP_RE.split(page_title)[0]).strip() if page_title else ""


_SITE_END = re.compile(r"(?:网|網|日报|日報|晚报|晚報|数字报|數字報|电子报|電子報|频道|頻道|客户端|在线|在線)$")
_ORG_END = re.compile(r"(?:局|网|網|站|报|報|台|政府|中心|委员会|办公室|平台|论坛|論壇|社区|吧)$")


def _site_first(parts: list[str]) -> bool:
    """"site - board - headline" (an ASP-era board's order): a short site name first, the longest
    part last, and that part is no organisation's name."""
    first, last = parts[0].strip(), parts[-1].strip()
    return (len(parts) >= 3 and len(first) <= 10 and _SITE_WORDS.search(first) is not None
            and len(last) >= 8 and all(len(last) > len(p.strip()) for p in parts[:-1])
            and _ORG_END.search(last) is None and _SITE_WORDS.fullmatch(last) is None)


_DOTTED = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+){1,5}")


def strip_site_suffix(title: str) -> str:
    """Remove a trailing (or leading) site name from a <title>-like string."""
    t = nfkc(title)
    if (m := _BOARD_COLON.match(t)) is not None:
        t = m.group(1)   # ("椿浔热线论坛: 关于…", an old board's "<board>: <subject>")
    parts = _SEP_RE.split(t)
    if len(parts) <= 1:
        return t
    label = next((k for k, p in enumerate(parts[:-1]) if _VIEW_PAGE.match(p.strip())), None)
    if label is not None and len(" ".join(parts[label + 1:]).strip()) >= 4:
        parts = parts[label + 1:]   # ("萸澳邻里 • 查看主题 - <subject>": phpBB's board, its page label, then the subject)
        t = t[t.find(parts[0]):]
    if _site_first(parts):
        return parts[-1].strip()
    if len(parts) == 2 and len(parts[0].strip()) <= 10 and _SITE_END.search(parts[0].strip()) \
            and len(parts[1].strip()) >= len(parts[0].strip()) + 4 and not _SITE_END.search(parts[1].strip()):
        return parts[1].strip()   # ("江南日报数字报-“城管驿站”开进街角 …": the paper's name first, a headline after it
        # whose 驿站 holds a site word)
    # drop trailing site-ish parts (a forum engine's "Powered by Discuz!" credit whatever its length)
    while len(parts) > 1 and (len(parts[-1]) <= 20 and (_SITE_WORDS.search(parts[-1]) or len(parts) > 2)
                               or not parts[-1] or _POWERED_BY.match(parts[-1].strip())
                               or _DOTTED.fullmatch(parts[-1].strip())):   # (a host or a newsgroup: "lcu.city.life")
        parts.pop()
    while len(parts) > 1 and len(parts[0]) <= 8 and _SITE_WORDS.search(parts[0]) and len(parts[-1]) > 8:
        parts.pop(0)
    # rejoin with the original separators: find the span in t
    first, last = parts[0], parts[-1]
    a = t.find(first)
    b = t.rfind(last)
    if a >= 0 and b >= 0:
        return t[a: b + len(last)].strip()
    return " ".join(parts)


def _without_board(main: str, root) -> str:
    """A forum <title> keeps the board's name after the subject ("… - 便民生活"): dropped when the
    page shows that name as an element's whole text (its header, its breadcrumb)."""
    parts = _SEP_RE.split(main)
    last = parts[-1].strip() if len(parts) >= 2 else ""
    if not (2 <= len(last) <= 12) or len(parts[0]) < 4:
        return main
    for el in root.iter("span", "a", "h2", "h3", "div", "li", "em", "strong"):
        if el.text and el.text.strip() == last and len(el) == 0:
            return main[:main.rfind(last)].rstrip(" -_|｜–—•»·/")
    return main


def _looks_site_name(t: str, page_title: str, meta: dict) -> bool:
    site = nfkc(meta.get("og:site_name", ""))
    return bool(t) and (t == site or (t == nfkc(page_title) and len(t) <= 12 and _SITE_WORDS.search(t) is not None))


_PAGE_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:详情|詳情|详细|详细信息|详细内容|内容页|正文)(?:页|頁)?$|"
                         r"^(?:查看|浏览|阅读)(?:留言|信件|来信|诉求|帖子|回复)$")   # (a guestbook's "查看留言")
# a site's name in the page's one <h1> (a hotline's banner): no headline
SITE_NAME = re.compile(r"(?:手机版|移动版|触屏版|WAP版|热线|1234\d|12319|人大|常委会|政协|平台|网|網|门户|政府|在线|在線|网站|網站|联络站|服务站|工作站|信箱|留言板|论坛|論壇|社区|社區)$")


_CRUMB_END = re.compile(r"(?:>|＞|›|»|→|/)\s*$")
_CRUMB_START = re.compile(r"\s*(?:>|＞|›|»|→|/)")


def _crumb_tail(root, main: str) -> bool:
    """The <title>'s head is a step of a breadcrumb after its first ("首页 > 互动交流 > 投诉回复公开"):
    the column's name, the title of every page in it."""
    if not 2 <= len(main) <= 12 or SITE_NAME.search(main):
        return False
    for t in root.xpath("//body//text()[contains(., $m)]", m=main):
        s = t.strip()
        if s != main:   # "首页 > 互动交流 > 投诉回复公开 (> 详情)" in one text node
            at = s.find(main)
            if _CRUMB_END.search(s[:at]) and (at + len(main) == len(s) or _CRUMB_START.match(s[at + len(main):])):
                return True
            continue
        el = t.getparent()   # (lxml: a tail's parent is the element it follows)
        if t.is_tail:   # "<span>&gt;</span>投诉回复公开"
            before = "".join(el.itertext())
        else:   # "<a>互动交流</a> &gt; <span>投诉回复公开</span>"
            sib = el.getprevious()
            before = ((sib.tail or "").strip() or "".join(sib.itertext())) if sib is not None else \
                (el.getparent().text or "") if el.getparent() is not None else ""
        if _CRUMB_END.search(before):
            return True
    return False


def _first_text(root) -> str:
    body = root.find("body")
    for t in (body if body is not None else root).itertext():
        if t.strip():
            return nfkc(t)
    return ""


def _lcs_len(a: str, b: str) -> int:
    """Length of the longest common substring: the longest L for which some L-character piece of
    the shorter string occurs in the other (binary search on L; each piece looked for by str's own search)."""
    if not a or not b:
        return 0
    if len(a) > len(b):
        a, b = b, a
    if a in b:
        return len(a)
    lo, hi = 0, len(a) - 1   # lo: a length known to occur; hi: the longest still possible
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if any(a[i:i + mid] in b for i in range(len(a) - mid + 1)):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _printed_over_share_title(meta_title: str, page_title: str, cands: list):
    """The one <h1> when the metadata's title is the site's name (the page's whole <title>) and a share
    title ("江州Plus | 寒潮来袭 环卫工凌晨除冰") that the <h1> says at length."""
    site = nfkc(page_title or "").strip()
    if not site or not meta_title.startswith(site) or len(meta_title) < len(site) + 5 \
            or meta_title[len(site)] not in SEP_CHARS + " ":
        return None
    rest = meta_title[len(site):].strip(SEP_CHARS + " ")
    h1s = [c for c in cands if c[2] == "h1"]
    return h1s[0] if len(h1s) == 1 and len(rest) >= 6 and _lcs_len(h1s[0][0], rest) >= 0.6 * len(rest) else None
