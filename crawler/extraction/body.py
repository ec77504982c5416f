"""Which blocks are the article body: block scores and the container that holds the most."""
from __future__ import annotations

import re

from . import fields as F
from .dates import iter_dates
from .dom import SENT_PUNCT, Block, data_row, text_longer

_FULLDATE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*[01]?\d\s*[-/.月]\s*[0-3]?\d|(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")
# a bare date line; without a year, "1/7" is a picture counter, not a date: only 11-18 / 11.18 / 11月18日
_DATE_ONLY = re.compile(r"^[\[(（【]?\s*(?:(?:19|20)\d\d[-/.年][01]?\d[-/.月]|[01]?\d[-.月])[0-3]?\d日?"
                        r"(?:\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\s*[\])）】]?$")


def looks_byline(t: str) -> bool:
    if len(t) > 90:
        return False
    if F.is_meta_line(t):
        return True
    if _FULLDATE.search(t) is None or len(SENT_PUNCT.findall(t)) > 1:
        return False
    # a sentence that mentions a date ("该规定将于2027年1月1日起施行。") is prose, not a byline
    return not (t.endswith(("。", "！", "？")) and len(_CJK.findall(_FULLDATE.sub("", t))) >= 8)


_CJK = re.compile(r"[\u4e00-\u9fff]")
# headlines strung together with semicolons and no sentence of their own (an e-paper's 各版要目 row:
# "临渡区背街小巷环境整治见成效；临渡区开展占道经营专项整治")
_HEADLINE_SEP = re.compile(r"\s*[；;]\s*")
_CLAUSE_MARK = re.compile(r"[，,。！？!?：:、]")


def _headline_list(t: str) -> bool:
    if "；" not in t and ";" not in t or len(t) > 200 or _CLAUSE_MARK.search(t):
        return False
    parts = [x for x in _HEADLINE_SEP.split(t.strip("；; ")) if x]
    return len(parts) >= 2 and all(4 <= len(x) <= 30 for x in parts)


def block_score(b: Block, data_cell: bool = False) -> float:
    n = len(b.text)
    if b.noise:
        return -0.6 * n
    nl = b.nonlink
    if n and b.link_len > 0.5 * n:
        return -0.6 * n
    if data_cell and n <= 60:
        return 0.0   # a data table's cell (a number, a date, a name): the table's, neither text nor noise
    if F.is_boilerplate(b.text):
        return -5.0
    if b.extra.get("title"):
        return -1.0
    if looks_byline(b.text):
        b.extra["byline"] = True
        return -1.0
    if b.punct >= 1 and nl >= 8 and not _headline_list(b.text):
        # long paragraphs are article-like; many short teasers should not outweigh them
        return nl * min(1.0, (nl + 20) / 80.0)
    if nl >= 40:
        return nl * 0.4
    if b.tag in ("td", "th") and not b.link_len:
        return -0.3   # a data table's cell (公示 tables): short by nature, no navigation
    return -3.0


def paragraph_run(container, blocks: list[Block], lo: int, hi: int) -> tuple[int, int]:
    """A single <p> chosen as the body whose sibling paragraphs sit in a box that also swallowed the
    sidebar and footer (an old CMS leaving its <div>s unclosed, so no box holds the text alone): the
    run of adjacent sibling paragraphs that read as prose joins it."""
    parent = container.getparent()
    if container.tag != "p" or parent is None or lo != hi:
        return lo, hi

    def sibling_prose(i: int) -> bool:
        b = blocks[i]
        return b.owner.tag == "p" and b.owner.getparent() is parent and is_good(b) and b.punct >= 2

    while lo > 0 and sibling_prose(lo - 1):
        lo -= 1
    while hi + 1 < len(blocks) and sibling_prose(hi + 1):
        hi += 1
    return lo, hi


def text_continued(container, blocks: list[Block], hi: int, s_lo: dict, s_hi: dict) -> int:
    """The text's box split by a picture: siblings after it of the same tag and class holding prose (a
    Taiwan portal's ``div.area-essay``, its ``div.area-figure`` between) are more of the text, the picture's
    caption between with them. Returns the last block of the text."""
    cls = container.get("class")
    if not cls:
        return hi
    end, pending = hi, None
    for sib in container.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        if sib.tag == container.tag and sib.get("class") == cls and sib in s_hi and any(
                b.punct >= 2 and b.nonlink >= 30 and not b.noise for b in blocks[s_lo[sib]:s_hi[sib] + 1]):
            end, pending = s_hi[sib], None
            continue
        if pending is None and sib.find(".//img") is not None and (sib not in s_hi or all(
                len(b.text) <= 100 and not b.link_len for b in blocks[s_lo[sib]:s_hi[sib] + 1])):
            pending = sib   # (a picture with its caption between two parts: theirs if the text goes on)
            continue
        break
    return end


def is_good(b: Block) -> bool:
    """A block that looks like a real paragraph (the body starts and ends with one)."""
    if b.noise or b.extra.get("byline") or b.extra.get("title") or b.tag == "h1":
        return False
    if b.link_len > 0.5 * len(b.text):
        return False
    return ((b.punct >= 1 and b.nonlink >= 15) or b.nonlink >= 50) and not F.is_boilerplate(b.text)


def _sum_up(total: dict, lo: dict, hi: dict) -> None:
    """Each block owner's own sum (and first and last block) goes to every ancestor: only the owners'
    ancestor chains are visited, each up to an element already met, and the sums passed up once per
    element, the deepest first (not once per owner and ancestor)."""
    up: dict = {}
    depth: dict = {}   # (steps to the root)
    for o in list(total):
        chain, el = [], o
        while el not in up:
            p = el.getparent()
            up[el] = p
            chain.append(el)
            if p is None:
                break
            if p not in total:
                total[p], lo[p], hi[p] = 0.0, lo[o], hi[o]
            el = p
        if chain:   # (its top is the root, or a child of an element met before, whose depth is known)
            top = up[chain[-1]]
            base = depth[top] + 1 if top is not None else 0
            for i, x in enumerate(reversed(chain)):
                depth[x] = base + i
    for el in sorted(total, key=depth.__getitem__, reverse=True):
        p = up[el]
        if p is not None:
            total[p] += total[el]
            if lo[el] < lo[p]:
                lo[p] = lo[el]
            if hi[el] > hi[p]:
                hi[p] = hi[el]


def pick_container(root, blocks: list[Block], forum: bool = False):
    """Element maximising the summed block scores of its subtree. On a thread page (``forum``) a
    date line beside a short paragraph is a post's stamp, not a teaser list's.

    Returns (element, first block index, last block index, per-element totals, per-element first
    and last block indexes)."""
    total: dict = {}
    lo: dict = {}
    hi: dict = {}
    rows: dict = {}   # <tr> -> a data table's row? (asked once per row, not per cell)

    def data_cell(b) -> bool:
        if b.tag not in ("td", "th"):
            return False
        tr = b.owner.getparent()
        known = rows.get(tr)
        if known is None:
            known = rows[tr] = data_row(tr)
        return known

    # teaser lists: a short summary next to a bare date line is a list item, not article text
    for i, b in enumerate(blocks):
        if not forum and len(b.text) <= 25 and _DATE_ONLY.match(b.text) and not data_cell(b):   # (a date column)
            for j in (i - 1, i - 2, i + 1):
                if 0 <= j < len(blocks) and len(blocks[j].text) < 150 and blocks[j].owner is not b.owner:
                    blocks[j].extra["teaser"] = True
    for b in blocks:
        s = block_score(b, data_cell(b))
        if s > 0 and (b.extra.get("teaser") or b.extra.get("stream")):
            s = -1.0
        b.score = s
        o = b.owner
        total[o] = total.get(o, 0.0) + s
        if o not in lo:
            lo[o] = b.index
        hi[o] = b.index
    _sum_up(total, lo, hi)   # (each owner's sum to every ancestor)
    best, best_s = None, float("-inf")
    for el, s in total.items():
        if s > best_s:
            best, best_s = el, s
    if best is None:
        return None, 0, -1, total, lo, hi
    if not forum and best_s > 0:
        best = _under_headline(best, best_s, blocks, total, lo)
        best = _past_inner_section(best, blocks, total, lo, hi)
    return best, lo[best], hi[best], total, lo, hi


def _under_headline(best, best_s, blocks: list[Block], total: dict, lo: dict):
    """The text right under the headline, when the best-scoring element is elsewhere (a side column's
    long 专题 导语 beside a short article) and the text under the headline scores well too."""
    head = next((b.index for b in blocks if b.extra.get("title")), None)
    if head is None or head < lo[best] <= head + 8:
        return best
    above = set(best.iterancestors())
    under = [el for el, s in total.items() if head < lo[el] <= head + 6 and s >= max(150.0, 0.4 * best_s)
             and el not in above]   # (not a wrapper around the best element and more)
    if not under or any(a is best for el in under for a in el.iterancestors()):
        return best   # (the headline's text is inside the best element already)
    return max(under, key=lambda el: total[el])


def _past_inner_section(best, blocks: list[Block], total: dict, lo: dict, hi: dict):
    """The text's own box when a section under a heading inside it (相关阅读 with eighteen summaries,
    left out of the text anyway) outweighed its paragraphs, so that one paragraph won alone: an
    ancestor (up to two levels) whose blocks outside that section score well above the paragraph's."""
    if hi[best] != lo[best]:
        return best   # (only a paragraph that won alone)
    el = best
    for _ in range(2):
        el = el.getparent()
        if el is None or el not in total:
            break
        inside = blocks[lo[el]:hi[el] + 1]
        section = sum(b.score for b in inside if b.noise and b.extra.get("section"))
        if section >= 0:
            continue
        rest = total[el] - section
        if rest >= 1.3 * total[best] and sum(1 for b in inside if not b.noise and b.score > 0) >= 2:
            total[el] = rest   # the box's score without the section
            return el
    return best


ISSUER_LINE = re.compile(r"^[\u4e00-\u9fff（）()]{2,28}(?:局|委|办|厅|部|院|政府|委员会|办公室|中心|公司|办事处|管委会|指挥部|领导小组|大队|支队|中队|处|科|所|窗口)$")
SIGNED_DATE = re.compile(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}$|"
                         r"^[一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$")   # (二〇一二年五月七日)


