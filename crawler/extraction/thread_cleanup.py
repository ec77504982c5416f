"""A thread's clean-up across its posts, once each post's own lines are read (``post_text``):
a post shown twice, lines every post shares, reply mentions, quoted pieces of earlier posts, and
floors the engine inserted, a poster's cell read as a post of its own."""
from __future__ import annotations

import re


_BB_QUOTE = re.compile(r"\[quote(?:=[^\]]*)?\].*?\[/quote\]", re.S | re.I)
_BB_IMG = re.compile(r"\[(img|flash|attach)(?:=[^\]]*)?\].*?\[/\1\]", re.S | re.I)
_BB_HEAD = re.compile(r"^\[b\]\s*(?:Reply to|Post by|回复|引用).*\[/b\]:?$", re.I)   # ("[b]Reply to [pid=…]Reply[/pid] Post by …[/b]")
_BB_TAG = re.compile(r"\[/?(?:b|i|u|s|del|color|size|font|align|url|pid|uid|tid)(?:=[^\]]*)?\]", re.I)
_BB_QUOTE_TAIL = re.compile(r"^.{0,600}?\[/quote\]", re.S | re.I)
# the link after a preview cut short ("… 查看完整内容", a 悬赏 thread's best answer in the opening post)
_FULL_LINK = re.compile(r"\s*(?:查看完整内容|查看完整內容|查看全文|详情(?:\s*发表于\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}\s+[0-2]?\d:[0-5]\d)?)$")


def _without_bbcode(text: str) -> str:
    """A post's words from its raw BBCode: no quoted post, no image, no reply header, no tags."""
    text = _BB_IMG.sub("", _BB_QUOTE.sub("", text))
    if "[/quote]" in text.lower() and "[quote" not in text.lower():
        # (the quote's head, "[quote][tid=…]Topic[/tid] [b]Post by …[/b]", read as a header and gone before this:
        # the quoted words up to its closing tag at the post's head)
        text = _BB_QUOTE_TAIL.sub("", text, count=1)
    lines = [_BB_TAG.sub("", t).strip() for t in text.split("\n") if not _BB_HEAD.match(t.strip())]
    return "\n".join(t for t in lines if t)


