"""A 留言板 / 问政 page: a citizen's message and the official reply, perhaps with 追问 and a second
reply, each under its own labels (留言时间：…, 答复时间：…, 追问人：…). Found by those labels, not by
the markup (boards differ in layout but label their fields alike); each turn becomes one post, so
the replies, usually in a ``reply`` container that news rules take for comments, are read too."""
from __future__ import annotations

import re
from datetime import datetime

from . import fields as F
from .body import ISSUER_LINE, SIGNED_DATE
from .dates import DATETIME, NAME_STAMP, RECENT_TIME, iter_dates
from .dom import HEADINGS, SENT_PUNCT, SENTENCE_END, Block, text_content

# a turn's labels, anywhere in a short line ("留言人：某某 留言时间：…", "某某局答复时间：…")
_ASK_LABEL = r"(?:留言|来信|写信|来件|来电|受理|提问|诉求|投诉|举报|上报|咨询|反映|提交|追问|补充)(?:时间|日期)\s*(?:[:：]|$|(?:19|20)\d\d)"
_ASK_AT = re.compile(r"(?:留言|提问|反映|投诉)于\s*(?:19|20)\d\d")   # ("网友“某某” 提问于 2026-11-16 19:48")
_ASK = re.compile(_ASK_LABEL + "|" + _ASK_AT.pattern)
# a leaders' message board prints the times bare: "留言对象：某某 2026-10-29 20:16:31", and the reply under
# the answering office's name ("某某区城市管理局2026-11-15 16:08:47")
# the asker's fields ("留言对象：", "提问人：", "留言用户："): one flat alternation (nested ones are several
# times slower over a page's lines)
_ASKER = r"(?:留言|来信|提问|问政|投诉|咨询|反映|诉求)(?:对象|编号|人|者|用户)\s*[:：]"
_ASK_BARE = re.compile(_ASKER + r".*?" + DATETIME)
_NETIZEN_AT = re.compile(r"网友\s*(?:[:：]\s*[^\s:：]{1,20}|[^\s:：]{0,12}[*＊]{2,}[^\s:：]{0,8})\s*" + DATETIME)   # ("网友：某某 2024-09-03 20:14"; apart:
# one alternation of both is three times slower)
# the same with the stamp a line or two below the label ("留言对象：某某书记" / tags / "name <time>")
_ASK_FIELD = re.compile("^" + _ASKER)
_ASK_SPLIT = re.compile(_ASKER + r"[^\n]*\n(?:[^\n]*\n)?[^\n]{0,24}?" + DATETIME)
_TURN_WORD = re.compile(r"回复|答复|回覆|追问|补充|提问|留言|时间|日期|评价|回访")   # (labelled stamps are read by their labels)
_NOTICE_HEAD = re.compile(r"^(?:(?:写信|留言|来信|投诉|咨询|问政|办事|使用|网站)?(?:须知|注意事项)|温馨提示|特别提示)\s*[:：]?$")   # (the board's rules)
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.、．]|[（(](?:\d{1,2}|[一二三四五六七八九十])[)）])\s*\S")
_PAGE_MARK = re.compile(r"第\s*\d+\s*页\s*[/／,，]?\s*共\s*\d+\s*页")   # (a printed form's page break: it goes on)
_BARE_STAMP = re.compile("^" + DATETIME + r"(?::\d\d)?$")
_BARE_DATE = re.compile(r"^[\[(（]?(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[\])）]?$")
_REPLY_BARE = re.compile(r"^[\u4e00-\u9fff（）()]{2,28}(?:局|委|办|厅|部|院|政府|委员会|办公室|中心|办事处|管委会|街道)\s*"
                         + DATETIME + r"(?::\d\d)?\s*(?:回复|答复)?$")   # ("某某局 2026/11/13 17:02 回复")
