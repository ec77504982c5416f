"""Which lines of a forum post are its own words: the template's furniture (user column, level,
counters, badges, toolbars, signatures), quoted earlier posts, stamps and thread titles are not.
Found by class names where they help, by the post template's repetition where they do not
(``template_lines``), and by the quote's opening line (``X 说：``, ``以下是引用…的发言``). The boxes named
as furniture by their classes: ``post_meta``."""
from __future__ import annotations

import os
import re
from functools import lru_cache

from . import fields as F
from .body import ISSUER_LINE, SIGNED_DATE
from .dom import CLOCK_12_TEXT, SENT_PUNCT, SENTENCE_END, Block, norm_ws, text_content, text_of
from .post_meta import _in_floor_replies, _in_meta, _in_signature, _wrappers
from .thread_marks import POSTER_LABEL
from .post_lines import (
    _ACTIONS, _ADMIN_REPLY, _BADGE_END, _BBS_HEADER, _BBS_QUOTE, _DATE_LED, _EDIT_NOTE, _FLOOR_LABEL,
    _FORUM_BOILER, _GAP, _HEAD_ROW, _HEAD_RUN, _INLINE_QUOTE, _is_date_line, _LABELLED_STAMP, _LZL_NAME,
    _LZL_REPLY, _LZL_STAMP, _LZL_TAIL, _MENU_LINE, _MOD_NOTICE, _NAME_STAMP, _PROFILE_LINE,
    _prose_beside_dates, _QUOTE_HEAD, _QUOTE_LEAD, _RATING_HEAD, _RATING_TITLE, RATE_LOG, _removal_line, _REMOVED_WHY,
    FOLLOW_UP_LINE, _INLINE_QUOTE_BRACKET, _SIG_SEP, _SIG_WRAPPED,
)

_AUTO_SUBJECT = re.compile(r"^回\s*(?:\d{1,4}\s*[楼樓#]|沙发|沙發|板凳|地板|楼主|樓主)\s*[(（][^)）]{1,24}[)）]\s*的帖子$")
_THANKS_HEAD = re.compile(r"^(?:以下|下列)\s*\d*\s*(?:位)?(?:用户|会员|用戶|會員)?(?:感谢|感謝|赞了|点赞了).{0,30}(?:的帖子|的回复|的发言)?\s*[:：]$")   # (vBulletin's
# "以下会员感谢 X 的这篇帖子：", no count)
_LEAD_STAMP = re.compile(r"(?:(?:19|20)\d\d-)?[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d(?::\d\d)?\s*")
_GLUED_STAMP = re.compile(r"\s*(?:(?:(?:19|20)\d\d-)?\d{1,2}-\d{1,2}\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?|\d{1,2}\s*(?:分钟|小时|天)前|"
                          r"(?:昨天|前天|今天)\s*[0-2]?\d:[0-5]\d|刚刚)$")
_SIG_LABEL = re.compile(r"^(?:签名|簽名|个性签名|個性簽名|个人签名|個人簽名|本人签名|本人簽名|签名档|簽名檔)\s*[:：]")



_RULED_QUOTE_HEAD = re.compile(r"^(?:作者|发帖人|回复人|發帖人)\s*[:：]\s*\S{1,24}\s+(?:回复|回覆|发表|發表|提交)?(?:日期|时间|時間)\s*[:：]\s*\d")

_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=4096)
def _numbered(cls: str) -> str:
    return _DIGITS.sub("#", cls)


def path_in(el, member) -> tuple:
    """Where ``el`` sits in its post: the tags, classes and sibling positions from the post down."""
    out = []
    while el is not None and el is not member:
        parent = el.getparent()
        pos = 0
        if parent is not None:
            for k in parent:
                if k is el:
                    break
                if isinstance(k.tag, str):
                    pos += 1
        # (a class numbered by turns, "tablebody1" / "tablebody2" in alternate posts, is one place)
        out.append((el.tag, _numbered(el.get("class") or ""), pos))
        el = parent
    return tuple(out)


