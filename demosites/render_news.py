"""Pages of the two news sites: 江州日报网 (/jzrb/, GBK-encoded, old XHTML layout, charset faults)
and 江州在线 (/jzol/, UTF-8, desktop/mobile/print variants, malformed-HTML and XSS faults).
Their feeds and sitemaps are in `demosites.render_feeds`.
"""

from __future__ import annotations

import random

from demosites.corpus import Corpus
from demosites.model import Item
from demosites.render_common import Response, esc, fmt_cn, newest, not_found, page, pager_slice, paras_html


# ============================================================================ 江州日报网 (GBK)
JZRB_META = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'


def _jzrb_shell(title: str, inner: str, year: int, meta: str = JZRB_META, sidebar: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta}
<title>{esc(title)}</title>
<meta name="keywords" content="江州日报,江州新闻,江州日报网">
<link rel="stylesheet" type="text/css" href="/jzrb/static/style.css">
</head>
<body>
<div class="top"><div class="logo"><a href="/jzrb/index.html">江州日报网</a></div>
<div class="nav"><a href="/jzrb/index.html">首页</a> | <a href="/jzrb/node_12.html">江州新闻</a> | <a href="/jzrb/node_12.html">民生</a> | <a href="/jzol/list/index.html">江州在线</a> | <a href="/bbs/forum.php">江州论坛</a></div></div>
<div class="main">
<div class="left">
{inner}
</div>
<div class="right">{sidebar}</div>
</div>
<div class="footer"><p>Copyright &copy; 2003-{year} 江州日报社 版权所有　未经授权禁止复制或建立镜像</p>
<p>地址：江州市江北大道88号　新闻热线：0000-12345678（演示数据）</p></div>
</body>
</html>"""


def _jzrb_hot(corpus: Corpus, edition: int, exclude: str = "") -> str:
    items = [i for i in corpus.visible(edition, "jzrb") if i.path != exclude and i.relevant]
    rng = random.Random(exclude or "hot")
    pick = rng.sample(items, k=min(8, len(items)))
    lis = "".join(f'<li><a href="{i.path}">{esc(i.title)}</a> <span class="date">{i.published_at:%m-%d}</span></li>'
                  for i in pick)
    return f'<div class="hot"><h3>热点排行</h3><ol>{lis}</ol></div>'


def jzrb_pages(it: Item, edition: int) -> list[list[str]]:
    """The article's paragraphs per printed page (two pages for ``paged`` articles)."""
    body = it.body_at(edition)
    if "paged" not in it.flags:
        return [body]
    half = (len(body) + 1) // 2
    return [body[:half], body[half:]]


def jzrb_page_path(it: Item, page_no: int) -> str:
    return it.path if page_no == 1 else it.path.replace(".html", f"_{page_no}.html")


def _jzrb_pager(it: Item, page_no: int, pages: int) -> str:
    if pages == 1:
        return ""
    name = lambda n: jzrb_page_path(it, n).rsplit("/", 1)[1]  # noqa: E731
    links = " ".join(f"<span>{n}</span>" if n == page_no else f'<a href="{name(n)}">{n}</a>' for n in range(1, pages + 1))
    prev = f'<a href="{name(page_no - 1)}">上一页</a> ' if page_no > 1 else ""
    nxt = f' <a href="{name(page_no + 1)}">下一页</a>' if page_no < pages else ""
    return f'<div class="page">共{pages}页 {prev}{links}{nxt}</div>'


def jzrb_article(corpus: Corpus, edition: int, it: Item, page_no: int = 1) -> Response:
    pages = jzrb_pages(it, edition)
    if not 1 <= page_no <= len(pages):
        return not_found(jzrb_page_path(it, page_no))
    src = it.source or "江州日报"
    byline = f"{fmt_cn(it.published_at)}　来源：{esc(src)}"
    if it.author:
        byline += f"　作者：{esc(it.author)}"
    inner = f"""<div class="position">当前位置：<a href="/jzrb/index.html">首页</a> &gt; <a href="/jzrb/node_12.html">江州新闻</a> &gt; 正文</div>
<h1>{esc(it.title)}</h1>
<div class="info">{byline}</div>
<div id="ozoom">
{paras_html(pages[page_no - 1])}
</div>
{_jzrb_pager(it, page_no, len(pages))}
<div class="editor">（责任编辑：{esc(it.editor)}）</div>
<div class="share">分享到：<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a></div>"""
    meta = JZRB_META
    if "no_meta_charset" in it.flags:
        meta = ""
    elif "wrong_meta_charset" in it.flags:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    year = corpus.now(edition).year
    text = _jzrb_shell(f"{it.title}_江州日报网", inner, year, meta, _jzrb_hot(corpus, edition, it.path))
    return page(text, it.modified_at(edition), "text/html", "gbk")


