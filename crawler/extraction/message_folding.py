"""Reading a message page whose labels the patterns do not know as printed: traditional characters
(來信日期, 回覆內容, 陳情人) folded to simplified ones, and labels in brackets leading their lines
(【来信日期】…) read as "label：…". Only the labels are folded for the patterns; ``as_printed`` gives each
line back as the page prints it. ``message.message_posts`` reads a page through these when it cannot
read it as printed."""
from __future__ import annotations

import re

from .dom import Block
from .message_lines import SCAN


def fold_needed(blocks: list[Block]) -> tuple[bool, bool]:
    """(traditional labels, bracketed labels) among the page's first lines."""
    trad = bool(_TRAD_LABEL.search("\n".join(b.text for b in blocks[:SCAN] if len(b.text) <= 12)))
    bracketed = sum(1 for b in blocks[:SCAN] if b.text[:1] == "【" and (m := _BRACKET_LABEL.match(b.text))
                    and _MESSAGE_WORD.search(m.group(1))) >= 2   # (a message's fields, not an article's 【导语】)
    return trad, bracketed


# the traditional characters of the message pages' labels (來信日期, 回覆內容, 陳情事項, 處理單位, 案件編號…),
# each folded to its simplified one for the labels' patterns: not a conversion of the words
_T2S = str.maketrans("來覆內陳時間處辦單機關訴號狀態問題網電話結進應復報見於為與務員長們請詢議諮詳類別區縣執發編輯閱覽點評價滿讚轉歷錄舉檢謝對聯絡資瀏數據參僅調親愛寫協經訪",
                     "来复内陈时间处办单机关诉号状态问题网电话结进应复报见于为与务员长们请询议咨详类别区县执发编辑阅览点评价满赞转历录举检谢对联络资浏数据参仅调亲爱写协经访")
_TRAD_LABEL = re.compile("來信|來電|回覆|陳情|處理|辦理|內容|編號|訴求|承辦")


_MESSAGE_WORD = re.compile(r"来信|留言|诉求|回复|答复|处理|办理|信件|投诉|咨询|反映")
# a page's labels in brackets, each leading its line ("【来信日期】2025年07月14日 22:48", "【来 信 人】陈**")
_BRACKET_LABEL = re.compile(r"^【([\u4e00-\u9fff\s　]{2,10})】")


def fold(text: str, trad: bool = True, bracketed: bool = False) -> str:
    """``text`` with its labels' traditional characters folded, and a 陳情 (a petition) read as a 来信
    (the same length, character for character); a bracketed label read as "label："."""
    if trad:
        text = text.translate(_T2S).replace("陈情", "来信").replace("机关回复", "官方回复")
    if bracketed and text[:1] == "【" and (m := _BRACKET_LABEL.match(text)):
        rest = text[m.end():]
        text = re.sub(r"[\s　]", "", m.group(1)) + ("：" + rest if rest.strip() else "")   # (a label alone: a role's head)
    return text


def as_printed(line: str, printed: dict) -> str:
    """A line read from folded blocks, as the page prints it: words the folding left alone are as they
    are; a folded line's, character for character."""
    if line in printed:
        return printed[line]
    if any(line in original for original in printed.values()):
        return line
    for folded, original in printed.items():
        if len(folded) == len(original) and len(folded) >= len(line) and (i := folded.find(line)) >= 0:
            return original[i:i + len(line)]
    return line
