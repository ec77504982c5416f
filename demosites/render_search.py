"""The demo news search engine (/search/s) and the outlets only it knows.

It indexes the configured demo outlets (江州日报网, 江州在线, 江州市城管执法局) plus two outlets no
source configures: 青石县融媒体中心 on 127.0.0.2 (a second loopback address, same port) and the
自媒体 account 江州生活圈 on ``localhost``. Results: 10 a page, ``page=N``, ``sort=time`` for newest
first (default: most matches first). /search/captcha answers every query with a captcha page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from demosites.corpus import Corpus
from demosites.render_common import Response, esc, fmt_cn, page, paras_html

PER_PAGE = 10
COUNTY_HOST, SELF_MEDIA_HOST = "127.0.0.2", "localhost"


@dataclass
class ExtraArticle:
    host: str
    path: str
    outlet: str
    title: str
    published_at: datetime
    body: list[str]
    relevant: bool
    style: str   # "meta": og:site_name; "byline": 来源：


def extra_articles(anchor: datetime) -> list[ExtraArticle]:
    d = lambda days, h, m: (anchor - timedelta(days=days)).replace(hour=h, minute=m)  # noqa: E731
    county = "青石县融媒体中心"
    selfm = "江州生活圈"
    return [
        ExtraArticle(COUNTY_HOST, "/qsrm/news/1001.html", county, "青石县城管执法队员雨中疏导早市摊贩", d(0, 9, 12),
                     ["11月25日清晨，青石县城管执法大队队员冒雨来到青石镇中心街早市，引导流动摊贩进入便民疏导点经营。",
                      "江州城管相关负责人表示，将持续做好早市秩序管理，方便群众买菜。"], True, "meta"),
        ExtraArticle(COUNTY_HOST, "/qsrm/news/1002.html", county, "白沙镇老街违法建设集中拆除 城管执法部门现场督导",
                     d(1, 15, 40), ["白沙镇老街3处违法建设日前被依法拆除，江州市城管执法局派员现场督导。",
                                    "执法队员耐心向当事人讲解政策，拆除过程平稳有序。"], True, "meta"),
        ExtraArticle(COUNTY_HOST, "/qsrm/news/1003.html", county, "青石县举办秋季农民丰收节", d(2, 10, 5),
                     ["青石县秋季农民丰收节在龙潭路广场开幕，各乡镇特色农产品集中展销。"], False, "meta"),
        ExtraArticle(SELF_MEDIA_HOST, "/zmt/p/77.html", selfm, "实拍：江州城管深夜查处渣土车抛洒，市民点赞", d(0, 22, 48),
                     ["昨晚11点，江州城管在江北大道拦下一辆抛洒滴漏的渣土车，司机被依法处罚。",
                      "不少市民在评论区留言：渣土车夜间乱跑的问题终于有人管了。"], True, "byline"),
        ExtraArticle(SELF_MEDIA_HOST, "/zmt/p/78.html", selfm, "江州城管执法人员与摊主起争执？现场视频引热议", d(0, 20, 3),
                     ["网传视频显示，西城区鼓楼大街一名城管执法人员与摊主发生争执，围观群众拍下全过程。",
                      "记者就此联系江州城管，对方表示正在调查核实。"], True, "byline"),
        ExtraArticle(SELF_MEDIA_HOST, "/zmt/p/79.html", selfm, "江州周末去哪儿：五家小吃店推荐", d(3, 18, 0),
                     ["江州的周末，少不了一顿地道小吃。本期推荐五家老字号。"], False, "byline"),
    ]


def extra_article_page(a: ExtraArticle) -> Response:
    meta = f'<meta property="og:site_name" content="{esc(a.outlet)}">' if a.style == "meta" else ""
    byline = (f'<div class="info">{fmt_cn(a.published_at)}　来源：{esc(a.outlet)}</div>' if a.style == "byline"
              else f'<div class="info">发布时间：{a.published_at:%Y-%m-%d %H:%M}</div>')
    return page(f"""<!DOCTYPE html><html><head><meta charset="utf-8">{meta}<title>{esc(a.title)}</title></head>
<body><div class="article"><h1>{esc(a.title)}</h1>{byline}
<div class="content">{paras_html(a.body)}</div></div></body></html>""", lm=a.published_at)


def _entries(corpus: Corpus, edition: int, port: str, extras: list[ExtraArticle]):
    out = []
    for it in corpus.items:
        if it.site not in ("jzrb", "jzol", "jzcg") or it.edition > edition or it.status_at(edition) not in (None, 200):
            continue
        if it.flags:
            continue   # fault fixtures and special pages are not indexed
        out.append((f"http://127.0.0.1:{port}{it.path}", it.title, it.text(edition), it.published_at))
    for a in extras:
        out.append((f"http://{a.host}:{port}{a.path}", a.title, "\n".join(a.body), a.published_at))
    return out


def search_page(corpus: Corpus, edition: int, host: str, extras: list[ExtraArticle], qs: dict) -> Response:
    port = host.rsplit(":", 1)[-1] if ":" in host else "80"
    query = qs.get("q", "").strip()
    terms = query.split()
    page_no = max(1, _int(qs.get("page"), 1))
    hits = []
    if terms:
        for url, title, text, published in _entries(corpus, edition, port, extras):
            hay = title + "\n" + text
            if all(t in hay for t in terms):
                hits.append((sum(hay.count(t) for t in terms), published, url, title, text))
    if qs.get("sort") == "time":
        hits.sort(key=lambda h: h[1], reverse=True)
    else:
        hits.sort(key=lambda h: (-h[0], h[2]))
    shown = hits[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]
    rows = "".join(
        f'<div class="result"><h3><a href="{esc(url)}" target="_blank">{esc(title)}</a></h3>'
        f'<p class="abs">{esc(text[:80])}…</p><span class="time">{published:%Y-%m-%d %H:%M}</span></div>'
        for _, published, url, title, text in shown)
    if not shown:
        rows = '<div class="noresult">抱歉，没有找到与您的查询相符的新闻。</div>'
    pages = (len(hits) + PER_PAGE - 1) // PER_PAGE
    nav = "".join(f'<a class="pg" href="/search/s?q={quote(query)}&amp;page={n}">{n}</a>' for n in range(1, pages + 1))
    return page(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(query)} - 江州新闻搜索</title></head>
<body><form action="/search/s"><input name="q" value="{esc(query)}"></form>
<div class="summary">找到相关新闻约 {len(hits)} 篇</div><div id="results">{rows}</div>
<div class="pager">{nav}</div></body></html>""")


def captcha_page() -> Response:
    return page("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>安全验证</title></head>
<body><h1>请输入验证码</h1><p>您的访问过于频繁，请完成安全验证后继续。</p>
<form><img src="/search/captcha.png"><input name="code"></form></body></html>""")


def _int(v, default):
    try:
        return int(v)
    except (TypeError, ValueError):
        return default
