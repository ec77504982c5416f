"""A post's author and time, read from its element: the user-name element, a <time>, a time
attribute or tooltip, else the first stamp in its short lines (not a profile's, a quote's, an edit's
or an export's)."""
from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from . import fields as F
from .dates import ATTR_TIME, iter_dates, parse_with_precision
from .dom import CLOCK_12_TEXT, SENT_PUNCT, Block, norm_ws, text_content
from .thread_marks import STAMP as _STAMP
from .post_lines import _PROFILE_LINE, is_quote_head


_AUTHOR_CLS = re.compile(r"(?:^|[\s_\-])(?:author|username|user-name|user_name|uname|nick|nickname|poster|"
                         r"authi|author-name|authorname|name|UserLink|postauthor|p_author_name|au)(?:$|[\s_\-])", re.I)
_AUTHOR_CLS2 = re.compile(r"author|username|nick|poster|userlink|p_author_name", re.I)
_USER_HREF = re.compile(r"/(?:people|user|users|u|member|members|space|home|profile|author|people_)/|uid=|space-uid|"
                        r"/u\d|/home\.php\?|action=profile|[?;&]u=\d", re.I)   # (SMF: "index.php?action=profile;u=701")


# the name of a thing, not of a poster: the board's ("forum-bar-name": 澄湾吧), a group's, a channel's, a tag's
_THING_NAME = re.compile(r"(?:forum|board|bar|group|circle|community|site|channel|column|tag|shop|brand|app|file)"
                         r"[-_]?name", re.I)


@lru_cache(maxsize=4096)
def _author_class(ci: str) -> tuple[bool, bool]:
    """(a class and id naming a user's name, naming a badge or title rather): asked once per class string."""
    named = bool(ci.strip()) and bool(_AUTHOR_CLS2.search(ci) or _AUTHOR_CLS.search(ci)) and not _THING_NAME.search(ci)
    return named, named and re.search(r"avatar|badge|icon|desc|detail|level|grade|rank|title", ci, re.I) is not None


_CLOCK_AFTER_NAME = re.compile(r"(?<=\D)\s*" + CLOCK_12_TEXT + "$")


def find_author(member, stop=None) -> str | None:
    first = None
    link = None
    for el in member.iter():
        if el is stop:
            break
        if not isinstance(el.tag, str):
            continue
        if link is None and el.tag == "a" and _USER_HREF.search(el.get("href") or ""):
            t = norm_ws(text_content(el)).strip("\u200b ")
            if 1 <= len(t) <= 30 and not re.fullmatch(r"[\d\s]+", t):
                link = t
        cls, ident = el.get("class"), el.get("id")
        if not cls and not ident:
            continue
        ci = (cls or "") + " " + (ident or "")
        named, badge = _author_class(ci)
        if not named:
            continue
        if el.tag != "a" and badge:
            continue  # user badges and titles ("初级粉丝", "中级会员") are not the name
        t = norm_ws(text_content(el)).strip("\u200b ")
        t = _CLOCK_AFTER_NAME.sub("", t) or t   # (the time in the name's own element: "周立新<span>7:42 PM</span>")
        if 1 <= len(t) <= 30 and not any(True for _ in iter_dates(t, allow_noyear=False)):
            if re.fullmatch(r"[\d\s]+", t):
                continue
            if el.tag == "a" or re.search(r"name|nick", ci, re.I):
                # a nested user-name element is more precise (avatar initials sit beside it)
                for sub in el.iter():
                    if sub is el or not isinstance(sub.tag, str):
                        continue
                    sci = (sub.get("class") or "") + " " + (sub.get("id") or "")
                    if re.search(r"user-?name|username|nick|(?:^|[\s_-])name(?:$|[\s_-])", sci, re.I):
                        st = norm_ws(text_content(sub)).strip("\u200b ")
                        if 1 <= len(st) <= 30:
                            return st
                return t
            if first is None:
                first = t
    if first:
        if link and link in first and first.startswith(link):
            return link   # (the name's profile link, not the box holding it with the rank after it:
        return first      # MyBB's author_information "望舒街住户 注册会员")
    if link:
        return link
    itemprop = member.xpath(".//*[@itemprop='author']//*[@itemprop='name']/@content")
    if itemprop:
        return itemprop[0].strip() or None
    for el in member.xpath(".//*[@itemprop='author'][not(*)]"):   # (the name itself so marked: <b itemprop="author">)
        t = norm_ws(text_content(el)).strip("\u200b ")
        if 1 <= len(t) <= 30 and not any(True for _ in iter_dates(t, allow_noyear=False)):
            return t
    return None


