"""The headline near the text, when the page's <title> did not name it: the headline-looking line
closest above the text, a headline given with its label ("主题：…", <th>诉求标题</th>), and of a
newspaper's 引题, 主题 and 副题 rows the 主题."""
from __future__ import annotations

import re

from . import fields as F
from .dates import iter_dates
from .dom import SENTENCE_END, norm_ws, unwrapped
from .message_subject import _PAGE_LABEL as _BOARD_PAGE_LABEL   # ("投诉查询", "诉求详情": a page's label)
from .body import ISSUER_LINE
from .meta import nfkc
from .post_lines import _PROFILE_LINE
from .title import _TITLE_CLASS
from .title_site import _ORG_END, SITE_NAME, title_head
from .visibility import big_bold, centred


# a poster's line over the stamp, no headline: a masked name, a role word ("网友Tw***提问")
_BYLINE_WORDS = re.compile(r"来源|來源|记者|記者|编辑|編輯|作者|通讯员|通訊員|发布|發佈|时间|時間|日期|浏览|瀏覽")
_HEAD_CLASS = re.compile(r"title|headline|tit\b|tit[-_]|ttl\b|subject|(?:^|[-_ ])tt(?:$|[-_ ])")   # ("wz-tt")
_SECTION_LABEL = re.compile(r"(?:内容|內容|正文|详情|詳情|信息|資訊|回复|回覆|答复|答覆|回应|回應)[:：]?$")
# a 引题 is a phrase ("凌晨四点半，记者跟随环卫工人体验一天"), a byline a list of labels and names
_PHRASE = re.compile(r"^[^:：]*，[^:：]*$")
_POSTER_LINE = re.compile(r"[*＊]{2,}|(?:提问|留言|回复|追问|发帖|发表)$")


_CODE_FIELD = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}\s*[:：]?\s*)?[A-Za-z0-9][A-Za-z0-9-]{7,}$")   # ("申诉编号SS-2017-…",
# a bare case number "LC2306140087")


def _holder_class(b) -> str:
    """The class of the one child element of the block's owner that holds all of its text."""
    for child in b.owner:
        if isinstance(child.tag, str) and child.get("class") and norm_ws("".join(child.itertext())) == b.text:
            return child.get("class").lower()
    return ""


_WORDY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def labelled_above(blocks: list, start: int, ntitle: str | None) -> str | None:
    """The title printed with its label above the text ("* 帖子主题：<title>" in the thread's header row),
    however far up that row stands: the subject as printed there (its row marked the title's), or None."""
    if not ntitle or len(ntitle) < 6:
        return None
    for b in blocks[:start]:
        if len(b.text) <= len(ntitle) + 30 and (m := F.TITLE_LABEL_RE.match(b.text)):
            printed = F.COUNTS_AFTER_RE.sub("", b.text[m.end():]).strip()
            if nfkc(printed) == ntitle:
                b.extra["title"] = True
                return printed
    return None


def _linked_over_byline(blocks: list, b) -> bool:
    """A heading linked to the story's own page right over its byline (a 专题 page's lead story, "阅读原文>>"
    under it): a headline, for all its link."""
    return b.tag in ("h1", "h2", "h3") and b.index + 1 < len(blocks) and bool(blocks[b.index + 1].extra.get("byline"))