_ATTACHMENT = re.compile(r"^附件\s*\d*\s*[:：]?\s*\S")
_CONTACT = re.compile(r"^(?:联系人|联系电话|咨询电话|监督电话|电话|地址|通讯地址|邮编|邮政编码|电子邮箱|邮箱|传真)\s*[:：]\s*\S")
_LIST_ITEM = re.compile(r"^\d{1,2}\s*[.、．]\s*\S")


def sign_off(body_blocks: list, i: int, paras: list[str]) -> bool:
    """A notice's 落款 below its text: the issuing body's name over the date (part of the document),
    and the list of its attachments ("附件：1.…申报表", "2.…汇总表") above them."""
    t = body_blocks[i].text.strip()
    if _CONTACT.match(t) and len(t) <= 60:   # the contact lines over the 落款
        ahead = [b.text.strip() for b in body_blocks[i + 1:i + 6]]
        return any(ISSUER_LINE.match(a) and k + 1 < len(ahead) and SIGNED_DATE.match(ahead[k + 1])
                   for k, a in enumerate(ahead))
    if _ATTACHMENT.match(t) or (paras and _LIST_ITEM.match(t) and (
            _ATTACHMENT.match(paras[-1]) or _LIST_ITEM.match(paras[-1]) and any(_ATTACHMENT.match(p) for p in paras[-4:]))):
        return True
    if ISSUER_LINE.match(t):
        nxt = next((b.text.strip() for b in body_blocks[i + 1:i + 3] if b.text.strip()), "")
        return bool(SIGNED_DATE.match(nxt))
    return bool(SIGNED_DATE.match(t)) and bool(paras) and ISSUER_LINE.match(paras[-1]) is not None


