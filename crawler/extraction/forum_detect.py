"""Is this page a forum / Q&A thread? Signals that do not depend on the post markup: the page's
generator and "Powered by" credit, structured data, the address, thread words (楼主, 回复, 个回答 …
in 简体 and 繁體), and short stamped lines in three or more same-shaped siblings with no article above
them. ``crawler.extraction.forum`` then finds the posts."""
from __future__ import annotations

import re

from lxml import etree

from .dates import ATTR_TIME, NAME_STAMP
from .dom import BLOCK_TAGS, SENT_PUNCT, Block, holds_word
from .floor_lines import floor_heads
from .repeated_items import repeated_items
from .item_streams import shape
from .status_bar import status_bar_between
from .thread_marks import COUNT_MARKS, POSTER_LABEL, STAMP, STAMP_CHAR, floor_word

_GENERATOR = re.compile(r"discuz|phpwind|flarum|vbulletin|phpbb|discourse|nodebb|xenforo|dvbbs|mybb|smf|"
                        r"invision|punbb|fluxbb|bbs|forum", re.I)
_URL_FORUM = re.compile(r"(?:viewthread|forumdisplay|showtopic|read\.php\?tid|thread[-_/]\d|(?<!/p)/t/\d|/d/\d|"   # (not a
                        # microblog status's "/p/t/<id>")
                        r"/topic[s]?/\d|/thread[s]?/|/question[s]?/\d|tieba\.[^/]+/p/\d{6,}|bbs\.|forum\.|/forum|/bbs/|"
                        r"tid=\d|/post[s]?/\d|club\.|/ask/|/answer[s]?/\d)", re.I)
_OP_WORD = re.compile(r"[楼樓]主(?![:：])")   # (the opener's badge; not the end of a name before its words: "望江楼主:…")
_COLUMN_HOST = re.compile(r"https?://zhuanlan\.", re.I)   # (a 专栏's articles, "/p/<number>": no 贴吧 thread's address)
_MARK_WORDS = ("楼主", "PO主", "沙发", "板凳", "地板", "只看楼主", "只看该作者", "发表于", "回帖", "本帖", "楼层", "收起回复",
               "个回答", "回答于", "最佳答案", "采纳", "发布于", "编辑于", "点赞", "赞同", "我来答", "我要提问", "追问",
               "提问者", "最佳回答", "回答者", "条回复", "主题帖", "回复楼主", "发帖", "帖子", "回应", "回帖", "提问于", "原帖", "此帖", "条留言", "管理员回复", "版主回复", "回复时间", "回复人",
               "发表评论于", "发表文章于", "[引用]", "发贴时间", "发帖时间", "帖子主题", "本主题共",
               "发起讨论", "参与本讨论", "回复本讨论",   # (a discussion board: Vanilla, Flarum)
               "发信站", "同主题阅读", "同主題閱讀",   # (a telnet-style BBS's web view: 发信人 / 标  题 / 发信站)
               "讨论线索", "討論線索", "回应于", "回應於",   # (a Domino discussion: its thread map, a response's parent)
               # 繁體 boards (Taiwan, Hong Kong)
               "樓主", "只看樓主", "發表於", "回覆", "樓層", "發文", "回應", "引言回覆", "發信人", "发信人", "置顶",
               # boards in English (phpBB, vBulletin)
               "Post by", "Posts:", "Joined:", "Reply with quote", "Post subject", "Quote")
_LIKES = {"点赞", "赞同", "赞N"}
_OP_ONLY = {"只看楼主", "只看該作者", "只看该作者", "只看樓主"}
_CIRCLE_HEAD = re.compile(r"(?:成员|成員)\s*[\d.]+\s*[万萬]?\s*[·|｜]\s*(?:今日)?\s*(?:新帖|新帖子|\d+\s*帖)|"
                          r"[\d.]+\s*[万萬]?\s*(?:成员|成員)\s*[·|｜]\s*今日\s*\d+\s*帖|"
                          r"(?:帖子|主题|主題)\s*[\d.,]+\s*[万萬]?\s*[·|｜]\s*(?:成员|成員)\s*[\d.,]+")   # ("帖子 12,406 · 成员 38,211")