def headline_near_text(blocks: list, start: int, forum: bool, page_title: str):
    """The headline-looking block closest above the text (at ``start``) when the <title> did not
    help, and the headline itself when it is given with its label ("主题：…", <th>诉求标题</th><td>…):
    (block or None, labelled headline or None)."""
    head = title_head(page_title)
    best_b, best_rank = None, 0
    replied = _replied_subject(blocks) if forum else None   # (the subject the replies repeat: "Re: <subject>")
    labelled_title = None
    for b in blocks[max(0, start - (40 if forum else 15)):start + 1]:
        n = len(b.text)
        if replied and n <= 100 and not b.link_len and nfkc(b.text) == replied:
            best_b, best_rank = b, 3.5   # the subject the replies repeat (in the posts' header, noise or not)
            continue
        if b.noise or b.link_len > 0.3 * n and not _linked_over_byline(blocks, b) or not (4 <= n <= 100) \
                or b.extra.get("byline") or b.extra.get("section") or not _WORDY.search(b.text):
            continue   # (… or a side list's heading: "热门主题"; or a rule of dashes, "-------------")
        if F.STAT_LINE.match(b.text) or F.STATS_LINE.match(b.text) or F.is_boilerplate(b.text) or _CODE_FIELD.match(b.text) \
                or n <= 24 and _FIELD_LINE.match(b.text) \
                or n <= 24 and F.CASE_STATE_END.search(b.text) and b.tag not in ("h1", "h2", "h3") \
                or forum and n <= 24 and _PROFILE_LINE.match(b.text):   # (a poster's "来自: 梅岭乡"; a row of chips
            continue   # "积分：3052", "点击：8812 回复：4": counters; "视频加载中……": a placeholder; a number; a row
            # of chips ending in the case's state (a heading with a state badge after it is the subject)
        ci = ((b.owner.get("class") or "") + " " + (b.owner.get("id") or "")).lower()
        if "sub" in ci.replace("subj", "") or n <= 8 and (_SECTION_LABEL.search(b.text) or _BOARD_PAGE_LABEL.match(b.text)):
            continue   # (a section's label over the text: "投訴內容", "回复信息"; a "subj" class names the subject)
        bt = b.text[2:] if b.text.startswith("作者") else b.text   # ("作者 | 主题: …", a header row)
        if F.TITLE_CELL_RE.match(bt) and b.index + 1 < len(blocks) and 4 <= len(blocks[b.index + 1].text) <= 100 \
                and not F.TITLE_CELL_RE.match(blocks[b.index + 1].text):
            # <th>诉求标题</th><td>…</td> (or in the divs of a form's cells): the headline after its label
            best_b, best_rank, labelled_title = b, 4, blocks[b.index + 1].text
            continue
        m_label = F.TITLE_LABEL_RE.match(bt)
        if m_label and len(bt) - m_label.end() >= 4:
            # "主题：…" / "标题：…" / "Subject: …": the headline, said with its label
            labelled = _without_trailing_links(F.COUNTS_AFTER_RE.sub("", bt[m_label.end():]).strip(), b.owner) \
                if b.link_len else F.COUNTS_AFTER_RE.sub("", bt[m_label.end():]).strip()
            best_b, best_rank, labelled_title = b, 4, labelled
            continue
        if best_rank >= 4:
            continue
        up = b.owner.getparent()
        if up is not None and len(up) == 1:   # (a wrapper's class: <div class="ttl"><text-el>…</text-el></div>)
            ci += " " + (up.get("class") or "").lower()
        if not _HEAD_CLASS.search(ci) and len(b.owner) <= 3:   # (or the inline element holding all of its text:
            ci += " " + _holder_class(b)                        # <td><img> <span class="gbook_title">…</span></td>)
        rank = 3 if b.tag == "h1" else 2 if _HEAD_CLASS.search(ci) or _styled_headline(b) else 1 if b.tag in ("h2", "h3") else 0
        if len(head) >= 6 and nfkc(b.text) == head and not SITE_NAME.search(head) and not _ORG_END.search(head):
            rank = 2.5   # the line the <title> opens with, whatever its tag ("<div class="sKHSJ">"), under
            # an <h1> (a 专题 frame's banner repeats the <title>; the story's <h1> is below it); an
            # office's name ("棠浦市生态环境局", a 发布机构 cell) never
        nxt = b.index + 1
        if nxt < len(blocks) and F.STATS_LINE.match(blocks[nxt].text):
            nxt += 1   # (the thread's counters between: "点击：8812 回复：4")
        if not rank and nxt < len(blocks) and blocks[nxt].extra.get("byline") and b.tag not in ("dt", "th") \
                and n >= 6 and "。" not in b.text and not _POSTER_LINE.search(b.text) \
                and not (b.index > 0 and blocks[b.index - 1].tag in ("h2", "h3") and not blocks[b.index - 1].noise
                         and 4 <= len(blocks[b.index - 1].text) <= 100):   # (a field's label: no; nor a line under a
            rank = 1.5  # heading, its place or its kicker: "江州市月湖区晓月路晓月苑东门") the line right above the byline
        if rank and rank >= best_rank:
            best_b, best_rank = b, rank
    if replied and labelled_title is None and (best_b is None or nfkc(best_b.text) != replied):
        # the subject the replies repeat, printed over the first post below the text's start
        best_b = next((b for b in blocks[start:start + 60] if nfkc(b.text) == replied and not b.link_len), best_b)
    if best_b is None:
        best_b = next((b for b in blocks[:start] if b.tag == "h1" and not b.noise and 4 <= len(b.text) <= 100
                       and b.link_len <= 0.3 * len(b.text)), None)
    if best_b is None:   # a newspaper's 引题, 主题 and 副题 as three centred rows just above the text
        # (the text's first line may be the 引题 itself, the rows inside the text's table: then below it)
        upto = start + 3 if start < len(blocks) and _head_line(blocks[start]) else start
        last = next((b for b in reversed(blocks[max(0, start - 6):upto]) if _head_line(b, loose=True)), None)
        middle = _main_of_three(blocks, last) if last is not None else None
        if middle is not last:
            best_b = middle
    elif labelled_title is None and not (replied and nfkc(best_b.text) == replied):
        best_b = _main_of_three(blocks, best_b)
    if best_b is not None and labelled_title is None and (state := F.trailing_state_badge(best_b.owner)) \
            and best_b.text.endswith(state):
        labelled_title = best_b.text[:-len(state)].strip()   # ("…彩钢房<span>已办结</span>")
    return best_b, labelled_title


