"""Forum / Q&A thread pages: the posts (whether a page is a thread is ``forum_detect``'s call).

A thread page is a list of repeated post containers (siblings with the same tag and class). The
group whose members carry the most body-like text wins (each element of that shape at any depth on a
threaded board); each member then yields one Post with its author (user-name element), time
(<time datetime>, then the first date in the post's meta lines; ``post_stamp``) and text (``post_text`` says which
of its lines are the post's own words). Threads whose posts have no element each: ``flat_posts``.
"""
from __future__ import annotations

import re
from itertools import islice

from .dom import SENT_PUNCT, SENTENCE_END, Block, text_content
from .thread_marks import STAMP as _STAMP
from .repeated_items import link_list
from .lead_post import lead_post, question_above
from .message_lines import _NO_REPLY, _NOTICE_HEAD, _PROGRESS
from .sections import marker_line, prose, unanswered_at
from .post_list import _sig, _split_nested, find_post_group
from .post_lines import _PROFILE_LINE, removal_notice, same_as_title
from .post_stamp import find_author, find_time, time_in_lines
from .floor_lines import floor_posts
from .post_text import member_text, path_in, template_lines
from .thread_cleanup import clean_posts
from .chat_log import GROUP_LINE
from .flat_posts import chat_posts, flat_posts, ruled_posts

_FLOOR = re.compile(r"(?:^|[^\d])(\d{1,5})\s*(?:楼|F|#)(?![\w])|#\s*(\d{1,5})(?![\d])")
_FLOOR_STAMP = re.compile(r"(?:^|[^\d])(\d{1,5})\s*(?:楼|樓)\s*(?=(?:19|20)\d\d[-/.]\d)")




_EDITED_ANY = re.compile(r"编辑|編輯|修改|更新|[Ee]dited")
_POSTED_LABEL = re.compile(r"发表|發表|发帖|發帖|发贴|主题|主題|[Pp]osted")
_EXCERPT_END = re.compile(r"(?:(?:……|…|\.\.\.)\s*(?:\d[\d.,]*\s*[万wk]?\s*(?:赞同|赞|likes?|回复|评论))?|"
                          r"\s\d[\d.,]*\s*[万wk]?\s*(?:赞同|likes?))\s*$")
_NAMED_FLOORS = {"楼主": 1, "樓主": 1, "沙发": 2, "沙發": 2, "板凳": 3, "地板": 4}
_AD_LABEL = re.compile(r"^(?:论坛广告|論壇廣告|广告|廣告|广告赞助|廣告贊助|推广|推廣|赞助商链接|贊助商連結|论坛赞助商|論壇贊助商|赞助商|贊助商|Advertisement|AD)$|"
                       r"^[\[【](?:广告|廣告|推广|推廣|[^\]】\s]{2,8}(?:推荐|推薦))[\]】]|"
                       r"^(?:推广|推廣|广告|廣告|赞助|贊助|Sponsored|Promoted)\s*[·•|｜]\s*\S{1,30}$")   # ("推广 · u/某某家居城")   # (an ad floor's label: "[广告]
# 某某论坛商务合作", "【某某热线推荐】…": the site's own)
_AD_SUBJECT = re.compile(r"(?:主题|主題|标题|標題)\s*[:：]\s*(?:Re\s*[:：]\s*)?[\[【](?:广告|廣告|推广|推廣)[\]】]")   # ("主题: 【推广】…")
# a spam floor by its words (the boards' classic invoice and forged-papers ads)
_SPAM = re.compile(r"代[开開](?:各类|各類|各种|各種|正规|正規|普通|增值税|增值稅)*[发發]票|[发發]票代[开開]|刻章[办辦]证|[办辦]证刻章")


_NAMED_POSTER = re.compile(r"^(?:发信人|發信人|作者|发表人|發表人|发帖人|發帖人|回复人|回覆人|楼主|樓主|发言人|發言人)\s*[:：]\s*"
                           r"([^\s,，:：()（）]{1,24})(?=\s|[,，(（]|$)")
_NOT_A_NAME = re.compile(r"[，。！？；,!?;：:\s]")   # (a sentence, a label, a signature's smiley ":)")