_QA_WORDS = {"个回答", "回答者", "提问者", "最佳答案", "我来答", "回答于", "采纳", "追问", "最佳回答", "我要提问", "提问于"}
_POSTER_REPLY_HEADS = re.compile(r"^(?:(?:回應|回应|回覆|回复)\s*\d{1,3}\s+)?" + POSTER_LABEL + r"\s*\S{1,20}(?:\s+\S{1,10}){0,2}?\s+(?:回复|回帖|發表|发表|回覆)?"
                                 r"(?:日期|时间|時間)\s*[:：]", re.M)   # (a CGI board's "回覆人：青楓里 林里長 里長 日期：…", a guestbook's "回應 1 留言者：X（里民） 發表日期：…")
_FLOOR_LED = re.compile(r"^\d{1,4}\s*[楼樓]\s")
_FLOOR_NO = re.compile(r"\d+\s*[楼樓]")
_DIGITS = re.compile(r"\d+")
# floor names are words of their own, not pieces of others ("白沙发布", a city's account; "抢沙发", a prompt)
# the words by their first character: a word is looked for only when its first character is there
_MARKS_BY_FIRST = tuple((first, tuple(w for w in _MARK_WORDS if w[0] == first))
                        for first in dict.fromkeys(w[0] for w in _MARK_WORDS))
_FLOOR_NAMES = {w: re.compile(r"(?<![\u4e00-\u9fff])" + w + r"(?![\u4e00-\u9fff])") for w in ("沙发", "板凳", "地板")}
_POSTED_AT = re.compile(r"发布于(?![:：]?\s*[\u4e00-\u9fff]{2,8}(?:\s|$))")
_REPLY_ACTION = re.compile(r"^.{0,18}回复$", re.M)
_ENGINES = (r"(?:Discuz|phpwind|PHPWind|vBulletin|phpBB|Discourse|Flarum|NodeBB|XenForo|MyBB|dvbbs|动网|esoTalk|FluxBB|PunBB|"
            r"bbPress|Vanilla|SMF|Simple Machines|IP\.Board|Invision|Kunena|FUDforum|Phorum|MiniBB|Xiuno|Discuz!?Q)")
_POWERED = re.compile(r"[Pp]owered\s+by\s*[:：]?\s*(?:<[^>]{0,200}>\s*)*" + _ENGINES, re.I)
_SUPPORTED_BY = re.compile(r"技术支持\s*[:：]?\s*(?:<[^>]{0,200}>\s*)*" + _ENGINES, re.I)


def _powered_by_forum(text: str) -> bool:
    """A "Powered by Discuz!"-like credit in the first 300,000 or the last 30,000 characters."""
    parts = (text,) if len(text) <= 300_000 else (text[:300_000], text[-30_000:])
    for part in parts:
        i = part.find("owered ")   # one scan for "Powered by" and "Powered By"
        while i >= 0:
            if part.startswith(("by", "By"), i + 7) and _POWERED.match(part, max(0, i - 1)):
                return True
            i = part.find("owered ", i + 7)
        i = part.find("技术支持")   # (a language pack's: MyBB's "技术支持 <a>MyBB</a>")
        while i >= 0:
            if _SUPPORTED_BY.match(part, i):
                return True
            i = part.find("技术支持", i + 4)
    return False


_POSTED_BY = re.compile(r"^(?:(?:发起人|楼主|樓主)\s*[:：]?\s*([^\s:：，。]{2,16})\s+|"
                        r"([^\s:：，。]{2,16})\s+(?:发表于|發表於|发布于|發佈於)\s*)(?:19|20)\d\d")
_FEED_COUNT = re.compile(r"\d[\d.,]*\s*[万萬wW]?\s*(?:评|評|评论|評論|条评论|條評論)$")


