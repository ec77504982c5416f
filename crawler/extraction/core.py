"""The extraction entry point: bytes -> Extracted (news article or forum thread)."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

from . import fields as F
from .body_lines import body_lines
from .body import (ISSUER_LINE, captions_after, drop_account_card, is_good, lead_beside, paragraph_run, pick_container,
                   signing_date, text_continued)
from .byline_zone import byline_zone
from .dates import _norm_now
from .dom import SENT_PUNCT, holds_word, page_wrappers, parse, segment, unwrapped, use_forum_noise
from .encoding import decode_page
from .meta import head_meta, json_ld, nfkc
from .page_memo import forget_page
from .render_time import rendered_at
from .kind_dates import edition_date, question_date
from .published import choose_date
from .item_streams import mark_item_streams
from .sections import mark_source_card, mark_trailing_sections, mark_unanswered
from .teasers import mark_headed_cards, mark_headline_rows, mark_teasers
from .headline import crumbed_subject, document_title, headline_near_text, labelled_above, thread_subject, uncut_title
from .thread_time import date_opening_post, thread_time
from .chat_transcript import transcript_posts
from .chat_log import chat_log_posts
from .bbs_mail import mail_posts
from .text_ends import (drop_cta_runs, drop_names_credit, trim_cta_tail, trim_mail_tail, without_repeated_labels,
                        trim_annex, without_cut_teaser, without_status_link_tail, without_writer_note)
from .title import choose_title, page_title_of, without_prefix_badge
from .visibility import clean

log = logging.getLogger(__name__)



@dataclass
class Post:
    floor: int                  # 1 = first post
    author: str | None
    posted_at: datetime | None  # tz-aware Asia/Shanghai
    text: str


@dataclass
class Extracted:
    title: str | None = None
    published_at: datetime | None = None
    author: str | None = None
    source: str | None = None
    text: str = ""
    original_title: str | None = None
    editor: str | None = None
    posts: list[Post] = field(default_factory=list)
    page_type: str = "news"
    encoding: str = "utf-8"
    deleted: bool = False


_DELETED_RE = re.compile(
    r"(指定的主题不存在|主题不存在或已被删除|帖子不存在|该帖(?:子)?已被删除|帖子已被删除|主题已被删除|内容已被删除|已被删除或正在被审核|"
    r"正在被审核|该内容已删除|内容不存在|页面不存在|您访问的页面不存在|页面已删除|文章不存在|该文章已被删除|"
    r"找不到(?:该|此)?页面|404 Not Found|Page Not Found|该贴已被删除|贴子已被删除|回答已被删除|问题已被删除|"
    r"已被作者删除|已被管理员删除|内容暂无法显示|内容暂时无法查看|该主题已关闭或删除|帖子已删除|此帖已被删除)", re.I)
_TOPIC_TAGS = re.compile(r"^(?:#[^#\n]{1,30}#\s*)+")
_SHARE_PHRASE = re.compile(r"[，,].{0,20}(?:快来|一起|点击|戳|速看|来看看|看看吧)|(?:吧|啦|哦|呀)[！!]?$")
_CRUMB_LEAD = re.compile(r"^(?:当前位置|您的位置|您现在的位置|所在位置)\s*[:：]")
_SUMMARY_BOX = re.compile(r"^(?:[【\[]?(?:内容)?摘要[】\]]?\s*[:：]?|[【\[]导读[】\]]\s*[:：]?|导读\s*[:：])\s*[^\s:：]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


def _empty(codec: str = "utf-8", page_type: str | None = None) -> Extracted:
    return Extracted(encoding=codec, page_type=page_type if page_type in ("news", "forum") else "news")


# ---------------------------------------------------------------- main

def extract(html: bytes, url: str, encoding: str | None = None, *, now: datetime | None = None,
            selectors: dict | None = None, page_type: str | None = None) -> Extracted:
    """Extract title, publish time, byline fields and main text from one page. Never raises."""
    codec = "utf-8"
    forget_page()   # (what the last page's lines were)
    try:
        if html is None:
            return _empty(codec, page_type)
        raw = None   # (the bytes, when the text is all of them read as strict UTF-8: lxml reads them directly)
        if isinstance(html, str):
            text, codec = html, "utf-8"
            body = text.encode("utf-8", "replace")
        else:
            body = bytes(html)
            text, codec, exact = decode_page(body, encoding)
            raw = body if exact else None
        now = _norm_now(now)
        now = rendered_at(body, now) or now   # (a saved copy: its relative stamps were reckoned when it was rendered)
        out = _extract(text, codec, url or "", now, selectors, page_type, raw)
        if page_type is None and not out.text and not out.deleted:
            # nothing left as an article: every block was one of a stream of stamped items (the cards of
            # a message page, say); read them as the posts they are
            as_thread = _extract(text, codec, url or "", now, selectors, "forum", raw)
            if as_thread.text:
                return as_thread
        return out
    except Exception:  # pragma: no cover - defensive: garbage in, empty out
        log.exception("extraction failed for %s", url)
        return _empty(codec, page_type)




def _text_below(blocks, body_start: int, first_post) -> bool:
    """The page's would-be article text starts below the first post's words."""
    first_line = first_post.text.split("\n")[0][:30] if first_post.text else ""
    at = next((b.index for b in blocks if first_line and first_line in b.text), None)
    return at is not None and body_start > at


def _extract(text: str, codec: str, url: str, now: datetime, selectors: dict | None,
             page_type: str | None, raw: bytes | None = None) -> Extracted:
    from .forum import extract_posts
    from .forum_detect import detect_forum
    from .message import message_posts
    from .message_inline import inline_turns
    from .headed_messages import headed_posts
    from .signed_comments import signed_posts
    from .message_pending import pending_message
    from .message_roles import role_turns
    from .message_subject import labelled_subject
    from .selectors import apply_selectors, prefetch_scalars

    out = _empty(codec, page_type)
    # cheap check for binary garbage: lots of control characters
    sample = text[:4000]
    if not sample.strip() or len(_CTRL.findall(sample)) > len(sample) * 0.1:
        return out
    root = parse(text, raw)
    if root is None:
        return out
    meta = head_meta(root)
    ld = json_ld(root)
    page_title = page_title_of(root)
    pre = prefetch_scalars(root, selectors) if selectors else None
    asked_at = question_date(root, url, now) if "Question" in text else None
    clean(root, fold_links=holds_word(text, "收起"))
    body_el = root.find("body")
    if body_el is None:
        body_el = root

    title, title_el, title_sure = choose_title(root, meta, ld, page_title)
    if title and (m_label := F.TITLE_LABEL_RE.match(title)) and len(title) - m_label.end() >= 4:
        title = F.COUNTS_AFTER_RE.sub("", title[m_label.end():]).strip()   # "* 帖子主题：… (阅读 2381 次)"
    out.title = title or None

    blocks = segment(body_el)
    if wrappers := page_wrappers(blocks):
        blocks = segment(body_el, wrappers=wrappers)   # (a share page's root classed "h5-share")
    mark_trailing_sections(blocks)
    mark_source_card(blocks)
    mail = mail_posts(blocks, now) if page_type != "news" else None   # (a telnet BBS's article: its mail header)
    board_posts = mail or transcript_posts(blocks, now) or message_posts(blocks, now) or inline_turns(blocks, now) \
        or pending_message(blocks, now) or role_turns(blocks, now) or headed_posts(blocks, now) or signed_posts(blocks, now) \
        or ("群" in text and chat_log_posts(blocks, now) or None) \
        if page_type != "news" else None   # 留言 + 官方回复 (a group chat's log names its group, "…议事群": that cheap test first)
    forum = board_posts is not None or page_type == "forum" or (
        page_type is None and detect_forum(root, url, meta, text, blocks))
    if forum:   # (a board's page headed "诉求详情", "问政详情": the subject is in its field or its heading)
        subject = next((b.extra["subject"] for b in blocks if "subject" in b.extra), None) \
            or labelled_subject(title, blocks, page_title)   # (a talk page's section over its signed comments)
        if subject != title:
            title, title_sure = subject, True   # (a labelled field: no heading near the text outranks it)
        if title and not mail:   # (a BBS article's 標題 field is its subject as the station prints it: "[問卦] …")
            title = without_prefix_badge(root, F.without_thread_type(title))
        out.title = title or None
    out.page_type = "forum" if forum else "news"
    if forum:
        use_forum_noise(blocks)
        if board_posts is None:
            mark_unanswered(blocks)
    else:
        # comment streams and related-story feeds below a short article
        for b in blocks:
            if b.extra.get("section"):
                b.noise = True
        mark_item_streams(blocks, title)
        mark_headline_rows(blocks)
        mark_teasers(blocks)
        mark_headed_cards(blocks, title)

    ntitle = nfkc(title) if title else None
    if ntitle:
        for b in blocks:
            if len(b.text) <= len(ntitle) + 30 and b.tag in ("h1", "h2", "h3", "div", "p", "td", "span", "header",
                                                            "strong", "section", "font"):
                nb = nfkc(b.text)
                # the headline, also with a short tag/category glued on ("[城事] …", "原创 …")
                if nb == ntitle or (len(nb) <= len(ntitle) + 12 and len(ntitle) >= 6 and ntitle in nb):
                    b.extra["title"] = True
    # ---- news-style body container (also used as a fallback for forums)
    container, lo, hi, s_total, s_lo, s_hi = pick_container(body_el, blocks, forum)
    if (container is None or s_total.get(container, 0) <= 0) and len(blocks) <= 5000:
        # nothing article-like: malformed markup (an unclosed <a>/<nav> swallowing the page)?
        # retry without the navigation penalty, and without the link penalty for sentences
        for b in blocks:
            b.noise = False
            if SENT_PUNCT.search(b.text) and len(b.text) >= 15:
                b.link_len = 0
        container, lo, hi, s_total, s_lo, s_hi = pick_container(body_el, blocks, forum)
        if container is not None and s_total.get(container, 0) <= 0:
            container, lo, hi = None, 0, -1
    if container is not None and not forum:
        lo, hi = paragraph_run(container, blocks, lo, hi)
        hi = text_continued(container, blocks, hi, s_lo, s_hi)   # (the text's box split by a picture)
    body_blocks = blocks[lo:hi + 1] if container is not None else []
    lead_lines = lead_beside(blocks, lo, container) if container is not None and not forum else []
    if not forum:
        drop_account_card(body_blocks)
    first_good = next((i for i, b in enumerate(body_blocks) if is_good(b)), None)
    last_good = None
    for i in range(len(body_blocks) - 1, -1, -1):
        if is_good(body_blocks[i]):
            last_good = i
            break
    if title_sure and not forum and first_good is not None and ("专题" in page_title or any(
            "专题" in x.text and _CRUMB_LEAD.match(x.text) and ntitle and ntitle in nfkc(x.text)
            for x in blocks[:lo + first_good])) and any(   # (or the crumbs name the <title> a 专题: "…专题专栏 > <title> > 区县动态")
            (b.owner is title_el if title_el is not None else bool(ntitle) and nfkc(b.text) == ntitle)
            and (b.noise or any(_CRUMB_LEAD.match(x.text) for x in blocks[b.index + 1:lo + first_good]))
            for b in blocks[:lo + first_good]):   # (or the banner over the crumbs: "当前位置：专题首页 > …")
        title_sure = False   # a 专题 page's banner repeats the <title>: the story under it has its own headline
    head_at = -1
    if title_sure is None and ntitle and _SHARE_PHRASE.search(ntitle) and first_good is not None \
            and not any(ntitle in nfkc(b.text) for b in blocks[:lo + first_good]):
        title_sure = False   # (og:title a share phrase, "我在…上报了一个问题，快来看看处理结果吧", printed nowhere)
    if title_sure is False and forum and first_good is not None and (printed := labelled_above(blocks, lo + first_good, ntitle)):
        out.title, title_sure = printed, True   # (the subject in the thread's header row, with its label)
    if title_sure is False and first_good is not None and not (
            board_posts is not None and title_el is not None and title_el.tag == "h1"):   # (a letter's own <h1>)
        # <title> did not help: take the headline-looking block closest above the body
        anchor = lo + first_good
        if board_posts and board_posts[0].text:   # (a message page: the subject is above the message, not above
            opening = board_posts[0].text.split("\n", 1)[0]   # the box of text the news rules chose, a reply's)
            anchor = min(anchor, next((b.index for b in blocks[:anchor] if b.text == opening), anchor))
        best_b, labelled_title = headline_near_text(blocks, anchor, forum, page_title)
        if best_b is not None and board_posts is not None and ntitle and len(ntitle) >= 8 and not labelled_title \
                and nfkc(best_b.text) != ntitle and any(b.extra.get("title") for b in blocks[:lo + first_good]):
            best_b = None   # (a message page's subject, printed above its turns as the <title> gives it)
        if best_b is not None:
            title = labelled_title or F.COUNTS_AFTER_RE.sub("", best_b.text).strip() or best_b.text
            if forum:   # ("[投诉] <subject>　本帖已被浏览 3862 次，回复 5 次")
                title = F.without_thread_type(title)
            ntitle = nfkc(title)
            out.title = title
            best_b.extra["title"] = True
            if best_b.index >= lo + first_good:  # the "first paragraph" was the headline
                head_at = best_b.index   # (what the text's box holds above it is the page's header)
                first_good = next((i for i, b in enumerate(body_blocks) if is_good(b) and b.index > head_at), None)
                if first_good is None:
                    last_good = None
    if out.title and not forum and ("号" in out.title or "关于" in unwrapped(out.title) or out.title.endswith("文件")
                                    or ISSUER_LINE.match(out.title.split()[0])) \
            and (whole := document_title(out.title, blocks)) != out.title:   # (a Word-saved notice's)
        out.title, ntitle = whole, nfkc(whole)
    paras, meta_lines = body_lines(body_blocks, first_good, last_good, head_at, ntitle, forum, now)

    # ---- byline zone: blocks between the headline and the body start
    body_start = lo + (first_good or 0)
    body_end = lo + (last_good if last_good is not None else -1)
    zone_text = byline_zone(blocks, ntitle, body_start)
    if not forum and not any("来自" in t for t in zone_text):   # (a status's "<stamp> 来自 <client>" right above
        zone_text += [b.text for b in blocks[max(0, body_start - 4):body_start]   # its words, its headline inside them)
                      if "来自" in b.text and len(b.text) <= 60]

    # ---- fields from the byline zone and the body's metadata lines
    for t in zone_text + meta_lines:
        if out.source is None:
            out.source = F.find_source(t)
        if out.author is None:
            out.author = F.find_author(t)
        if out.editor is None and ("编辑" in t or "责编" in t):
            out.editor = F.find_editor(t)
        if out.original_title is None and "原标题" in t:
            out.original_title = F.find_original_title(t)
    # metadata lines inside the body (原标题 at the top, 责任编辑 at the end)
    kept = []
    for i, p in enumerate(paras):
        if (i < 3 or i >= len(paras) - 3) and len(p) <= 80:
            if out.original_title is None and F.ORIG_TITLE_RE.search(p):
                out.original_title = F.find_original_title(p)
                continue
            m_ed = F.EDITOR_RE.search(p)
            if m_ed and m_ed.start() <= 3:
                out.editor = out.editor or F.find_editor(p)
                continue
        kept.append(p)
    paras = kept
    if not forum and len(paras) >= 2 and (F.repeats_next(paras[0], paras[1]) or _SUMMARY_BOX.match(paras[0])):
        paras = paras[1:]   # a 摘要 box above the text repeating its first paragraph (DedeCMS div.intro), or
        # labelled as one ("摘要6处疏导点共规划摊位212个…", "【内容摘要】…", "导读：三部门夜间联合设卡…")
    if out.author is None:
        a = meta.get("author") or meta.get("article:author") or meta.get("dc.creator")
        if a and len(a) <= 30 and not a.startswith("http"):
            out.author = a.strip()
    if out.source is None:
        s = meta.get("source") or meta.get("og:site_name")
        if s and len(s) <= 30 and meta.get("source"):
            out.source = s.strip()

    # ---- publish time
    out.published_at = choose_date(meta, ld, root, now, zone_text, blocks, body_end, url, text, container,
                                   page_title, out.title)
    if out.published_at is None:
        out.published_at = edition_date(blocks, now)
    if out.published_at is None and not forum:
        out.published_at = signing_date(body_blocks, now)   # (a document's 落款, an annex under it)
    # fields printed below the body (信息来源 / 发布日期 footers of government pages, （责任编辑：…）)
    if body_end >= 0:
        for b in blocks[body_end + 1: body_end + 6]:
            if len(b.text) > 120:
                continue
            if out.source is None:
                out.source = F.find_source(b.text)
            if out.editor is None and ("编辑" in b.text or "责编" in b.text):
                out.editor = F.find_editor(b.text)

    if lead_lines and paras:
        paras = [t for t in lead_lines if t not in paras] + paras
    if not forum and paras and container is not None and sum(map(len, paras)) <= 500:
        for t in captions_after(blocks, hi, container, s_lo, s_hi):
            if t not in paras:   # (the same credit under every slide: once)
                paras.append(t)
    if not forum:
        paras = F.strip_line_clocks(F.strip_slide_counters(paras))
        paras = without_repeated_labels(trim_mail_tail(drop_names_credit(drop_cta_runs(trim_cta_tail(paras)))))
        paras = without_writer_note(trim_annex(without_cut_teaser(without_status_link_tail(paras))), out.author)
    out.text = "\n".join(paras)
    if _INVISIBLE.search(out.text):   # (zero-width spaces a status pads its end with: no words)
        out.text = "\n".join(t for t in (_INVISIBLE.sub("", t).strip() for t in paras) if t)
    if not forum and (headline := F.post_headline(page_title, out.text, out.title, meta_lines)):
        out.title = headline
        lines = out.text.split("\n")
        if len(lines) > 1:   # (the status's 【headline】 on a line of its own, after its #topic#s: its title, not its words)
            out.text = "\n".join(t for t in lines if F.ACCOUNT_LEAD.sub("", _TOPIC_TAGS.sub("", t.strip())) != f"【{headline}】")

    out.title = crumbed_subject(uncut_title(out.title, blocks), blocks)
    if out.title and _INVISIBLE.search(out.title):   # (a heading's anchor link holding a zero-width space)
        out.title = _INVISIBLE.sub("", out.title).strip() or None
    # ---- forum posts
    if forum:
        if board_posts is not None:
            posts, p_title = board_posts, None
            ttl = nfkc(out.title) if out.title else None
            if ttl and posts and "\n" in posts[0].text and nfkc(posts[0].text.split("\n", 1)[0]) == ttl:
                posts[0].text = posts[0].text.split("\n", 1)[1]   # (the subject's row over the message: its title)
        else:
            posts, p_title = extract_posts(body_el, blocks, now, ntitle, s_total, s_lo, s_hi, container)
        date_opening_post(posts, board_posts is not None, text, now, out.published_at, p_title or out.title)
        post_chars = sum(len(p.text) for p in posts)
        if posts and page_type is None and board_posts is None and len(out.text) > 2 * post_chars and \
                sum(len(p.text) for p in posts if p.text and max(p.text.split("\n"), key=len)[:30] in out.text) < 0.5 * post_chars \
                and not (len(posts) >= 3 and all(p.author and p.posted_at for p in posts)
                         and _text_below(blocks, body_start, posts[0])):
            # autodetected "forum" whose repeated blocks are a comment strip under an article (not
            # in the article's text; a thread of short replies is its own text, with its furniture;
            # a longer "text" below three or more signed and stamped posts is a side list of other
            # stories, no article over them)
            posts = []
            forum = False
            out.page_type = "news"
        elif not posts and out.text:
            posts = [Post(1, out.author, out.published_at, out.text)]
        if posts:
            out.posts = posts
            out.text = "\n".join(p.text for p in posts if p.text)
            out.published_at = thread_time(posts, board_posts is not None, text, root, meta, ld, now, asked_at,
                                           out.published_at, url)
            if posts[0].author:
                out.author = posts[0].author
        if out.title is None and p_title:
            out.title = p_title
        if out.title:
            out.title = thread_subject(out.title, as_printed=mail is not None)
        if posts and (headline := F.post_headline(page_title, posts[0].text, out.title)):
            out.title = headline   # (a microblog post with its comments: "微博正文" titles no post)

    # ---- deleted / not-found pages
    if len(out.text) < 300:
        # the message is a short line of its own (a news item quoting such a phrase is prose)
        probe = " ".join([page_title, out.title or ""] + [b.text for b in blocks[:200] if len(b.text) <= 40])
        if _DELETED_RE.search(probe):
            out.deleted = True
            out.text = "" if len(out.text) < 120 else out.text
            out.posts = [] if out.deleted and not out.text else out.posts

    if selectors:
        apply_selectors(out, root, selectors, now, pre)
    return out
