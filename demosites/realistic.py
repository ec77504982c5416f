"""Realistic-size article pages for the crawl benchmark (/bench/real/): 20–150 KB each, with a
navigation bar, inline CSS and JavaScript, a sidebar, a related-story list with summaries, a
comment section and a footer around a short-to-medium article; every third page is GBK-encoded
(declared in the header and in <meta charset>), the rest UTF-8. Deterministic per page number.
Only served when the server is started with ``bench_articles > 0``.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta
from html import escape as esc

from demosites.corpus import Corpus
from demosites.render_bench import story_slots
from demosites.render_common import Response, paras_html
from demosites.seeds import load_seeds

PER_LIST = 50
CHANNELS = ("首页", "要闻", "城事", "民生", "政务", "经济", "文化", "教育", "健康", "体育", "视频", "图片", "专题",
            "评论", "县区", "法治", "生态", "旅游", "房产", "汽车")


def real_list(corpus: Corpus, n_articles: int, k: int) -> Response | None:
    pages = max(1, math.ceil(n_articles / PER_LIST))
    if not 1 <= k <= pages:
        return None
    lo, hi = (k - 1) * PER_LIST + 1, min(n_articles, k * PER_LIST)
    lis = "\n".join(f'<li><a href="/bench/real/a{i}.html">江州城市管理新闻第{i}篇</a></li>' for i in range(lo, hi + 1))
    nxt = f'<a class="next" href="/bench/real/list_{k + 1}.html">下一页</a>' if k < pages else ""
    text = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市管理新闻 第{k}页</title></head><body>'
            f'<ul class="list">\n{lis}\n</ul><div class="pager">{nxt}</div></body></html>')
    return Response(200, text.encode("utf-8"), "text/html; charset=utf-8", corpus.now(1))


def _css(rng: random.Random, n_rules: int) -> str:
    props = ("color:#333", "margin:0 auto", "padding:8px 12px", "font-size:14px", "line-height:1.8",
             "border-bottom:1px solid #e5e5e5", "background:#f7f7f7", "display:flex", "float:left", "width:300px")
    return "\n".join(f".c{rng.randint(0, 99999)}-{j} .x{j}>a:hover{{{';'.join(rng.sample(props, 4))}}}"
                     for j in range(n_rules))


def _js(rng: random.Random, n_lines: int) -> str:
    lines = ["(function(w,d){var cfg={site:'jzxw',channel:'cs',ver:'3.2.1'};"]
    for j in range(n_lines):
        lines.append(f"  function f{j}(a,b){{var t{j}=a*{rng.randint(1, 999)}+b;if(t{j}>{rng.randint(1, 99999)})"
                     f"{{d.getElementById('m{j}')&&(d.getElementById('m{j}').className='on');}}return t{j};}}")
    lines.append("})(window,document);")
    return "\n".join(lines)


_CACHE: dict[tuple, tuple[bytes, str, datetime]] = {}
_CACHE_MAX = 5000  # pages kept rendered (≈ 90 KB each): a benchmark measures the crawler, not this module


def real_article(corpus: Corpus, n_articles: int, i: int) -> Response | None:
    if not 1 <= i <= n_articles:
        return None
    key = (corpus.anchor, n_articles, i)
    hit = _CACHE.get(key)
    if hit is None:
        hit = _render(corpus, n_articles, i)
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        _CACHE[key] = hit
    body, ctype, pub = hit
    return Response(200, body, ctype, pub)


def _render(corpus: Corpus, n_articles: int, i: int) -> tuple[bytes, str, datetime]:
    rng = random.Random(f"real-{i}")
    seeds = load_seeds()
    pools = list(seeds["pool"])
    d, street, pub, slots = story_slots(corpus, rng)
    story = rng.choice(seeds["news"])
    paras = [story.lead.format_map(slots)] + [x.format_map(slots) for x in story.paras[:rng.randint(1, 3)]]
    for pool in rng.sample(pools, k=rng.randint(0, 3)):
        paras += [x.format_map(slots) for x in rng.sample(pool.paras, k=min(2, len(pool.paras)))]
    filler = [x.format_map(slots) for pool in pools for x in pool.paras]
    title = f"{d}{street}推进城市精细化管理（第{i}期）"
    target = rng.randint(20_000, 150_000)  # bytes of the page, roughly
    nav = "".join(f'<li><a href="/c/{j}.html">{c}</a></li>' for j, c in enumerate(CHANNELS))
    side = "".join(f'<li><span>{j + 1}</span><a href="/bench/real/a{rng.randint(1, n_articles)}.html">'
                   f'{esc(rng.choice(filler)[:24])}</a></li>' for j in range(15))
    related = "".join(
        f'<div class="item"><a href="/bench/real/a{rng.randint(1, n_articles)}.html">{esc(rng.choice(filler)[:22])}</a>'
        f'<p>{esc(rng.choice(filler)[:90])}</p><span class="t">{(pub - timedelta(days=j + 1)):%Y-%m-%d}</span></div>'
        for j in range(rng.randint(6, 12)))
    head = (f'<!DOCTYPE html><html><head><meta charset="{{charset}}"><title>{title}_江州新闻网</title>'
            f'<meta name="keywords" content="城管,{d},{street}"><style>{_css(rng, 60)}</style>'
            f'<script>{_js(rng, 40)}</script></head><body>'
            f'<div class="top"><ul class="nav">{nav}</ul></div>'
            f'<div class="wrap"><div class="left"><div class="crumb"><a href="/">首页</a> &gt; <a href="/c/2.html">城事</a></div>'
            f'<h1>{title}</h1><div class="info">{pub:%Y-%m-%d %H:%M}　来源：江州新闻网　作者：{slots["p"]}</div>'
            f'<div class="article">{paras_html(paras)}</div><div class="editor">（责任编辑：{slots["p2"]}）</div>'
            f'<div class="rel"><h3>相关新闻</h3>{related}</div>')
    tail = (f'</div><div class="right"><h3>热点排行</h3><ol>{side}</ol></div></div>'
            f'<div class="bottom"><p>江州新闻网 版权所有 未经授权禁止转载</p></div>'
            f'<script>{_js(rng, 20)}</script></body></html>')
    # comments (with their own times) and more inline script until the page reaches its size
    comments, n, size = [], 0, len((head + tail).encode("utf-8"))
    while size < target * 0.6 and n < 60:
        c = (f'<div class="cm"><div class="u"><a href="/u/{rng.randint(1, 99999)}">网友{rng.randint(100, 999)}</a> '
             f'<span>{(pub + timedelta(minutes=17 * (n + 1))):%Y-%m-%d %H:%M}</span></div>'
             f'<div class="c">{esc(rng.choice(filler)[:120])}</div></div>')
        comments.append(c)
        size += len(c.encode("utf-8"))
        n += 1
    extra = ""
    if size < target:
        extra = f"<script>{_js(rng, max(1, (target - size) // 120))}</script>"
    gbk = i % 3 == 0
    charset = "gbk" if gbk else "utf-8"
    text = (head.replace("{charset}", charset) + f'<div class="comments"><h3>网友评论（{n}）</h3>{"".join(comments)}</div>'
            + tail.replace("</body>", extra + "</body>"))
    return text.encode(charset, errors="xmlcharrefreplace"), f"text/html; charset={charset}", pub
