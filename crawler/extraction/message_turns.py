"""The turns of a message page, read in page order from the message's (or a reply's) head: each
turn's kind (ask, reply, a platform's progress), its time and its lines; the heads, stamps, fields,
attachments, ratings and the platform's own steps between them are nobody's words. ``message.py``
finds where the turns start and makes posts of them."""
from __future__ import annotations

import re

from datetime import datetime

from . import fields as F
from .body import ISSUER_LINE, SIGNED_DATE
from .dates import NAME_STAMP
from .dom import HEADINGS, SENT_PUNCT, SENTENCE_END, Block
from .turn_heads import (
    _ASK_ROLES, _ASK_TIME_LABEL, _LISTED_ASK, _NAME_ROLE_STAMP, _NODE_ASK, _NODE_REPLY, _PAGER, _REPLY_TIME, _SELF_CLOCK,
    _STAMP_LED_NODE, CONTENT_LABEL_LEAD, NAME_DOT_QA, NAME_SPACED_ROLE, node_kind, STAMPED_LABEL, OFFICE_OFFICIAL, RESULT_OFFICE,
    OFFICE_DOT_STAMP, OFFICE_STAMP, party_dot_kind, RESULT_HEADING,
)
from .chat_transcript import speaker_under_stamp
from .turn_lines import (
    _CHIPS, _COMMENTS_HEAD, _CONTENT_HEAD_TIMED, _CONTACT_LINE, _DOC_TITLE, _QUOTE_LABEL, _RESULT_FIELD, _SAYS, _STAMPED,
    _ORG_SPEAKER, _SUMMARY_HEAD, _TAG_STAMP_LINE, _SYSTEM_NOTE, _VOTES, _badge_first, _column_head, _in_cell, _label_ahead,
    _label_pair, no_words, _quotes_letter, _STEP_LINE,
)
from .message_lines import (
    _AFTER, _ASK_HEAD, _BARE_DATE, _BARE_STAMP, _closing_line, _DISCLAIMER, _field, _FOLLOW, _HANDLER_FIELD,
    LABEL_LEN, _LETTER_CLOSE, _LETTER_SALUTE, _LIST_ITEM, _NAME_SALUTE, _NAMED_GREETING, DOC_NUMBER, NAMED_REPLY,
    SECTION_NO, stamp_above, STAMPED_ROLE, STAMPED_STEP, STAMP_LED_STEP, STEP_STAMP, _NEW_REPLY, _NO_REPLY, _NOTICE_HEAD,
    _PAGE_MARK, _PROGRESS, _PROGRESS_LINE, _prose, _QA_ICON, _REPLY, _REPLY_BARE, _REPLY_DOC, _REPLY_HEAD, _REPLY_UNIT,
    _ROLE_FOLLOW_HEAD, _ROLE_REPLY_HEAD, _role_tag, _SALUTATION, _TIME_LABEL, _TURN_WORD, _UNIT_LABEL, _UNIT_REPLY, _when,
)
from .turn_heads import LABELLED_TIME, ROLE_TAG_HEAD, STAMP_OFFICE_NODE