def clean_posts(posts: list) -> None:
    """Cross-post clean-up, in place: repeated posts, lines every post shares, reply mentions,
    quoted pieces."""
    for p in posts:   # a board printing its posts' raw BBCode (a script renders it): quotes, images, tags
        if "[/" in p.text:
            p.text = _without_bbcode(p.text)
    # a floor's label run into its poster's name ("骑单车的鱼楼主楼主", "鹭湾老街2楼"): the name
    for p in posts:
        if p.author and (m := _FLOOR_TAIL.search(p.author)) and len(p.author[:m.start()].strip(" 第")) >= 2:
            p.author = p.author[:m.start()].strip()
    # a poster's cell taken for a post of its own, its words the next ("滨河住户 / 会员 / 帖子 64 / 来自
    # 鹭岑北塘 / 状态 离线", then the text: XMB's rows): the name and stamp go to the words under it
    merged = []
    for p in posts:
        if merged and _profile_only(merged[-1]) and not p.author and p.posted_at is None:
            cell = merged.pop()
            p.author, p.posted_at = cell.text.split("\n", 1)[0], cell.posted_at
            p.floor = p.floor or cell.floor
        merged.append(p)
    posts[:] = [p for p in merged if not _profile_only(p)]   # (a cell whose words were not read: no post)
    # the same post shown twice (a "这些回复亮了" / 热评 box repeating replies above the list): once,
    # where it stands in the list
    last = {(p.author, p.text): i for i, p in enumerate(posts) if len(p.text) >= 10}
    if len(last) < sum(1 for p in posts if len(p.text) >= 10):
        posts[:] = [p for i, p in enumerate(posts) if len(p.text) < 10 or last[(p.author, p.text)] == i]
    # a floor with neither number nor stamp among numbered, stamped ones: the engine's insert (a 推广
    # floor), not a member's post
    marked = sum(1 for p in posts if p.floor and p.posted_at is not None)
    if marked >= 4 and marked >= len(posts) - 1:
        posts[:] = [p for i, p in enumerate(posts) if i == 0 or p.floor or p.posted_at is not None]
    # ... or with neither poster nor stamp among posts that have both (an ad's table between floors)
    signed = sum(1 for p in posts if p.author and p.posted_at is not None)
    if signed >= 4 and signed >= len(posts) - 2:
        posts[:] = [p for i, p in enumerate(posts) if i == 0 or p.author or p.posted_at is not None]
    # a short line in every post of three or more ("认证车主", a rank badge) is the template's, not a post's
    if len(posts) >= 3:
        lines_of = [set(p.text.split("\n")) for p in posts]
        common = {line for line in set.intersection(*lines_of) if len(line) <= 20}
        if common:
            for p in posts:
                kept = [line for line in p.text.split("\n") if line not in common]
                if kept:
                    p.text = "\n".join(kept)
    # reply mentions: a line that is only a user name, or starts with "name: ", is meta
    names = {p.author for p in posts if p.author and len(p.author) >= 2}
    if names:
        for p in posts:
            out_lines = []
            for line in p.text.split("\n"):
                bare = line.lstrip("@")
                if bare in names:
                    continue
                for name in names:
                    if bare.startswith(name) and bare[len(name):len(name) + 1] in (":", "：", " " if line == bare else "") \
                            and len(bare) > len(name) + 1:
                        line = bare[len(name) + 1:].lstrip(" :：")
                        break   # ("name：…", a floor's reply; "@name …" is the reply's own words)
                out_lines.append(line)
            p.text = "\n".join(out_lines)
    # a later post's words cut short above it ("…一..."; a 悬赏 thread's best answer shown in the opening
    # post's box): the later post's, not this one's
    for i, p in enumerate(posts[:-1]):
        lines = p.text.split("\n")
        if not any(len(line) >= 40 and _FULL_LINK.sub("", line).endswith(("…", "...")) for line in lines):
            continue
        later = re.sub(r"\s+", "", "".join(q.text for q in posts[i + 1:]))
        kept = [line for line in lines if not (len(line) >= 40 and _FULL_LINK.sub("", line).endswith(("…", "..."))
                                               and re.sub(r"\s+", "", line)[:30] in later)]
        if kept and len(kept) < len(lines):
            p.text = "\n".join(kept)
    # a quoted piece of an earlier post ("某某" + part of what they wrote, in a reference box of the
    # template): the earlier post's words, not this one's (a reply repeating a whole line stays)
    earlier: list[str] = []
    for p in posts:
        lines = p.text.split("\n")
        # earlier floors stacked above the reply, whole (盖楼: each floor quotes the chain before it)
        lead = 0
        while lead < len(lines) - 1 and len(lines[lead]) >= 10 and lines[lead] in earlier:
            lead += 1
        if lead:
            lines = lines[lead:]
            p.text = "\n".join(lines)
        kept = []
        for line in lines:
            rest, named = line, False
            for name in names:
                if line.startswith(name) and len(line) > len(name) + 5:
                    rest, named = line[len(name):].lstrip(" :：@"), True
                    break
            if rest.endswith(("…", "...")):   # (a reference box cuts the words short)
                rest, named = rest.rstrip("…. "), True
            if 6 <= len(rest) <= 120 and any(rest in e and (named or len(rest) < len(e)) for e in earlier):
                continue
            kept.append(line)
        earlier.extend(lines)
        if kept:
            p.text = "\n".join(kept)


_FLOOR_TAIL = re.compile(r"(?:楼主|樓主|沙发|沙發|板凳|地板|\d{1,4}\s*[楼樓#])+$")
# a poster's profile line: rank, counters, place, state ("会员", "帖子 64", "来自 鹭岑北塘", "状态 离线")
_PROFILE = re.compile(r"^(?:会员|會員|版主|管理员|管理員|超级版主|新手上路|注册会员|(?:帖子|发帖|發帖|积分|積分|精华|精華|威望|金钱|金錢|"
                      r"UID|阅读权限|在线时间|注册|註冊|来自|來自|状态|狀態|级别|級別)\s*[:：]?\s*\S{0,16}|离线|離線|在线|在線)$")


def _profile_only(post) -> bool:
    lines = post.text.split("\n")
    return len(lines) >= 3 and len(lines[0]) <= 16 and all(_PROFILE.match(x) for x in lines[1:])