def jzrb_list(corpus: Corpus, edition: int, page_no: int, per: int = 20) -> Response:
    items = corpus.visible(edition, "jzrb")
    chunk, pages = pager_slice(items, page_no, per)
    if page_no > pages:
        return not_found(f"/jzrb/node_12_{page_no}.html")
    lis = "\n".join(f'<li><a href="content/{i.published_at:%Y%m}/{i.published_at:%d}/content_{i.num_id}.html" '
                    f'target="_blank">{esc(i.title)}</a><span class="date">{i.published_at:%Y-%m-%d %H:%M}</span></li>'
                    for i in chunk)

    def pu(n):
        return "node_12.html" if n == 1 else f"node_12_{n}.html"
    nav = []
    if page_no > 1:
        nav.append(f'<a href="{pu(1)}">首页</a> <a href="{pu(page_no - 1)}">上一页</a>')
    for n in range(1, pages + 1):
        nav.append(f"<span class=\"cur\">{n}</span>" if n == page_no else f'<a href="{pu(n)}">{n}</a>')
    if page_no < pages:
        nav.append(f'<a href="{pu(page_no + 1)}">下一页</a> <a href="{pu(pages)}">尾页</a>')
    inner = f"""<div class="position">当前位置：<a href="/jzrb/index.html">首页</a> &gt; 江州新闻</div>
<div class="list"><ul>
{lis}
</ul></div>
<div class="pages">{' '.join(nav)}</div>"""
    text = _jzrb_shell("江州新闻_江州日报网", inner, corpus.now(edition).year, sidebar=_jzrb_hot(corpus, edition))
    return page(text, newest(chunk, edition), "text/html", "gbk")


def jzrb_index(corpus: Corpus, edition: int) -> Response:
    items = corpus.visible(edition, "jzrb")[:12]
    lis = "\n".join(f'<li><a href="/jzrb/content/{i.published_at:%Y%m}/{i.published_at:%d}/content_{i.num_id}.html">'
                    f'{esc(i.title)}</a></li>' for i in items)
    now = corpus.now(edition)
    inner = f"""<div class="today">{now.year}年{now.month}月{now.day}日</div>
<div class="focus"><h2>要闻</h2><ul>
{lis}
</ul><p class="more"><a href="/jzrb/node_12.html">更多江州新闻&gt;&gt;</a></p></div>"""
    text = _jzrb_shell("江州日报网_江州第一新闻门户", inner, now.year, sidebar=_jzrb_hot(corpus, edition))
    return page(text, newest(items, edition), "text/html", "gbk")


