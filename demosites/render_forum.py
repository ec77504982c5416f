"""Pages of 江州论坛 (/bbs/), a Discuz! X style forum: index, thread list (forumdisplay),
paged threads (viewthread) with relative post times, error messages and login walls.
"""

from __future__ import annotations

import hashlib
import math
import re
from datetime import datetime

from demosites.corpus import Corpus
from demosites.model import Item, Post
from demosites.render_common import Response, esc, page, pager_slice


# ============================================================================ 江州论坛 (Discuz! X style)
def _uid(name: str) -> int:
    return 10000 + int(hashlib.md5(name.encode()).hexdigest()[:6], 16) % 90000


def _bbs_shell(title: str, inner: str, year: int) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="generator" content="Discuz! X3.4" />
</head>
<body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="forum.php">江州论坛</a></div>
<div class="y"><a href="member.php?mod=register">注册</a> <a href="member.php?mod=logging&amp;action=login">登录</a> <a href="misc.php?mod=faq">帮助</a></div></div></div>
<div id="wp" class="wp">
{inner}
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><a href="misc.php?mod=stat">统计</a></div>
<div id="frt"><p>Powered by <strong>Discuz!</strong> X3.4</p><p>&copy; 2001-{year} 江州论坛（演示数据）</p></div></div>
</body>
</html>"""


def rel_time(t: datetime, now: datetime) -> str:
    delta = now - t
    secs = delta.total_seconds()
    days = (now.date() - t.date()).days
    if secs < 3600:
        return f"{max(1, int(secs // 60))} 分钟前"
    if days == 0:
        return f"{int(secs // 3600)} 小时前"
    if days == 1:
        return f"昨天 {t:%H:%M}"
    if days == 2:
        return f"前天 {t:%H:%M}"
    if days < 7:
        return f"{days} 天前"
    return f"{t:%Y-%m-%d %H:%M}"


def _bbs_time(p: Post, now: datetime, with_title: bool) -> str:
    absolute = f"{p.time:%Y-%m-%d %H:%M}"
    if p.absolute_time or (now - p.time).days >= 7:
        return absolute
    rel = rel_time(p.time, now)
    # Like Discuz, "N 分钟前 / N 小时前 / N 天前" always carry the exact time in a title attribute
    # (they are not recoverable to the minute otherwise); 昨天/前天 HH:MM are sometimes bare.
    if with_title or not rel.startswith(("昨天", "前天")):
        return f'<span title="{absolute}">{rel}</span>'
    return rel


FORUM_NAME = "城事杂谈"


def bbs_index(corpus: Corpus, edition: int) -> Response:
    n = len(corpus.visible(edition, "bbs"))
    inner = f"""<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">江州论坛</a></div></div>
<div class="fl bm"><div class="bm_h cl"><h2>江州社区</h2></div><div class="bm_c"><table class="fl_tb"><tr>
<td class="fl_g"><dl><dt><a href="forum.php?mod=forumdisplay&amp;fid=2">{FORUM_NAME}</a></dt><dd><em>主题: {n}</em></dd></dl></td>
<td class="fl_g"><dl><dt><a href="forum.php?mod=forumdisplay&amp;fid=5">二手市场</a></dt><dd><em>主题: 0</em></dd></dl></td>
</tr></table></div></div>"""
    return page(_bbs_shell("江州论坛 - Powered by Discuz!", inner, corpus.now(edition).year))


def _bbs_pager(base: str, page_no: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = []
    if page_no > 1:
        parts.append(f'<a href="{base}&amp;page={page_no - 1}" class="prev">上一页</a>')
    for n in range(1, pages + 1):
        parts.append(f"<strong>{n}</strong>" if n == page_no else f'<a href="{base}&amp;page={n}">{n}</a>')
    parts.append(f'<label><input type="text" name="custompage" class="px" size="2" value="{page_no}" /><span title="共 {pages} 页"> / {pages} 页</span></label>')
    if page_no < pages:
        parts.append(f'<a href="{base}&amp;page={page_no + 1}" class="nxt">下一页</a>')
    return f'<div class="pg">{"".join(parts)}</div>'


def bbs_forumdisplay(corpus: Corpus, edition: int, fid: str, page_no: int, per: int = 20) -> Response:
    now = corpus.now(edition)
    if fid != "2":
        return bbs_message(corpus, edition, "抱歉，指定的版块不存在")
    threads = corpus.visible(edition, "bbs")
    threads.sort(key=lambda t: t.posts_at(edition)[-1].time, reverse=True)
    chunk, pages = pager_slice(threads, max(1, page_no), per)
    rows = []
    for t in chunk:
        posts = t.posts_at(edition)
        last = posts[-1]
        tp = math.ceil(len(posts) / 10)
        mini = ""
        if tp > 1:
            mini = '<span class="tps">&nbsp;...' + "".join(
                f'<a href="forum.php?mod=viewthread&amp;tid={t.tid}&amp;extra=page%3D{page_no}&amp;page={n}">{n}</a>'
                for n in range(2, tp + 1)) + "</span>"
        rows.append(f"""<tbody id="normalthread_{t.tid}">
