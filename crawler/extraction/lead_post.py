"""The opening post of a thread when it is laid out apart from the replies: a Q&A page's question
in a box of its own above the answers (with their header bar between), the text above a reply list
inside the same container, or the question above an accepted answer that the text container holds.
``crawler.extraction.forum`` reads the replies."""
from __future__ import annotations

import re

from .meta import nfkc
from .post_lines import same_as_title
from .post_text import member_text


_CLAUSE = re.compile(r"[，。！？；!?]")
_BOARD_RULES = re.compile(r"^(?:版面|本版|版块|论坛|論壇|版區)?(?:规则|規則|规定|規定|版规|版規|公告|须知|須知)\s*[:：]?$|"
                          r"^(?:版面|本版|版块|論壇|论坛)(?:规则|規則|规定|規定|须知|須知|公告)\s*[:：]\s*\S")   # (or on its text's line:
# "本版规定：文明发言，就事论事；…")


# a guestbook's welcome over its messages ("欢迎广大居民…提出意见和建议，留言经审核后显示…")
_BOARD_WELCOME = re.compile(r"留言(?:须|需)?经(?:过)?审核后|^欢迎.{0,24}(?:留言|提出.{0,12}(?:意见|建议))")
_THREAD_NAV = re.compile(r"上一主题|下一主题|上一帖|下一帖|到底部|^页\s*[:：]\s*\[\d")
# the thread's toolbar over its posts: its buttons, its pager and counters ("发表新帖 回复", "共 1 页 本帖共有 6 篇帖子，
# 浏览 3821 次")
_TOOLBAR = re.compile(r"^(?:(?:发表新帖|发新帖|发新话题|发表回复|回复|发帖|新帖|新投票)\s*)+$|^共\s*\d+\s*页\s*本帖共有\s*\d+\s*(?:篇|个)|"
                      r"^\d{0,3}\s*共\s*\d+\s*页$")   # (a pager: "1共1页")
_NOTICE = re.compile(r"^[【\[][^】\]]{0,6}(?:提示|公告|通知|说明|須知|须知|提醒)[】\]]")
# a teaser's summary closed by its item's date ("…解答市民咨询。 [2007-03-17 16:37]"): a hot list's line, no post's
_DATED_TEASER = re.compile(r"[\[(（【]\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*[\])）】]$")
_FIRST_POST_CLS = re.compile(r"(?:^|[\s_-])(?:first-?post|topic-?starter)(?:$|[\s_-])", re.I)


def lead_post(container, members, blocks, lo, hi, ntitle):
    """The opening post when it is laid out differently from the replies (it precedes the reply
    list and is not part of it): (lines or [], the element they were read in). Looked for in the
    text container, then, when that holds nothing before the posts, in its parent and grandparent;
    further up (a Q&A page's question in a box of its own, above the answers' box and its header
    bar), only below the headline."""
    first = next((m for m in members if m in lo), None)
    if first is not None and _FIRST_POST_CLS.search((first.get("class") or "") + " " + (first.get("id") or "")):
        return [], container   # (the list's first item says it is the opening post: class "firstpost")
    lines, used = _lead_in(container, members, blocks, lo, hi, ntitle), container
    anc = container.getparent() if container is not None else None
    climbed, step, tried = False, 0, None
    while step < 4:
        if lines or anc is None or first is None:
            break
        if tried is not None and anc in lo and lo[anc] == tried and anc.getparent() is not None:
            anc = anc.getparent()   # (a wrapper adding nothing above the posts: read the same region)
            continue
        while anc in lo and lo[anc] == lo[first] and container is not None and lo.get(container) == lo[first] \
                and anc.getparent() is not None:
            anc, climbed = anc.getparent(), True   # (the answers' list in a box of its own)
        if anc not in lo or lo[anc] >= lo[first] or not any(a is anc for a in first.iterancestors()):
            break
        lines, used = _lead_in(anc, members, blocks, lo, hi, ntitle, after_title=climbed or step >= 2), anc
        tried, step, anc = lo[anc], step + 1, anc.getparent()
    return lines, used


