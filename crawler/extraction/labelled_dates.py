"""Dates on a page's lines read as their labels say: a line's dates without those labelled as an update,
an event or a rating (``dates_in_block``), the best of them (``best_of``), the first date labelled as a
publication in some blocks (``_labelled_date``: 发布日期, 发表时间, … before a bare 时间/日期), and whether
the page prints a time under an update's label (``_shown_as_update``). ``published.choose_date`` weighs them."""
from __future__ import annotations

import re
from datetime import datetime

from .dates import iter_dates
from .script_dates import date_plausible

_NOT_PUBLISHED_BEFORE = re.compile(r"(更新|修改时间|修改于|最后修改|修改時間|最後修改|[Uu]pdated|[Ll]ast [Mm]odified|"   # (更新: 最后更新,
                           # 更新时间, 更新於, "更新：" …)
                           r"今天是|今日是|今天日期|当前日期|当前时间|现在时间|生成时间|生成於|生成于|服务器时间|"   # ("本页生成时间：…")   # (a header's "今天是：2014年7月23日 星期三": the day it is read)
                           r"收录时间|收录于|收錄時間|收錄於|抓取时间|采集时间|入库时间|"   # (a mirror's or an aggregator's capture)
                           r"解决时间|解決時間|采纳时间|评价时间|评价日期|评价于|评论时间|評論時間|评论于|跟帖时间|回访时间|回访日期|打印时间|打印日期|导出时间|最后回复|最新回复|最后发表|"
                           r"(?:发布会|會議|会议|活动|活動|举办|舉辦|开幕|開幕|报名|報名|截止|营业|營業|开放|開放|播出|首播|重播)(?:时间|時間|日期))"
                           r"[^\d]{0,6}$")   # (nor a rating's time, nor a printout's, nor the time of an event the page
# announces: "发布会时间：2022年6月15日（星期三）上午10:00", "活动时间：…")

_PUB_LABEL = re.compile(r"(发布时间|发布日期|发表时间|发表于|发布于|发稿时间|时间|日期|日期：|复核\s*时间|审核时间|上传时间|录入时间|"
                        r"成文日期|印发日期|编辑于|發佈時間|發布時間|發表時間|發表於|發佈於|時間|"
                        r"上报时间|提交时间|留言时间|来信时间|投诉时间|举报时间|反映时间)\s*[：:]?\s*$")   # (a report's card)


def dates_in_block(text: str, now, *, allow_relative=True):
    """Date matches in a block, skipping 最后更新-like ones."""
    out = []
    for dm in iter_dates(text, now, allow_relative=allow_relative):
        before = text[max(0, dm.start - 10):dm.start]
        if _NOT_PUBLISHED_BEFORE.search(before):
            continue
        out.append(dm)
    return out


def best_of(dms, text: str = ""):
    """The line's stamp among its dates: the one labelled as the publishing's when several are labelled
    ("创建时间：… 采集时间：… 发布时间：… 更新时间：…"), else the first full date with its time."""
    if not dms:
        return None
    if len(dms) >= 2 and text:
        dms = [dm for dm in dms if _PUBLISHED_AT.search(text[max(0, dm.start - 8):dm.start])] or dms
    full = [dm for dm in dms if dm.kind == "full"]
    for pool in (full, dms):
        for dm in pool:
            if dm.has_time:
                return dm
    return (full or dms)[0]

_UPDATED_LABEL = re.compile(r"(?:更新|修改|编辑|編輯)(?:于|於|时间|時間|日期)?\s*[:：]?\s*$")

_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_PUBLISH_WORD = re.compile(r"发布|发表|发稿|發佈|發布|發表")
_PUBLISHED_AT = re.compile(r"(?:发布|发表|發佈|發布|發表)(?:时间|日期|時間|于|於)\s*[:：]?\s*$")


def _labelled_date(blocks, now):
    """The first plausible date labelled 发布日期 / 发表时间 … in these blocks, else the first labelled
    时间 / 成文日期 / 复核时间 … (long noise skipped): a 信息公开 table lists 成文日期 before 发布日期."""
    return _labelled(blocks, now)[0]


def _labelled(blocks, now):
    """``_labelled_date``'s date, and whether its label named publishing (发布, 发表 …)."""
    other, label_cell = None, None
    for b in blocks:
        if b.noise and len(b.text) > 120:
            continue
        prev_label, label_cell = label_cell, _PUB_LABEL.fullmatch(b.text.strip())
        for dm in dates_in_block(b.text, now, allow_relative=len(b.text) <= 40):
            if dm.kind == "relative" and not re.search(r"\d:\d", b.text[dm.start:dm.end]):
                continue   # ("发布于 昨天 20:13" names its minute; "3小时前" is too rough for a label)
            head = b.text[max(0, dm.start - 12):dm.start]
            label = _PUB_LABEL.search(head)
            if label is not None and not _PUBLISH_WORD.search(label.group(1)) and not re.search(r"[:：]", label.group(0)) \
                    and label.start() > 0 and _CJK_CHAR.match(head[label.start() - 1]):
                label = None   # a bare 时间/日期 ending a phrase ("…户外作业调整时间07-13 07:02", a listed headline)
            if label is None and dm.start == 0 and prev_label:
                label = prev_label   # the label in its own cell: <td>发布日期：</td><td>2026-11-16</td>
            if label and date_plausible(dm.dt, now):
                if _PUBLISH_WORD.search(label.group(1)):
                    return dm.dt, True
                other = other or dm.dt
    return other, False


def day_shown_as_update(day, lines: list[str], now) -> bool:
    """One of ``lines`` prints ``day`` under an update's label ("更新日期：2023-08-10", or in 民國 years,
    "更新日期：112-08-10", which reads as a date only beside traditional characters)."""
    roc = [f"{day.year - 1911}{sep}{day.month:02d}{sep}{day.day:02d}" for sep in "-/."]
    for t in lines:
        if len(t) > 120:
            continue
        if any(dm.dt.date() == day and _UPDATED_LABEL.search(t[max(0, dm.start - 8):dm.start].rstrip())
               for dm in iter_dates(t, now, allow_relative=False)):
            return True
        if any((i := t.find(r)) > 0 and _UPDATED_LABEL.search(t[max(0, i - 8):i].rstrip()) for r in roc):
            return True
    return False


def _shown_as_update(when: datetime, raw: str) -> bool:
    """The page prints ``when`` (to the minute) under an update's label ("最后更新 2025-10-10 09:12")."""
    stamp = when.strftime("%Y-%m-%d %H:%M")
    i = raw.find(stamp)
    while i >= 0:
        if _UPDATED_LABEL.search(re.sub(r"<[^>]*>", "", raw[max(0, i - 60):i])[-10:].rstrip()):
            return True
        i = raw.find(stamp, i + 1)
    return False