<tr>
<td class="icn"><a href="forum.php?mod=viewthread&amp;tid={t.tid}&amp;extra=page%3D{page_no}" title="新窗口打开" target="_blank"><img src="static/image/common/folder_common.gif" /></a></td>
<th class="common"><a href="forum.php?mod=viewthread&amp;tid={t.tid}&amp;extra=page%3D{page_no}" onclick="atarget(this)" class="s xst">{esc(t.title)}</a>{mini}</th>
<td class="by"><cite><a href="home.php?mod=space&amp;uid={_uid(t.author)}" c="1">{esc(t.author)}</a></cite><em><span>{t.published_at:%Y-%m-%d}</span></em></td>
<td class="num"><a href="forum.php?mod=viewthread&amp;tid={t.tid}&amp;extra=page%3D{page_no}" class="xi2">{len(posts) - 1}</a><em>{(t.tid * 37) % 900 + 60 + 11 * len(posts)}</em></td>
<td class="by"><cite><a href="home.php?mod=space&amp;username={esc(last.author)}" c="1">{esc(last.author)}</a></cite><em><a href="forum.php?mod=redirect&amp;tid={t.tid}&amp;goto=lastpost#lastpost">{_bbs_time(last, now, True)}</a></em></td>
</tr>
</tbody>""")
    pager = _bbs_pager("forum.php?mod=forumdisplay&amp;fid=2", page_no, pages)
    inner = f"""<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">江州论坛</a> <em>&rsaquo;</em> <a href="forum.php?mod=forumdisplay&amp;fid=2">{FORUM_NAME}</a></div></div>
<div id="pgt" class="bm bw0 pgs cl"><span id="fd_page_top">{pager}</span><a href="forum.php?mod=post&amp;action=newthread&amp;fid=2" id="newspecial" title="发新帖">发新帖</a></div>
<div id="threadlist" class="tl bm bmw"><div class="bm_c"><form method="post" autocomplete="off" name="moderate" id="moderate" action="forum.php?mod=topicadmin&amp;action=moderate&amp;fid=2&amp;infloat=yes&amp;nopost=yes">
<table summary="forum_2" cellspacing="0" cellpadding="0" id="threadlisttableid">
{chr(10).join(rows)}
</table></form></div></div>
<div class="bm bw0 pgs cl"><span id="fd_page_bottom">{pager}</span></div>
<div class="bm"><a href="misc.php?mod=rss&amp;fid=2">RSS订阅</a> | <a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=forum&amp;id=2">收藏本版</a></div>"""
    return page(_bbs_shell(f"{FORUM_NAME} - 江州论坛 - Powered by Discuz!", inner, now.year),
                max((t.posts_at(edition)[-1].time for t in chunk), default=None))


def bbs_message(corpus: Corpus, edition: int, msg: str) -> Response:
    inner = f"""<div id="ct" class="wp cl w"><div class="nfl"><div class="f_c altw"><div id="messagetext" class="alert_error">
<p>{esc(msg)}</p>
<script type="text/javascript">if(history.length > (BROWSER.ie ? 0 : 1)) {{}}</script>
<p class="alert_btnleft"><a href="javascript:history.back()">[ 点击这里返回上一页 ]</a></p>
</div></div></div></div>"""
    return page(_bbs_shell("提示信息 - 江州论坛 - Powered by Discuz!", inner, corpus.now(edition).year))