def _turns(blocks: list[Block], begin: int, start: int, now: datetime, above: list[str] = ()) -> list[list]:
    """[kind, time, lines] per turn, read from ``begin`` (the message's time label at ``start``, or
    a reply's header above it) until the page's other sections; ``above``: the message's text, read
    above its stamp."""
    if begin == start:
        turns: list[list] = [["ask", _when(blocks, start, now) or (
            _when(blocks, start - 1, now) if stamp_above(blocks, start) and STAMPED_ROLE.match(blocks[start].text)
            else None), list(above)]]
    else:
        turns = [["reply", _when(blocks, begin, now), []]]
    reply_at = None
    text_at = -10   # where the last line of text was read
    summary = False   # inside a machine's summary of the page
    replies_marked = False   # inside a run of blocks marked as comments by a bare "回复" heading
    quote_next = False   # under a quote's label ("引用来信：")
    steps_table = None   # a progress table whose rows are the platform's steps
    tables_read: set = set()   # (tables under a progress heading already looked at for stamped rows)
    labelled_at = -1   # where the last table or timeline role label opened a turn
    own_section = blocks[start].extra.get("section")   # (a guestbook under its "网友留言" heading: the news
    # rules' mark on the message itself is no end of its turns)
    tagged = (begin > 0 and _role_tag(blocks, begin - 1) is not None) or _QA_ICON.match(blocks[begin].text) is not None   # turns tagged by role words
    under = begin == start and bool(above)   # (the message's time labelled under its words: so each turn's)
    role_at = -1   # where the last role label ("部门回复", "网友追问") opened a turn
    for b in blocks[begin + 1:start + 400]:
        t = b.text
        short = len(t) <= LABEL_LEN
        if under and short and turns[-1][2] and turns[-1][1] is None and LABELLED_TIME.match(t) \
                and (when := _when(blocks, b.index, now)) is not None:
            turns[-1][1] = when   # "回复时间：…", "追问时间：…" under the turn's words: its time, closing it
            continue
        if under and role_at == b.index - 1 and not turns[-1][2] and len(t) <= 30 and not SENT_PUNCT.search(t) \
                and b.index + 1 < len(blocks) and _prose(blocks[b.index + 1]):
            continue   # the writer's name and tag under the turn's role label ("桃源居民网友", "<office>回复单位")
        if summary:   # a machine's summary of the turns ("AI智能摘要", its points, its disclaimer):
            if not _STAMPED.search(t):   # nobody's words, up to the next turn's stamped head
                continue
            summary = False
        if short and _SUMMARY_HEAD.match(t):
            summary = True
            continue
        if b.index == start:   # the message below the reply
            if turns[-1][0] == "ask" and turns[-1][2] and turns[-1][1] is None:
                turns[-1][1] = _when(blocks, start, now)   # (its text above its stamp, under 【来信内容】)
            else:
                turns.append(["ask", _when(blocks, start, now), []])
            continue
        if quote_next:   # the paragraph under "引用来信：": the earlier turn's words, quoted
            quote_next = False
            if _prose(b) and (t.startswith(("…", "...")) or _quotes_letter(t, turns) or any(
                    t.rstrip("…. ")[-12:] in line or t.lstrip("…. ")[:12] in line for _, _, lines in turns for line in lines)):
                continue
        if short and _QUOTE_LABEL.match(t):
            quote_next = True
            continue
        if len(t) >= 20 and (m_lead := CONTENT_LABEL_LEAD.match(t)) and SENTENCE_END.search(t, m_lead.end()):
            # the label on its turn's first paragraph ("回复内容：网友您好！接到留言后…"): a new turn, its words
            if m_lead.group(1) and (turns[-1][0] != "reply" or turns[-1][2]):
                turns.append(["reply", None, []])
            turns[-1][2].append(t[m_lead.end():])
            text_at = b.index
            continue
        if t[:1] in "问答" and len(t) > 2 and _badge_first(b):
            t = t[1:].lstrip("：: ")   # "<span>问</span>我准备…": the turn's badge, not its words
        if short and t.startswith("【") and NAMED_REPLY.match(t):
            turns.append(["reply", _when(blocks, b.index, now), []])   # "【某某局】回复：<time>"
            tagged = True   # (the replies sit in a container news rules take for comments)
            continue
        if len(t) <= 8 and (" " in t or "\u3000" in t):
            t = t.replace(" ", "").replace("\u3000", "")   # a spaced heading ("回 复", "来　信")
        if short and t.startswith("【") and t.endswith("】"):
            t = t[1:-1].strip()   # a bracketed heading ("【办理结果】", "【来信内容】")
            head = True
        else:
            head = b.tag in HEADINGS
            if short and t.startswith("【") and 3 <= t.find("】") <= 8:   # "【网友追问】2014.06.15 21:33",
                t = t[1:].replace("】", "", 1)                        # "【追问答复】<office><time>"
        if short and turns[-1][0] == "ask" and not turns[-1][2] and _CONTENT_HEAD_TIMED.match(t):
            turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)   # "【信访事项内容】提交时间：…": the
            continue                                                      # message's head, no words of it
        if b.bq and turns[-1][0] == "reply" and not turns[-1][2] and _quotes_letter(t, turns):
            continue   # the letter quoted at the reply's head (<blockquote>【来信摘要】…): the letter's words
        if no_words(b, t, short, bool(turns[-1][2]), blocks):
            continue   # attachments, steps, fields, a pending reply's notice, a photo's stamp: no words, no end
        if steps_table is None and b.tag == "td" and turns[-1][0] == "progress" and not turns[-1][2] \
                and (table := next((a for a in b.owner.iterancestors() if a.tag == "table"), None)) is not None \
                and table not in tables_read:
            # (under a 办理过程 heading, a table whose rows each open with their stamp: the hotline's steps)
            tables_read.add(table)
            if sum(1 for tr in table.iter("tr") if len(tr) and tr[0].tag == "td"
                   and _BARE_STAMP.match("".join(tr[0].itertext()).strip())) >= 3:
                steps_table = table
        if steps_table is not None and b.tag == "td":
            if any(a is steps_table for a in b.owner.iterancestors()):
                continue   # a cell of the progress table's rows (环节 | 时间 | 处理情况): steps, nobody's words
            steps_table = None
        if b.tag == "th" and _column_head(b):
            heads = ["".join(c.itertext()).strip() for c in b.owner.getparent() if c.tag == "th"]
            if any(h in ("环节", "步骤", "节点", "办理环节") for h in heads) and any(h in ("处理情况", "办理情况") for h in heads) \
                    and not any(re.search(r"意见|内容|回复|答复|序号", h) for h in heads):
                steps_table = next((a for a in b.owner.iterancestors() if a.tag == "table"), None)
            if len(turns) >= 2 and turns[-1][2] and turns[-1][0] == "reply" and not any(
                    "追问" in x.text for x in blocks[max(0, b.index - 3):b.index]):   # (not "追问及答复" over its table)
                break   # a table of other records under the answered message ("本车辆历史告知单")
            continue   # a table's column heads ("序号 操作时间 环节 处理意见"): no turn's label
        if short and len(t) <= 12 and stamp_above(blocks, b.index) and (m_label := STAMPED_LABEL.match(t)):
            # a table's row: the stamp in its own cell over the role's label ("处理单位回复", "用户追诉")
            turns.append(["reply" if m_label.group(1) else "ask", _when(blocks, b.index - 1, now), []])
            labelled_at = b.index
            continue
        if labelled_at == b.index - 1 and len(t) <= 20 and not SENT_PUNCT.search(t) and not turns[-1][2]:
            continue   # the writer's name under its role's label ("企业回复" / "鲸骑出行（江州）")
        if short and len(t) <= 30 and (m_qa := NAME_DOT_QA.match(t)):   # a bubble's "<writer> · 答"
            turns.append(["ask" if m_qa.group(1)[-1] == "问" else "reply",
                          _when(blocks, b.index - 1, now) if b.index > 0 and _BARE_STAMP.match(blocks[b.index - 1].text) else None, []])
            continue
        kind = _role_tag(blocks, b.index) if len(t) <= 32 else None
        if kind:   # a card's role tag over its "name <time>" line
            if turns[-1][2] or turns[-1][0] != kind:
                turns.append([kind, None, []])
                if b.index + 1 < len(blocks) and _BARE_STAMP.match(blocks[b.index + 1].text):
                    turns[-1][1] = _when(blocks, b.index + 1, now)   # (its time alone under it)
                elif stamp_above(blocks, b.index) and STAMPED_ROLE.match(t):
                    turns[-1][1] = _when(blocks, b.index - 1, now)   # (a timeline's stamp over it)
            tagged = True   # (its "回复" tag reads as a comment section's heading elsewhere: not here)
            continue
        if short and "·" in t and b.index > 0 and _BARE_STAMP.match(blocks[b.index - 1].text) \
                and (node := party_dot_kind(t)) is not None:   # "<party> · <act>" under its stamp
            turns.append([node, _when(blocks, b.index - 1, now) if node != "progress" else None, []])
            continue
        if short and (turns[-1][2] or len(turns) > 1) and (node := node_kind(t)) is not None:
            turns.append([node, _when(blocks, b.index, now) if node != "progress" else None, []])
            continue   # "商家某某回复<time>", "用户某某补充说明<time>", "平台某某审核通过…<time>"
        if len(t) <= 60 and (turns[-1][2] or len(turns) > 1) and (m_tag := ROLE_TAG_HEAD.match(t)):
            turns.append(["reply" if "复" in m_tag.group(1) else "ask", _when(blocks, b.index, now), []])
            continue   # "回复<office><time>", "追问<name><time>" over the turn's words
        if len(t) <= 60 and (turns[-1][2] or len(turns) > 1) and STAMP_OFFICE_NODE.match(t):
            turns.append(["reply", _when(blocks, b.index, now), []])   # "<time><office>最终答复" over its words
            continue
        if len(t) <= 40 and (turns[-1][2] or len(turns) > 1) and (m_node := _STAMP_LED_NODE.match(t)):
            # a timeline's node, its time first ("2019-04-08 16:40 办理单位回复", "… 市民追问", "… 平台受理")
            label = m_node.group(1)
            kind = "reply" if _NODE_REPLY.search(label) else "ask" if _NODE_ASK.search(label) else "progress"
            turns.append([kind, _when(blocks, b.index, now) if kind != "progress" else None, []])
            continue
        if len(t) <= 32 and t[:2] == "处置" and _ROLE_REPLY_HEAD.match(t):
            turns.append(["reply", _when(blocks, b.index, now), []])   # a 随手拍's "处置<time>" step: the answer
            continue
        if len(t) <= 32 and (STEP_STAMP.match(t) or stamp_above(blocks, b.index) and STAMPED_STEP.match(t)) \
                or len(t) <= 90 and t[:2] in ("19", "20") and STAMP_LED_STEP.match(t):
            turns.append(["progress", None, []])   # (the platform's step: its note is nobody's words)
            continue
        if short and (turns[-1][2] or turns[-1][0] in ("progress", "reply")) and (RESULT_HEADING.match(blocks[b.index - 1].text)
                                                                                 and OFFICE_DOT_STAMP.match(t)
                                                                                 or turns[-1][2] and OFFICE_STAMP.match(t)):
            turns.append(["reply", _when(blocks, b.index, now), []])   # "处置反馈" over "<office> · <time>" over the answer
            continue
        if len(t) <= 48 and NAME_STAMP.match(t) and not _TURN_WORD.search(t):
            # "网友 某某2026-11-12 00:15", "某某局2026-11-10 17:25": a turn's stamp, never its words
            if turns[-1][2] and not (tagged and turns[-1][1] is None):   # (under the words of a tagged turn: its own)
                turns.append(["reply" if _REPLY_BARE.match(t) or ("结果" in t or "复" in t) and (m_res := _NAME_ROLE_STAMP.match(t))
                              and m_res.group(2) else "ask", _when(blocks, b.index, now), []])   # ("<office>办理结果<time>")
                tagged = tagged or b.noise_forum   # (stamps inside a box news rules take for comments: the turns')
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
        if short and t[:1] == "共" and _PAGER.match(t) and turns[-1][2] and len(turns) >= 2:
            break   # a board's pager under its messages ("共 47 条留言 分 12 页 …")
        if short and turns[-1][2] and _LISTED_ASK.search(t):
            turns.append(["ask", None, []])   # the next message of a guestbook ("第46条留言 留言人：匿名")
            continue
        if short and turns[-1][0] == "ask" and not turns[-1][2] and len(turns) > 1 and turns[-1][1] is None \
                and _ASK_TIME_LABEL.match(t):
            turns[-1][1] = _when(blocks, b.index, now)   # ... and its own time under it
            continue
        if short and turns[-1][2] and (m_role := NAME_SPACED_ROLE.match(t)) is not None:
            turns.append(["reply" if m_role.group(1) in ("回复", "答复", "回应", "追问回复", "回复追问") else "ask", _when(blocks, b.index, now), []])
            continue   # "<company> 回复 <time>", "<user> 补充说明 <time>"
        if short and turns[-1][2] and t.endswith(("官方", "账号", "號")) and OFFICE_OFFICIAL.match(t):
            turns.append(["reply", None, []])   # "<office>官方" over its reply (its time in the card's foot)
            continue
        if short and (turns[-1][2] or turns[-1][0] == "progress") and (t[2:4] in ("结果", "单位") or "反馈" in t) \
                and RESULT_OFFICE.match(t):   # "处置结果 <office>" over the answer ("处置单位：<unit> · <time>")
            turns.append(["reply", _when(blocks, b.index, now) if "反馈" in t or t[2:4] == "单位" else None, []])
            continue
        if short and turns[-1][2] and (m_head := _NAME_ROLE_STAMP.match(t)) is not None:
            # a card's head, its writer's name, role and time in a row ("青枫区城市管理局回复单位<time>",
            # "枫林晚2017网友追问<time>")
            turns.append(["ask" if m_head.group(1) in _ASK_ROLES else "reply", _when(blocks, b.index, now), []])
            continue
        if short and _FOLLOW.search(t) and not _REPLY.search(t):
            if turns[-1][2] or turns[-1][0] != "ask":
                turns.append(["ask", None, []])
                role_at = b.index
            turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)
            continue
        if short and _NEW_REPLY.match(t) and (turns[-1][2] or turns[-1][0] == "progress"):   # (also after a step)
            turns.append(["reply", _when(blocks, b.index, now), []])   # 阶段性回复, then 最终回复 (or after a 追问)
            continue
        if short and b.tag in HEADINGS and ISSUER_LINE.match(t) and (turns[-1][2] or turns[-1][0] == "progress") \
                and b.index + 1 < len(blocks) and (_role_tag(blocks, b.index + 1) == "reply"
                                                   or _REPLY_HEAD.match(blocks[b.index + 1].text.strip("【】[] "))
                                                   or _REPLY_TIME.match(blocks[b.index + 1].text)
                                                   or _NEW_REPLY.match(blocks[b.index + 1].text)):   # (or "阶段性回复")
            turns.append(["reply", None, []])   # <h4>某某局</h4> over its "回复" tag (after the 办理进度 steps too)
            # or over its "答复日期：" label
            continue
        if short and _REPLY_UNIT.match(t) and turns[-1][2]:
            turns.append(["reply", None, []])
            continue
        if len(t) <= 8 and turns[-1][0] == "reply" and turns[-1][2] and _SELF_CLOCK.match(t):
            turns.append(["ask", None, []])   # the asker's own bubble in a chat ("我20:14") after the office's
            continue
        if short and _REPLY_BARE.match(t) and turns[-1][2]:
            turns.append(["reply", _when(blocks, b.index, now), []])
            continue
        if short and turns[-1][0] == "reply" and not turns[-1][2] and _REPLY_BARE.match(t):
            turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)   # ("处置结果" over "<office> · 09/14 08:42")
            continue
        if short and turns[-1][0] == "ask" and not turns[-1][2] and (_HANDLER_FIELD.match(t) or _RESULT_FIELD.match(t) and (
                b.tag in ("td", "th", "dt") and b.index + 1 < len(blocks) and len(blocks[b.index + 1].text) <= 40
                and blocks[b.index + 1].owner is b.owner.getnext())):   # (its value in the next cell)
            continue   # "办理单位：市城管执法局", "办理结果 | A类（…）" among the message's fields, above its text
        if short and turns[-1][0] == "reply" and turns[-1][2] and _AFTER.search(t) and _REPLY.search(t):
            break   # the asker's feedback on the reply, with its time ("代表反馈意见 反馈时间：…")
        if short and _REPLY.search(t):
            # (after a reply's text, a time label with the replying unit opens the next reply:
            # "回复单位：… 回复时间：…"; alone, it is this reply's time: "办结时间：…")
            if _TIME_LABEL.search(t) and (not turns[-1][2] or turns[-1][0] == "reply" and (
                    not (_UNIT_LABEL.search(t) or t.startswith("【") and "】" in t[2:32])
                    or turns[-1][1] is None)):   # (a reply's unit and time under it; "【某某局】回复时间：…" names it)
                # a time, not a section: among the message's fields above its text, or the reply's own
                if turns[-1][0] == "reply":
                    turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)
                elif turns[-1][0] == "progress":   # (after a progress strip's steps: the reply's own head)
                    turns.append(["reply", _when(blocks, b.index, now), []])
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
        if short and turns[-1][0] == "progress" and "复" in t and DOC_NUMBER.match(t):
            turns.append(["reply", None, []])   # after the 办理流程 steps, a reply document's number ("青街信复〔2025〕
            continue                            # 18号") under its issuer's name: the reply
        if short and turns[-1][0] == "reply" and not turns[-1][2] and (_REPLY_DOC.search(t) or DOC_NUMBER.match(t)
                                                                      or t.startswith("关于") and len(t) <= 40
                                                                      and b.index + 1 < len(blocks)
                                                                      and _REPLY_DOC.search(blocks[b.index + 1].text)):
            continue   # under the reply's head, its document's title and number ("信访事项受理告知书", "…〔2022〕第047号"),
            # the title over two lines ("关于王先生反映…广告牌" / "安全隐患问题的答复函")
        if short and _DOC_TITLE.match(t):
            if turns[-1][2] or turns[-1][0] != "reply":
                turns.append(["reply", None, []])
            continue   # the reply document's own title ("关于市政协…第10136号提案的答复"): it heads the reply
        if short and b.tag in HEADINGS and ISSUER_LINE.match(t) and b.index + 1 < len(blocks) \
                and blocks[b.index + 1].tag in HEADINGS and _REPLY_DOC.search(blocks[b.index + 1].text):
            continue   # "某某局<br>信访事项处理意见书": the reply's heading in two lines
        if short and (head and (_REPLY_HEAD.match(t) or _REPLY_DOC.search(t)) or _UNIT_REPLY.match(t)
                      or len(t) <= 16 and turns[-1][0] == "ask" and turns[-1][2] and _REPLY_DOC.search(t)   # (the reply's
                      # document title under the message's text: "信访事项处理意见书")
                      or len(t) <= 8 and _REPLY_HEAD.match(t) and b.index + 1 < len(blocks)   # ("部门回复" over
                      and (_prose(blocks[b.index + 1]) or _SALUTATION.match(blocks[b.index + 1].text)   # its words, or
                           or OFFICE_OFFICIAL.match(blocks[b.index + 1].text)   # (or over "<office>官方")
                           or under and len(blocks[b.index + 1].text) <= 30 and b.index + 2 < len(blocks)   # over its
                           and _prose(blocks[b.index + 2]))):   # writer's line over them)
            # <h3>回复信息</h3>, <h4>某某局回复</h4> 2026-11-13 16:40: the reply's section
            if turns[-1][2] or turns[-1][0] != "reply":
                turns.append(["reply", None, []])
                role_at = b.index
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
        if b.tag in ("h1", "h2") and turns[-1][0] == "ask" and not turns[-1][2] and b.index + 1 < len(blocks) \
                and (_prose(blocks[b.index + 1]) or _LETTER_SALUTE.match(blocks[b.index + 1].text)
                     or b.index + 2 < len(blocks) and len(blocks[b.index + 1].text) <= 40 and blocks[b.index + 1].noise
                     and _prose(blocks[b.index + 2])):
            continue   # the subject's own heading over the letter, inside its card (its tags between: "#渣土运输#…")
        if short and speaker_under_stamp(blocks, b.index):   # a chat's speaker under the turn's stamp
            if turns[-1][2] or len(turns) > 1:
                turns.append(["reply" if ISSUER_LINE.match(t) else "ask", _when(blocks, b.index - 1, now), []])
            continue
        if short and t.startswith("回复用时"):
            if turns[-1][0] == "reply":   # "回复用时 2天22小时2021-09-17 10:20": the reply's time at its foot
                turns[-1][1] = turns[-1][1] or _when(blocks, b.index, now)
            continue
        if short and _SYSTEM_NOTE.match(t):
            continue   # "系统消息：您的诉求已受理…": the platform's, nobody's words
        if short and (m_says := _SAYS.match(t)):   # a blog's comment as a turn: "云岫区城管执法中队 说道：" over
            name = m_says.group(1).strip()          # its stamp (the letter is the post, the office answers below)
            turns.append(["reply" if ISSUER_LINE.match(name) or name.endswith(("城管", "街道")) else "ask",
                          _when(blocks, b.index, now), []])
            continue
        if b.tag in HEADINGS and b.index + 1 < len(blocks) and _SAYS.match(blocks[b.index + 1].text):
            continue   # the comments' heading ("《…》有3条回复") over the first of them
        if b.tag in HEADINGS and len(t) <= 8 and not b.extra.get("section") and (_in_cell(b) or _label_pair(blocks, b)):
            continue   # a form's field label set as a heading, in its cell (SharePoint's <td><h3>信件类别</h3>) or
            # over its value, another such label next (<h4>信件类型</h4><div>投诉</div><h4>办理单位</h4>…)
        if b.extra.get("section") and (replies_marked or len(t) <= 8 and _REPLY_HEAD.match(t)):
            replies_marked = True   # a "回复" heading the news rules took for a comment section's: the
        else:                       # reply's, and the turns go on under it
            replies_marked = False
        if b.extra.get("section") and not replies_marked and turns[-1][0] == "ask" and turns[-1][2] \
                and _label_ahead(blocks, b.index):
            continue   # a progress strip ("留言 | 2025-05-20 | 受理 | …") the news rules took for a comment
            # section's, the reply's labels right under it: nobody's words, the turns go on
        if b.tag in HEADINGS and len(turns) == 1 and not turns[0][2] and len(t) >= 8 and not SENTENCE_END.search(t[-1:]) \
                and blocks[b.index - 1].tag in ("td", "th") and blocks[start].tag in ("td", "th") \
                and not _ASK_HEAD.match(t) and not _REPLY_HEAD.match(t) and not b.extra.get("section"):
            continue   # the subject's heading under a table of the message's times, above its words
        if short and turns[-1][0] == "reply" and ("评价" in t or _AFTER.search(t)) and b.index + 1 < len(blocks) \
                and (m_next := _NAME_ROLE_STAMP.match(blocks[b.index + 1].text)) and m_next.group(2):
            continue   # the rating of one reply, another's head under it ("…首次回复<time>": newest first)
        if b.tag in HEADINGS and short and b.index + 1 < len(blocks) and (STAMP_OFFICE_NODE.match(blocks[b.index + 1].text)
                                                                         or ROLE_TAG_HEAD.match(blocks[b.index + 1].text)
                                                                         or blocks[b.index + 1].tag == "li"
                                                                         and _STEP_LINE.match(blocks[b.index + 1].text)):
            continue   # the records' heading ("办理记录 最新在前") over "<time><office>最终答复", or over a list of
            # dated steps ("办理流转" over "2024-03-19 09:02:11 <platform> 留言已审核，受理"): the turns go on
        if b.tag in HEADINGS or b.extra.get("section") and not replies_marked and b.extra.get("section") != own_section \
                and (not tagged or _COMMENTS_HEAD.match(t)) \
                or (short or t[2:4] == "须知") and _NOTICE_HEAD.match(t) \
                or (b.noise_forum and turns[-1][2] and len(turns) >= 2 and not tagged and not _VOTES.match(t)
                    and not any(_PAGE_MARK.search(x.text) for x in blocks[b.index:b.index + 4])) \
                or (short and len(turns) >= 3 and turns[-1][0] == "ask" and turns[-1][2] and _AFTER.search(t)
                    and b.tag not in ("td", "li")) \
                or (short and turns[-1][0] in ("reply", "progress") and (turns[-1][2] or len(turns) >= 3)
                    and _AFTER.search(t) and not (turns[-1][0] == "progress" and b.tag in ("td", "li"))
                    and not (b.tag == "th" and not turns[-1][2])):   # (a reply's field "回访结果" above its words)
            break    # the page's other sections begin
        if turns[-1][0] == "reply" and len(turns[-1][2]) >= 2 and SIGNED_DATE.match(turns[-1][2][-1]) \
                and ISSUER_LINE.match(turns[-1][2][-2]) and (t == turns[-1][2][-2] or _CONTACT_LINE.match(t)):
            continue   # under the signed reply, its seal's words (the issuer again) and its contact line
        if turns[-1][0] == "reply" and len(turns[-1][2]) >= 2 and SIGNED_DATE.match(turns[-1][2][-1]) \
                and ISSUER_LINE.match(turns[-1][2][-2]) and _prose(b):
            if any(len(x.text) <= LABEL_LEN and (_FOLLOW.search(x.text) or _NEW_REPLY.match(x.text)
                                                 or _ROLE_FOLLOW_HEAD.match(x.text)) for x in blocks[b.index + 1:b.index + 6]):
                continue   # (a return visit's note, then a 追问: the turns go on)
            break   # the reply is signed and dated: what follows is the page's ("本次征集共收到意见 214 条…")
        if t[:1] == "#" and len(t) <= 60 and _TAG_STAMP_LINE.match(t):
            continue
        if not turns[-1][2] and len(t) <= 32 and _ORG_SPEAKER.match(t):
            continue   # the writer's name over its words ("青枫恒通物业服务有限公司："), no salutation to the reader
        if _prose(b, bool(turns[-1][2])) or (turns[-1][2] and _closing_line(t) and not b.link_len
                                               and b.index - text_at <= 3 and not _field(b, True)
                                               and not (SIGNED_DATE.match(t) and _field(blocks[b.index - 1], False))   # (the
                                               # date under a "承办单位：…" field: the field's)
                                               and not (b.index + 1 < len(blocks) and blocks[b.index + 1].text in _CHIPS
                                                        and _role_tag(blocks, b.index + 1))):   # (the next turn's name over its chip)
            turns[-1][2].append(t)   # (a 落款 right under the text, not a listed item's date further down)
            text_at = b.index
        elif SECTION_NO.match(t) and b.index + 1 < len(blocks) and _prose(blocks[b.index + 1]):
            turns[-1][2].append(t)   # "二、处理情况" over its paragraph, inside the turn's text
            text_at = b.index
        elif turns[-1][0] == "ask" and (not turns[-1][2] and _LETTER_SALUTE.match(t)
                                        or turns[-1][2] and b.index - text_at <= 2 and _LETTER_CLOSE.match(t)):
            turns[-1][2].append(t)   # "尊敬的市长：" over the letter, "谢谢！" under it
            text_at = b.index
        elif turns[-1][0] == "reply" and not turns[-1][2] and (_SALUTATION.match(t) or _NAME_SALUTE.match(t)
                                                                 or _LETTER_SALUTE.match(t) or _NAMED_GREETING.match(t)):
            turns[-1][2].append(t)   # "网友您好：" opens the reply (or "<the writer's user name>您好：")
        elif (turns[-1][2] and len(t) >= 5 or len(t) >= 8 and t[-1] in "：:") and (
                b.punct and t[-1] in "。！!" or t[-1] in "：:" and b.index + 1 < len(blocks)
                and _LIST_ITEM.match(blocks[b.index + 1].text)) \
                and not _DISCLAIMER.search(t) and not F.is_boilerplate(t) and not _NO_REPLY.match(t):
            turns[-1][2].append(t)   # a short closing sentence of the text ("感谢您的来电。"), a list's lead-in
    return turns