_CREDIT = re.compile(r"传真|傳真|电讯|電訊|[（(][^）)]{1,12}提供[)）]|^(?:来源|來源)[:：]")


def _under_picture(el) -> bool:
    """A caption's element right under a picture alone (its cell's row under the picture's row)."""
    for _ in range(2):
        prev = el.getprevious()
        if prev is not None:
            return (prev.tag == "img" or prev.find(".//img") is not None) and not text_longer(prev, 0)
        el = el.getparent()
        if el is None:
            return False
    return False


_SHOT_BY = ("摄", "攝", "摄）", "攝）", "摄)", "攝)")
_PICTURE_SOURCE = re.compile(r"[（(][^）)]{0,8}(?:图片|圖片)[）)]$")   # (a file picture's: "（資料圖片）", "（港鐵圖片）")


def lead_beside(blocks: list, lo: int, container) -> list[str]:
    """The lead paragraph (or photo caption) in a sibling just above the chosen body, which the body
    container does not hold: a live page's intro above its list of entries, a photo story's
    introduction above its pictures. Only prose directly above (short controls in between are
    passed over), below the headline, and in an element beside the container."""
    parent = container.getparent()
    if parent is None:
        return []
    # (beside the container, or beside the table or box around it: a 编者按 box above a layout table)
    near = [parent]
    while len(near) < 3 and near[-1].getparent() is not None and \
            sum(1 for k in near[-1] if isinstance(k.tag, str) and text_longer(k, 4)) == 1:
        near.append(near[-1].getparent())   # only up through wrappers holding nothing else (but
        # empty controls: a slide viewer's "上一张"/"下一张" arrows)
    out: list[str] = []
    k, passed = lo - 1, 0
    while k >= 0 and len(out) < 3:
        b = blocks[k]
        if b.extra.get("byline") and not out and passed < 2 and not b.noise and any(
                x.extra.get("byline") for x in blocks[max(0, k - 4):k - 1]):
            k, passed = k - 1, passed + 1   # (a bar of tabs with its "最后更新：<time>" over a live page's entries,
            continue                        # the byline and the intro above it)
        if b.noise and len(b.text) <= 20 and passed < 2 and not out and not b.extra.get("title"):
            k, passed = k - 1, passed + 1   # (a share bar between the intro and the pictures: "分享LINE複製連結共10張")
            continue
        if b.extra.get("title") or b.extra.get("byline") or b.noise or b.tag in ("h1", "h2") or b.extra.get("stream"):
            break   # (… or another story's teaser: an e-paper's 本版标题导航 item's 导读 beside the text)
        shot = b.text.endswith(_SHOT_BY)   # (a picture's caption and its credit: "…（记者某某摄）")
        prose = (b.punct >= 2 and len(b.text) >= 30) or (shot and b.punct >= 1 and len(b.text) <= 60) \
            or (6 <= len(b.text) <= 80 and b.text.endswith("。") and not b.link_len and _under_picture(b.owner)) \
            or (b.tag == "figcaption" and 6 <= len(b.text) <= 80 and not b.link_len and not _PICTURE_SOURCE.search(b.text))
        if prose and len(b.text) <= 80 and (any(d.kind != "relative" for d in iter_dates(b.text, allow_noyear=False))
                                            or (_CREDIT.search(b.text) and not shot)):
            break   # a dated or credited line: the byline's, not the lead
        if not prose or b.link_len > 0.2 * len(b.text):
            if len(b.text) <= 20 and passed < 2 and not out:
                k, passed = k - 1, passed + 1
                continue
            break
        el = b.owner
        while el is not None and el.getparent() not in near:
            el = el.getparent()
        if el is None or el is container or any(a is el for a in container.iterancestors()):
            break
        out.insert(0, b.text)
        k -= 1
    return out


