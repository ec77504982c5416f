"""What marks a thread's lines, whatever the engine: a post's stamp, its floor's number and the
counters it carries. Shared by ``forum_detect`` (is this a thread?) and the readers of its posts."""
from __future__ import annotations

import re

# counters a post carries: a floor number (#3, 3#), likes (赞 7), replies (回复 5)
COUNT_MARKS = {"#N": re.compile(r"(?<![A-Za-z0-9_#&])#[ \t]?\d{1,4}(?!\d)|(?<![\d\w])\d{1,4}\s?#(?![\w#])"),   # (after a
                # stamp too: "2019年10月2日#1")
                "赞N": re.compile(r"赞\s*[（(]?\d"), "回复N": re.compile(r"回复\s*[（(]?\d")}

STAMP = re.compile(r"(?:19|20)\d\d[-/年]\s?[01]?\d[-/月]\s?[0-3]?\d日?,?\s*(?:[（(][一二三四五六日天][)）]\s*|(?:周|星期)[一二三四五六日天]\s+)?(?:-\s*)?(?:上午|下午|中午|晚上|凌晨)?\s*[0-2]?\d:[0-5]\d|[0-3]?\d[-/][0-3]?\d[-/](?:19|20)\d\d,?\s+[0-2]?\d:[0-5]\d|[01]?\d/[0-3]?\d/\d\d\s+[0-2]?\d:[0-5]\d|\d+\s*(?:秒|分钟|小时|天|个?月|年)前|"
                   r"半小时前|刚刚|(?:昨天|前天|今天)\s*[0-2]?\d:[0-5]\d|(?:发表|发布|回复|回答)于|"
                   r"(?<![\d\-/.])[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d(?!\d)|"        # 11-14 19:02, this year's
                   r"(?<![\d年])[01]?\d月[0-3]?\d日\s*[0-2]?\d:[0-5]\d|"                # 11月19日 20:15
                   r"(?<![\d年])[01]?\d月\s?[0-3]?\d\s?[,，]\s?(?:19|20)\d\d,?\s+[0-2]?\d:[0-5]\d|"   # 3月 02, 2010 10:15 am (phpBB)
                   r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
                   r"\s+\d{1,2},?\s+\d{4},?\s+\d{1,2}:\d\d|"
                   r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s+"
                   r"\d{1,2}:\d\d(?::\d\d)?\s+\d{4}")   # (Tue Nov 17 20:31:05 2026, a BBS header's ctime)
STAMP_CHAR = re.compile(r"[0-9刚前于]")   # every stamp has one: a cheap test before STAMP


_FLOOR_WORD_ANY = re.compile(r"[0-9]\s*[楼樓]")


def floor_word(text: str) -> bool:
    """A floor's number ("2楼", "2" alone over its line "楼上说的是"); not an address's "100號8樓", nor a
    stamp's minute over "樓上說的對". (The plain pattern first, the context checked on its rare matches:
    look-behinds in the pattern cost a page's scan a fifth of a millisecond.)"""
    for m in _FLOOR_WORD_ANY.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        if "\n" in m.group(0):   # (the number alone on its line, not a stamp's minute)
            floor = not before or before not in "0123456789:"
        else:                    # (not an address's floor)
            floor = before not in ("號", "号")
        if floor:
            return True
    return False


# the label over a post naming its poster on old boards and guestbooks ("作者：", "回覆人：", "留言者："), before the name
POSTER_LABEL = r"(?:作者|回复人|回覆人|發表人|发表人|留言者|留言人)\s*[:：]"
