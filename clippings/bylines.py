"""The labels Chinese news pages put on their metadata lines (来源：…, 原标题：…, 责任编辑：…).

One vocabulary, used where those lines are read: extraction keeps their values as fields and removes
the lines from the body (``crawler.extraction.fields``); repost fingerprints ignore them and read
来源 / 原标题 from texts typed in by staff (``clippings.clusters.fingerprint``); the briefing's summary
never quotes them (``clippings.briefing.summary``). Each of those builds its own patterns from
these groups.
"""

from __future__ import annotations

import re

# 简体 labels, then the 繁體 ones of Hong Kong / Taiwan pages
SOURCE = ("文章来源", "信息来源", "稿件来源", "本文来源", "新闻来源", "来源", "稿源", "出处",
          "文章來源", "新聞來源", "來源", "出處")
REPOST = ("转载自", "转自", "轉載自", "轉自")
ORIGINAL_TITLE = ("原标题", "原题", "原標題", "原題")
AUTHOR = ("文章作者", "作者", "撰文", "撰稿")
EDITOR = ("责任编辑", "值班编辑", "实习编辑", "责编", "编辑", "責任編輯", "責編", "編輯")
REVIEW = ("审核", "审校", "校对", "编审", "终审", "初审", "复审", "签发", "监制", "主编", "策划", "统筹",
          "審核", "校對", "編審", "監製", "主編")
PRESS_CONTACT = ("新闻联络人", "新闻联系人", "新聞聯絡人", "新聞連絡人", "新聞聯繫人")   # (a press release's, under its text)


def alternation(*groups: tuple[str, ...]) -> str:
    """A regex alternation of the labels in ``groups``, longest first (so 稿件来源 wins over 来源)."""
    labels = {label for group in groups for label in group}
    return "|".join(re.escape(label) for label in sorted(labels, key=lambda s: (-len(s), s)))