_SITE_BANNER = re.compile(r"[网網站台]|平台|委员会|政府|[A-Za-z]{4,}")


def _styled_headline(b) -> bool:
    """Set large and bold by the stylesheet, and no site's banner (its name, an English tagline)."""
    return big_bold(b.owner) and 6 <= len(b.text) <= 40 and _SITE_BANNER.search(b.text) is None \
        and SITE_NAME.search(b.text) is None


def _head_line(b, loose: bool = False) -> bool:
    """A short headline-like line of a title-classed element (引题, 主题, 副题 rows), or of a centred
    one that is no byline (no date, no credit); ``loose``: a centred row taken for boilerplate by its
    class alone (an e-paper's 副题 row of class "ft") counts too."""
    if b.noise and not (loose and _centred(b)) or not 4 <= len(b.text) <= 40 or SENTENCE_END.search(b.text) \
            or b.link_len > 0.5 * len(b.text) or not _WORDY.search(b.text):
        return False
    if b.owner.tag in ("td", "th") and b.owner.getparent() is not None and sum(
            1 for c in b.owner.getparent() if c.tag in ("td", "th")) > 1:
        return False   # (a field's label or value cell: "工单编号 | RX2018…"; the rows stand alone)
    if not b.noise and _TITLE_CLASS.search((b.owner.get("class") or "") + " " + (b.owner.get("id") or "")) is not None:
        return True
    return _centred(b) and not (_BYLINE_WORDS.search(b.text) and not _PHRASE.search(b.text)) \
        and not any(True for _ in iter_dates(b.text, allow_noyear=False))


def _centred(b) -> bool:
    return centred(b.owner)


def _main_of_three(blocks: list, best):
    """A newspaper's 引题, 主题 and 副题 in three title-classed rows, one after another: the middle one
    is the headline."""
    i = best.index
    lo = i
    while lo > 0 and i - lo < 2 and _head_line(blocks[lo - 1]):
        lo -= 1
    hi = lo
    while hi + 1 < len(blocks) and hi - lo < 3 and _head_line(blocks[hi + 1], loose=True):
        hi += 1
    if hi - lo == 2 and _head_line(blocks[lo]) and (hi + 1 >= len(blocks) or not _head_line(blocks[hi + 1], loose=True)):
        return blocks[lo + 1]
    return best


_CUT_SHORT = re.compile(r"(?:\.{3,}|…{1,2})$")


def uncut_title(title: str | None, blocks: list) -> str | None:
    """A headline cut short with "..." (a group topic's <h1>) given whole elsewhere on the page, perhaps
    after its label ("标题：<the whole subject>"): the whole one."""
    if not title or not (m := _CUT_SHORT.search(title)) or m.start() < 8:
        return title
    stem = title[:m.start()]
    for b in blocks[:400]:
        t = b.text
        at = t.find(stem)
        if 0 <= at <= 6 and len(t) - at > len(stem) + 1 and len(t) <= 160 and not _CUT_SHORT.search(t):
            whole = t[at:].strip()
            if at == 0 or F.TITLE_LABEL_RE.fullmatch(t[:at]):
                return whole
    return title


def crumbed_subject(title: str | None, blocks: list) -> str | None:
    """A title given as a path, the subject last ("维港游人讨论区: 内地旅游 » <subject>", as a board's <title>
    prints it): the subject, when the page prints it on a line of its own or as a reply's subject."""
    if not title or "»" not in title:
        return title
    last = title.rsplit("»", 1)[1].strip()
    if len(last) < 6:
        return title
    n = nfkc(last)
    for b in blocks[:600]:
        t = nfkc(b.text)
        if t == n or F.REPLY_PREFIX.sub("", t).strip() == n:
            return last
    return title


def _without_trailing_links(t: str, owner) -> str:
    """A labelled subject without the board's links after it in the same line ("文章主题: <subject>" then
    "返回版面 | 同主题展开", a web BBS's head bar)."""
    links = [norm_ws("".join(a.itertext())) for a in owner.iter("a")]
    changed = True
    while changed:
        changed = False
        for link in links:
            rest = t[:-len(link)].rstrip(" |｜") if link and t.endswith(link) else ""
            if len(rest) >= 4:
                t, changed = rest, True
    return t


# a page's field, its label and a short value ("征集状态：已结束", "征集单位：江州市城市管理局"): no headline
_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:状态|单位|类型|类别|电话|人次|方式|渠道|编号)\s*[:：]\s*\S{1,16}$")
_BY_TAIL = re.compile(r"\s+[—–-]{1,2}\s+\S{1,20}\s+(?:19|20)\d\d[-/.年].*$")