def detect_forum(root, url, meta, text, blocks=None) -> bool:
    gen = meta.get("generator", "") + " " + meta.get("application-name", "")
    sample = text[:300_000]
    portal_article = 'id="article_content"' in sample   # (a Discuz portal's article view: the site's news, no thread,
    # whatever its generator or credit say)
    if _GENERATOR.search(gen) and not portal_article:
        return True
    og_type = meta.get("og:type", "")
    if og_type and re.search(r"question|forum|thread|discussion", og_type, re.I):
        return True
    if not portal_article and _powered_by_forum(text):
        return True
    if "flarum" in sample and ("flarum.core.app" in sample or "System.get('flarum/app')" in sample):   # Flarum's boot script (its
        # beta's too): its pages are its discussions
        return True
    if "smf_scripturl" in sample or "MyBBEditor" in sample:   # SMF's and MyBB's page globals (their pages credit
        # the engine without "Powered by": "SMF 2.0.19" as a link's words): every page of theirs is the board's
        return True
    if "detailed-status" in sample and "p-comment" in sample:   # a Mastodon status page with its replies (its
        return True   # "detailed-status" over entries marked "h-cite p-comment"): a conversation, every toot a post
    score = 0
    url_forum = bool(url and _URL_FORUM.search(url)) and not _COLUMN_HOST.match(url)
    if url_forum:
        score += 1
    if holds_word(sample, "@type") and re.search(r'"@type"\s*:\s*"(?:DiscussionForumPosting|QAPage|Question)"', sample):
        score += 2
    if "schema.org/" in sample:
        if re.search(r'itemtype="https?://schema\.org/(?:Question|Answer|DiscussionForumPosting)"', sample):
            score += 2
        elif re.search(r'itemtype="https?://schema\.org/Comment"', sample):
            score += 1
    visible = sample
    if blocks is not None:
        visible = "\n".join(b.text for b in blocks[:3000] if len(b.text) <= 80)
    marks = {w for first, words in _MARKS_BY_FIRST if first in visible for w in words
             if w in visible and (w not in _FLOOR_NAMES or _FLOOR_NAMES[w].search(visible))}
    if "发布于" in marks and not _POSTED_AT.search(visible):
        marks.discard("发布于")   # "发布于：湖南省", an IP location under an article, is no thread word
    if floor_word(visible):
        marks.add("N楼")
    marks.update(name for name, rx in COUNT_MARKS.items() if name[0] in visible and rx.search(visible))
    if (len(marks) < 2 or not marks - _LIKES) and "回复" in visible and len(_REPLY_ACTION.findall(visible)) >= 3:
        marks.add("回复×3")   # a reply action under every post
    if len(marks) >= 4 or (url_forum and len(marks) >= 2):
        score += 1
    if blocks is not None and (url_forum or marks):
        # several short "user + timestamp" lines: a list of posts
        # (a post's own footer, classed "foot"/"ft", holds its stamp on some boards: counted for the
        # repeated items, where a page footer cannot pass, not as stamped lines of their own)
        timed = _timed_owners(root)
        stamped_all = [b for b in blocks[:3000] if ((len(b.text) <= 60 or len(b.text) <= 100 and _FLOOR_LED.match(b.text)) and (
            STAMP_CHAR.search(b.text) and STAMP.search(b.text) or b.owner in timed)) or (
            len(b.text) <= 100 and b.text[:1].isdigit() and STAMP.match(b.text))]   # (a stamp with its edit
        # note after it: "2017-04-12, 08:15 PM (此帖最后编辑于: 2017-04-12, 08:40 PM 由 X.)"; a floor's long head,
        # "3楼 引用 跟帖回复：<subject>… name（四级 | 积分 1120） 2008-09-23 13:12")
        stamped = [b for b in stamped_all if not b.noise_forum]
        # each in one of three or more same-shaped siblings: a post list (likes alone, on a microblog
        # or under an article, are not a thread's words)
        items, first_el = [], None
        if len(stamped_all) >= 3 and len(marks) >= 2 and marks - _LIKES - {"置顶"}:   # (a profile's pinned
            # status, "置顶", and likes: a microblog's words, no thread's)
            items, first_el = repeated_items([b for b in stamped_all if b.extra.get("section") != "related"])   # (not the
            # stamped cards of a 热门推荐 feed under the thread: other stories)
            if items and sum(1 for b in items if _REPORTER.search(b.text) or _SOURCE_STAMP.match(b.text)) * 3 >= len(items) * 2:
                items, first_el = [], None   # articles' bylines ("记者 某某 <time>"): a page of articles
                # printed one after another ("continuous reading"), no posts
            elif items and sum(1 for b in items if _FEED_COUNT.search(b.text)) * 3 >= len(items) * 2:
                items, first_el = [], None   # a feed's cards, each stamped with its comment count ("城事2天前420评")
        if (len(stamped) >= 3 or items) and len(marks) < 4 and not (url_forum and len(marks) >= 2):
            score += 1
        # ... with no article above the first: a thread, whatever the address says (a comment
        # stream follows an article)
        if not items and len(_ruled_runs(stamped_all)) >= 3:
            score += 1   # numbered stamps in one element, its posts parted by <hr> rules only
        floors = [int(_DIGITS.search(m.group(0)).group()) for b in items
                  if (m := _FLOOR_NO.search(b.text) or COUNT_MARKS["#N"].search(b.text))]
        floored = len(floors)
        steps = list(zip(floors, floors[1:]))
        if items and (any(_OP_WORD.search(b.text) or _OP_TAG.search(b.text) for b in items[1:]) or any(
                b.text.startswith(("楼主：", "楼主:", "樓主：")) or len(b.text) <= 30 and not b.punct
                and _OP_WORD.search(b.text) or _OP_REPLYING.match(b.text) is not None
                or len(b.text) <= 80 and _OP_TAG.search(b.text) is not None
                for b in blocks[items[0].index:items[-1].index + 20]) or _leveled_opener_among(blocks, stamped_all, items)) \
                and _prose_before(blocks, items[0]) < 400:
            score += 1   # a reply tagged as the opener's, or the opener answering in a reply's thread ("楼主：收到"),
            # or the opener, a ranked member of the board, speaking again among them: replies, not comments
        elif sum(a > b for a, b in steps) >= 2 and (any(a < b for a, b in steps) or all(a > b for a, b in steps)):
            pass   # floors out of order (#12, #3, #57 …) or counting down (第57楼, 第56楼 …): comments sorted by likes or newest first, under an article
        elif items and (not items[0].extra.get("section") or _floor_two(items[0].text)) and floored >= 3 \
                and floored * 5 >= len(items) * 4:
            score += 1   # every item numbered as a floor ("第2楼 回复人：…"): replies to what stands above
            # (under a "全部回复" heading too when the numbers start at 2: the post above is floor 1)
        elif items:
            opener = _opener(stamped_all, items, blocks, first_el)
            # on reply actions alone (回复 under every item), the first post must be one of the items:
            # a microblog's post above its comments is laid out apart and is no thread
            weak = not (marks - _LIKES - {"回复×3", "#N"})   # (comments numbered "#1", "#2": no thread word)
            # items under a heading ("全部回复 6") read as a comment section, unless the post above
            # them opens with a poster's stamp line laid out as the replies' are (the same user row,
            # "6栋 王姐 业主 11-17 19:42"), not an article's byline
            posted = opener in stamped_all and opener.index < items[0].index and _names_someone(opener.text) \
                and bool(opener.owner.get("class")) and shape(opener.owner) == shape(items[0].owner)
            # ... or the opening post's poster ("X 发表于 <time>", "发起人 X <time>") posting again among the
            # items: the thread's starter answering in it
            poster_b, poster = next(((b, m.group(1) or m.group(2)) for b in blocks[max(0, items[0].index - 20):items[0].index]
                                     if len(b.text) <= 120 and (m := _POSTED_BY.match(b.text))), (None, None))
            if not posted and poster is not None and any(b.text.startswith(poster + " ") for b in items):
                posted, opener = True, poster_b   # (the starter's own line is the opening post's)
            # (a status's counters between its words and the items, "转发 128评论 64赞 512": comments under a status)
            reposted = opener is not None and status_bar_between(blocks, opener.index, items[0].index)
            if (not items[0].extra.get("section") or (posted and not weak)) and _prose_before(blocks, opener) < 100 \
                    and not (weak and opener in stamped_all and opener.index < items[0].index) and not reposted:
                score += 1
    if blocks is not None and "N楼" in marks and score < 2 and _floors_in_order(blocks, "楼主" in marks or "樓主" in marks):
        score += 1   # "楼主", "2楼", "3楼" … over posts whose stamps a script fills (none in the page)
    if blocks is not None and "N楼" in marks and score < 2 and floor_heads(blocks) >= 3 and not _numbered_comments(blocks):
        score += 2 if marks & _OP_ONLY else 1   # lines opening posts with floor, poster and stamp ("[1楼] 阿杰
        # 09-3-17 20:58": a WAP board), with its "只看楼主" link: no article prints those
    if score < 2 and ("Re" in visible or "RE" in visible or "回复" in visible or "答复" in visible) \
            and _reply_subjects(visible) >= 3:
        score += 1   # the replies' subjects, "Re: <the thread's subject> [Re: 某人]", three times or more
    if ("作者" in visible or "人：" in visible or "人:" in visible or "者：" in visible) and \
            len(heads := _POSTER_REPLY_HEADS.findall(visible)) >= 3:
        score += 1   # "作者：某某 回复日期：<time>" over each reply (an old board's floors)
        if sum(1 for h in heads if not h.startswith("作者")) >= 3:
            score += 1   # (labelled as replies' posters, "回覆人：", "回應 2 留言者：": no article's comments)
    if len(marks) >= 7 or len(marks & _QA_WORDS) >= 2:   # many thread words, or a Q&A page's own
        score += 1
    if score < 2 and ("成员" in visible or "成員" in visible) and _CIRCLE_HEAD.search(visible):
        score += 1   # a community's header over the page ("成员 1.9万 · 今日新帖 37", "4.8万成员"): a member's post
    # a chat export, one element per message: five or more same-shaped items, each a "name time" line
    # over words of its own, with no article above them (no thread words needed: a 业主群 has none)
    if score < 2 and blocks is not None and (not marks and _chat_items(blocks) or marks <= _LIKES and (
            "data-time" in sample or "data-ts" in sample) and _timed_messages(root, blocks)):
        return True   # (or their times only in an attribute of each, "data-time", likes their only thread words)
    # a chat log: "name time" lines over their messages, all in one element (a 业主群 archive)
    # (one pass over the short lines first: most pages have no five such lines at all)
    if score >= 2 or blocks is None:
        return score >= 2
    lines = {m.group(0) for m in _CHAT_HEAD_LINES.finditer(visible)}
    heads = chat_heads(blocks, lines) if len(lines) >= 5 else []
    return bool(heads) and _prose_before(blocks, heads[0]) < 100   # (a status above them: its comments)


