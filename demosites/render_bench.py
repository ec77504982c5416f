"""The crawl-benchmark site (/bench/): numbered list pages and synthetic articles composed
from the seed pools, only served when the server is started with `bench_articles > 0`.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

from demosites import gazetteer as gz
from demosites.corpus import Corpus
from demosites.model import TZ
from demosites.render_common import Response, page, paras_html
from demosites.seeds import load_seeds


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


def story_slots(corpus: Corpus, rng: random.Random) -> tuple[str, str, datetime, dict]:
    """A benchmark article's district, street, publish time and the slots its story template fills."""
    d = rng.choice(list(gz.DISTRICTS))
    street = rng.choice(gz.DISTRICTS[d])
    pub = datetime.combine(corpus.anchor, datetime.min.time(), TZ) - timedelta(minutes=rng.randint(0, 7 * 24 * 60))
    slots = {"city": gz.CITY, "short": gz.BUREAU_SHORT, "bureau": gz.BUREAU, "d": d, "s": street,
             "road": rng.choice(gz.ROADS[d]), "p": "王" + rng.choice(gz.GIVEN), "p2": "李" + rng.choice(gz.GIVEN),
             "n1": rng.randint(2, 9), "n2": rng.randint(12, 96), "n3": rng.randint(12, 98) * 10, "m": 500,
             "date": f"{pub.month}月{pub.day}日", "date2": f"{pub.month}月{pub.day}日", "time": "上午10点左右",
             "team": f"{d}城管执法大队", "squad": f"{street}城管中队", "dshort": d[:2]}
    return d, street, pub, slots


def bench_article(corpus: Corpus, n_articles: int, i: int) -> Response | None:
    if not 1 <= i <= n_articles:
        return None
    rng = random.Random(f"bench-{i}")
    seeds = load_seeds()
    pools = [s for s in seeds["pool"]]
    d, street, pub, slots = story_slots(corpus, rng)
    story = rng.choice(seeds["news"])
    paras = [story.lead.format_map(slots)] + [x.format_map(slots) for x in story.paras[:2]]
    for pool in rng.sample(pools, k=4):
        paras += [x.format_map(slots) for x in rng.sample(pool.paras, k=2)]
    title = f"{d}{street}城管执法工作简报（第{i}期）"
    text = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<h1>{title}</h1><div class="date">发布时间：{pub:%Y-%m-%d %H:%M}　来源：{gz.BUREAU_SHORT}</div>'
            f'<div class="content">{paras_html(paras)}</div></body></html>')
    return page(text, pub)