# ============================================================================ 江州在线 (UTF-8)
def _jzol_shell(title: str, inner: str, year: int, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel="alternate" type="application/rss+xml" title="江州在线" href="/jzol/rss.xml">
</head>
<body>
<header class="site-header"><a class="logo" href="/jzol/list/index.html">江州在线</a>
<nav><a href="/jzol/list/index.html">本地新闻</a><a href="/jzol/rss.xml">RSS</a><a href="/bbs/forum.php">论坛</a><a href="/jzrb/index.html">江州日报</a></nav></header>
<main>
{inner}
</main>
<footer class="site-footer">© {year} 江州在线 jzol 版权所有 | 本站为演示数据，内容纯属虚构</footer>
</body>
</html>"""


def jzol_article_url(it: Item) -> str:
    return it.path


def _jzol_related(corpus: Corpus, edition: int, it: Item) -> str:
    vis = corpus.visible(edition, "jzol")
    rng = random.Random(it.path)
    rel = [i for i in vis if i is not it and i.relevant]
    picks = rng.sample(rel, k=min(4, len(rel)))
    links = []
    for i in picks:
        href = i.path
        if "mobile_link" in i.flags:
            href = i.path.replace("/jzol/news/", "/jzol/m/news/")
        links.append(f'<li><a href="{href}">{esc(i.title)}</a></li>')
    for i in corpus.flagged("mobile_link"):
        if i is not it and i.status_at(edition) is None and rng.random() < 0.3:
            links.append(f'<li><a href="{i.path.replace("/jzol/news/", "/jzol/m/news/")}">{esc(i.title)}</a></li>')
    return f'<aside class="related"><h3>相关阅读</h3><ul>{"".join(links)}</ul></aside>'


def _jzol_body(it: Item, edition: int) -> str:
    paras = it.body_at(edition)
    if "xss" in it.flags:
        p = [esc(x, quote=False) for x in paras]
        p.insert(1, '<script>alert(1)</script>网友上传的现场视频截图如下'
                    '<img src="/jzol/img/none.png" onerror="alert(2)" alt="现场">')
        p.insert(3, '<span onclick="alert(3)">点击查看城管执法现场视频</span>'
                    '　<a href="javascript:alert(4)">下载原视频</a>')
        return "\n".join(f"<p>{x}</p>" for x in p)
    if "malformed" in it.flags:
        out = []
        for n, x in enumerate(paras):
            x = esc(x, quote=False)
            if n % 3 == 0:
                out.append(f"<p>{x}")  # unclosed <p>
            elif n % 3 == 1:
                out.append(f"<p><b>{x}<i></p></div>")  # stray </div>, unclosed <b><i>
            else:
                out.append(f"<div><font color=red><p>{x}</span>")
        return "\n".join(out) + "\n<table><tr><td>（完）"
    return paras_html(paras)


def jzol_article(corpus: Corpus, edition: int, it: Item, variant: str = "desktop") -> Response:
    p = it.published_at
    src = it.source or "江州在线"
    body = _jzol_body(it, edition)
    upd = ""
    if any(e <= edition for e in it.updates):
        m = it.modified_at(edition)
        upd = f'<div class="updated">更新：{m:%Y-%m-%d %H:%M}</div>'
    head = f'<meta property="og:title" content="{esc(it.title)}">\n<meta property="og:type" content="article">'
    if "no_published_meta" not in it.flags:
        head += f'\n<meta property="article:published_time" content="{p.isoformat()}">'
        if upd:
            head += f'\n<meta property="article:modified_time" content="{it.modified_at(edition).isoformat()}">'
    author = f'<span class="author">{esc(it.author)}</span>' if it.author else ""
    if variant == "print":
        text = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(it.title)} - 打印 - 江州在线</title>'
                f'<meta name="robots" content="noindex"></head><body onload="window.print()"><h1>{esc(it.title)}</h1>'
                f'<p>{p:%Y-%m-%d %H:%M} 来源：{esc(src)}</p>{body}</body></html>')
        return page(text, it.modified_at(edition))
    if variant == "mobile":
        head += f'\n<link rel="canonical" href="{it.path}">'
        text = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
                f'<title>{esc(it.title)}</title>{head}</head><body class="m"><header><a href="/jzol/list/index.html">江州在线</a></header>'
                f'<article><h1 class="m-title">{esc(it.title)}</h1><div class="m-meta">{p:%Y-%m-%d %H:%M}　{esc(src)}</div>'
                f'<div class="m-content">{body}</div></article><footer>江州在线手机版</footer></body></html>')
        return page(text, it.modified_at(edition))
    inner = f"""<article class="article">
<h1 class="article-title">{esc(it.title)}</h1>
<div class="article-meta"><span class="time">{p:%Y-%m-%d %H:%M}</span> <span class="source">来源：{esc(src)}</span> {author}</div>
{upd}
<div class="article-content">
{body}
</div>
<div class="article-editor">责任编辑：{esc(it.editor)}</div>
<div class="article-tools"><a href="{it.path}?print=1" rel="nofollow">打印本页</a> <a href="{it.path.replace('/jzol/news/', '/jzol/m/news/')}">手机版</a> <a href="#comments">评论</a></div>
</article>
<section id="comments"><h3>网友评论</h3><p>暂无评论</p></section>
{_jzol_related(corpus, edition, it)}"""
    text = _jzol_shell(f"{it.title}_江州在线", inner, corpus.now(edition).year, head)
    return page(text, it.modified_at(edition))


def jzol_list(corpus: Corpus, edition: int, page_no: int, fault_links: str = "", per: int = 20) -> Response:
    items = corpus.visible(edition, "jzol")
    chunk, pages = pager_slice(items, page_no, per)
    if page_no > pages:
        return not_found(f"/jzol/list/index_{page_no}.html")
    rows = []
    for n, i in enumerate(chunk):
        href = i.path
        if "mobile_link" in i.flags:
            href = i.path.replace("/jzol/news/", "/jzol/m/news/")
        elif n % 5 == 3:
            href += "#comments"
        rows.append(f'<li class="news-item"><a href="{href}">{esc(i.title)}</a>'
                    f'<span class="time">{i.published_at:%Y-%m-%d %H:%M}</span></li>')

    def pu(n):
        return "index.html" if n == 1 else f"index_{n}.html"
    nav = []
    if page_no > 1:
        nav.append(f'<a class="prev" href="{pu(page_no - 1)}">上一页</a>')
    active = ' class="active"'
    nav += [f'<a href="{pu(n)}"{active if n == page_no else ""}>{n}</a>' for n in range(1, pages + 1)]
    if page_no < pages:
        nav.append(f'<a class="next" href="{pu(page_no + 1)}">下一页</a>')
    extra = fault_links if page_no == 1 else ""
    inner = f"""<h2 class="channel">本地新闻</h2>
<ul class="news-list">
{chr(10).join(rows)}
</ul>
<div class="pagination">{' '.join(nav)}</div>
{extra}"""
    return page(_jzol_shell("本地新闻_江州在线", inner, corpus.now(edition).year), newest(chunk, edition))