def _leveled_opener_among(blocks: list[Block], stamped: list[Block], items: list[Block]) -> bool:
    """The opening post's poster, named over its stamp line with a member's level ("北门住户小林 Lv3"),
    speaks again among the items ("北门住户小林那应该是…？昨天 21:52"). (An account's name without a level
    answering under its own article or status is no such sign: its comments stay comments.)"""
    above = [b for b in stamped if 0 < b.index < items[0].index][-3:]   # (its stamp, or an edit note below the text)
    m = next((m for b in reversed(above) if (m := _LEVELED.match(blocks[b.index - 1].text))), None)
    if m is None:
        return False
    name = m.group(1)
    return any(b.text.startswith(name) for b in blocks[items[0].index:items[-1].index + 20])


_LEVELED = re.compile(r"^([^\s，。：:]{2,16})\s*(?:Lv\.?\s*\d{1,2}|LV\.?\s*\d{1,2}|等级\s*\d{1,2})$")


# the opener answering a reply in its sub-replies: "南泓街的猫作者 回复 鹭汀小林：…", "某某 楼主 回复 某某："
_OP_REPLYING = re.compile(r"^[^\s，。：:]{1,20}?\s*(?:楼主|樓主|作者)\s*(?:回复|回覆)\s*\S{1,20}?\s*[:：]")
_REPLY_SUBJECT = re.compile(r"^(?:[＞>]\s*)?(?:Re|RE|re|回复|回覆|答复|答覆)\s*[:：]\s*(.{4,80}?)\s*(?:\[(?:Re|RE|回复)\s*[:：][^\]]{1,30}\])?"
                            r"(?:\s*(?:发布时间|发表时间|發佈時間|發表時間|发表于|發表於)\s*[:：]?\s*(?:19|20)\d\d[-/.年]\S{2,20}(?:\s+\S{3,8})?)?$", re.M)