# (the page-wide check searches the label forms one regex at a time: one alternation of both is
# several times slower on a page's worth of short lines)
_ASK_LINES = re.compile(_ASK_LABEL, re.M)
# "发布时间" labels a message only on a line that also names the board's fields ("问政编号：… 网友：…
# 发布时间：… 问政对象：…"); alone it is a news byline
_POSTED = re.compile(r"(?:发布|发表)(?:时间|日期)\s*[:：]")
_BOARD_FIELD = re.compile(r"问政|网友\s*[:：]|留言(?:人|对象|编号)|诉求|信件编号|来信人")
# the reply headed by the answering office's name ("某某区城市管理局回复", 人民网's 领导留言板)
_UNIT_REPLY = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:局|委|办|厅|部|院|政府|委员会|办公室|中心|办事处|管委会|街道|大队|中队)"
                         r"\s*的?(?:初步|正式|最终|阶段性|二次|再次)?(?:回复|答复|办理结果|回复内容|答复内容)\s*(?:" + DATETIME + r"(?::\d\d)?)?$")
_FOLLOW = re.compile(r"^(?:追问|继续追问|补充|再次留言|网友追问)(?:人|内容)?\s*[:：]?\s*(?:" + DATETIME + r"(?::\d\d)?\s*)?$|"
                     r"(?:追问|补充)(?:人|时间)\s*[:：]")   # ("网友追问 2026-11-18 20:16")
_REPLY = re.compile(r"(?:回复|答复|回应|回音|办理|处理|处置|办结)(?:时间|日期)\s*(?:[:：]|$|(?:19|20)\d\d)|"
                    r"^(?:回复|答复|办理|处理|处置)(?:单位|部门|机构|内容|意见|结果|情况)\s*(?:[:：]|$|\s|(?:19|20)\d\d)|^官方(?:回复|答复)\s*[:：]?$|"
                    r"^追问(?:回复|答复)\s*[:：]?|^(?:现场|部门|官方)回应\s*[:：]|(?:回复|答复)于\s*(?:19|20)\d\d")   # ("追问回复：某某区委办公室")
# what follows the last reply: the citizen's rating, the hotline's return visit, a note
_AFTER = re.compile(r"^(?:网友|群众|市民|来信人|留言人|来电人|提问人|诉求人|投诉人|咨询人|写信人|反映人)?(?:(?:回访|满意度|办理|服务)?评价|满意度|回访)(?:情况|结果|时间)?(?:\s*[:：★☆]|\s|$|(?:19|20)\d\d)|^注\s*[:：]|^\S{0,8}评价时间\s*[:：]|"
                    r"^您?对(?:本次|此次|该|部门|单位)?(?:回复|答复|回应|办理|处理)(?:结果)?是否满意")
_DIGIT_GROUP = re.compile(r"(?<=\d)[,，](?=\d)")
_TIME_LABEL = re.compile(r"(?:时间|日期)\s*(?:[:：]|$|(?:19|20)\d\d)")
_AUTHOR = re.compile(r"(?:留言人|留言者|留言用户|来信人|提问人|提问者|网友)\s*[:：]\s*([^\s:：]{1,20}?)"
                     r"(?=[\s:：]|$|(?:19|20)\d\d[-/.年]\d|[\u4e00-\u9fff]{2}(?:时间|日期)[:：])")   # (a name glued
# to the time, or to the next label, after it)
_LABEL_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]")
_DISCLAIMER = re.compile(r"仅代表(?:个人|网友|作者|发帖人)(?:观点|意见|立场)|文明上网|理性发言|^(?:温馨)?提示\s*[:：]|^注\s*[:：]|"
                         r"^(?:说明|声明)\s*[:：]本(?:栏目|网站|平台|页)")
