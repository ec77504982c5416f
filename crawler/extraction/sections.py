"""Sections that follow the article: a comment stream or a "相关新闻 / 猜你喜欢" feed, headed by a
short heading-like line that names such a section (评论, 留言, 相关新闻, 猜你喜欢, 延伸阅读 … in 简体 or
繁體); it marks the blocks that follow it, up to the end of the smallest element that holds the heading
and later blocks, or the next ordinary heading. Only after the article has started (some paragraph
precedes it), so a page whose body follows a side list keeps its body. (Streams found by repeated
sibling structure instead of a heading: ``item_streams``.)
"""
from __future__ import annotations

import re

from .dom import SENTENCE_END, Block

# a heading over other users' words: 评论, 网友留言, 全部回复, 市民心声 …
_OTHERS_WORDS = (r"(?:(?:网友|网民|热门|热点|最新|精彩|精选|全部|用户|读者|相关|文章|新闻|最热|热|业主|住户|"
                 r"網友|網民|熱門|熱點|精選|用戶|讀者|相關|新聞|最熱|熱)?"
                 r"(?:评论|留言|跟帖|跟贴|评论区|討論|评论列表|回复|互动|互動|互动区|評論|評論區|回覆|迴響|回響|"
                 r"聊天室|聊天区|讨论区|討論區|弹幕|彈幕)|"   # (a live page's chat room)
                 r"(?:市民|网友|群众|百姓|居民|读者|網友|群眾|讀者)(?:心声|声音|聲音|说|心聲|說))")
_MARKER = re.compile(
    r"^[\s【\[《—–─]*(?:" + _OTHERS_WORDS + "|"
    r"(?:(?:本版|本站|本区|本吧|本组|本組|圈子|本圈)(?:其他|其它|热门|最新|最近)?|相关|相關|延伸|推荐|推薦|热门|熱門|更多|精彩|猜你|为你|為你|往期|今日|最新|最近|热点|熱點|其他|其它|大家|"
    r"滚动|滾動|即时|即時|实时|實時)"
    r"(?:新闻|新聞|阅读|閱讀|文章|报道|報道|推荐|推薦|稿件|资讯|資訊|链接|鏈接|专题|專題|图片|圖片|视频|視頻|问题|問題|导读|導讀|"
    r"喜欢|喜歡|在看|都在看|还在看|想看|都在搜|要闻|要聞|话题|話題|排行|榜|热帖|熱帖|主题|主題|帖子|"
    r"问政|問政|信件|诉求|訴求|工单|來信|来信)|"   # (a message board's "相关问政", "热门诉求": other messages)
    r"猜你喜欢|猜你喜歡|你可能(?:还)?(?:感兴趣|喜欢)|你可能也喜歡|看了又看|相关阅读|延伸閱讀|编辑推荐|編輯推薦|"
    r"(?:本期|本报|本報)(?:其他|其它)?(?:版面)?(?:精选|精選|导读|導讀|要目)|"   # (an e-paper's "本期其他版面精选")
    r"(?:其他|其它|更多)[\u4e00-\u9fff]{0,4}(?:留言|来信|信件|诉求|问政|工单|在问)|"   # ("其他选民留言", "其他网友在问")
    r"附近的?(?:随手拍|诉求|案件|问题|留言|爆料|工单)|"   # ("附近的随手拍": other reports nearby)
    r"(?:7\s*[×xX*]\s*24|24)\s*(?:小时|小時|[hH])?\s*(?:快讯|快訊|滚动|滾動|直播|资讯|資訊|新闻|新聞)|"   # (a flash stream: "7×24小时快讯")
    r"(?:继续|繼續)(?:阅读|閱讀)(?:下一[则則篇条條](?:新闻|新聞)?)?)"   # (a continuous-reading page's next story)
    r"[\s】\]》—–─]*(?:[（(【\[]?\s*(?:(?:显示|顯示|共)\s*)?(?:\d[\d,，.]*\s*[万萬千wWkK]?)?\s*[条則则篇]?\s*[)）】\]]?)\s*"
    r"(?:[（(]按\S{1,4}(?:排序|排列)?[)）])?\s*[：:>›»]?\s*$")   # ("全部留言（按時間排序）")
