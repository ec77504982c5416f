"""The page's title: the <title> and its site parts, the heading elements that repeat it, and the
choice among them and the metadata's titles."""
from __future__ import annotations

import itertools
import re

from lxml import etree

from . import fields as F
from .body import ISSUER_LINE
from .dom import norm_ws, text_longer, text_of
from .meta import nfkc
from .title_site import (VIEW_WORDS, _crumb_tail, _first_text, _lcs_len, _looks_site_name, _PAGE_LABEL,
                         _printed_over_share_title, SEP_CHARS, _SEP_RE, SITE_NAME, strip_site_suffix, title_head,
                         _without_board)

_TITLE_META = ("og:title", "twitter:title", "title", "articletitle", "headline", "dc.title", "og:title:alt")

_TITLE_CLASS = re.compile(r"title|headline|tit\b|tit[-_]|ttl\b|biaoti|timu|subject|heading|article-h|news-h|thread", re.I)
_TITLE_BAD = re.compile(r"subtitle|sub-title|sub_title|list|nav|menu|footer|side|related|recommend|hot|rank", re.I)


_TITLE_TAGS = ("div", "p", "span", "td", "strong", "b", "font", "header", "section", "h4")
_TITLE_CI_CACHE: dict[str, bool] = {}


def _short_text(el, limit: int = 200) -> str | None:
    """``text_of(el)``, or None as soon as it is sure to be longer than ``limit`` characters: a
    container of the whole article (class "thread", id "title-and-body") is not read to its end."""
    return None if text_longer(el, limit) else text_of(el)


_CHIP_TAGS = ("span", "em", "i", "a", "b", "label")


def _without_topic_chip(el, t: str) -> str:
    """A heading's text without the topic chips set before or after it in elements of their own
    (``<h1><span class="chip">#邻里求助</span>东门外…</h1>``, ``<h1><span>…</span><a>#正能量</a><a>#城管</a></h1>``:
    topics, not the subject's words)."""
    if not len(el):
        return t
    if not (el.text or "").strip() and el[0].tag in _CHIP_TAGS:
        chip = text_of(el[0])
        if _is_chip(chip, t) and t.startswith(chip):
            t = t[len(chip):].strip()
    for child in reversed(el):
        chip = text_of(child) if child.tag in _CHIP_TAGS and not (child.tail or "").strip() else ""
        if not (_is_chip(chip, t) and t.endswith(chip)):
            break
        t = t[:-len(chip)].strip()
    return t


def without_prefix_badge(root, title: str) -> str:
    """A thread's subject without the board's prefix badge before it, printed in an element of its own
    classed so (vBulletin's <span class="prefix">求助</span>, run into the <title> as "求助 <subject>")."""
    for el in itertools.islice((el for el in root.iter(etree.Element) if "prefix" in (el.get("class") or "")), 5):
        badge = text_of(el)
        if 1 < len(badge) <= 6 and title.startswith(badge + " ") and len(title) - len(badge) >= 7:
            return title[len(badge):].strip()
    return title