# (with its stamp run on after it: "回复: <subject>发布时间: 2011/4/13 8:52"; a CGI board's "＞ Re: <subject>")


_NOT_SUBJECT = re.compile(r"[，。；…]|\.\.\.")


def _reply_subjects(visible: str) -> int:
    """How many short lines give one subject after "Re:" (the most repeated one)."""
    counts: dict = {}
    for m in _REPLY_SUBJECT.finditer(visible):
        if not _NOT_SUBJECT.search(m.group(1)) or m.group(0).lstrip("＞> ")[:2] in ("Re", "RE", "re") \
                and "…" not in m.group(1) and "。" not in m.group(1):   # (not a reply's words: "回复：经核实，该处……";
            # a subject after "Re:" may hold its comma: "＞ Re: 中正路騎樓被佔用，推輪椅根本過不去")
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return max(counts.values(), default=0)


_OP_TAG = re.compile(r"(?<![A-Za-z])OP(?![A-Za-z])|PO主")   # (a federated board's mark on the opener's replies: "某某 OP6•2 年前")
_MACHINE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_CN_TIME = re.compile(r"^\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*(?:(?:周|星期)[一二三四五六日天]\s*)?[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s*$")   # (Discourse's tooltip)


_FLOOR_END = re.compile(r"(?<![\d第])(\d{1,4})\s*[楼樓]$")   # (after the poster's name: "某某Lv6 2楼")
_FLOOR_LEAD = re.compile(r"^[\[【](\d{1,4})\s*[楼樓][\]】]\s*[^\s，。！？]{1,16}\s*[:：]$")   # (a WAP board: "[2楼]KX网友7731:")
_FLOOR_ONLY = re.compile(r"^(?:第\s*)?(\d{1,4})\s*[楼樓](?:\s*\S{0,4})?$")
# ... or opening the post's meta row, its stamp or IP location after it ("第2楼03-14IP属地:江苏", an app's row)
_FLOOR_STAMPED = re.compile(r"^(?:第\s*)?(\d{1,4})\s*[楼樓]\s*(?:[·|｜]\s*)?(?=[01]?\d-[0-3]?\d|(?:19|20)\d\d[-/年]|"
                            r"\d{1,2}\s*(?:秒|分钟|小时|天)前|刚刚|昨天|前天|今天|IP属地)")