# a message page's status field, there even before any reply ("办理状态 | 办理中")
_STATUS = re.compile(r"^(?:办理|处理|办件|工单|回复)状态|^(?:办理中|待办理|待回复|受理中|已受理|已办结|已回复|已办理|已答复|已处理|已回应|待回应)$")
_PROGRESS = re.compile(r"^(?:办理|处理|流转)(?:进度|过程|流程|记录)\s*[:：]?$")
_PROGRESS_LINE = re.compile(r"^(?:办理|处理|流转)(?:进度|过程|流程|记录)\s*[:：]")   # (its steps on the line)
_LETTER_SALUTE = re.compile(r"^(?:尊敬的[^\s，。,.]{1,10}[:：，,]|(?:尊敬的)?[\u4e00-\u9fff]{1,6}[:：，,]?\s*(?:您|你)好[:：！!，,]?)$")
_LETTER_CLOSE = re.compile(r"^(?:谢谢|感谢|多谢|此致敬礼|此致|敬礼)[！!。]?$")
_NAME_SALUTE = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:[*＊×]{1,3}|某{1,2}|先生|女士|同志)(?:[（(](?:先生|女士)[)）])?\s*[:：]"
                          r"(?:\s*(?:您|你)好[！!。，,]?)?$")   # ("王**：" opens a formal reply)
_SALUTATION = re.compile(r"^(?:尊敬的)?(?:网友|市民|群众|先生|女士|来电人|来信人|留言人)?(?:您|你)好\s*[:：！!，,]?$")
_NEW_REPLY = re.compile(r"^(?:阶段性|最终|最后|补充|二次|再次|重新)(?:回复|答复|办理结果|办理\s*[:：]?$)")
_REPLY_HEAD = re.compile(r"^(?:官方|部门|单位|代表|领导|政府)?(?:回复|答复|回应|回音|办理|处理)(?:回复|答复)?(?:信息|内容|意见|结果|情况|详情)?"
                         r"\s*(?:[（(]?(?:\d{1,2}|[一二三四五六])[)）]?)?\s*[:：]?$")   # ("答复1", "回复（二）")
# the message's own section heading (<h3>诉求内容</h3> under the fields' table): its text follows
_ASK_HEAD = re.compile(r"^(?:(?:网友|市民|群众)(?:诉求|留言|来信|反映|提问)|"
                       r"(?:诉求|留言|来信|信件|写信|来电|投诉|咨询|反映|问题)(?:内容|详情|描述|正文))\s*[:：]?$")
# the reply's role word over the office's name ("回复青鹭县城市管理局", a mobile board's chip)
_REPLY_UNIT = re.compile(r"^(?:回复|答复)\s*[\u4e00-\u9fff（）()]{2,28}(?:局|委|办|厅|部|院|政府|委员会|办公室|中心|办事处|"
                         r"管委会|街道|大队|中队)$")
_UNIT_LABEL = re.compile(r"(?:回复|答复|办理|承办|处理|处置)(?:单位|部门|机构)")
_FLOOR = re.compile(r"第\s*\d+\s*[楼樓]|(?<!\d)\d{1,4}\s*[楼樓#]")
# a turn headed by its role word, the writer and the time, no labels ("来信 陈** 2025-04-02 20:15:47",
# "答复 停车管理科 2025-04-10 15:02:33", "追问 …"): a mailbox that prints its turns as cards
_ROLE = r"\s*[^\s:：，。]{0,20}?(?:\s[^\s:：，。]{1,12})?\s*(?:[·•|｜]\s*)?(?:" + DATETIME + "|" + RECENT_TIME + ")"   # ("网友 ***8817 2026-11-13 23:05")
_ROLE_ASK_HEAD = re.compile(r"^(?:网友|市民|群众)?(?:来信|留言|提问|诉求|投诉|咨询|来电)" + _ROLE)
_ROLE_REPLY_HEAD = re.compile(r"^(?:部门|官方|单位|承办单位|办理单位|承办部门)?(?:答复|回复|再答复|再次答复|追答|二次答复|追问回复|追问答复)" + _ROLE)
_ROLE_FOLLOW_HEAD = re.compile(r"^(?:网友|市民|群众)?(?:追问|补充)(?!回复|答复)" + _ROLE)
# ... or the role word alone over a "name <time>" line (a card's tag: <div class="role-tag">留言</div>)
_ROLE_WORD = re.compile(r"^(?:((?:网友|市民|群众)?(?:来信|留言|提问|诉求|投诉|咨询))|((?:网友)?追问|补充)|"
                        r"((?:部门|官方|单位)?(?:答复|回复)|再答复|追答|追问回复))$")
