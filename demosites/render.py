"""HTML/XML rendering of the four demo sites. Pure functions: (corpus, edition, ...) -> Response."""

from __future__ import annotations

import hashlib
import html
import math
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime

from demosites import gazetteer as gz
from demosites.corpus import TZ, Corpus, Item, Post

esc = html.escape


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    last_modified: datetime | None = None
    headers: dict = field(default_factory=dict)
    delay: float = 0.0


def page(html_text: str, lm: datetime | None = None, ctype="text/html; charset=utf-8",
         encoding="utf-8", status=200) -> Response:
    return Response(status, html_text.encode(encoding, errors="xmlcharrefreplace"), ctype, lm)


def fmt_cn(d: datetime) -> str:
    return f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"


def rfc822(d: datetime) -> str:
    return format_datetime(d)  # 'Wed, 25 Nov 2026 09:12:00 +0800'


def paras_html(paras: list[str]) -> str:
    return "\n".join(f"<p>{esc(p, quote=False)}</p>" for p in paras)


def newest(items: list[Item], edition: int) -> datetime | None:
    return max((i.modified_at(edition) for i in items), default=None)


def pager_slice(items: list, page_no: int, per: int) -> tuple[list, int]:
    pages = max(1, math.ceil(len(items) / per))
    return items[(page_no - 1) * per: page_no * per], pages


# ============================================================================ root / misc
def root(corpus: Corpus, edition: int, bench: int) -> Response:
    links = [("/jzrb/index.html", "江州日报网"), ("/jzol/list/index.html", "江州在线"),
             ("/bbs/forum.php", "江州论坛"), ("/jzcg/index.html", "江州市城管执法局")]
    if bench:
        links.append(("/bench/list_1.html", "基准测试站点"))
    lis = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in links)
    return page(f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>江州演示网站</title></head>"
                f"<body><h1>江州演示网站（本地测试数据，纯属虚构）</h1><ul>{lis}</ul>"
                f"<p>当前版本：{edition}</p></body></html>")


def robots(host: str) -> Response:
    txt = ("User-agent: *\nDisallow: /private/\nDisallow: /bbs/home.php\nDisallow: /bbs/misc.php\n"
           "Disallow: /__admin/\n\n"
           f"Sitemap: http://{host}/jzol/sitemap.xml\n")
    return Response(200, txt.encode(), "text/plain; charset=utf-8")


def not_found(path: str, status: int = 404) -> Response:
    title = {404: "404 Not Found 页面不存在", 410: "410 Gone 该页面已被删除", 500: "500 Internal Server Error"}[status]
    return page(f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>"
                f"<body><h1>{title}</h1><p>{esc(path)}</p></body></html>", status=status)


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


def jzrb_article(corpus: Corpus, edition: int, it: Item) -> Response:
    src = it.source or "江州日报"
    byline = f"{fmt_cn(it.published_at)}　来源：{esc(src)}"
    if it.author:
        byline += f"　作者：{esc(it.author)}"
    inner = f"""<div class="position">当前位置：<a href="/jzrb/index.html">首页</a> &gt; <a href="/jzrb/node_12.html">江州新闻</a> &gt; 正文</div>
<h1>{esc(it.title)}</h1>
<div class="info">{byline}</div>
<div id="ozoom">
{paras_html(it.body_at(edition))}
</div>
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


def _base(host: str) -> str:
    return f"http://{host}"


def jzol_rss(corpus: Corpus, edition: int, host: str) -> Response:
    items = corpus.visible(edition, "jzol")[:30]
    b = _base(host)
    entries = []
    for i in items:
        link = f"{b}{i.path}?from=rss&amp;utm_source=rss"
        desc = esc(i.body_at(edition)[0][:120])
        entries.append(f"""<item>
<title>{esc(i.title)}</title>
<link>{link}</link>
<guid isPermaLink="false">jzol-{i.num_id}</guid>
<pubDate>{rfc822(i.published_at)}</pubDate>
<description>{desc}</description>
</item>""")
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>江州在线 - 本地新闻</title>
<link>{b}/jzol/list/index.html</link>
<description>江州在线本地新闻频道（演示数据）</description>
<language>zh-cn</language>
<lastBuildDate>{rfc822(items[0].published_at if items else corpus.now(edition))}</lastBuildDate>
{chr(10).join(entries)}
</channel>
</rss>"""
    return page(xml, newest(items, edition), "application/rss+xml; charset=utf-8")