_POSTER_HEAD = re.compile("^" + POSTER_LABEL)
_RE_SUBJECT = re.compile(r"^[＞>]?\s*(?:Re|RE|re)\s*[:：]")
_CLOCK = re.compile(r"\d[:：][0-5]\d")


def _pieced(el) -> bool:
    """``el``'s words are only those of two or more short elements in it, nothing between them (a
    head row: "<span>name</span><span>认证 badge</span><span>提问者采纳</span>"), no prose line."""
    if (el.text or "").strip():
        return False
    pieces = 0
    for child in el:
        if (child.tail or "").strip():
            return False
        if isinstance(child.tag, str) and (t := text_of(child).strip()):
            if len(t) > 16:
                return False
            pieces += 1
    return pieces >= 2


def template_lines(members: list, blocks: list[Block], lo: dict, hi: dict) -> tuple[set, tuple | None, tuple | None]:
    """The posts' furniture, found by repetition rather than by class names: a place in the post
    template (same path from the post down) that in three or more posts, and in nearly every post,
    holds only short lines without a sentence mark (user name, level, counters, a signature's
    slot …). Returns those paths, the one holding the user names (short, differing per post) and
    the one holding the most sentences (the posts' text, whatever its class says)."""
    # the posts: members holding a sentence (a header or quick-reply table of the posts' shape is none)
    members = [m for m in members if m in lo and any(
        b.punct > 0 and len(b.text) >= 10 and not F.TITLE_LABEL_RE.match(b.text) and not _FORUM_BOILER.match(b.text)
        and not F.is_boilerplate(b.text) for b in blocks[lo[m]:hi[m] + 1])]
    n = len(members)
    if n < 3:
        return set(), None, None
    seen: dict[tuple, dict] = {}   # path -> {post number: its lines there}
    where: dict[tuple, dict] = {}  # path -> {post number: index of its first block}
    prose: set = set()
    marks: dict[tuple, int] = {}   # path -> sentence marks in its lines
    for k, m in enumerate(m for m in members if m in lo):
        for b in blocks[lo[m]:hi[m] + 1]:
            if b.owner is m or b.quoted:
                continue
            p = path_in(b.owner, m)
            if (len(b.text) > 24 and not _SIG_SEP.match(b.text) and not _pieced(b.owner)
                    and not (len(b.text) <= 60 and _CLOCK.search(b.text))) or b.punct > 0:   # (nor a head line with
                prose.add(p)   # its stamp: "网友留言 留言人：城东居民 时间：2018年05月07日 14:22")
            seen.setdefault(p, {}).setdefault(k, []).append(b.text)
            where.setdefault(p, {}).setdefault(k, b.index)
            marks[p] = marks.get(p, 0) + b.punct
    if not seen:
        return set(), None, None
    paths = {p for p, per in seen.items() if p not in prose and len(per) >= max(3, n - 1)}
    # a signature's slot: a classed element below the text, one short line in each post that has
    # it, the same line under two or more posts (one poster's signature, whatever it says)
    main = max(seen, key=lambda p: (marks[p], sum(len(t) for lines in seen[p].values() for t in lines)))
    for p, per in seen.items():
        if p in paths or p == main or not p[0][1] or len(per) < 2 or any(
                len(lines) != 1 or len(lines[0]) > 40 for lines in per.values()):
            continue
        if any(k not in where[main] or where[main][k] > i for k, i in where[p].items()):
            continue   # not below the post's text
        texts = [lines[0] for lines in per.values()]
        if len(set(texts)) < len(texts) and all(len(t) >= 4 for t in texts):
            paths.add(p)
    names = None
    for p, per in seen.items():
        texts = [lines[0] for lines in per.values() if len(lines) == 1]
        if p in paths and len(texts) == n and len(set(texts)) >= 0.6 * n and all(2 <= len(t) <= 16 for t in texts) \
                and len(os.path.commonprefix(texts)) < 4 and len(os.path.commonprefix([t[::-1] for t in texts])) < 4 \
                and sum(1 for t in texts if _FLOOR_LABEL.fullmatch(t.lstrip("第"))) * 2 < len(texts):   # (not the floors' labels:
            # "楼主", "沙发", "第4楼")
            # (an action bar numbering its floor: "引用 编辑 2 楼", "第2楼 引用 | 举报")
            names = p
            break
    return paths, names, main