_ROLE_ASK_LINES = re.compile(_ROLE_ASK_HEAD.pattern, re.M)
# the asker's name before the role word ("林**来信2024-09-18 16:05", "网友Kx8***留言 …")
_NAMED_ASK = re.compile(r"^[^\s:：，。]{1,12}?\s*(?:来信|留言|提问|咨询|投诉|反映)于?\s*" + DATETIME + r"(?::\d\d)?$", re.M)
_ROLE_REPLY_LINES = re.compile(_ROLE_REPLY_HEAD.pattern, re.M)
# a formal reply's heading ("某某局 信访事项处理意见书", "…答复书"): the reply follows
_REPLY_DOC = re.compile(r"(?:处理意见书|答复意见书|答复书|答复意见|复查意见书|告知书|答复函)$")
_POSTER = re.compile(r"(?:作者|發帖人|发帖人|回帖人)\s*[:：]")
_NO_REPLY = re.compile(r"^\W?该?(?:诉求|留言|信件|来信|问题|问政|工单|事项|投诉|咨询|件)?(?:正在|尚在|仍在)(?:办理|处理|受理)中|^\W?暂无(?:办理结果|回复|答复|处理结果)")


def _closing_line(t: str) -> bool:
    """A reply's 落款 below its text: the issuing body or the date, on a line of its own."""
    return bool(ISSUER_LINE.match(t) or SIGNED_DATE.match(t))


SCAN = 800     # blocks looked at: the message and its replies are near the top
LABEL_LEN = 100


_LABEL_CELL = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]?$")


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _field(b: Block, in_text: bool) -> bool:
    """A labelled field (工单编号：…, 留言类型：投诉): a short label line without a sentence mark, in a
    table cell or list, or before any text of the turn (联系电话：… inside a reply's text is text)."""
    t = b.text
    if b.tag == "dd" and len(t) <= 40 and b.owner.getprevious() is not None and b.owner.getprevious().tag == "dt" \
            and len(text_content(b.owner)) <= 40:
        return True   # a short value beside its label (<dt>留言标题：</dt><dd>…</dd>)
    prev = b.owner.getprevious() if b.tag == "td" else None
    if prev is not None and prev.tag in ("th", "td") and len(t) <= 100 and (
            len(t) <= 40 and not SENT_PUNCT.search(t) and _LABEL_CELL.match(text_content(prev).strip())
            or F.TITLE_CELL_RE.match(text_content(prev).strip())):
        return True   # likewise in a table row (<th>承办单位</th><td>…</td>, <th>诉求标题</th><td>…，…</td>)
    if len(t) <= 60 and len(b.owner) >= 2 and b.owner[0].tag in ("span", "b", "label", "em", "strong", "i") \
            and not SENTENCE_END.search(t):
        label = (b.owner[0].text or "").strip()   # <span class="k">事件位置</span><span class="v">…</span>
        if 2 <= len(label) <= 6 and t.startswith(label) and _CJK_WORD.fullmatch(label) and len(t) > len(label):
            return True
    return (len(t) <= 60 and _LABEL_LINE.match(t) is not None
            and (b.punct == 0 or not SENT_PUNCT.search(_DIGIT_GROUP.sub("", t)))   # 浏览：1,208
            and (not in_text or b.tag in ("td", "th", "li", "dd", "dt")))


# a step of the hotline's progress line: "11-17 09:02 派发至某某区城市管理局"
_STEP = re.compile(r"^\s*(?:(?:19|20)\d\d-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?\s+[^，。！？；]{2,30}$")