# ... an article's comments with their count and sort switch ("评论 1263按热度 ▾"; a post's "全部回复 4按时间"
# heads its thread's replies, no comment section)
_COMMENTS_SORTED = re.compile(r"^(?:网友|热门|最新|全部)?(?:评论|評論|跟帖|跟贴)\s*(?:[（(]?\d[\d,，.]*\s*[万萬wW]?\s*[)）]?\s*)?"
                              r"(?:(?:按热度|按时间|按熱度|按時間|最热|最新|默认)\s*[|｜/]?\s*)+[▾▼∨⌄↓]?$|"   # ("评论 按热度 | 按时间")
                              r"^(?:(?:按热度|按时间|按熱度|按時間|最热|最新|默认)\s*[|｜/]?\s*)+(?:共\s*)?\d[\d,，.]*\s*[万萬wW]?\s*[条則则]\s*(?:评论|評論)$")
# ("按热度 | 按时间 共36条评论": the switch first, the count after it; "全部评论 (146)最热 | 最新")
# ... and one with its count first ("318 评论", "共 46 条评论": a note's or an article's comments; a
# thread's "共 N 条回复" counts its own floors)
# ... or a status's tabs of counters, the comments' first ("评论 52转发 38赞 106", "評論(12) 轉發(3)")
_COUNTER_TABS = re.compile(r"^(?:评论|評論)\s*[(（]?\d[\d,，.]*[万萬wW]?[)）]?\s*(?:(?:转发|轉發|赞|讚|点赞|點讚)\s*[(（]?\d[\d,，.]*[万萬wW]?[)）]?\s*){1,2}$")
_COMMENTS_COUNT_FIRST = re.compile(r"^(?:共\s*)?\d[\d,，.]*\s*[万萬wWkK]?\s*[条則则]?\s*(?:评论|評論|留言)$")   # ("共 6 則留言")
_COMMENTS = re.compile(r"^[\s【\[《]*" + _OTHERS_WORDS + "|" + _COMMENTS_COUNT_FIRST.pattern[1:])
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_STAMP = re.compile(r"(?:19|20)\d\d[-/.年][01]?\d[-/.月][0-3]?\d|[01]?\d[-/月][0-3]?\d日?\s+[0-2]?\d:[0-5]\d|"
                    r"\d+\s*(?:秒|分钟|分鐘|小时|小時|天)前|(?:昨天|今天|前天)\s*[0-2]?\d:[0-5]\d")


# ... and a comment section's heading with its count said in words ("网友评论 （已有28条评论，查看全部）")
_COMMENTS_COUNTED = re.compile(r"^[\s【\[《]*(?:网友|网民|热门|最新|精彩|全部|读者|用户|網友|網民|熱門|讀者|用戶)?(?:评论|評論|留言|跟帖|跟贴|回應|回应|迴響|回响)[\s】\]》]*"
                               r"[（(][^（()）]{0,8}\d[^（()）]{0,40}[)）]\s*$")   # ("（共 38 条，已有 1286 人参与）",
# "（已有28位网友发表评论，以下评论只代表网友个人观点，不代表本站观点）")


# ... or said after it without brackets ("网友评论 已有 35 条评论，共 412 人参与")
_COMMENTS_SAID = re.compile(r"^(?:网友|网民|热门|最新|全部|读者|網友|讀者)?(?:评论|評論|留言|跟帖)\s+(?:已有|共有?)\s*\d[\d,，]*\s*[条則则篇]"
                            r"\s*(?:评论|評論|留言|跟帖)?(?:\s*[，,]\s*共?\s*\d[\d,，]*\s*人参与)?$|"
                            r"^(?:网友|网民|热门|最新|全部|读者|網友|讀者|熱門)?(?:评论|評論|留言|跟帖|跟贴)\s*\d[\d,，.]*\s*[万萬wW]?\s*人(?:参与|參與)$|"   # ("热门跟贴1,329人参与")
                            r"^(?:全部|热门|最新)?追问\s*[（(]?\d[\d,，]*[)）]?$")   # (澎湃's comments, "追问26", with their count: a
# 问政 page's follow-up turn is headed by no count)