def find_time(member, blocks: list[Block], now, stop=None):
    """The post's time: a <time>, a data-time / datetime attribute, a stamp in a tooltip, else the
    first stamp in its lines. With ``stop``, only elements before it count (the question's own time
    in a box that also holds the answers)."""
    if stop is None:   # (one walk of the post, not an XPath query for each kind)
        times, attributed, titled = [], [], []
        for el in member.iter(etree.Element):
            get = el.get
            if el.tag == "time":
                times.append(el)
            if get("data-time") is not None or get("data-date") is not None or get("datetime") is not None \
                    or get("data-ts") is not None or get("data-timestamp") is not None:
                attributed.append(el)
            if get("title") is not None and el is not member:
                titled.append(el)
    else:
        before = []
        for el in member.iter():
            if el is stop:
                break
            if isinstance(el.tag, str):
                before.append(el)
        times = [el for el in before if el.tag == "time"]
        attributed = [el for el in before if el.get("data-time") or el.get("data-date") or el.get("datetime")
                      or el.get("data-ts") or el.get("data-timestamp")]
        titled = [el for el in before if el.get("title") and el is not member]
    times = [el for el in times if not _in_quote(el, member)]
    attributed = [el for el in attributed if not _in_quote(el, member)]
    for t in times:
        v = t.get("datetime") or t.get("title") or norm_ws(text_content(t))
        dt, _ = parse_with_precision(v, now)
        if dt:
            return dt
    for el in attributed[:5]:
        v = el.get("datetime") or el.get("data-time") or el.get("data-date") or el.get("data-ts") or el.get("data-timestamp")
        dt, _ = parse_with_precision(v, now)   # (an epoch in data-ts, data-timestamp: an app's, NodeBB's)
        if dt:
            return dt
    # exact time in a tooltip behind a relative one (Discuz: <span title="2026-11-19 00:58">6 天前</span>)
    for el in titled[:40]:
        v = el.get("title") or ""
        if 8 <= len(v) <= 40 and (_STAMP.search(v) or ATTR_TIME.match(v) or _TITLE_DAY.match(v) and _TAIL_CLOCK.match(el.tail or "")) \
                and not _edit_label_before(el):
            # (or ISO: "2012-05-14T12:12:37+00:00"; not the last edit's: "最后编辑: <span title=…>")
            dt, has_t = parse_with_precision(v, now)
            if dt and has_t:
                return dt
            if dt and (clock := _TAIL_CLOCK.match(el.tail or "")):   # (MyBB: "<span title="2020-09-18">昨天</span>,
                dt, has_t = parse_with_precision(f"{v.strip()} {clock.group(1)}", now)   # 08:42 PM": the day in the
                if dt and has_t:                                                        # tooltip, the clock after it)
                    return dt
    return time_in_lines(blocks, now)


_TITLE_DAY = re.compile(r"^\s*(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)\s*$")   # (MyBB's
# default is month first: "08-23-2016")
_TAIL_CLOCK = re.compile(r"^\s*[,，]?\s*(" + CLOCK_12_TEXT + r")(?![\d:])")


def _edit_label_before(el) -> bool:
    """The text just before ``el`` labels another time than the post's ("最后编辑: ", "采纳于")."""
    prev = el.getprevious()
    before = (prev.tail if prev is not None else el.getparent().text if el.getparent() is not None else "") or ""
    return bool(before.strip()) and _NOT_POSTED.search(before.strip()[-12:]) is not None


_QUOTE_BOX = re.compile(r"quote|citation", re.I)


def _in_quote(el, member) -> bool:
    """Inside a quoted earlier post (IP.Board's <blockquote data-time="…">): the quoted post's time."""
    while el is not None and el is not member:
        if el.tag == "blockquote" or _QUOTE_BOX.search(el.get("class") or ""):
            return True
        el = el.getparent()
    return False


_JOINED = re.compile(r"^\s*(?:用户|用戶|会员|會員)?(?:注册时间|註冊時間|注册日期|註冊日期|注册|註冊|加入时间|加入時間|加入于|最后登录|最後登錄|上次登录|"
                     r"最后访问|Joined|Registered|Member since|Last visit)\s*[:：]\s*\S", re.I)
_EDIT_AT = re.compile(r"\s*(?:编辑|編輯|修改)(?:于|於)")
_EDITED = re.compile(r"\s*(?:被\S{0,10}?)?(?:重新)?(?:编辑|修改|編輯)")
_NOT_POSTED = re.compile(r"(?:导出|整理|打印|存档|解决|解決|采纳|採納)(?:时间|時間|日期|于|於)\s*[:：]?\s*$|(?:最后|最新|最後)(?:回复|回帖|回覆|发表)(?:时间|于)?\s*[:：]?\s*$|"
                         r"(?:最后|最後)(?:编辑|修改|編輯)(?:于|於|时间)?\s*[:：]?\s*$|修改(?:于|於)\s*[:：]?\s*$|"   # ("修改于 <time>", a Q&A's edit)
                         r"(?:问题补充|補充問題|补充说明|补充问题)(?:于|於|时间)?\s*[:：]?\s*$|(?:更新|更新于|更新於|更新时间)\s*[:：]?\s*$")   # (an export's, the last
# reply's, the last edit's time, a question's later supplement's ("问题补充 2018-10-10 10:20"): no post's)


_PINNED = ("置顶", "[置顶]", "【置顶】", "置頂", "公告 ")


def time_in_lines(blocks: list[Block], now, need_time: bool = False):
    """The first date with a time in the short lines, else (unless ``need_time``) the first date;
    a profile line's date (注册：2020-04-22) is not the post's."""
    best = None
    for b in blocks:
        if len(b.text) > 80 or (need_time and (F.STAT_LINE.match(b.text) or _PROFILE_LINE.match(b.text))):
            continue
        if _JOINED.match(b.text) or is_quote_head(b.text) or b.text.startswith(_PINNED):
            continue   # the poster's registration / last login; the quoted post's time ("以下是引用X在…的发言");
            # a pinned notice's ("置顶 【物业通知】11月22日…")
        for dm in iter_dates(b.text, now):
            if dm.kind == "relative" and len(b.text) > 30:
                continue   # 今天 in a sentence of the post is not its stamp
            if not dm.has_time and len(SENT_PUNCT.findall(b.text)) >= 2:
                continue   # nor a day in its sentences ("…消息，9月17日起在石埠路口设了夜间卡点，…")
            if _NOT_POSTED.search(b.text[max(0, dm.start - 8):dm.start]):
                continue   # "导出时间：…" (a chat export's): the page's, not the post's
            if _EDITED.match(b.text, dm.end) and not _EDIT_AT.match(b.text, dm.end):
                continue   # "（该帖于 2022-06-12 20:13 被作者编辑）": an edit's time (not "<time> 编辑于 <time>")
            if dm.has_time:
                return dm.dt
            if best is None and not need_time:
                best = dm.dt
    return best