def _answered(members, blocks, lo, hi):
    """The posts, unless the page says that nothing is answered yet ("暂无回复" in the reply box
    under the message): that box and every box after it are no replies."""
    said = unanswered_at(blocks)
    if said is None:
        return members
    box = next((m for m in members if m in lo and lo[m] <= said <= hi[m]), None)
    if box is not None and any(prose(b) for b in blocks[lo[box]:hi[box] + 1]):
        return members   # (a post's own empty comment box: "暂无回复" under its text)
    return [m for m in members if m in lo and hi[m] < said]


def _with_listed_answers(members, blocks, lo, hi):
    """The posts, with the items of a list laid between two of them ("其他3条回答" between a Q&A page's best
    answer and its related questions: two or more items alike, each stamped and with words of its own)."""
    if len(members) < 2 or len({id(m.getparent()) for m in members}) != 1:
        return members
    parent, kept = members[0].getparent(), set(map(id, members))
    kids = [k for k in parent if isinstance(k.tag, str)]
    first, last = kids.index(members[0]), kids.index(members[-1])
    out = []
    for k in kids[first:last + 1]:
        if id(k) in kept:
            out.append(k)
            continue
        rows = [el for el in k.iter() if el is not k and isinstance(el.tag, str) and el in lo]
        by_sig: dict = {}
        for el in rows:
            if el.getparent() is not None and el.getparent() in lo:
                by_sig.setdefault((id(el.getparent()), _sig(el)), []).append(el)
        items = max(by_sig.values(), key=len, default=[])
        if len(items) >= 2 and all(
                any(len(b.text) <= 60 and _STAMP.search(b.text) for b in blocks[lo[el]:hi[el] + 1])
                and any(prose(b) for b in blocks[lo[el]:hi[el] + 1]) for el in items):
            out.extend(items)
    return out


def _single_post(container, blocks, lo, hi):
    """A page holding a single post (last page of a thread): the smallest ancestor of the text
    container that also carries the post's timestamp line, without the thread title."""
    el = container
    stamped = None
    for _ in range(8):
        if el is None or el not in lo:
            break
        region = blocks[lo[el]:hi[el] + 1]
        if any(b.extra.get("title") for b in region):
            break
        if any(len(b.text) <= 60 and _STAMP.search(b.text) for b in region):
            stamped = el
            if find_author(el):
                return el
        el = el.getparent()
    return stamped


# a moderator's log over the posts ("此主题相关操作记录：X 于 2007-8-13 10:20:05 将本帖设为精华"): no post
# the asker's rating of the answers, under a "网友评价" head: "★★★★☆ 基本满意 04-20 11:12", "办理时效：16天 回复次数：2"
_RATING = re.compile(r"^[★☆]{3,}|^(?:办理时效|办理用时|回复次数|答复次数|满意度)\s*[:：]")
_MOD_LOG = re.compile(r"主题相关操作记录|主題相關操作記錄|将本帖(?:设为|设置为)?(?:精华|固顶|置顶|加亮|锁定|推荐|移动|关闭)|"
                      r"將本帖(?:設為)?(?:精華|固頂|置頂|加亮|鎖定|推薦|移動|關閉)")
# a list of other threads, each with its day ("· 二手房过户流程求指点 [2006/11/03]"): no post
_LISTED = re.compile(r"^[·・•]\s*\S.{0,60}?\s*[\[(（]\s*(?:19|20)?\d\d[-/.]\d{1,2}(?:[-/.]\d{1,2})?\s*[\])）]$")
_AD_CHIP = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:广告|廣告|推广|推廣)$")


def _ad_chip(member) -> bool:
    """An element of its own saying the floor is an ad ("<span class="label_text">广告</span>五一…",
    "<b>胡同推广</b>　…", "<span class="lab">推广</span>" in its user row), among its first elements."""
    for el in islice(member.iter(), 40):   # (before the floor's words: an ad inside a post is the post's box)
        if not isinstance(el.tag, str):
            continue
        t = (el.text or "").strip()
        if len(t) >= 12:
            return False
        if t and el.tag in _CHIP_TAGS and not len(el) and _AD_CHIP.match(t):
            return True
    return False


