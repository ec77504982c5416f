"""A thread's clean-up across its posts, once each post's own lines are read (``post_text``):
a post shown twice, lines every post shares, reply mentions, quoted pieces of earlier posts, and
floors the engine inserted."""
from __future__ import annotations


def clean_posts(posts: list) -> None:
    """Cross-post clean-up, in place: repeated posts, lines every post shares, reply mentions,
    quoted pieces."""
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
    # a short line in every post of three or more ("认证车主", a rank badge) is the template's, not a post's
    if len(posts) >= 3:
        lines_of = [set(p.text.split("\n")) for p in posts]
        common = {line for line in set.intersection(*lines_of) if len(line) <= 20}
        if common:
            for p in posts:
                kept = [line for line in p.text.split("\n") if line not in common]
                if kept:
                    p.text = "\n".join(kept)
    # reply mentions: a line that is only a user name, or starts with "@name " / "name: ", is meta
    names = {p.author for p in posts if p.author and len(p.author) >= 2}
    if names:
        for p in posts:
            out_lines = []
            for line in p.text.split("\n"):
                bare = line.lstrip("@")
                if bare in names:
                    continue
                for name in names:
                    if bare.startswith(name) and bare[len(name):len(name) + 1] in (" ", ":", "：") \
                            and len(bare) > len(name) + 1:
                        line = bare[len(name) + 1:].lstrip(" :：")
                        break
                out_lines.append(line)
            p.text = "\n".join(out_lines)
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