def jzol_atom(corpus: Corpus, edition: int, host: str) -> Response:
    items = corpus.visible(edition, "jzol")[:30]
    b = _base(host)
    entries = []
    for i in items:
        entries.append(f"""<entry>
<title>{esc(i.title)}</title>
<link rel="alternate" type="text/html" href="{b}{i.path}?from=atom&amp;utm_source=atom"/>
<id>tag:jzol.example,2026:a{i.num_id}</id>
<published>{i.published_at.isoformat()}</published>
<updated>{i.modified_at(edition).isoformat()}</updated>
<summary>{esc(i.body_at(edition)[0][:120])}</summary>
</entry>""")
    upd = newest(items, edition) or corpus.now(edition)
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>江州在线 - 本地新闻</title>
<link rel="self" href="{b}/jzol/atom.xml"/>
<link rel="alternate" href="{b}/jzol/list/index.html"/>
<id>tag:jzol.example,2026:news</id>
<updated>{upd.isoformat()}</updated>
{chr(10).join(entries)}
</feed>"""
    return page(xml, upd, "application/atom+xml; charset=utf-8")


def jzol_sitemap_months(corpus: Corpus, edition: int) -> list[str]:
    return sorted({i.published_at.strftime("%Y-%m") for i in corpus.visible(edition, "jzol")})


def jzol_sitemap_index(corpus: Corpus, edition: int, host: str) -> Response:
    b = _base(host)
    items = corpus.visible(edition, "jzol")
    lm = newest(items, edition) or corpus.now(edition)
    maps = [f"<sitemap><loc>{b}/jzol/sitemap-news.xml</loc><lastmod>{lm.isoformat()}</lastmod></sitemap>"]
    for m in jzol_sitemap_months(corpus, edition):
        mi = [i for i in items if i.published_at.strftime("%Y-%m") == m]
        maps.append(f"<sitemap><loc>{b}/jzol/sitemap-{m}.xml</loc><lastmod>{newest(mi, edition).isoformat()}</lastmod></sitemap>")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
           + "\n".join(maps) + "\n</sitemapindex>")
    return page(xml, lm, "application/xml; charset=utf-8")


def jzol_sitemap_news(corpus: Corpus, edition: int, host: str) -> Response:
    b = _base(host)
    cutoff = corpus.now(edition) - timedelta(days=2)
    items = [i for i in corpus.visible(edition, "jzol") if i.published_at >= cutoff]
    urls = [f"""<url><loc>{b}{i.path}</loc><news:news><news:publication><news:name>江州在线</news:name><news:language>zh</news:language></news:publication>