def bbs_viewthread(corpus: Corpus, edition: int, t: Item | None, page_no: int) -> Response:
    deleted_msg = "抱歉，指定的主题不存在或已被删除或正在被审核"
    if t is None or t.edition > edition or t.status_at(edition) is not None:
        return bbs_message(corpus, edition, deleted_msg)
    now = corpus.now(edition)
    posts = t.posts_at(edition)
    pages = max(1, math.ceil(len(posts) / 10))
    page_no = min(max(1, page_no), pages)  # Discuz clamps out-of-range pages
    chunk = posts[(page_no - 1) * 10: page_no * 10]
    blocks = []
    for p in chunk:
        pid = t.tid * 100 + p.floor
        label = {1: "楼主", 2: "沙发", 3: "板凳", 4: "地板"}.get(p.floor)
        floor_html = label if label else f"<em>{p.floor}</em>#"
        text = esc(p.text, quote=False).replace("\n", "<br />\n")
        if p.text.startswith("回复 "):
            head, _, rest = p.text.partition("：")
            quoted = _quoted(posts, head)
            text = (f'<div class="quote"><blockquote>{esc(head)}{"<br />" + esc(quoted) if quoted else ""}</blockquote></div>'
                    f'{esc(rest, quote=False)}')
        lastpost = '<a name="lastpost"></a>' if p is posts[-1] else ""
        blocks.append(f"""<div id="post_{pid}">{lastpost}
<table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
<td class="pls" rowspan="2"><div id="favatar{pid}" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid={_uid(p.author)}" target="_blank" class="xw1">{esc(p.author)}</a></div></div></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid={t.tid}&amp;pid={pid}" id="postnum{pid}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">{floor_html}</a></strong>
<div class="pti"><div class="authi"><img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" />
<em id="authorposton{pid}">发表于 {_bbs_time(p, now, p.floor % 2 == 0)}</em>
<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid={t.tid}&amp;page={page_no}&amp;authorid={_uid(p.author)}" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{text}
</td></tr></table></div></div></div></td></tr>
</table></div>""")
    base = f"forum.php?mod=viewthread&amp;tid={t.tid}&amp;extra=page%3D1"
    pager = _bbs_pager(base, page_no, pages)
    views = (t.tid * 37) % 900 + 60 + 11 * len(posts)
    inner = f"""<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">江州论坛</a> <em>&rsaquo;</em> <a href="forum.php?mod=forumdisplay&amp;fid=2">{FORUM_NAME}</a> <em>&rsaquo;</em> <a href="forum.php?mod=viewthread&amp;tid={t.tid}">{esc(t.title)}</a></div></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl "><div class="pgt">{pager}</div><span class="y pgb"><a href="forum.php?mod=forumdisplay&amp;fid=2">返回列表</a></span></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{views}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{len(posts) - 1}</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=2&amp;filter=typeid">[城事]</a> <span id="thread_subject">{esc(t.title)}</span></h1>
<span class="xg1"><a href="forum.php?mod=viewthread&amp;tid={t.tid}" onclick="return copyThreadUrl(this, '江州论坛')">[复制链接]</a></span></td></tr></table>
{chr(10).join(blocks)}
</div>
<div class="pgs mtm mbm cl">{pager}<span class="pgb y"><a href="forum.php?mod=forumdisplay&amp;fid=2">返回列表</a></span></div>
</div>"""
    title = f"{t.title} - {FORUM_NAME} - 江州论坛 - Powered by Discuz!"
    return page(_bbs_shell(title, inner, now.year), max(p.time for p in posts))


def bbs_blocked(kind: str) -> Response:
    return page(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(kind)} - 江州论坛</title></head>'
                f'<body><p>您需要登录后才可以访问此页面（{esc(kind)}）。</p></body></html>')


def _quoted(posts, head: str) -> str:
    """The start of the post a reply quotes ("回复 3# 某某"), as Discuz shows it inside the quote."""
    m = re.match(r"回复 (\d+)#", head)
    floor = int(m.group(1)) if m else 0
    target = next((p for p in posts if p.floor == floor), None)
    if target is None:
        return ""
    text = target.text.partition("：")[2] if target.text.startswith("回复 ") else target.text
    text = text.replace("\n", " ")
    return text if len(text) <= 30 else text[:30] + " ..."