def _replied_subject(blocks: list) -> str | None:
    """The subject two or more replies repeat after "Re:" / "回复:" (a board's reply subjects)."""
    counts: dict = {}
    for b in blocks[:3000]:
        if len(b.text) <= 100 and (m := F.REPLY_PREFIX.match(b.text)) and len(b.text) - m.end() >= 4:
            key = _BY_TAIL.sub("", nfkc(b.text[m.end():])).strip()   # (a tree's item: "RE: <subject> — name <time>")
            counts[key] = counts.get(key, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
    return best[0] if best[1] >= 2 else None


# the words a document's title ends in
_DOC_KIND_END = re.compile(r"(?:通知|通告|公告|决定|意见|办法|方案|规定|细则|报告|请示|批复|函|纪要|通报|公示|答复|规划|要点)$")


def document_title(title: str, blocks) -> str:
    """A notice saved from Word as a page: its number taken for the title gives way to the title under
    it ("青城管字〔2025〕19号" / "关于开展…的通知"), and a title printed over two lines is read whole
    ("…关于开展2025年春季" / "市容环境集中整治行动的通知")."""
    at = next((b.index for b in blocks[:60] if b.text.strip() == title.strip()), None)
    if at is None:
        return title
    t = unwrapped(title.strip())
    if t.endswith("文件") and len(t) <= 24 and at + 1 < len(blocks) \
            and F.DOC_NUMBER.match(unwrapped(blocks[at + 1].text.strip())):
        t, at = unwrapped(blocks[at + 1].text.strip()), at + 1   # (the red head "某某局文件" over its number: read on)
    if F.DOC_NUMBER.match(t):
        nxt = [unwrapped(b.text.strip()) for b in blocks[at + 1:at + 3]]
        if nxt and len(nxt[0]) <= 60 and _DOC_KIND_END.search(nxt[0]) and not SENTENCE_END.search(nxt[0]):
            return nxt[0]
        if len(nxt) == 2 and len(nxt[0]) <= 40 and not SENTENCE_END.search(nxt[0]) and not _DOC_KIND_END.search(nxt[0]) \
                and len(nxt[1]) <= 40 and _DOC_KIND_END.search(nxt[1]) and not SENTENCE_END.search(nxt[1]):
            return nxt[0] + nxt[1]
        return title
    issuers = title.strip()   # (each issuer's name spaced from the next: no wrap)
    if len(issuers) <= 60 and at + 1 < len(blocks) and all(ISSUER_LINE.match(p) for p in issuers.split()) \
            and (nxt := blocks[at + 1].text.strip()).startswith("关于") and _DOC_KIND_END.search(nxt) and len(nxt) <= 60:
        return issuers + nxt   # (the issuers on a line of their own over "关于…的通告": a joint document's title)
    if not _DOC_KIND_END.search(t) and "关于" in t and len(t) <= 40 and at + 1 < len(blocks):
        nxt = unwrapped(blocks[at + 1].text.strip())
        if len(nxt) <= 40 and _DOC_KIND_END.search(nxt) and not SENTENCE_END.search(nxt):
            return t + nxt
    return title


_TOPIC_HEAD = re.compile(r"^作者\s*[|｜]?\s*(?:话题|話題)\s*[:：]\s*")


def thread_subject(title: str, as_printed: bool = False) -> str:
    """A thread's subject without what its header row runs into it: SMF's "作者 话题: …", a reply's "Re: [list] …"
    (kept ``as_printed``: a BBS article's own 標題 field), its counters after it ("… (浏览: 3261)"), the
    board's badge ("… [推荐]")."""
    if title.startswith("作者") and (m_head := _TOPIC_HEAD.match(title)) and len(title) - m_head.end() >= 4:
        title = title[m_head.end():]
    if not as_printed and (m_re := F.REPLY_PREFIX.match(title)) and len(title) - m_re.end() >= 4:
        title = F.without_thread_type(title[m_re.end():])
    if (m_count := F.COUNTS_AFTER_RE.search(title)) and m_count.start() >= 4:
        title = title[:m_count.start()]   # (after its badge too)
    if (m_badge := F.THREAD_BADGE_END.search(title)) and m_badge.start() >= 4:
        title = title[:m_badge.start()]
    if title.endswith((")", "）")) and (m_members := _MEMBER_COUNT.search(title)) and m_members.start() >= 3:
        title = title[:m_members.start()]   # (a chat group's name with its members' count: "…业主群(486)")
    return title


_MEMBER_COUNT = re.compile(r"(?<=[群組组])\s*[（(]\d{1,5}[)）]$")