def captions_after(blocks: list, hi: int, container, s_lo: dict, s_hi: dict) -> list[str]:
    """A photo story's captions in a gallery beside the chosen body: when the body is only the
    introduction, the element right after it (a slide list: three or more pictures, each with a
    sentence under it) holds the rest of the story. Slide counters ("3/8") and links are left out;
    credits stay, as they do in an article's own captions."""
    el = container
    for _ in range(3):   # the intro's box may sit one or two levels inside the gallery's sibling
        sib = el.getnext()
        while sib is not None and not isinstance(sib.tag, str):
            sib = sib.getnext()
        if sib is not None or el.getparent() is None or el.getparent().tag == "body":
            break
        el = el.getparent()
    while sib is not None and (not isinstance(sib.tag, str) or sib not in s_lo and sib.find(".//img") is not None):
        sib = sib.getnext()   # (a strip of thumbnails, pictures with no words, before the slides)
    if sib is None or sib not in s_lo:
        return []
    # the gallery: one element of three or more pictures, or a run of sibling items each with its picture
    items = [sib]
    if sum(1 for _ in sib.iter("img")) < 3:
        nxt = sib.getnext()
        while nxt is not None and isinstance(nxt.tag, str) and nxt.tag == sib.tag and nxt.get("class") == sib.get("class") \
                and nxt.find(".//img") is not None:
            items.append(nxt)
            nxt = nxt.getnext()
        if len(items) < 3 or sib.find(".//img") is None:
            return []
    pictures = sum(1 for it in items for _ in it.iter("img"))
    first, last = items[0], items[-1]
    if last not in s_hi or s_lo[first] != hi + 1 and any(not b.noise for b in blocks[hi + 1:s_lo[first]]):
        return []
    lines = [b.text for b in blocks[s_lo[first]:s_hi[last] + 1]
             if not b.noise and b.link_len <= 0.2 * len(b.text) and len(b.text) >= 6 and (b.punct >= 1 or
                                                                                          F.CAPTION_RE.search(b.text))]
    prose = [t for t in lines if not F.CAPTION_RE.search(t)]
    if len(prose) < 3 or len(prose) > pictures + 1:
        return []
    return lines