_CHIP_TAGS = {"span", "b", "em", "i", "strong", "label", "font", "div"}


def _mark_ad_boxes(blocks: list[Block]) -> None:
    """A small box led by an ad's label ("推广 · u/某某家居城", its pitch, "了解更多") between the
    posts: none of its lines are a post's words."""
    for b in blocks:
        if len(b.text) <= 40 and _AD_LABEL.match(b.text) and len(text_content(b.owner)) <= 200:
            box = b.owner
            for x in blocks[b.index:b.index + 8]:
                if x.owner is box or any(a is box for a in x.owner.iterancestors()):
                    x.noise = True


# a complaint platform's timeline: a step's head tagged with the platform's status, and the complaint's
# fields ("投诉对象：青骑出行", "涉诉金额：86元") over the complainant's words
_STEP_TAGGED = re.compile(r"[\[【〔](?:投诉|诉求|工单|案件)?(?:已分配|已完成|已受理|已转交|已关闭|已审核|审核通过|已派单)[\]】〕]$")
_COMPLAINT_FIELD = re.compile(r"^(?:投诉|诉求)(?:对象|问题|要求|编号|进度|类型|金额)\s*[:：]|^涉诉金额\s*[:：]")

def _time_element_before(el, stop, now):
    """The time a ``<time datetime="…">`` above ``stop`` (the first reply) stands for: the opening post's own,
    before any stamp in its lines ("昨天 20:14" shown, a caption's "9月3日早上7点40分" in its text)."""
    if stop is None:
        return None
    for _ in range(2):   # (the post's own box around its text, its head in it: <article><header><time…>)
        up = el.getparent()
        if up is None or up.tag in ("body", "html") or any(a is up for a in stop.iterancestors()):
            break
        el = up
    if not any(x.tag == "time" and x.get("datetime") for x in el.iter("time")):
        return None
    return find_time(el, [], now, stop=stop)