def is_marker(b: Block) -> bool:
    t = b.text
    return len(t) <= 60 and ((b.link_len <= len(t) // 2 or _linked_tail(t, b.link_len))
                             and (marker_line(t) or _LIVE_WIDGET.match(t) is not None)
                             or t[:1] in "评評" and _COUNTER_TABS.match(t) is not None)   # (a status's tabs: links)


# a live widget's heading with its state or its name under an article ("图文直播 · 已结束 参与人数 18,204",
# "图文直播｜烟火集市开市首夜"): its entries
# are the live's, not the article's (only after the article's own prose, as comments are)
_LIVE_WIDGET = re.compile(r"^(?:图文直播|圖文直播|现场直播|現場直播)\s*[·|｜]\s*(?:已结束|已結束|直播中|进行中|進行中|[^\s，。]{2,20}$)|"
                          r"^(?:滚动直播|滾動直播|即时动态|即時動態|实时动态|實時動態|直播动态|直播動態|现场快讯|現場快訊)"
                          r"(?:\s*[·|｜:：]?\s*[^\s，。]{1,10})?$|"
                          r"^[\u4e00-\u9fff]{2,8}\s*[·|｜:：]\s*(?:实时更新|實時更新|滚动更新|滾動更新|实时直播|滚动播报)$|"
                          r"^[\u4e00-\u9fff]{2,12}\s*[·|｜]\s*(?:正在直播|直播中)$")   # ("新闻综合频道 · 正在直播": a channel's live feed beside it)   # (a live feed's
# heading under the article: "滚动直播 · 防汛一线", "攻坚动态 · 实时更新")


_MARKER_TAIL = re.compile(r"\s*(?:查看(?:全部|所有)(?:评论|評論|留言|回复|回覆|回應)?|查看更多|全部评论|全部評論|更多评论|更多評論|"
                          r"进入详细评论页|進入詳細評論頁|详细评论|詳細評論|"   # (DedeCMS: "最新评论 进入详细评论页>>")
                          r"我要(?:评论|評論|回应|回應|留言|发言|發言)|发表评论|發表評論|"
                          r"大家都在搜\s*[:：]\s*[^\s:：]{1,20})\s*[>»›]*$")   # (a video page's search chip: "大家都在搜：<query>")


_CIVILITY = re.compile(r"\s*[（(【\[]?\s*(?:文明上网|理性发言|请遵守|請遵守|评论仅代表|評論僅代表|以下评论|网友评论仅|不代表本站|"
                       r"(?:本區|本区|本站|本網|本网|本報|本报)(?:言論|言论|留言|評論|评论)?(?:不代表|僅代表|仅代表)).*$")   # ("本區言論不代表本報立場")
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")


_COMMENTS_COUNT_ANY = re.compile(r"(?:已有|共有?)\s*\d[\d,，]*\s*(?:人|条|則|位)\s*(?:网友|網友|读者|讀者)?\s*(?:参与|參與|发表|發表)?\s*"
                                 r"(?:评论|評論|跟帖|跟贴|留言)")


def _linked_tail(t: str, link_len: int) -> bool:
    """The line's links are its tail ("最新评论" + "进入详细评论页>>"), asked only of a line naming one."""
    return ("详细" in t or "詳細" in t or "查看" in t or "全部" in t or "更多" in t or "我要" in t or "发表" in t
            or "發表" in t) \
        and link_len <= len(t) - len(_MARKER_TAIL.sub("", t))


def marker_line(t: str) -> bool:
    """A line that heads other users' words or other items ("网友评论 (37)", "相关推荐"), perhaps
    with its link to all of them ("网友评论（共 11 条） 查看全部评论")."""
    if 12 < len(t) <= 36 and t[-1] not in ")）" and ("查看" in t or "全部" in t or "更多" in t or "我要" in t or "發表" in t
                                                  or "发表" in t or "详细" in t or "詳細" in t):
        t = _MARKER_TAIL.sub("", t) or t
    if len(t) > 12 and (m := _CIVILITY.search(t)) is not None and m.start() >= 2 and (
            t[m.start()].isspace() or t[m.start() - 1] in ")）"):
        t = t[:m.start()]   # (its civility notice after it: "网友评论（5） 文明上网理性发言，请遵守…")
    if len(t) <= 60 and t[-1] in ")）" and _COMMENTS_COUNTED.match(t):
        return True
    if len(t) <= 50 and ("已有" in t or "共" in t) and _COMMENTS_COUNT_ANY.search(t) and not SENTENCE_END.search(t):
        return True   # ("网友评论 已有 236 位网友发表评论", "已有 137 人参与评论，显示最新 32 条 …网友评论")
    if len(t) <= 40 and _COMMENTS_SAID.match(t):
        return True
    if len(t) <= 16 and (_MARKER.match(t) is not None or _COMMENTS_COUNT_FIRST.match(t) is not None):
        return True
    if len(t) <= 24 and (_COMMENTS_SORTED.match(t) is not None or t[:1] in "评評" and _COUNTER_TABS.match(t) is not None):
        return True
    # a board's or column's name before it: "城市杂谈 其他热门主题"
    head, _, rest = t.rpartition(" ")
    return 2 <= len(head) <= 8 and 4 <= len(rest) <= 16 and _BARE_NAME.fullmatch(head) is not None \
        and _MARKER.match(rest.removeprefix("其他").removeprefix("其它")) is not None   # ("其他热门主题")


def _prose_line(b: Block) -> bool:
    return not b.noise and b.punct >= 2 and b.nonlink >= 30 and b.link_len <= 0.3 * len(b.text)


def _prose_sibling_after(blocks: list[Block], i: int, parent) -> bool:
    return any(x.owner.getparent() is parent and x.punct >= 2 and x.nonlink >= 30 and not x.noise
               for x in blocks[i + 1:i + 40])


def article_started(blocks: list[Block], i: int) -> bool:
    """Some paragraph-like prose precedes block i, and not as a sibling of it with more after it (a
    "评论：" line among the article's own paragraphs is a sub-heading of the article; after the box
    of the text, with comments' boxes below it, it heads them)."""
    parent = blocks[i].owner.getparent()
    started = False
    lines = 0   # (or a note's short lines, a comma each: "今天下班路过南渚夜市，看到…")
    for b in blocks[max(0, i - 400):i]:
        if not b.noise and b.link_len <= 0.3 * len(b.text) and (
                b.punct >= 2 and b.nonlink >= 30 or b.punct >= 1 and b.nonlink >= 15 and lines >= 2):
            if b.owner.getparent() is parent and b.owner is not parent and _prose_sibling_after(blocks, i, parent):
                return False
            started = True
        lines = lines + 1 if not b.noise and b.punct >= 1 and b.nonlink >= 15 else 0
    return started


# an article that prints a letter and its answer under bracketed heads ("【留言】" … "【回复】")
_OWN_ASK_HEAD = re.compile(r"^[【\[](?:留言|来信|网友留言|市民来信|问)[】\]]$")
_OWN_REPLY_HEAD = re.compile(r"^[【\[](?:回复|答复|回应|答)[】\]]$")


_SORT_TABS = re.compile(r"(?:\s*[|｜/]?\s*(?:最热|最新|热门|最早|按时间|按热度|默认|正序|倒序|热度|时间)){2,4}\s*")
_COUNT_NOTE = re.compile(r"^[（(]?\s*(?:已有|共有?)\s*\d[\d,，]*\s*[条則则篇位人][^。！？]*[)）]?$")


def mark_trailing_sections(blocks: list[Block], hi: dict | None = None) -> int:
    """Mark blocks of comment / related-story sections as ``extra['section']``; returns how many."""
    marked = 0
    n = len(blocks)
    i = 0
    while i < n:
        b = blocks[i]
        if not is_marker(b) or _OWN_REPLY_HEAD.match(b.text) and any(
                _OWN_ASK_HEAD.match(x.text) for x in blocks[max(0, i - 40):i]):   # (【留言】 … 【回复】: the
            i += 1                                                                  # article's own two parts)
            continue
        # what follows: other users' words ("comments": 评论, 留言, 回复) or other stories ("related")
        kind = "comments" if _COMMENTS.match(b.text) or _LIVE_WIDGET.match(b.text) else "related"
        started = article_started(blocks, i)
        if not started and kind != "related":
            i += 1
            continue
        # the smallest ancestor of the heading that also holds later blocks bounds the section
        end = i
        el = b.owner
        while el is not None:
            last = _last_index(el, blocks, i, hi)
            if last > i and not (last - i <= 2 and el.getparent() is not None and all(
                    (len(x.text) <= 30 and _COUNT_NOTE.search(x.text) or len(x.text) <= 40 and not x.punct
                     or len(x.text) <= 60 and _COUNT_NOTE.search(x.text) and _CIVILITY.search(x.text))
                    and (x.link_len < 0.5 * len(x.text) or _SORT_TABS.fullmatch(x.text))
                    for x in blocks[i + 1:last + 1])):
                end = last
                break   # (not a header box holding the heading and a counter beside it: "实时更新 共28条",
                # "（已有 46 条评论，查看全部）", "直播时间：2023-07-21 18:00 观看 12.3万进入直播间 >", "共有 24 条评论，
                # 以下评论仅代表网友个人观点，不代表本站立场", the sort tabs beside it as links, "最热 最新")
            if el.tag in ("td", "th") and any(c.tag in ("td", "th") for c in el.itersiblings()):
                break   # (last in a side column's cell, the page's text in the next column: it heads nothing)
            el = el.getparent()
        if not started and (end == i or sum(1 for x in blocks[end + 1:end + 80] if _prose_line(x)) < 2):
            i += 1   # other stories listed before the text (an e-paper's left column, "本版其他新聞" with
            continue   # each story's 導語): a section only when the page's prose follows it, outside it
        j = i
        for j in range(i, end + 1):
            bj = blocks[j]
            if j > i and bj.tag in _HEADING_TAGS and not is_marker(bj) and bj.owner is not b.owner and not (
                    kind == "related" and j + 1 <= end and len(blocks[j + 1].text) <= 60
                    and _STAMP.search(blocks[j + 1].text)):   # (a reprinted story's own headline and dateline)
                break
            bj.extra["section"] = kind
            marked += 1
        i = max(j, i) + 1
    return marked


_NO_REPLY_YET = re.compile(r"^\W?暂无(?:回复|答复|回答|办理结果|处理结果)\W?$")


def unanswered_at(blocks: list[Block]) -> int | None:
    """Where a message says it has no reply yet ("暂无回复" in its reply box, below its text)."""
    said = next((b.index for b in blocks if len(b.text) <= 12 and _NO_REPLY_YET.match(b.text)), None)
    if said is None or not any(prose(b) for b in blocks[:said]):
        return None
    return said


def prose(b: Block) -> bool:
    return b.punct >= 2 and len(b.text) >= 20 and not b.noise


def mark_unanswered(blocks: list[Block]) -> None:
    """A message with no reply yet has none further down: a comment-like section after that line is
    other messages' replies (a 最新回复 box), noise."""
    said = unanswered_at(blocks)
    if said is not None:
        for b in blocks[said + 1:]:
            if b.extra.get("section"):
                b.noise = True
            elif prose(b):
                break   # (more of the page's own words: a thread's floors after a post's empty box)


def _last_index(el, blocks: list[Block], start: int, hi: dict | None) -> int:
    if hi is not None and el in hi:
        return hi[el]
    last = start
    k = start + 1
    while k < len(blocks):
        o = blocks[k].owner
        inside = False
        while o is not None:
            if o is el:
                inside = True
                break
            o = o.getparent()
        if not inside:
            break
        last = k
        k += 1
    return last


def mark_source_card(blocks: list[Block]) -> int:
    """Mark as noise a reposted account article's card above its text: "以下文章来源于X ，作者Y" and the
    source account's name and description in the element after it (not the article's words)."""
    for b in blocks[:300]:
        if b.text.startswith(("以下文章来源于", "以下文章來源於")) and len(b.text) <= 80:
            b.noise = True
            marked, card = 1, b.owner.getnext()
            if card is not None and sum(len(t.strip()) for t in card.itertext()) <= 200:
                for x in blocks[b.index + 1:b.index + 8]:
                    if x.owner is card or any(a is card for a in x.owner.iterancestors()):
                        x.noise = True
                        marked += 1
            return marked
    return 0