def question_above(container, blocks, lo, ntitle):
    """A Q&A page whose opening post found in the text container is the accepted answer, in a box of
    its own above the other answers: the question's words between the headline and that box, or []."""
    anc = container.getparent()
    for _ in range(4):
        if anc is None or anc not in lo:
            return [], []
        if lo[anc] < lo[container]:
            region = blocks[lo[anc]:lo[container]]
            t_idx = [i for i, b in enumerate(region) if b.extra.get("title")]
            if not t_idx:   # (the answer's own header bar: further up)
                anc = anc.getparent()
                continue
            region = _below_headline(region[t_idx[-1] + 1:], ntitle)
            lines = _words(anc, region, ntitle)
            return (lines, region) if lines else ([], [])
        anc = anc.getparent()
    return [], []


def _lead_in(container, members, blocks, lo, hi, ntitle, after_title=False):
    if container is None or container not in lo:
        return []
    first = next((m for m in members if m in lo), None)
    if first is None:
        return []
    anc = container
    while anc is not None:
        if anc in members:
            # the best-scoring block is itself a post: the opening post is what precedes the first
            # post inside their common ancestor (a Q&A page's question above its answers)
            container = _common_ancestor([m for m in members if m in lo])
            if container is None or container not in lo or lo[container] >= lo[first]:
                return []
            break
        anc = anc.getparent()
    if hi[container] < lo[first]:
        region = blocks[lo[container]:hi[container] + 1]
    else:
        # the article container holds the reply list: the opening post is what precedes it
        anc = first.getparent()
        while anc is not None and anc is not container:
            anc = anc.getparent()
        if anc is None:
            return []
        region = blocks[lo[container]:lo[first]]
    t_idx = [i for i, b in enumerate(region) if b.extra.get("title")]
    if t_idx:
        region = region[t_idx[-1] + 1:]  # the opening post starts below the thread title
    elif after_title:
        return []
    return _words(container, _below_headline(region, ntitle), ntitle)


def _below_headline(region, ntitle):
    """The region's blocks without the headline (an <h1>/<h2>, or a line holding the title)."""
    return [b for b in region if b.tag not in ("h1", "h2") and not (ntitle and ntitle in nfkc(b.text))]


def _words(container, region, ntitle) -> list[str]:
    """An opening post's lines read from ``region``, or [] when it holds no prose (30 characters
    at least, one scoring line of 15)."""
    if not any(b.score > 0 and len(b.text) >= 15 and not b.noise for b in region):
        return []
    lines = [t for t in member_text(container, region, None) if not (ntitle and same_as_title(t, ntitle))
             and not (len(t) <= 40 and _TOOLBAR.search(t))]
    if any(_BOARD_RULES.match(t) for t in lines[:6]) or any(len(t) <= 40 and _THREAD_NAV.search(t) for t in lines) \
            or any("上一主题" in t and "下一主题" in t for t in lines) \
            or len(lines) <= 2 and any(_BOARD_WELCOME.search(t) for t in lines):
        return []   # (the board's rules box above the posts: "版面规则" over its text; a login box's labels
        # above it: "帳號", "密碼", "公告"; the thread's header bar, a board's news over its pager: "« 上一主题
        # 下一主题 »", "页: [1] 到底部")
    if sum(1 for t in lines if _DATED_TEASER.search(t)) >= 3:
        return []   # (a board's hot list above the posts, its summaries each closed by the item's date)
    if not any(_CLAUSE.search(t) for t in lines):
        return []   # (fields only: "问政编号：… 浏览 3,862 回复单位：…" over the first post)
    if all(_NOTICE.match(t) for t in lines):
        return []   # (the board's notice on the thread: "【督办提示】本帖已于… 转交…")
    return lines if sum(len(t) for t in lines) >= 30 else []


def _common_ancestor(elements: list):
    if not elements:
        return None
    chain = list(elements[0].iterancestors())
    for el in elements[1:]:
        ancestors = set(el.iterancestors())
        chain = [a for a in chain if a in ancestors]
    return chain[0] if chain else None