def extract_posts(body, blocks: list[Block], now, ntitle=None, total=None, lo=None, hi=None, container=None):
    from .core import Post

    if total is None:
        return [], None
    _mark_ad_boxes(blocks)
    # (no element per post: its runs of text between <hr> rules)
    ruled = ruled_posts(blocks, now) if body is not None and next(body.iter("hr"), None) is not None else []
    if ruled:
        return ruled, None
    chat = floor_posts(blocks, now) or chat_posts(blocks, now)   # (floor-led heads first: a chat head too)
    if chat:
        return chat, None
    members = find_post_group(body, blocks, total, lo, hi)
    posts = []
    if not members:
        flat = flat_posts(blocks, now)
        if flat:
            return flat, None
        single = _single_post(container, blocks, lo, hi)
        if single is None:
            return [], None
        members = [single]
        nested = False
    else:
        members, nested = _split_nested(members, lo)
        members = _answered(_with_listed_answers(members, blocks, lo, hi), blocks, lo, hi)
    lead, lead_el = lead_post(container, members, blocks, lo, hi, ntitle)
    if sum(1 for t in lead if len(t) <= 60 and _COMPLAINT_FIELD.match(t)) >= 2 and all(
            len(t) <= 60 and _COMPLAINT_FIELD.match(t) or len(t) <= 16 and not SENT_PUNCT.search(t) for t in lead):
        lead = []   # (a complaint's fields above its timeline of turns: 投诉对象, 投诉要求, …; no post)
    if lead and lead_el is container and hi[container] < lo[members[0]]:
        question, q_region = question_above(container, blocks, lo, ntitle)
    else:
        question, q_region = [], []
    if question:   # the question, then the accepted answer read as the opening post
        posts.append(Post(floor=1, author=None, posted_at=time_in_lines(q_region, now, need_time=True),
                          text="\n".join(question)))
    if lead:
        first = next((m for m in members if m in lo), None)
        when = None
        region = blocks[lo[lead_el]:lo[first]]
        # its own stamp, if any: in an ancestor read above the posts, anywhere in it; in the text
        # container that also holds the posts, or an ancestor holding them, in its lines above them;
        # the accepted answer's, in its header bar below the question
        holds_posts = lead_el is container or any(a is lead_el for a in first.iterancestors())
        # (a line's own stamp before a list's items: a 公告 list's "…报名11-22 09:30" above the post is no stamp of it)
        when = _time_element_before(lead_el, first, now) or (time_in_lines([b for b in region if b.tag != "li"], now, need_time=True)
                                                              or time_in_lines(region, now, need_time=True) if holds_posts else None)
        if question:
            when = time_in_lines(blocks[q_region[-1].index + 1:lo[container]], now, need_time=True) or when
        if when is None and lead_el is not container:
            when = find_time(lead_el, region, now, stop=first if holds_posts else None)
        elif when is None and first is not None:   # (the container's own tooltip time above the posts:
            when = find_time(lead_el, [], now, stop=first)   # <abbr title="2017-08-02T14:20:11+08:00">)
        posts.append(Post(floor=1, author=find_author(lead_el, stop=first), posted_at=when,
                          text="\n".join(lead)))
    furniture, name_path, main_path = template_lines(members, blocks, lo, hi)
    # (which members hold a line where the posts' text is: a table of the posts' shape under them, with
    # the pager, a hot list or the board's footer in it, holds none, and no poster)
    texted = {m for m in members if m in lo and any(b.owner is not m and path_in(b.owner, m) == main_path
                                                   for b in blocks[lo[m]:hi[m] + 1])} if main_path else set()
    pending = None   # a labelled stamp in a row of its own, for the post under it
    last_el = None   # the element of the last post read
    for m in members:
        if m not in lo:
            continue
        mblocks = blocks[lo[m]:hi[m] + 1]
        if nested:   # without the replies nested in this post
            inner = [(lo[c], hi[c]) for c in members if c is not m and c in lo and lo[m] < lo[c] <= hi[m]]
            mblocks = [b for b in mblocks if not any(a <= b.index <= z for a, z in inner)]
        if posts and any(len(b.text) <= 60 and _STEP_TAGGED.search(b.text) for b in mblocks[:2]):
            continue   # the platform's step in a complaint's timeline ("<platform><time>[投诉已分配]"): nobody's words
        author = find_author(m)
        if author is None and name_path is not None:
            author = next((b.text for b in mblocks if b.owner is not m and path_in(b.owner, m) == name_path), None)
        if author is None:   # a name given with its label in the post's head ("发信人: kebab (烤串爱好者), 信区: …")
            author = next((m_name.group(1) for b in mblocks[:6] if len(b.text) <= 80
                           and (m_name := _NAMED_POSTER.match(b.text))), None)
        if author is None:   # a user column: the name over its profile lines (等级/发贴/积分/注册：…)
            author = next((b.text for i, b in enumerate(mblocks[:6]) if len(b.text) <= 16 and not _NOT_A_NAME.search(b.text)
                           and sum(1 for x in mblocks[i + 1:i + 5] if _PROFILE_LINE.match(x.text)) >= 2), None)
        head = next((b.index for b in mblocks if b.extra.get("title")), None)
        words = mblocks if head is None else [   # the thread's headline in the first post: tags and
            b for b in mblocks if b.index >= head or (b.punct and len(b.text) > 30)]   # crumbs above it are not its words
        lines = [t for t in member_text(m, words, author, furniture, main_path)
                 if not (len(t) <= 60 and _COMPLAINT_FIELD.match(t))]   # (the complaint's fields over its words)
        if not lines and furniture and not removal_notice(words):   # a post is never only furniture: a thread of one-liners, say
            lines = member_text(m, words, author, main=main_path)
        if ntitle:
            lines = [t for t in lines if not same_as_title(t, ntitle)]
        if not lines and len(mblocks) <= 4 and not any(_EDITED_ANY.search(b.text) for b in mblocks):
            # a row of its own with a post's stamp: under its text (Dvbbs 7, "<time> TOP"), or over it,
            # labelled (JForum, "发表于: <time> 主题: Re: …"); no edit note
            if any(_POSTED_LABEL.search(b.text) for b in mblocks):
                if nested and posts and posts[-1].posted_at is None and last_el is not None \
                        and any(a is last_el for a in m.iterancestors()):
                    posts[-1].posted_at = find_time(m, mblocks, now)   # (inside the post above: its own
                    # stamp row, nested in its text cell, as LeoBBS prints it)
                else:
                    pending = find_time(m, mblocks, now)
            elif posts and posts[-1].posted_at is None:
                posts[-1].posted_at = find_time(m, mblocks, now)
        # (a moderator's log; not a moderator's post saying so among its sentences, "本版版主。已将本帖置顶一周，请…。也请…。")
        if not lines or all(x.count("。") < 2 and _MOD_LOG.search(x) or _RATING.match(x) for x in lines) or sum(1 for x in lines if _LISTED.match(x)) >= max(3, 2 * len(lines) / 3) \
                or posts and (link_list(m) or marker_line(lines[0]) or _PROGRESS.match(lines[0])
                                   or author and (_PROGRESS.match(author) or _AD_LABEL.match(author))
                                   or any(len(b.text) <= 80 and _AD_SUBJECT.search(b.text)   # (its header row, perhaps
                                          for b in blocks[max(0, lo[m] - 2):hi[m] + 1])            # just above it)
                                   or all(_NO_REPLY.match(x) or _AD_LABEL.match(x) for x in lines)
                                   and not (author and find_time(m, mblocks, now))   # (a poster's own post saying it,
                                   # signed and stamped: a moderator's "已转交…办理，请耐心等待回复。", no placeholder)
                                   or len(lines) <= 5 and (_AD_LABEL.match(lines[0]) or _ad_chip(m) or any(
                                       _AD_LABEL.match(b.text) for b in mblocks[:2]))   # (an ad floor headed by its
                                   # label, in its text or in its user cell: "<b>论坛赞助商</b>")
                                   or len(lines) <= 3 and any(_SPAM.search(x) for x in lines)
                                   or _NOTICE_HEAD.match(blocks[lo[m] - 1].text if lo[m] > 0 else "")   # (a board's rules)
                                   or len(lines) >= 2 and all(_EXCERPT_END.search(x) for x in lines)
                                   or author is None and len(lines) <= 2 and all(GROUP_LINE.search(x) for x in lines)):
            continue   # (a box of links, a section's heading, a 办理进度 list, "暂无回复", other answers'
            # cut-short excerpts ("name：…… 842 赞同"), a chat's group notice ("“某某”撤回了一条消息"): no post)
        if author is None and len(texted) >= 3 and m not in texted and posts and lo[m] > max(lo[x] for x in texted) \
                and not any(len(x) >= 15 and SENTENCE_END.search(x) for x in lines):
            continue   # (below the posts, in no post's text place, no poster, no sentence: "小区其他帖子", a pager)
        when = find_time(m, mblocks, now) or pending
        pending = None
        if when is None and not posts and lo[m] > 0:   # the first post's stamp in a bar just above it
            when = time_in_lines(blocks[max(0, lo[m] - 2):lo[m]], now, need_time=True)
        floor = None
        for b in mblocks:
            if b.text in _NAMED_FLOORS:   # ("楼主", "沙发", "板凳": the first floors' names)
                floor = _NAMED_FLOORS[b.text]
                break
            fm = _FLOOR.search(b.text) if len(b.text) <= 12 else \
                _FLOOR_STAMP.search(b.text) if len(b.text) <= 40 else None
            if fm:   # ("3楼", or "来自Android客户端3楼2026-07-30 20:26": inline spans run together)
                floor = int(next(g for g in fm.groups() if g))
                break
        posts.append(Post(floor=floor or 0, author=author, posted_at=when, text="\n".join(lines)))
        last_el = m
    clean_posts(posts)
    # floors: explicit numbers when they increase, else the position
    prev = 0
    for i, p in enumerate(posts):
        if not p.floor or p.floor <= prev:
            p.floor = prev + 1
        prev = p.floor
    return posts, None