def _quote_box(b: Block, blocks: list[Block], i: int, member):
    """The box a quote head opens: its own element, or the parent when the head has an element of
    its own (``<div class="qx-h">X 说：</div><div>…</div>``); None unless the box holds the next block
    and leaves the rest of the member outside."""
    box = b.owner
    if box is member:
        return None
    if len(text_content(box).strip()) <= len(b.text) + 2:
        sib = box.getnext()
        nxt = blocks[i + 1].owner if i + 1 < len(blocks) else None
        if sib is not None and nxt is not None and (nxt is sib or any(a is sib for a in nxt.iterancestors())):
            return sib   # "<p class="citation">X, 于 …, 说：</p><div class="quote">…</div>": the quote beside it
        box = box.getparent()
    if box is None or box is member or i + 1 >= len(blocks):
        return None
    inside = [x for x in blocks[i + 1:] if x.owner is box or any(a is box for a in x.owner.iterancestors())]
    if not inside or inside[0] is not blocks[i + 1] or len(inside) > 4 or len(inside) == len(blocks) - i - 1:
        return None
    return box


_FLOOR_LEAD = re.compile(r"^(?:楼主|樓主|沙发|沙發|板凳|地板|\d{1,4}\s*[楼樓#]|#\d{1,4})")
_RATE_COUNT = re.compile(r"[:：]\s*共\s*\d+\s*条(?:评分|評分)?(?:记录|記錄)?$")


_FLOOR_HEAD_STAMP = re.compile(r"(?:发表于|發表於|发表时间|發表時間)\s*[:：]?\s*(?:19|20)\d\d[-/.年]")
_REPLY_TARGET = re.compile(r"^(?:回复|回覆)\s*@?\s*[^\s，。！？,!?：:；;]{2,16}$")


def _own_notice(t: str, out: list, blocks: list[Block], i: int, main, member) -> bool:
    """A moderator's notice that is the whole of a post in the posts' text place ("版主提示：本帖已标记为
    “已回应”，…。", the moderator's own floor): the post's words, not a note put into someone's post."""
    return not out and len(t) >= 20 and SENTENCE_END.search(t) is not None and main is not None \
        and path_in(blocks[i].owner, member) == main and not any(
            x.punct > 0 and len(x.text) >= 10 for x in blocks[i + 1:] if path_in(x.owner, member) == main)


def _under_rule(b: Block) -> bool:
    """A short line right under an <hr> rule in its own box (DVBBS: "<hr size=1 width=60%><font color=#808080>
    <signature></font>" under the post's <blockquote>): a signature, not the post's words."""
    if len(b.text) > 30 or SENTENCE_END.search(b.text):
        return False
    for x in b.owner.iter("hr"):
        nxt = x.getnext()
        if nxt is not None and nxt.tag == "font" and norm_ws("".join(nxt.itertext())) == b.text:
            return True
    return False


_CLOCK_ALONE = re.compile(r"\s*" + CLOCK_12_TEXT + r"\s*")


