"""Pages of 江州市城管执法局 (/jzcg/), a TRS-style government site: index, the 0-based paged
工作动态 list and press-release articles.
"""

from __future__ import annotations

import math

from demosites import gazetteer as gz
from demosites.corpus import Corpus
from demosites.model import Item
from demosites.render_common import Response, esc, newest, not_found, page, paras_html


# ============================================================================ 江州市城管执法局
def _jzcg_shell(title: str, inner: str, year: int) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="{gz.BUREAU}">
<meta name="ColumnName" content="工作动态">
<title>{esc(title)}</title>
</head>
<body>
<div class="header"><div class="gh">{gz.BUREAU}</div>
<ul class="menu"><li><a href="/jzcg/index.html">首页</a></li><li><a href="/jzcg/gzdt/index.html">工作动态</a></li><li><a href="/jzcg/index.html#xxgk">信息公开</a></li><li><a href="/jzcg/index.html#hdjl">互动交流</a></li></ul></div>
<div class="container">
{inner}
</div>
<div class="footer"><p>主办单位：{gz.BUREAU}　地址：江州市人民西路1号（演示数据）</p>
<p>版权所有 &copy; {year} {gz.BUREAU}　网站标识码：0000000000</p></div>
</body>
</html>"""


def jzcg_list(corpus: Corpus, edition: int, page_no: int, per: int = 15) -> Response:
    """page_no is 0-based like TRS sites: index.html, index_1.html, ..."""
    items = corpus.visible(edition, "jzcg")
    pages = max(1, math.ceil(len(items) / per))
    if page_no >= pages:
        return not_found(f"/jzcg/gzdt/index_{page_no}.html")
    chunk = items[page_no * per:(page_no + 1) * per]
    lis = "\n".join(f'<li><a href="./{i.published_at:%Y%m}/t{i.published_at:%Y%m%d}_{i.num_id}.html" '
                    f'title="{esc(i.title)}">{esc(i.title)}</a><span>{i.published_at:%Y-%m-%d}</span></li>'
                    for i in chunk)

    def pu(n):
        return "index.html" if n == 0 else f"index_{n}.html"
    nav = [f'<a href="{pu(0)}">首页</a>']
    if page_no > 0:
        nav.append(f'<a href="{pu(page_no - 1)}">上一页</a>')
    if page_no < pages - 1:
        nav.append(f'<a href="{pu(page_no + 1)}">下一页</a>')
    nav.append(f'<a href="{pu(pages - 1)}">尾页</a>')
    inner = f"""<div class="location">您当前的位置：<a href="/jzcg/index.html">首页</a> &gt; <a href="/jzcg/gzdt/index.html">工作动态</a></div>
<div class="list_right"><h3>工作动态</h3><ul class="list">
{lis}
</ul>
<div class="page"><script>createPageHTML({pages}, {page_no}, "index", "html");</script>
<span>共{pages}页</span> {' '.join(nav)}</div></div>"""
    return page(_jzcg_shell(f"工作动态_{gz.BUREAU}", inner, corpus.now(edition).year), newest(chunk, edition))


def jzcg_index(corpus: Corpus, edition: int) -> Response:
    items = corpus.visible(edition, "jzcg")[:8]
    lis = "\n".join(f'<li><a href="{i.path}">{esc(i.title)}</a><span>{i.published_at:%m-%d}</span></li>' for i in items)
    inner = f"""<div class="news"><h3><a href="/jzcg/gzdt/index.html">工作动态</a></h3><ul>
{lis}
</ul><a class="more" href="/jzcg/gzdt/index.html">更多&gt;&gt;</a></div>
<div id="hdjl"><h3>互动交流</h3><p>城管服务热线：12319</p></div>"""
    return page(_jzcg_shell(gz.BUREAU, inner, corpus.now(edition).year), newest(items, edition))


def jzcg_article(corpus: Corpus, edition: int, it: Item) -> Response:
    p = it.published_at
    inner = f"""<div class="location">您当前的位置：<a href="/jzcg/index.html">首页</a> &gt; <a href="/jzcg/gzdt/index.html">工作动态</a></div>
<div class="article">
<h2 class="title">{esc(it.title)}</h2>
<div class="info">发布时间：{p:%Y-%m-%d %H:%M}　来源：{esc(it.source or gz.BUREAU_SHORT)}　<span>【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</span></div>
<div class="TRS_Editor">
{paras_html(it.body_at(edition))}
</div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>"""
    return page(_jzcg_shell(f"{it.title}_{gz.BUREAU}", inner, corpus.now(edition).year), it.modified_at(edition))