def _prose(b: Block, in_text: bool = False) -> bool:
    t = b.text
    return (not b.noise_forum and not _STEP.match(t) and len(t) >= 8 and b.link_len <= 0.3 * len(t) and (b.punct > 0 or len(t) >= 20
                                                                                  or (in_text and _LABEL_LINE.match(t)))
            and not _field(b, in_text) and b.tag not in HEADINGS and not _DISCLAIMER.search(t) and not _NO_REPLY.match(t)
            and not F.is_boilerplate(t))


def _when(blocks: list[Block], i: int, now: datetime) -> datetime | None:
    """The date on a label line, or in the next cell when the label stands alone (留言时间 | 2026-…)."""
    for b in blocks[i:i + 2]:
        for m in iter_dates(b.text, now, allow_noyear=False):
            return m.dt
    return None


def _role_tag(blocks: list[Block], i: int) -> str | None:
    """"ask" or "reply" for a role word alone (留言, 回复, 追问) over a bare "name <time>" line."""
    m = _ROLE_WORD.match(blocks[i].text)
    if m is None or i + 1 >= len(blocks):
        return None
    if not NAME_STAMP.match(blocks[i + 1].text) and not (   # (or over the office's name, its time below)
            i + 2 < len(blocks) and ISSUER_LINE.match(blocks[i + 1].text) and _BARE_STAMP.match(blocks[i + 2].text)):
        return None
    return "reply" if m.group(3) else "ask"


def _valued(blocks: list[Block], i: int) -> bool:
    """A time label with its time, on its line or the next: not a list's column head ("受理日期")."""
    return any(True for k in (i, i + 1) if k < len(blocks) for _ in iter_dates(blocks[k].text, allow_noyear=False))