def _floors_in_order(blocks: list[Block], op_named: bool) -> bool:
    """Four or more floor labels alone on their lines ("2楼", "3楼", "6楼已编辑") or closing a poster's
    line ("某某Lv6 2楼") or opening its meta row ("第2楼03-14IP属地:江苏"), numbered 2, 3, 4 … in page order, below the thread's first post; from "1楼"
    only on a page that names its 楼主 (``op_named``) or has no article above them."""
    floors = [(int(m.group(1)), b) for b in blocks[:3000] if len(b.text) <= 24 and (
        m := len(b.text) <= 10 and _FLOOR_ONLY.match(b.text) or _FLOOR_END.search(b.text) or _FLOOR_LEAD.match(b.text)
        or _FLOOR_STAMPED.match(b.text))]
    numbers = [n for n, _ in floors]
    if len(numbers) < 4 or numbers[0] > 2 or any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return False
    # numbered from "1楼" under an article, with no 楼主 anywhere: an article's comments, numbered
    return numbers[0] == 2 or op_named or _prose_before(blocks, floors[0][1]) < 100


def _timed_owners(root) -> set:
    """Block elements holding a ``<time datetime="…T21:07…">``, or a relative stamp with the exact
    time in its tooltip (``<span title="2026-11-15 19:20:31">2周前</span>``): a stamp whose clock time
    is only in the markup ("11月16日" shown), as script-built boards print them."""
    owners = set()
    stamps = [t for t in root.iter("time") if _MACHINE_TIME.match(t.get("datetime") or "")]
    stamps += [el for el in root.iter(etree.Element) if el.tag != "a" and el.tag != "img" and (title := el.get("title")) is not None
               and (ATTR_TIME.match(title) or _CN_TIME.match(title))]   # (a walk: faster than XPath's "//*[@title]")
    for t in stamps:
        el = t.getparent()
        while el is not None and el.tag not in BLOCK_TAGS:
            el = el.getparent()
        if el is not None:
            owners.add(el)
        if len(owners) >= 200:
            break
    return owners