# an account's card under its article: "182篇原创内容", "3.2万位朋友关注"
_ACCOUNT_COUNTER = re.compile(r"^[\d,.]+\s*[万萬wW]?\s*(?:篇原创内容|篇原創內容|篇原创|篇内容|篇文章|位朋友关注|个朋友关注|粉丝|關注者|关注者)$")


def drop_account_card(body_blocks: list) -> None:
    """An account's card at the foot of its article (name, one-line introduction, "182篇原创内容"),
    as 公众号 pages print it inside the text box: the element holding the counter line and little
    else is not the article; its blocks become noise."""
    for b in body_blocks:
        if len(b.text) <= 20 and _ACCOUNT_COUNTER.match(b.text):
            card = b.owner
            if text_longer(card, 200):
                continue
            while card.getparent() is not None and not text_longer(card.getparent(), 200):
                card = card.getparent()   # (the counter in a line of its own: the card around it)
            for x in body_blocks:
                if x.owner is card or any(a is card for a in x.owner.iterancestors()):
                    x.noise = True


def signing_date(blocks: list[Block], now):
    """A document's 落款 in its text, the issuer's line over the day ("江州市城市管理局" / "2025年9月25日"): its
    day, when the page gives no other time (an annex may follow it)."""
    for i in range(1, len(blocks)):
        if len(blocks[i].text) <= 20 and SIGNED_DATE.match(blocks[i].text) and ISSUER_LINE.match(blocks[i - 1].text):
            return next((dm.dt for dm in iter_dates(blocks[i].text, now, allow_noyear=False)), None)
    return None