<news:publication_date>{i.published_at.isoformat()}</news:publication_date><news:title>{esc(i.title)}</news:title></news:news></url>"""
            for i in items]
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + "\n".join(urls) + "\n</urlset>")
    return page(xml, newest(items, edition), "application/xml; charset=utf-8")


def jzol_sitemap_month(corpus: Corpus, edition: int, host: str, month: str) -> Response | None:
    if month not in jzol_sitemap_months(corpus, edition):
        return None
    b = _base(host)
    items = [i for i in corpus.visible(edition, "jzol") if i.published_at.strftime("%Y-%m") == month]
    urls = [f"<url><loc>{b}{i.path}</loc><lastmod>{i.modified_at(edition).isoformat()}</lastmod>"
            f"<changefreq>never</changefreq></url>" for i in items]
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
           + "\n".join(urls) + "\n</urlset>")
    return page(xml, newest(items, edition), "application/xml; charset=utf-8")


_HUGE: dict[str, bytes] = {}


def jzol_huge(target_bytes: int = 12 * 1024 * 1024) -> Response:
    """A ~12 MB data page (a long table): tests size limits."""
    if "b" not in _HUGE:
        rng = random.Random(7)
        ds = list(gz.DISTRICTS)
        kinds = ["占道经营", "乱堆乱放", "违规户外广告", "渣土撒漏", "违法建设", "噪音扰民", "油烟污染", "违规停放"]
        head = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市管理执法数据公开（全量明细）_江州在线</title>'
                '</head><body><h1>江州市城管执法案件明细数据公开</h1><p>以下为江州市城管执法局公开的案件明细（演示数据）。</p>'
                '<table class="data"><tr><th>序号</th><th>区县</th><th>街道</th><th>案由</th><th>处理结果</th></tr>\n')
        parts = [head]
        size = len(head.encode())
        n = 0
        while size < target_bytes:
            n += 1
            d = rng.choice(ds)
            row = (f"<tr><td>{n}</td><td>{d}</td><td>{rng.choice(gz.DISTRICTS[d])}</td><td>{rng.choice(kinds)}</td>"
                   f"<td>{rng.choice(['责令改正', '警告', '罚款' + str(rng.randint(1, 20) * 100) + '元', '已整改'])}</td></tr>\n")
            parts.append(row)
            size += len(row.encode())
        parts.append("</table></body></html>")
        _HUGE["b"] = "".join(parts).encode()
    return Response(200, _HUGE["b"], "text/html; charset=utf-8")


def binary_blob(seed: str, n: int, prefix: bytes = b"", suffix: bytes = b"") -> bytes:
    rng = random.Random(seed)
    return prefix + rng.randbytes(n) + suffix


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
            text = f'<div class="quote"><blockquote>{esc(head)}</blockquote></div>{esc(rest, quote=False)}'
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


# ============================================================================ bench
BENCH_PER_LIST = 50


def bench_list(corpus: Corpus, n_articles: int, k: int) -> Response | None:
    pages = max(1, math.ceil(n_articles / BENCH_PER_LIST))
    if not 1 <= k <= pages:
        return None
    lo = (k - 1) * BENCH_PER_LIST + 1
    hi = min(n_articles, k * BENCH_PER_LIST)
    lis = "\n".join(f'<li><a href="/bench/a{i}.html">城管执法基准文章第{i}篇</a></li>' for i in range(lo, hi + 1))
    nxt = f'<a class="next" href="/bench/list_{k + 1}.html">下一页</a>' if k < pages else ""
    prv = f'<a class="prev" href="/bench/list_{k - 1}.html">上一页</a>' if k > 1 else ""
    text = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>基准列表 第{k}页</title></head><body>'
            f'<ul class="list">\n{lis}\n</ul><div class="pager">{prv} {nxt}</div></body></html>')
    return page(text, corpus.now(1))


def bench_article(corpus: Corpus, n_articles: int, i: int) -> Response | None:
    if not 1 <= i <= n_articles:
        return None
    from demosites.corpus import load_seeds
    rng = random.Random(f"bench-{i}")
    seeds = load_seeds()
    pools = [s for s in seeds["pool"]]
    d = rng.choice(list(gz.DISTRICTS))
    street = rng.choice(gz.DISTRICTS[d])
    pub = datetime.combine(corpus.anchor, datetime.min.time(), TZ) - timedelta(minutes=rng.randint(0, 7 * 24 * 60))
    slots = {"city": gz.CITY, "short": gz.BUREAU_SHORT, "bureau": gz.BUREAU, "d": d, "s": street,
             "road": rng.choice(gz.ROADS[d]), "p": "王" + rng.choice(gz.GIVEN), "p2": "李" + rng.choice(gz.GIVEN),
             "n1": rng.randint(2, 9), "n2": rng.randint(12, 96), "n3": rng.randint(12, 98) * 10, "m": 500,
             "date": f"{pub.month}月{pub.day}日", "date2": f"{pub.month}月{pub.day}日", "time": "上午10点左右",
             "team": f"{d}城管执法大队", "squad": f"{street}城管中队", "dshort": d[:2]}
    story = rng.choice(seeds["news"])
    paras = [story.lead.format_map(slots)] + [x.format_map(slots) for x in story.paras[:2]]
    for pool in rng.sample(pools, k=4):
        paras += [x.format_map(slots) for x in rng.sample(pool.paras, k=2)]
    title = f"{d}{street}城管执法工作简报（第{i}期）"
    text = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<h1>{title}</h1><div class="date">发布时间：{pub:%Y-%m-%d %H:%M}　来源：{gz.BUREAU_SHORT}</div>'
            f'<div class="content">{paras_html(paras)}</div></body></html>')
    return page(text, pub)