_OPENER_WORDS = ("楼主", "樓主", "发帖", "發帖", "发表于", "發表於", "提问者", "发信人")
# a news byline's labels: a stamped line with one is the article's, not an opening post's
# a news source's name run into its date ("云堤区融媒体中心2021-08-17 10:05", "蘩泖日报2021-08-16 16:30")
_SOURCE_STAMP = re.compile(r"^[\u4e00-\u9fff]{2,14}(?:融媒体中心|新闻中心|日报|晚报|早报|时报|报社|新闻网|电视台|广播电视台|局|委|办)\s*(?:19|20)\d\d[-/年]")
_REPORTER = re.compile(r"记者|記者|通讯员|通訊員|责任编辑|責任編輯|来源[:：]|來源[:：]")
_BYLINE = re.compile(r"来源|來源|记者|記者|编辑|編輯|责编|通讯员|稿源|出处|发布时间|发稿|作者|日期[:：]|时间[:：]|"
                     r"更新|修改|字号|原文|转载")


_LAST_REPLY = re.compile(r"最后回复|最新回复|最后发表|最後回覆|最後回復|最新回覆")


def _opener(stamped: list[Block], items: list[Block], blocks: list[Block], first_el) -> Block:
    """Where the thread starts: the opening post's own stamp line ("某某 发布于 …") when one stands
    above the repeated items (its text is a post, not an article above a comment stream), else the
    first item's first line (a board that stamps each post below its text)."""
    first = items[0]
    # (below the thread's <h1>, when it has one: the sidebars' stamps above it are other threads')
    h1_at = next((b.index for b in reversed(blocks[:first.index]) if b.tag == "h1"), -1)
    for lowest in (h1_at, -1):
        for b in stamped:
            if b.index >= first.index:
                break
            if b.index < lowest or _LAST_REPLY.search(b.text):
                continue   # (a thread's stats row, "浏览 1,382 回复 10 最后回复 刚刚", is no post's stamp)
            if not _BYLINE.search(b.text) or any(w in b.text for w in _OPENER_WORDS):
                return b   # ("楼主：某某 时间：…" is the opening post's stamp, its 时间： label notwithstanding)
    for b in blocks[:first.index]:
        if b.owner is first_el or any(a is first_el for a in b.owner.iterancestors()):
            return b
    return first


def ruled_stamps(blocks: list[Block]) -> list[Block]:
    """The stamp lines of a board that prints its posts as runs of text in one element, parted only
    by <hr> rules (no element per post): three or more short stamped lines, each numbered as a floor
    ("3楼 2026-11-18 13:20"), all directly in one element that holds two or more <hr>s."""
    stamped = [b for b in blocks[:3000] if len(b.text) <= 60 and STAMP_CHAR.search(b.text) and STAMP.search(b.text)]
    return _ruled_runs(stamped)


# a chat log's header: a name and a time alone on a line ("3栋-王姐 昨天 21:05", "物业-小陈 21:07")
CHAT_HEAD = re.compile(r"^([^\s，。！？、:：]{1,16})\s+(?:(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}\s+|[01]?\d-[0-3]?\d\s+|"
                        r"(?:昨天|前天|今天)\s*)?[0-2]?\d:[0-5]\d(?::\d\d)?$")


_CHAT_HEAD_LINES = re.compile(CHAT_HEAD.pattern, re.M)


def chat_heads(blocks: list[Block], lines: set | None = None) -> list[Block]:
    """The header lines of a chat log printed in one element (name and time on a line, the message
    on the next, parted by <br>): five or more in one element, four in five of them followed there
    by a sentence of their own rather than by another header. ``lines``: the header lines already
    found in the page's short lines (detect_forum's one pass), so blocks are only looked up."""
    by_owner: dict = {}
    for b in blocks[:3000]:
        if b.text in lines if lines is not None else (
                len(b.text) <= 40 and STAMP_CHAR.search(b.text) and CHAT_HEAD.match(b.text)):
            by_owner.setdefault(b.owner, []).append(b)
    for owner, heads in by_owner.items():
        if len(heads) < 5:
            continue
        at = {h.index for h in heads}
        said = sum(1 for h in heads if h.index + 1 < len(blocks) and blocks[h.index + 1].owner is owner
                   and h.index + 1 not in at and blocks[h.index + 1].punct)
        if said >= 0.8 * len(heads):
            return heads
    return []