def message_posts(blocks: list[Block], now: datetime):
    """The message, the replies and any 追问 as posts in page order (the message alone when nothing
    is answered yet), or None when the page is not such a page: no message-time label, or neither a
    reply label nor a status field (办理状态) near it."""
    from .core import Post

    scan = blocks[:SCAN]
    short = "\n".join(b.text for b in scan if len(b.text) <= LABEL_LEN)
    if not (_ASK_LINES.search(short) or _ASK_AT.search(short) or _ASK_BARE.search(short) or _NETIZEN_AT.search(short)
            or _POSTED.search(short) and _BOARD_FIELD.search(short)
            or _ROLE_ASK_LINES.search(short) and _ROLE_REPLY_LINES.search(short) or _ASK_SPLIT.search(short)
            or _NAMED_ASK.search(short)):
        return None   # (one scan of the page's short lines: most pages are no message page)
    start = next((b.index for b in scan if len(b.text) <= LABEL_LEN and (
        (("时间" in b.text or "日期" in b.text or "于" in b.text) and (_ASK.search(b.text) or _POSTED.search(b.text)
                                                   and _BOARD_FIELD.search(b.text)) and _valued(blocks, b.index))
        or _ASK_BARE.search(b.text) or _NETIZEN_AT.search(b.text) or _ROLE_ASK_HEAD.match(b.text) or _NAMED_ASK.match(b.text)
        or _role_tag(blocks, b.index) == "ask" and not _ROLE_WORD.match(b.text).group(2))), None)
    if start is None:   # "留言对象：…" over a bare "name 2023-07-14 23:48:02" line: the message's stamp
        start = next((b.index + k for b in scan if len(b.text) <= LABEL_LEN and _ASK_FIELD.match(b.text)
                      for k in (1, 2) if b.index + k < len(blocks) and len(blocks[b.index + k].text) <= 40
                      and re.search(DATETIME, blocks[b.index + k].text)), None)
    if start is None or not any(len(b.text) <= LABEL_LEN and (_REPLY.search(b.text) or _STATUS.search(b.text)
                                                               or _REPLY_BARE.match(b.text) or _UNIT_REPLY.match(b.text)
                                                               or _ROLE_REPLY_HEAD.match(b.text)
                                                               or len(b.text) <= 5 and _role_tag(blocks, b.index) == "reply")
                                for b in scan[max(0, start - 40):]):   # (a reply printed above the message)
        return None
    # the fields' time label, then the message under its own head further down ("诉求内容 市民 陈女士 · <time>"):
    # read from that head (the fields between hold no words)
    own = next((b.index for b in blocks[start + 1:start + 25] if len(b.text) <= LABEL_LEN and _ROLE_ASK_HEAD.match(b.text)), None)
    if own is not None and not any(_prose(b) for b in blocks[start + 1:own]):
        start = own
    if sum(1 for b in scan[start:] if len(b.text) <= LABEL_LEN and (_FLOOR.search(b.text) or _POSTER.search(b.text))
           and _REPLY.search(b.text)) >= 2:
        return None   # "第2楼 回复人：… 回复日期：…", "作者：… 回复日期：…": a thread's floors, not a message's replies
    head = blocks[max(0, start - 12):start + 1]
    author = next((m.group(1) for b in head if (m := _AUTHOR.search(b.text))), None)
    # a board that prints the reply above the message: read from the reply's own header down
    above = next((b.index for b in blocks[max(0, start - 40):start] if len(b.text) <= LABEL_LEN and (
        _REPLY_HEAD.match(b.text) or _UNIT_LABEL.search(b.text) and _TIME_LABEL.search(b.text))), None)
    turns = None
    if above is not None:
        turns = _turns(blocks, above, start, now)
        if not any(kind == "ask" and lines for kind, _, lines in turns):
            turns = None
        else:   # the message first, as it was written first
            turns.sort(key=lambda tn: tn[0] != "ask")
    if turns is None:
        # the message's text above its stamp ("网友：某某 2016-09-02 13:18" under the letter, the
        # reply's header right below): read it first
        above = _text_above(blocks, start) if start + 1 < len(blocks) and not _prose(blocks[start + 1]) \
            and _NETIZEN_AT.search(blocks[start].text) else []
        turns = _turns(blocks, start, start, now, above)
    if not turns[0][2] and len(turns) > 1 and turns[1][0] == "ask":   # the fields' time label, then the
        turns[1][1] = turns[1][1] or turns[0][1]                        # message under its own head
        del turns[0]
    if not turns[0][2] and start > 0:   # the message text above its labels: the prose right above them
        turns[0][2] = _text_above(blocks, start)[-3:]
    turns = [tn for tn in turns if tn[2] and tn[0] != "progress"]
    if not turns or turns[0][0] != "ask":
        return None
    if not any(kind == "reply" for kind, _, _ in turns) and not any(
            _STATUS.search(b.text) for b in blocks[max(0, start - 12):start + 40] if len(b.text) <= LABEL_LEN):
        return None   # no reply and no 办理状态: not a message page after all
    return [Post(i + 1, author if kind == "ask" else None, when, "\n".join(lines))
            for i, (kind, when, lines) in enumerate(turns)]


def _column_head(b: Block) -> bool:
    """A head cell of a row of three or more head cells."""
    row = b.owner.getparent()
    return row is not None and sum(1 for c in row if c.tag == "th") >= 3


def _text_above(blocks: list[Block], start: int) -> list[str]:
    """The prose right above ``start``, with a letter's salutation over it."""
    lines: list[str] = []
    for b in reversed(blocks[max(0, start - 12):start]):
        if not _prose(b):
            if lines and _LETTER_SALUTE.match(b.text):
                lines.insert(0, b.text)
            if lines:
                break
            continue
        lines.insert(0, b.text)
    return lines