def _first_line(el) -> str | None:
    """The heading's text before its first <br> (without a state badge closing it), or None when it
    has none."""
    parts = [el.text or ""]
    for i, child in enumerate(el):
        if child.tag == "br":
            if i and not parts[-1].strip() and F.trailing_state_badge(el[:i]):
                parts = parts[:-2]   # (<h1>…<span class="badge">已回复</span><br>…)
            return norm_ws("".join(parts)).strip()
        parts.append(text_of(child) if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return None


def _is_chip(chip: str, t: str) -> bool:
    """``chip`` is a short topic (``#…``) with six characters or more of ``t`` beside it."""
    return chip.startswith("#") and len(chip) <= 12 and len(t) - len(chip) >= 6


def title_candidates(root):
    """[(text, kind, element)] in document order."""
    out = []
    for tag in ("h1", "h2", "h3"):
        for i, el in enumerate(root.iter(tag)):
            if i >= 8:
                break
            t = _short_text(el)
            if t is not None and 2 <= len(t) <= 200:
                out.append((_without_topic_chip(el, t), tag, el))
                first = _first_line(el) if len(el) else None
                if first is not None and 4 <= len(first) < len(t):   # (its first line too: a meta row
                    out.append((first, tag, el))   # under a <br> in it, "<h1>…<br><span>发布者：…</span></h1>")
    n = 0
    for el in root.iter(_TITLE_TAGS):
        cls, ident = el.get("class"), el.get("id")
        if not cls and not ident:
            continue
        ci = (cls or "") + " " + (ident or "")
        ok = _TITLE_CI_CACHE.get(ci)
        if ok is None:
            ok = _TITLE_CLASS.search(ci) is not None and _TITLE_BAD.search(ci) is None
            if len(_TITLE_CI_CACHE) > 50_000:
                _TITLE_CI_CACHE.clear()
            _TITLE_CI_CACHE[ci] = ok
        if not ok:
            continue
        t = _short_text(el)
        if t is not None and 4 <= len(t) <= 200:
            out.append((t, "class", el))
            n += 1
            if n >= 40:
                break
    # a board's subject as a link to its own thread (phpBB 2, JForum: <a class="maintitle" href=…>)
    links = (el for el in root.iter("a") if "title" in (el.get("class") or "").lower())
    for el in itertools.islice(links, 5):
        ci = el.get("class")
        if _TITLE_CLASS.search(ci) and not _TITLE_BAD.search(ci) and not ci.lower().startswith("topictitle"):
            t = _short_text(el)
            if t is not None and 4 <= len(t) <= 200:
                out.append((t, "class", el))
    return out


def page_title_of(root) -> str:
    tnode = root.find(".//title")
    return nfkc(text_of(tnode)) if tnode is not None else ""


def choose_title(root, meta: dict[str, str], ld: list[dict], page_title: str):
    """Return (title, element or None, confident); confident is None for a title taken from metadata."""
    title, el, confident = _choose_title(root, meta, ld, page_title)
    if title and el is None and _ACCOUNT_ITEM.match(title.strip()):
        # the metadata's title an account's item ("青枫城管小周的视频", a 视频号 share page titled "视频号"): the
        # page's one <h1>, its caption's headline, if it has one
        h1s = [(t, e) for t, kind, e in title_candidates(root) if kind == "h1"]
        if len(h1s) == 1 and 4 <= len(h1s[0][0]) <= 100:
            return h1s[0][0], h1s[0][1], True
    status = _ACCOUNT_LEAD.match(strip_site_suffix(page_title)) if title and page_title else None
    if status and nfkc(title) == nfkc(status.group(1)) and len(status.group(3)) >= 20 \
            and any(m in status.group(3) for m in ("…", "...", "。")):
        # a status's <title>, "<account>：【headline】<its words cut>…", matched by the account's name alone
        # (og:title, the page's header): the bracketed headline, as the status prints it
        head = status.group(2).strip()
        printed = next((m.group(1) for piece in itertools.islice(root.itertext(), 20_000) if "【" in piece
                        for m in _BRACKETED.finditer(piece) if nfkc(m.group(1)).strip() == head), None)
        return (printed or head).strip(), None, False
    reply = F.REPLY_PREFIX.match(title or "")
    if reply and len(title) - reply.end() >= 4 and _opens(nfkc(title[reply.end():]), title_head(page_title)):
        title = title[reply.end():]   # a reply's heading ("Re:<subject>"), the <title> the subject alone
    lead = _BRACKET_LEAD.match(title or "")
    if lead and len(lead.group(2)) >= 20 and any(m in lead.group(2) for m in ("…", "...", "。")):
        # a microblog post's text as its <title>: "【夜市摊点有了“新家”】#话题# 11月18日晚，…… 来自某某":
        # its bracketed headline (a column's short tag, "【城管动态】…", is stripped elsewhere)
        return lead.group(1).strip(), el, confident
    tail = _ACTION_TAIL.search(title or "")
    if tail and tail.start() >= 4:   # a thread's toolbar inside its heading ("…<span>只看楼主 收藏 回复</span>")
        title = title[:tail.start()].rstrip()
    if title and title.rstrip().endswith(("...", "…", "。。。")):
        # a headline cut short for the layout ("…最好是开了二三..."): the metadata's whole one
        stem = nfkc(title).rstrip(" .…。")
        for k in _TITLE_META:
            v = norm_ws(meta.get(k) or "")
            if len(stem) >= 8 and nfkc(v).startswith(stem) and len(v) > len(stem) + 1:
                return v, el, confident
    return title, el, confident


_ACCOUNT_ITEM = re.compile(r"^[^\s的]{1,24}的(?:视频|作品|笔记|动态|動態)$")
_ACTION_TAIL = re.compile(r"(?:\s*(?:只看楼主|只看該作者|只看该作者|收藏|回复|回覆|分享|举报|舉報|打印|倒序浏览|倒序|复制链接|関注|关注)){2,}\s*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BRACKET_LEAD = re.compile(r"^(?:[^【:：\s]{1,24}[:：]\s*)?(?:#[^#]{1,30}#\s*)*【([^】]{4,40})】\s*(\S.*)$")   # (after the
# account's label: "某某城管的汀圈:【…】…", or a #topic#)
_BRACKETED = re.compile(r"【([^】]{4,40})】")
_ACCOUNT_LEAD = re.compile(r"^([^【:：\s]{2,24})[:：]\s*(?:#[^#]{1,30}#\s*)*【([^】]{4,40})】\s*(\S.*)$")
_TAG_SUFFIX = re.compile(r"\s*(?:\[[^\]]{1,8}\]|【[^】]{1,8}】|原创|置顶|精华|独家|热门|推荐|转载|视频|组图|图文)$")
_COLUMN_LEAD = re.compile(r"【[^】]{2,8}】\s*")
_TAG_PREFIX = re.compile(r"^(?:\[[^\]]{1,8}\]|【[^】]{1,8}】|\([^)]{1,6}\)|(?:原创|置顶|精华|独家|热门|推荐|转载|快讯|视频|组图|图文)\s*[:：]?|"
                         r"(?:图集|圖集|组图|組圖|视频|視頻|图文|快讯)\s*[|｜])\s*")   # ("组图：…"; "图集｜…" in the metadata, not the <h1>)


# a tag naming what the item holds ("[视频]", "[组图]"), printed in the <title> too: never the headline's
_MEDIA_TAG = re.compile(r"^[\[［](?:视频|視頻|组图|組圖|图文|圖文|图片|圖片|多图|多圖|音频|音頻|直播|高清|动画|動畫)[\]］]")
_LONG_COLUMN = re.compile(r"^【[^】]{1,16}】\s*")
_DATE_IN = re.compile(r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}")
_LABEL_LEAD = re.compile(r"^([^\s\-|_]{1,4}) [-|] ")


def _text(el) -> str:
    return nfkc("".join(el.itertext())).strip() if isinstance(el.tag, str) else ""


def _opens(head: str, title: str) -> bool:
    """``title`` is ``head`` or starts with it, a site or board part after a separator."""
    return title == head or title.startswith(head) and (title[len(head):len(head) + 3].strip()[:1] in SEP_CHARS
                                                        or title[len(head):len(head) + 1] == "【")   # ("…【棠陂吧】_棠吧")


def _without_lead(t: str, lead: str) -> str | None:
    """``t`` without ``lead`` at its start (spaces in ``t`` aside), or None."""
    i = 0
    for ch in lead:
        while i < len(t) and t[i] == " ":
            i += 1
        if i >= len(t) or t[i] != ch:
            return None
        i += 1
    return t[i:].strip()


def _match(cands, ref: str, main: str):
    """Best candidate resembling ``ref`` (the page <title>): (norm, orig, kind, el) or None."""
    best, best_score = None, 0.0
    cjk_ref = _CJK.search(ref) is not None
    for c in cands:
        t, orig, kind, el = c
        if len(t) < 2:
            continue
        if kind in ("meta", "ld"):
            t2 = strip_site_suffix(t)  # meta titles often carry the site suffix themselves
            if t2 != t:
                orig = t2 if len(t2) < len(orig) else orig
                t = t2
                c = (t, orig, kind, el)
        common = _lcs_len(t, ref)
        if common < 2:
            continue
        prec = common / len(t)            # how much of the candidate is in the page title
        rec = common / max(len(main), 1)  # how much of the headline part of the title it covers
        if prec < 0.6:
            continue
        score = common * prec * (0.5 + 0.5 * min(rec, 1.0))
        if cjk_ref and not _CJK.search(t):
            score *= 0.1   # (a bilingual page's English headline beside the Chinese one)
        if kind == "h1":
            score *= 1.15
        elif kind in ("h2", "class"):
            score *= 1.05
        if score > best_score + 1e-9:
            best, best_score = c, score
    return best


def _story_heading(cands, nmain: str):
    """A 专题 frame's page: the <title> and the banner's heading give the 专题's name, the one <h1>
    below says more ("城市环境大提升" → "全市城市环境大提升行动启动"): the story's own headline."""
    h1s = [c for c in cands if c[2] == "h1"]
    if len(h1s) != 1 or len(nmain) < 4:
        return None
    t = h1s[0][0]
    if nmain not in t or not 2 <= len(t) - len(nmain) <= 20:
        return None
    extra = t.replace(nmain, "", 1)
    if _TAG_PREFIX.fullmatch(extra.strip()) or _TAG_SUFFIX.fullmatch(extra.strip()) or not re.search(r"[\u4e00-\u9fff]{2}", extra):
        return None   # only a tag or a bracket more: the same headline
    return h1s[0]


def _printed_after_head(main: str, head: str, cands) -> bool:
    """What follows the <title>'s head (its site part gone) is a heading the page prints."""
    rest = nfkc(main)[len(head):].lstrip(SEP_CHARS + " ") if nfkc(main).startswith(head) else ""
    return len(rest) >= 6 and any(c[0] == rest for c in cands)


_VIEW_LABEL = re.compile(r"^(?:" + VIEW_WORDS + r"|帖子主题|帖子主題|主题|主題)\s*[:：]\s*")


def _choose_title(root, meta, ld, page_title):
    main = strip_site_suffix(page_title) if page_title else ""
    metas = []
    for k in _TITLE_META:
        v = meta.get(k)
        if v and v.strip():
            metas.append((nfkc(v), norm_ws(v), "meta", None))
    for d in ld:
        v = d.get("headline") or (d.get("name") if d.get("@type") in ("NewsArticle", "Article", "QAPage",
                                                                       "DiscussionForumPosting", "Question") else None)
        if isinstance(v, str) and v.strip():
            metas.append((nfkc(v), norm_ws(v), "ld", None))
    cands = [(nfkc(t), t, kind, el) for t, kind, el in title_candidates(root)]

    # (a <title> that only labels the page, "意见征集详情 - site", names no headline to match)
    labelled = bool(main and (_PAGE_LABEL.match(main) or _PAGE_LABEL.match(title_head(page_title))
                              or len(main) <= 10 and SITE_NAME.search(main)   # ("翠湖湾业主论坛 - site": a board)
                              # (a <title> of only a bureau's name, which its banner, the page's first text, repeats)
                              or ISSUER_LINE.match(main) and _first_text(root) == main
                              or _crumb_tail(root, title_head(page_title))   # (the column's name, not the site's,
                              and not _printed_after_head(main, title_head(page_title), cands)))   # unless a headline
    # the page prints follows it: "跟帖_<headline>_site")
    if labelled and not _PAGE_LABEL.match(main):
        main = title_head(page_title)   # ("工单详情-栖梧12345": the label, its site part unrecognised)
    best = _match(cands + metas, page_title, main) if page_title and not labelled else None
    confident = best is not None
    by_meta = False   # found as the heading that repeats the metadata's title (not by the <title>)
    if best is None:
        # <title> is only the site name (or missing): a heading that repeats og:title is the headline
        for m in metas:
            ms = m[0]
            core = _TAG_PREFIX.sub("", ms, count=1)   # ("【百姓问政】…" in og:title, the <h1> without the column)
            for c in cands:
                t = c[0]
                if len(t) >= 4 and (ms.startswith(t) and (len(t) == len(ms) or ms[len(t)] in SEP_CHARS + " ")
                                    or t == core):
                    best, confident, by_meta = c, True, True
                    break
            if best is not None:
                break
            b2 = _match(cands, ms, ms)
            if b2 is not None and _lcs_len(b2[0], ms) >= 0.8 * max(len(ms), 1):
                best, confident, by_meta = b2, True, True
                break
    if best is None:
        for m in metas:
            if len(m[0]) >= 4 and not _looks_site_name(m[0], page_title, meta):
                printed = _printed_over_share_title(m[0], page_title, cands)
                if printed is not None:
                    return printed[1], printed[3], False
                return strip_site_suffix(m[1]), None, None  # from metadata: not overridden by layout
        h1s = [c for c in cands if c[2] == "h1"]
        if main:
            head = title_head(page_title)
            for c in h1s:
                if c[0].startswith(nfkc(main)) and len(c[0]) > len(main) + 20:
                    return main, c[3], False  # unclosed <h1> swallowing the page
                if len(head) >= 6 and c[0].startswith(head) and len(c[0]) > len(head) + 20 \
                        and _DATE_IN.search(c[0], len(head)):
                    return head, c[3], False   # ... or holding the meta row under a <br> (a state badge, the time)
        site_parts = [p.strip() for p in _SEP_RE.split(nfkc(page_title or ""))[1:] if len(p.strip()) >= 4]
        if len(h1s) == 1 and not (main and h1s[0][0] not in nfkc(main) and h1s[0][0] in nfkc(page_title)) \
                and not (labelled and (SITE_NAME.search(h1s[0][0]) or h1s[0][0] == nfkc(main)
                                       or any(h1s[0][0].startswith(p) for p in site_parts))):   # (the banner's site name)
            return h1s[0][1], h1s[0][3], False   # (unless it is the site's name the <title> ends with)
        if main:
            return _without_board(main, root), None, False
        if cands:
            return cands[0][1], cands[0][3], False
        return None, None, False
    t, orig, kind, el = best
    # ("经验 - <subject>": a thread's label before it, which the ld+json headline or a heading lacks)
    # (or a heading printing the label in an element of its own: <h1><span class="label">求助</span>…</h1>)
    bare = None
    if kind in ("meta", "ld") and (m_lead := _LABEL_LEAD.match(t)):
        rest, label = t[m_lead.end():], m_lead.group(1)
        bare = next((c for c in cands + metas if c[0] == rest), None)
        if bare is None and any(c[2] == "h1" and c[3] is not None and len(c[3]) and _text(c[3][0]) == label
                                and c[0].replace(" ", "") == label + rest.replace(" ", "") for c in cands):
            bare = (rest, _LABEL_LEAD.sub("", norm_ws(orig), count=1))
    if bare is not None:
        t, orig = bare[0], bare[1]
    if kind in ("meta", "ld", "title"):   # the printed headline, the metadata's (or <title>'s) with a column's name in 【】 before it
        printed = next((c for c in cands if c[2] == "h1" and c[0].startswith("【") and c[0].endswith(t)
                        and _COLUMN_LEAD.fullmatch(c[0][:len(c[0]) - len(t)])), None)
        if printed is not None:
            return printed[1], printed[3], confident
        # ... or the other way round: the metadata's with a column's tag before it ("[新闻直播间]…"), the
        # printed headline without it
        m_col = _TAG_PREFIX.match(t)
        printed = next((c for c in cands if c[2] in ("h1", "class") and c[0] == t[m_col.end():]), None) \
            if m_col and len(t) - m_col.end() >= 6 else None
        if printed is not None:
            return printed[1], printed[3], confident
    nmain = nfkc(main)
    if confident and not by_meta and t in (nfkc(page_title).strip(), nmain) and len(t) <= 8 and any(
            c[2] in ("h1", "class") and len(c[0]) >= max(10, 2 * len(t)) for c in cands):
        # a short <title> of one part ("涔阳发布") repeated by a page-head element, and a longer
        # headline element elsewhere: the <title> is the account's name; let the text decide
        return orig, el, False
    if kind != "h1" and t == nmain:
        story = _story_heading(cands, nmain)
        if story is not None and _VIEW_LABEL.sub("", story[0], count=1) != t:   # (not the same subject
            # after a board's label: "查看主题 : [求助] …", vBulletin 4's page title)
            return story[1], story[3], confident
    # a category tag glued to the heading ("[城事] …", "原创 …") that the <title> does not carry
    m_tag = _TAG_PREFIX.match(t)
    rest = t[m_tag.end():] if m_tag else ""
    if m_tag and len(rest) >= 4 and (_opens(rest, nmain) or _opens(rest, nfkc(page_title)) or _MEDIA_TAG.match(t)) \
            and not (t.startswith("【") and not _MEDIA_TAG.match(t) and el is not None and el.tag == "h1"):
        # (a column's name in 【】 printed in the <h1> is part of the headline: "【城事关注】…")
        # (the <title> may still carry a board or channel name after the headline)
        t = rest
        orig = _TAG_PREFIX.sub("", norm_ws(orig), count=1) if _TAG_PREFIX.match(norm_ws(orig)) else main
    # the case's state in a badge after the headline (<h1>…<span class="state">已回复</span></h1>): no part of it
    state = nfkc(F.trailing_state_badge(el)) if el is not None else ""
    if state and t.endswith(state) and len(t) - len(state) >= 6:
        t = t[:-len(state)].rstrip()
    else:
        state = ""
    # ... or a badge of its own inside the heading (<h1><span class="badge">城建</span>…</h1>)
    core = _TAG_PREFIX.sub("", nmain, count=1)   # ("[投诉] subject" in the <title>, "投诉" a badge in the <h1>)
    core = _LONG_COLUMN.sub("", core, count=1)   # (or "【阳光热线·网络问政】subject": the column's long name)
    if el is not None and len(el) and core and t != core and not (el.text or "").strip():
        badges = ""
        for k, child in enumerate(el[:3]):   # (one badge or a few: "已处理" "[曝光台]")
            badge = nfkc("".join(child.itertext())).replace(" ", "") if isinstance(child.tag, str) else ""
            if not badge or len(badge) > 12:   # (a count chip too: "13回复贴，共1页")
                break
            badges += badge
            rest = _without_lead(t, badges)
            if rest and len(rest) >= 4 and _opens(rest, core):
                # (the <title> may still carry a board's name after the subject)
                t = rest
                orig = norm_ws((child.tail or "") + "".join(
                    "".join(c.itertext()) + (c.tail or "") for c in el[k + 1:] if isinstance(c.tag, str))).strip()
                break
    if state and norm_ws(orig).endswith(state):
        orig = norm_ws(orig)[:-len(state)].rstrip()
    # ... or after it ("…好？ <span>原创</span>")
    m_tag = _TAG_SUFFIX.search(t)
    head = t[:m_tag.start()].rstrip() if m_tag else ""
    if m_tag and len(head) >= 4 and (head == nmain or (
            nmain.startswith(head) and nmain[len(head):len(head) + 3].strip()[:1] in SEP_CHARS)):
        t = t[:m_tag.start()].rstrip()
        orig = _TAG_SUFFIX.sub("", norm_ws(orig)).rstrip() if _TAG_SUFFIX.search(norm_ws(orig)) else main
    if confident and not by_meta and nmain and nmain != nfkc(page_title) and _lcs_len(t, nmain) < 2:
        return main, None, False   # it resembles only the site name stripped off the <title>: a banner
    if (confident and not by_meta and len(nmain) >= 6 and not nfkc(page_title).startswith(t)
            and _lcs_len(t, nmain) < 0.5 * len(nmain)):
        # the best element covers little of the <title> headline (e.g. a site-name <h1> logo)
        for m in metas:
            if _lcs_len(m[0], nmain) >= 0.8 * len(nmain):
                break
        else:
            for m in metas:   # (a <title> of the column's name, og:title the headline a heading prints,
                core = _TAG_PREFIX.sub("", m[0], count=1)   # perhaps without its column's tag: "【随手拍】…")
                printed = next((c for c in cands if len(c[0]) >= 6 and c[0] in (m[0], core)), None)
                if printed is not None:
                    return printed[1], printed[3], True
            return main, None, False
    # prefer a headline element that is a clean prefix of the chosen text (site suffix left over)
    for t2, orig2, kind2, el2 in cands:
        if t2 != t and len(t2) >= 4 and t.startswith(t2) and t[len(t2):len(t2) + 3].strip()[:1] in SEP_CHARS + " ":
            # only when what follows is a site/channel suffix ("呼和浩特：…" keeps its place name)
            if kind2 in ("h1", "h2", "class") and (kind in ("meta", "ld") or strip_site_suffix(t) == t2):
                return orig2, el2, confident
    if el is None:
        # find the element that displays this title, for byline lookup
        for t2, orig2, kind2, el2 in cands:
            if t2 == t:
                return orig2, el2, confident
    return orig, el, confident