def _chat_items(blocks: list[Block]) -> bool:
    heads = [b for b in blocks[:3000] if len(b.text) <= 48 and STAMP_CHAR.search(b.text) and NAME_STAMP.match(b.text)]
    if len(heads) < 5 or _prose_before(blocks, heads[0]) >= 100:
        return False   # (an article above the first: a comment stream; checked first, as it is cheap)
    items, _ = repeated_items(heads)
    if len(items) < 5:
        return False
    said = sum(1 for h in items if h.index + 1 < len(blocks) and blocks[h.index + 1].punct
               and not NAME_STAMP.match(blocks[h.index + 1].text))
    return said >= 0.8 * len(items) and _prose_before(blocks, items[0]) < 100




_CLOCK_LEAD = re.compile(r"^\s*[0-2]?\d:[0-5]\d")


def _timed_messages(root, blocks: list[Block]) -> bool:
    """A chat export whose messages carry their times only in an attribute (a WeChat exporter's
    <div class="msg" data-time="1594207935">, another's data-ts): five or more such siblings of one
    class, most a short name line over words of its own (a sentence, or a line longer than a name:
    chats often drop their stops), no article above the first."""
    timed = root.xpath("//*[@data-time or @data-ts]")
    if len(timed) < 5:
        return False
    owners = {b.owner: b for b in blocks[:3000]}
    for parent in {el.getparent() for el in timed[:400] if el.get("class")}:
        if parent is None:
            continue
        kids = [k for k in parent if isinstance(k.tag, str) and (k.get("data-time") or k.get("data-ts"))
                and (k.get("class") or "").split()[:1]]
        by_kind: dict = {}
        for k in kids:
            by_kind.setdefault((k.tag, k.get("class").split()[0]), []).append(k)
        for items in by_kind.values():
            said = 0
            for k in items:
                lines = [owners[e] for e in k.iter() if e in owners]
                if len(lines) >= 2 and len(lines[0].text) <= 20 and not SENT_PUNCT.search(lines[0].text) \
                        and not _CLOCK_LEAD.match(lines[0].text) \
                        and any(x.punct or len(x.text) >= 8 for x in lines[1:]):   # (a name first, no clock: a live
                    # page's entries open with theirs, "11:26" over "主持人"; a name may have its own after it and its unit in
                    # brackets, "吴倩（青枫社区）7:51 PM")
                    said += 1
            if said >= 5 and said >= 0.8 * len(items):
                first = next((owners[e] for e in items[0].iter() if e in owners), None)
                return first is not None and _prose_before(blocks, first) < 100
    return False


def _ruled_runs(stamped: list[Block]) -> list[Block]:
    by_owner: dict = {}
    for b in stamped:
        if floor_word(b.text) or COUNT_MARKS["#N"].search(b.text):
            by_owner.setdefault(b.owner, []).append(b)
    for owner, run in by_owner.items():
        if len(run) >= 3 and sum(1 for k in owner if k.tag == "hr") >= 2:
            return run
    return []


_DATE_BITS = re.compile(r"[\d\-/:年月日\s]+|昨天|前天|今天|刚刚|[秒分钟小时天周]前")


def _names_someone(line: str) -> bool:
    """A stamp line that holds more than its date: a poster's name."""
    return len(_DATE_BITS.sub("", line)) >= 2


_FLOOR_ONE_HEAD = re.compile(r"^[\[【(（]?1\s*[楼樓][\]】)）]?\s*\S")


def _numbered_comments(blocks: list[Block]) -> bool:
    """Floors numbered from "1楼" under an article of its own (a blog post's comments): the first floor
    is no opening post when 300 characters of prose stand above it."""
    first = next((b for b in blocks[:3000] if len(b.text) <= 60 and _FLOOR_ONE_HEAD.match(b.text)), None)
    return first is not None and _prose_before(blocks, first) >= 300


def _prose_before(blocks: list[Block], first: Block) -> int:
    """Characters of article-like paragraphs above ``first``."""
    return sum(len(b.text) for b in blocks[:first.index]
               if not b.noise_forum and b.punct >= 2 and len(b.text) >= 30)


_FLOOR_TWO = re.compile(r"(?<![\w#&])#\s?2(?!\d)|(?<!\d)2\s*[楼樓#]|第\s*2\s*[楼樓]|沙发")


def _floor_two(t: str) -> bool:
    """The first reply's mark of being floor 2 ("#2", "2楼", "沙发")."""
    return _FLOOR_TWO.search(t) is not None