def member_text(member, blocks: list[Block], author: str | None, furniture: set = frozenset(),
                main: tuple | None = None) -> list[str]:
    out = []
    box = None
    inline_quote = False
    # a <blockquote> quotes an earlier post when the post has words of its own outside it; on old
    # boards (dvbbs) the post's own text sits in one
    sig_at = next((i for i, x in enumerate(blocks) if _SIG_SEP.match(x.text)), len(blocks))
    own_outside = any(not x.bq and not x.quoted and x.punct > 0 and len(x.text) >= 6 and not x.noise
                      and not x.extra.get("title") and not RATE_LOG.match(x.text)
                      and "sign" not in (x.owner.get("class") or "") and not _under_rule(x)
                      and sum(ch.isalpha() for ch in x.text) >= 4
                      and not (len(x.text) <= 120 and _FLOOR_HEAD_STAMP.search(x.text))
                      and not (len(x.text) <= 100 and (_RE_SUBJECT.match(x.text) or _POSTER_HEAD.match(x.text) and _CLOCK.search(x.text)))
                      for x in blocks[:sig_at])   # (the thread's title repeated above, a rating log, the
    # signature under its rule, a vote counter under the post, "支持(12)", the floor's head with the subject and
    # its stamp, "楼主 <subject> 发表于 2013-6-5 21:07:33 回复 引用", the reply's subject, "＞ Re: <subject>", its poster's
    # labelled head, "回覆人：X 日期：112/05/04(四) 上午 09:12": no words)
    wrappers = _wrappers(member, blocks)
    headlines = {x.text for x in blocks if x.extra.get("title")}
    removed = False   # "该帖子已被删除": what is left of the post is its frame ("游客")
    thanks = False   # the line after a thanks list's heading: the names
    for i, b in enumerate(blocks):
        if b.bq and own_outside:
            continue
        t = b.text
        if inline_quote:   # a quote written inline ("@某某 4楼 date", its words, then a rule line)
            if _SIG_SEP.match(t):
                inline_quote = False
            continue
        if (len(t) <= 60 and _INLINE_QUOTE.match(t) or t.startswith("【") and _INLINE_QUOTE_BRACKET.match(t)) \
                and any(_SIG_SEP.match(x.text) for x in blocks[i + 1:i + 6]):
            inline_quote = True
            continue
        if _SIG_SEP.match(t) and i + 2 < len(blocks) and len(blocks[i + 1].text) <= 60 \
                and _RULED_QUOTE_HEAD.match(blocks[i + 1].text) and any(_SIG_SEP.match(x.text) for x in blocks[i + 2:i + 8]):
            inline_quote = True   # a quote between rule lines, headed by its post's "作者：X 回复日期：<time>"
            continue
        if furniture and b.owner is not member and path_in(b.owner, member) in furniture:
            continue
        if len(t) <= 120 and (_BBS_HEADER.match(t) or _BBS_QUOTE.match(t)):
            continue   # a BBS article's header lines (发信人/标 题/发信站), its quote ("【 在 X 的大作中提到: 】", ": …")
        if box is not None:
            if b.owner is box or any(a is box for a in b.owner.iterancestors()):
                continue
            box = None
        if RATE_LOG.match(t):
            if len(t) <= 12 and t[-1] in ":：" or b.tag in ("td", "th") and _RATE_COUNT.search(t):   # "本帖最近评分记录："
                # alone over its entries (or a table's head cell with their count, "…：共1条评分记录"): the box around them
                up = next(b.owner.iterancestors("table"), None) if b.owner.tag in ("td", "th") else b.owner.getparent()
                box = up if up is not None and up is not member and any(x is member for x in up.iterancestors()) else None
            continue
        if len(t) <= 40 and _RATING_HEAD.match(t):
            box = next((a for a in b.owner.iterancestors("table", "dl")
                        if any(x is member for x in a.iterancestors())), None)   # (inside the post only)
            continue
        if len(t) <= 20 and _RATING_TITLE.match(t):   # "共 2 条评分" heading its log: the box around both
            # (a table's header cell: the table)
            up = next(b.owner.iterancestors("table"), None) if b.owner.tag in ("th", "td") else b.owner.getparent()
            box = up if up is not None and up is not member and any(x is member for x in up.iterancestors()) else None
            continue
        if len(t) <= 60 and _QUOTE_HEAD.match(t) and not b.quoted and not _FLOOR_LEAD.match(t):   # (not the floor's
            # own head: "3楼<name> 发表于 <time>")
            box = _quote_box(b, blocks, i, member)
            if box is not None or t.startswith(("作者为", "作者為", "以下是引用", "以下引用", "原帖由")):
                continue   # (a head no one says in a post: "作者为 X 查看帖子" over a quote box of its own)
        if _SIG_WRAPPED.match(t) and i >= len(blocks) - 3:
            continue   # "—— 一路向南，看海去 ——" at the end of a post: a signature
        if _THANKS_HEAD.match(t):   # "以下 2 位用户感谢 X 的帖子：" over the names (MyBB's thanks list)
            thanks = True
            continue
        if _THANKS_HEAD.match(t.split("：", 1)[0] + "：") and len(t) <= 160 and not SENTENCE_END.search(t):
            continue   # (… or with the names after it on its line: "…的帖子：蓝莓酱 (2012-09-21)，望江路路人 (2012-09-22)")
        if thanks:
            thanks = False
            if len(t) <= 120 and not SENTENCE_END.search(t):
                continue
        if _SIG_LABEL.match(t) and sum(len(x.text) for x in blocks[i + 1:]) <= 120:
            break   # "签名：北塘人爱北塘", labelled, under the post's text
        if _SIG_SEP.match(t) or t == "--" or (t.startswith(("——", "--", "__")) and _SIG_SEP.match(t.split(" ")[0])):
            if sum(len(x.text) for x in blocks[i + 1:] if not x.text.startswith("※")) <= 120:   # (a BBS's
                # "※ 来源:·…" and "※ 修改:·…" lines under the signature)
                break  # a short tail after a rule line: the signature
            continue
        if b.extra.get("ruled") and out and sum(len(x.text) for x in blocks[i:]) <= 120 \
                and not all(F.REPLY_PREFIX.match(x) for x in out) \
                and any(SENT_PUNCT.search(x) for x in out if x not in headlines):   # (the thread's subject
            # repeated over the first post's text is no words of it: YaBB)
            break   # ... or after an <hr> rule, below the post's text (not below the reply's subject line,
            # "回复: …", nor below the poster's stamp line, with the text under the rule: vBulletin 3, Xiuno)
        if b.noise or b.quoted:
            continue
        if b.tag == "dt" and len(t) <= 8 and not SENT_PUNCT.search(t):
            continue   # a user panel's label, its value a link left out ("所在地" | <a>江州南岸区</a>)
        if len(t) <= 24 and (F.STAT_LINE.match(t) or _PROFILE_LINE.match(t)) or len(t) <= 50 and (
                _DATE_LED.match(t) or F.STATS_LINE.match(t)):
            continue
        if _QUOTE_LEAD.match(t) and len(t) > 6:
            continue
        if not out and len(t) <= 80 and F.REPLY_PREFIX.match(t) and len(t) > F.REPLY_PREFIX.match(t).end() \
                and (not SENT_PUNCT.search(t) and len(t) <= 40 or b.link_len >= len(t) - 1
                     or t[F.REPLY_PREFIX.match(t).end():].strip() in headlines) \
                and any(len(x.text) >= 10 for x in blocks[i + 1:]):   # (or a link to the post: SMF's "Re: <subject>")
            continue   # the reply's own subject line over its text ("回复：楼顶违建", "Re: …")
        if not out and len(t) <= 20 and _REPLY_TARGET.match(t) and any(len(x.text) >= 6 for x in blocks[i + 1:]):
            continue   # whom the reply answers, on a line of its own over its words ("回复 青枫区城管小助手")
        if not out and len(t) <= 40 and _AUTO_SUBJECT.match(t):
            continue   # phpwind's subject for a reply to a floor ("回 沙发(月湖老住户) 的帖子"): the board's, no words
        if author and (t == author or (author in t and (_FLOOR_LABEL.fullmatch(t.replace(author, "", 1).strip())
                                                       or t.startswith(author) and _CLOCK_ALONE.fullmatch(t[len(author):])))):
            continue   # the author's name, alone or with the floor's label ("地板鹿鹿", "楼主 某某", "#3 某某") or its
            # clock ("周立新7:42 PM", a chat export's head)
        if len(t) <= 16 and not SENT_PUNCT.search(t) and sum(
                1 for x in blocks[i + 1:i + 4] if len(x.text) <= 24 and _PROFILE_LINE.match(x.text)) >= 2:
            continue   # a poster's name over the profile lines (等级：…, 帖子：…, 注册：…) of a user column
        if _removal_line(t):
            removed = True
            continue
        if removed and len(t) <= 40 and _REMOVED_WHY.match(t):
            continue
        if _FORUM_BOILER.match(t) or F.is_boilerplate(t) or _GAP.match(t) or _ACTIONS.match(t) or (
                len(t) <= 120 and (_EDIT_NOTE.search(t) or _MOD_NOTICE.match(t) and not _own_notice(t, out, blocks, i, main, member)
                                   or _HEAD_RUN.search(t))):
            continue
        # a sentence inside a meta container (a post quoted in a toolbar, say) stays; a byline
        # ("by 某某 » Thu Nov 19, 2026 10:13 pm") is long and has a comma only because of its date
        if _in_meta(b, member, wrappers) and not (len(t) >= 40 and b.punct >= 1 and _prose_beside_dates(t) >= 40
                                                   and not _in_signature(b, member)) \
                and (main is None or path_in(b.owner, member) != main):   # the posts' text place is never meta
            continue
        if len(t) and b.link_len > 0.5 * len(t) and (len(t) > 300 or b.tag in ("li", "dd", "td")):
            continue
        if (len(t) <= 60 or len(t) <= 100 and not SENTENCE_END.search(t)) and (
                _is_date_line(t.replace(author, " ") if author else t) or _LABELLED_STAMP.match(t)
                             or _NAME_STAMP.match(t) or _HEAD_ROW.match(t) or _MENU_LINE.match(t)) \
                and not (out and SIGNED_DATE.match(t) and ISSUER_LINE.match(out[-1])):   # (a reply's 落款: office, date)
            continue
        if b.tag == "dt" and len(t) <= 21 and t[-1] in "：:":
            continue   # a 楼中楼 reply's speaker in its <dt> ("某某："), its words in the <dd>
        if (m_stamp := _GLUED_STAMP.search(t)) and m_stamp.start() >= 2 \
                and (b.tag == "dd" or _in_floor_replies(b, member)):
            t = t[:m_stamp.start()]   # ... and the reply's stamp glued after them
        if t[:1] == "追" and (m_follow := FOLLOW_UP_LINE.match(t)):
            t = m_follow.group(1)   # a follow-up under the answer: its words, not its label and time
        label = _ADMIN_REPLY.match(t)
        if label and len(t) > label.end():   # the board keeper's answer inside the post: its words only
            t = t[label.end():]
        if t[:1].isdigit() and (m_lead := _LEAD_STAMP.match(t)) and len(t) - m_lead.end() >= 4 and _in_floor_replies(b, member):
            t = t[m_lead.end():]   # a reply in the floor led by its stamp ("2013-10-15 18:20<a>某某</a>：text")
        named = _LZL_NAME.match(t) if b.link_len else None   # (also a comment's own "<a>某某</a>:text")
        if named and abs(b.link_len - len(_BADGE_END.sub("", t[:named.end()].rstrip(" :：\xa0")))) <= 1 \
                and len(t) - named.end() >= 2:
            # "<a>某某</a>: text", "<a>某某</a><i>楼主</i>：text 11-03 20:40", a reply inside the floor
            # (楼中楼): its words
            t = t[named.end():]
            t = _LZL_STAMP.sub("", t) or t
        lzl = _LZL_REPLY.match(t)
        if lzl and len(t) - lzl.end() >= 2:   # "某某 回复 某某：text 11-18 13:17", a reply in the floor
            t = _LZL_STAMP.sub("", t[lzl.end():]) or t[lzl.end():]
        tail = _LZL_TAIL.search(t)
        if tail and tail.start() >= 4:
            t = t[:tail.start()]
            name = _LZL_NAME.match(t)
            if name and not t.startswith("回复") and len(t) - name.end() >= 2:
                t = t[name.end():]
        out.append(t)
    if removed and all(len(t) <= 8 and not SENT_PUNCT.search(t) for t in out):
        return []
    return out