def _turns(blocks: list[Block], begin: int, start: int, now: datetime, above: list[str] = ()) -> list[list]:
    """[kind, time, lines] per turn, read from ``begin`` (the message's time label at ``start``, or
    a reply's header above it) until the page's other sections; ``above``: the message's text, read
    above its stamp."""
    if begin == start:
        turns: list[list] = [["ask", _when(blocks, start, now), list(above)]]
    else:
        turns = [["reply", _when(blocks, begin, now), []]]
    reply_at = None
    text_at = -10   # where the last line of text was read
    tagged = _role_tag(blocks, begin - 1) is not None if begin else False   # turns tagged by role words
    for b in blocks[begin + 1:start + 400]:
        t = b.text
        short = len(t) <= LABEL_LEN
        if b.index == start:   # the message below the reply
            if turns[-1][0] == "ask" and turns[-1][2] and turns[-1][1] is None:
                turns[-1][1] = _when(blocks, start, now)   # (its text above its stamp, under 【来信内容】)
            else:
                turns.append(["ask", _when(blocks, start, now), []])
            continue
        if short and t.startswith("【") and t.endswith("】"):
            t = t[1:-1].strip()   # a bracketed heading ("【办理结果】", "【来信内容】")
            head = True
        else:
            head = b.tag in HEADINGS
        if b.tag == "th" and _column_head(b):
            continue   # a table's column heads ("序号 操作时间 环节 处理意见"): no turn's label
        kind = _role_tag(blocks, b.index) if len(t) <= 5 else None
        if kind:   # a card's role tag over its "name <time>" line
            if turns[-1][2] or turns[-1][0] != kind:
                turns.append([kind, None, []])
            tagged = True   # (its "回复" tag reads as a comment section's heading elsewhere: not here)
            continue
        if len(t) <= 48 and NAME_STAMP.match(t) and not _TURN_WORD.search(t):
            # "网友 某某2026-11-12 00:15", "某某局2026-11-10 17:25": a turn's stamp, never its words
            if turns[-1][2]:
                turns.append(["reply" if _REPLY_BARE.match(t) else "ask", _when(blocks, b.index, now), []])
            else:
                turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)
            continue
        if len(turns) >= 2 and turns[-1][2] and _BARE_DATE.match(t) and any(
                _BARE_DATE.match(x.text) for x in blocks[b.index + 1:b.index + 6]):
            break   # a list's dates in a row (its titles are links): the page's other letters
        if short and _ROLE_FOLLOW_HEAD.match(t):
            turns.append(["ask", _when(blocks, b.index, now), []])
            continue
        if short and _ROLE_REPLY_HEAD.match(t):
            turns.append(["reply", _when(blocks, b.index, now), []])
            continue
        if short and _PROGRESS.match(t):
            turns.append(["progress", None, []])   # the hotline's steps (受理, 派发, 签收): nobody's words
            continue
        if _PROGRESS_LINE.match(t):
            continue
        if short and _FOLLOW.search(t) and not _REPLY.search(t):
            if turns[-1][2] or turns[-1][0] != "ask":
                turns.append(["ask", None, []])
            turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)
            continue
        if short and _NEW_REPLY.match(t) and turns[-1][2]:
            turns.append(["reply", _when(blocks, b.index, now), []])   # 阶段性回复, then 最终回复 (or after a 追问)
            continue
        if short and _REPLY_UNIT.match(t) and turns[-1][2]:
            turns.append(["reply", None, []])
            continue
        if short and _REPLY_BARE.match(t) and turns[-1][2]:
            turns.append(["reply", _when(blocks, b.index, now), []])
            continue
        if short and _REPLY.search(t):
            # (after a reply's text, a time label with the replying unit opens the next reply:
            # "回复单位：… 回复时间：…"; alone, it is this reply's time: "办结时间：…")
            if _TIME_LABEL.search(t) and (not turns[-1][2] or turns[-1][0] == "reply" and not _UNIT_LABEL.search(t)):
                # a time, not a section: among the message's fields above its text, or the reply's own
                if turns[-1][0] == "reply":
                    turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)
                else:
                    reply_at = reply_at or _when(blocks, b.index, now)
                continue
            if turns[-1][2] or turns[-1][0] != "reply":
                turns.append(["reply", None, []])
            turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now) or reply_at
            continue
        if short and head and _ASK_HEAD.match(t):
            if turns[-1][2] or turns[-1][0] != "ask":
                turns.append(["ask", None, []])
            continue
        if short and b.tag in HEADINGS and ISSUER_LINE.match(t) and b.index + 1 < len(blocks) \
                and blocks[b.index + 1].tag in HEADINGS and _REPLY_DOC.search(blocks[b.index + 1].text):
            continue   # "某某局<br>信访事项处理意见书": the reply's heading in two lines
        if short and (head and (_REPLY_HEAD.match(t) or _REPLY_DOC.search(t)) or _UNIT_REPLY.match(t)):
            # <h3>回复信息</h3>, <h4>某某局回复</h4> 2026-11-13 16:40: the reply's section
            if turns[-1][2] or turns[-1][0] != "reply":
                turns.append(["reply", None, []])
            turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)
            continue
        if short and turns[-1][2] and ISSUER_LINE.match(t) and b.index + 1 < len(blocks) \
                and len(blocks[b.index + 1].text) >= 30 and blocks[b.index + 1].punct >= 2:
            turns.append(["reply", None, []])   # the answering office's name heading its reply's text
            continue
        if short and turns[-1][0] == "reply" and turns[-1][2] and _AFTER.search(t) and any(
                len(x.text) <= LABEL_LEN and (_FOLLOW.search(x.text) or _NEW_REPLY.match(x.text)
                                              or _ROLE_FOLLOW_HEAD.match(x.text))
                for x in blocks[b.index + 1:b.index + 6]):
            continue   # the citizen's rating of a reply, then a 追问 or a second 办理: the turns go on
        if short and b.index < start and _AFTER.search(t):
            continue   # the rating of a reply printed above the message: the message is still to come
        if b.tag in HEADINGS or b.extra.get("section") and not tagged or short and _NOTICE_HEAD.match(t) \
                or (b.noise_forum and turns[-1][2] and len(turns) >= 2 and not tagged
                    and not any(_PAGE_MARK.search(x.text) for x in blocks[b.index:b.index + 4])) \
                or (short and turns[-1][0] in ("reply", "progress") and (turns[-1][2] or len(turns) >= 3)
                    and _AFTER.search(t) and not (turns[-1][0] == "progress" and b.tag in ("td", "li"))):
            break    # the page's other sections begin
        if _prose(b, bool(turns[-1][2])) or (turns[-1][2] and _closing_line(t) and not b.link_len
                                               and b.index - text_at <= 3 and not _field(b, True)):
            turns[-1][2].append(t)   # (a 落款 right under the text, not a listed item's date further down)
            text_at = b.index
        elif turns[-1][0] == "ask" and (not turns[-1][2] and _LETTER_SALUTE.match(t)
                                        or turns[-1][2] and b.index - text_at <= 2 and _LETTER_CLOSE.match(t)):
            turns[-1][2].append(t)   # "尊敬的市长：" over the letter, "谢谢！" under it
            text_at = b.index
        elif turns[-1][0] == "reply" and not turns[-1][2] and (_SALUTATION.match(t) or _NAME_SALUTE.match(t)):
            turns[-1][2].append(t)   # "网友您好：" opens the reply
        elif turns[-1][2] and len(t) >= 5 and (b.punct and t[-1] in "。！!" or t[-1] in "：:" and b.index + 1 < len(blocks)
                                                and _LIST_ITEM.match(blocks[b.index + 1].text)) \
                and not _DISCLAIMER.search(t) and not F.is_boilerplate(t):
            turns[-1][2].append(t)   # a short closing sentence of the text ("感谢您的来电。"), a list's lead-in
    return turns
