"""The article's lines from the blocks of its text box: which are the text, which are its header's
and trailer's fields (byline, 来源, 责任编辑, the headline repeated), and which are furniture."""
from __future__ import annotations

import re

from . import fields as F
from .body import ISSUER_LINE, sign_off
from .dates import iter_dates
from .dom import SENTENCE_END, data_row, unwrapped
from .meta import nfkc

# above the text, never its words: the site's bare address, a "——" subtitle under the headline
_SITE_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?$")
_HEAD_ONLY = re.compile(r"^—{1,2}\s*\S.{2,58}$")
_URLISH = re.compile(r"^(?:https?://|www\.)\S+$")



def _listed_tail(body_blocks, last_good) -> int:
    """The last of three or more short paragraphs closing the text's own element after its last
    sentence (a programme's 时间轴 lines, a guest line), or -1: the text's, not a trailer's."""
    parent = body_blocks[last_good].owner.getparent()
    end = last_good
    for b in body_blocks[last_good + 1:]:
        if b.noise or b.tag != "p" or b.owner.getparent() is not parent or b.link_len:
            break
        end += 1
    if end - last_good < 3 or (end + 1 < len(body_blocks) and body_blocks[end + 1].owner.getparent() is parent):
        return -1
    return end


_HASHTAGS = re.compile(r"^(?:#[^#\s]{1,20}#?\s*){2,12}$")


def _in_data_row(b) -> bool:
    """A cell of a table row of three or more cells with text (a 公示 table's "1 | 汀州路 | …")."""
    row = b.owner.getparent()
    return row is not None and row.tag == "tr" and sum(
        1 for c in row if c.tag in ("td", "th") and "".join(c.itertext()).strip()) >= 3


def body_lines(body_blocks: list, first_good: int | None, last_good: int | None, head_at: int,
               ntitle: str | None, forum: bool, now) -> tuple[list[str], list[str]]:
    """(the text's paragraphs, the metadata lines found among them) of ``body_blocks``, whose first
    and last good paragraphs are at ``first_good`` and ``last_good``; blocks before index ``head_at``
    are the page's header."""
    paras: list[str] = []
    meta_lines: list[str] = []
    if first_good is not None:
        first_parent = body_blocks[first_good].owner.getparent()
        last_row = last_cell = None
        title_dropped = False
        untitle = unwrapped(ntitle) if ntitle else ntitle
        stamps = F.entry_stamps([b.text for b in body_blocks])
        # a note's hashtag line closes its text: the short lines above it are the note's own
        tags_at = next((i for i in range(len(body_blocks) - 1, last_good, -1)
                        if not body_blocks[i].noise and _HASHTAGS.match(body_blocks[i].text)), -1)
        tags_at = max(tags_at, _listed_tail(body_blocks, last_good))
        for i, b in enumerate(body_blocks):
            t = b.text
            if b.noise or i in stamps:
                continue
            if b.index < head_at:
                meta_lines.append(t)   # (an e-paper's 当前版 row, its 引题 over the headline)
                continue
            ut = unwrapped(t)   # (a Word-saved notice's head, its source lines wrapped inside words)
            if ntitle and not title_dropped and (nfkc(t) == ntitle or nfkc(ut) == untitle):
                title_dropped = True
                continue
            if ntitle and not title_dropped and (not paras or i < first_good) and len(ut) < len(untitle) \
                    and untitle.startswith(nfkc(ut)) and i + 1 < len(body_blocks) \
                    and unwrapped(nfkc(t + body_blocks[i + 1].text)) == untitle:
                title_dropped = True   # the headline broken over two lines at the text's head (a notice
                stamps = set(stamps) | {i + 1}   # saved from Word: "关于做好…期间" / "…工作的通知")
                continue
            if ntitle and (not paras or i < first_good) and 6 <= len(ut) < len(untitle) and untitle.endswith(nfkc(ut)) \
                    and not SENTENCE_END.search(t):
                title_dropped = True   # the headline's second line, its first read as the title above the text
                continue
            if (not paras or i < first_good) and len(t) <= 40 and (
                    F.DOC_NUMBER.match(ut) or ISSUER_LINE.match(ut.removesuffix("文件").rstrip()) and (
                        ut.endswith("文件") or i + 1 < len(body_blocks)
                        and F.DOC_NUMBER.match(unwrapped(body_blocks[i + 1].text)))):
                meta_lines.append(t)   # a document's number and its red head ("某某局文件", or the issuer over the number)
                continue
            if title_dropped and not paras and t.startswith("—") and _HEAD_ONLY.match(t):
                meta_lines.append(t)   # the "——" subtitle under the headline
                continue
            if not paras and ntitle and len(t) <= 40 and not SENTENCE_END.search(t) and t[-1] not in "：:" and (
                    i + 1 < len(body_blocks) and nfkc(body_blocks[i + 1].text) == ntitle
                    or i and title_dropped and nfkc(body_blocks[i - 1].text) == ntitle):
                meta_lines.append(t)   # a newspaper's 引题 over the headline, its 副题 under it
                continue
            if F.is_meta_line(t) or (len(t) <= 40 and F.CREDIT_BARE_RE.match(t)):
                meta_lines.append(t)
                continue
            if len(t) > 0 and b.link_len > 0.5 * len(t) and not (forum and _URLISH.match(t)) and not _HASHTAGS.match(t):
                continue   # (a note's own hashtag line, '#某某 #某某', is its text)
            if F.is_boilerplate(t) and not (b.tag == "td" and t.isdigit() and len(t) <= 4 and _in_data_row(b)):
                continue   # (a data table's row number stays with its row)
            if i < first_good:
                # header zone: title, kicker, byline, share bar (a short sibling of the first
                # paragraph, e.g. a salutation, stays)
                sibling = b.owner.getparent() is not None and b.owner.getparent() is first_parent
                if b.tag in ("h1", "h2") or b.extra.get("byline") or b.extra.get("title") or (
                        len(t) < 15 and not (sibling and b.tag == "p")) or _SITE_ADDRESS.match(t):
                    meta_lines.append(t)
                    continue
            elif i > last_good and i > tags_at and not (b.tag in ("td", "th") and data_row(b.owner.getparent())):
                # (a data table under the text, its rows four cells or more: the 公示's list, the text's own)
                if len(t) < 40 and (b.punct == 0 and not t.endswith(("～", "~")) and not _HASHTAGS.match(t)
                                    or any(True for _ in iter_dates(t, now, allow_noyear=False))
                                    and not (t[-1] in "。！？" and b.punct >= 2 and len(t) >= 10)) \
                        and not F.CAPTION_RE.search(t) and not F.EDITION_LINE.match(t) \
                        and not sign_off(body_blocks, i, paras):
                    meta_lines.append(t)
                    continue
            row = b.owner.getparent() if b.tag in ("td", "th") else None
            if row is not None and row is last_row and b.owner is not last_cell and paras:
                paras[-1] += " " + t   # a table row is one line, its cells apart
            else:
                paras.append(t)
            last_row, last_cell = row, b.owner
    return paras, meta_lines
