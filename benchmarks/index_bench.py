"""Indexing and query benchmark for the Chinese search index. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/index_bench.py --n 100000      # the full run (takes a while)
    .venv/bin/python benchmarks/index_bench.py --n 5000        # a quick one

Generates N synthetic-but-realistic clippings (~1,500 characters, see generate() below) into
an archive under --workdir (reused when it already holds them), then prints in one run:
segmentation-only docs/s (the floor: rjieba, and jieba for reference), stock Whoosh + jieba
ChineseAnalyzer docs/s (the anchor, on the first --anchor-n docs), ours on the same docs and the
full rebuild of N, incremental indexing of 1,000 new clippings, and p50/p95 latency of 200 mixed
queries (single term, AND, phrase, date-filtered, sorted by date; highlights and facets on).
"""

from __future__ import annotations

import argparse
import logging
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clippings.archive import index_feed, open_archive, records, transaction  # noqa: E402
from clippings.config import load_profile  # noqa: E402
from clippings.paths import config_path  # noqa: E402
from clippings.segment import segmenter_for_words  # noqa: E402
from clippings.timeutil import TZ, parse_iso, to_iso  # noqa: E402
from indexer.analysis import ChineseTokenizer  # noqa: E402
from indexer.build import rebuild_index, update_index  # noqa: E402
from indexer.search import search  # noqa: E402


# --- synthetic but realistic clippings ---------------------------------------------------
# ~1,500 characters of news-style prose about city management in 江州市: districts, streets,
# officials' names, figures, dates, topic vocabulary and generic phrasing.

DISTRICTS = {
    "东湖区": ["湖滨街道", "翠柳街道", "东门街道", "望湖街道"],
    "西城区": ["解放路街道", "鼓楼街道", "西关街道", "桂花巷街道"],
    "南山区": ["南山街道", "桃源街道", "石桥街道", "新塘街道"],
    "北江区": ["江北街道", "码头街道", "北站街道", "柳林街道"],
    "江州经开区": ["科创园", "高新园区"],
}
SOURCES = [("jzrb", "江州日报网"), ("jzwb", "江州晚报"), ("jztv", "江州广电网"), ("jzbbs", "江州论坛"),
           ("rmw", "人民网地方频道"), ("xhw", "新华网"), ("jzfb", "江州发布"), ("shb", "都市生活报")]
TOPICS = {
    "占道经营": ["占道经营", "店外经营", "出店经营", "跨门营业", "占用人行道", "沿街商铺"],
    "流动摊贩": ["流动摊贩", "摊主", "小贩", "夜市", "早市", "便民疏导点", "地摊经济"],
    "违法建设": ["违法建设", "违章建筑", "拆违", "加盖", "私搭乱建", "楼顶违建"],
    "渣土运输": ["渣土车", "泥头车", "渣土运输", "撒漏", "建筑垃圾", "工地出入口"],
    "户外广告": ["户外广告", "广告牌", "店招", "牌匾", "横幅", "灯箱"],
    "市容环卫": ["市容环卫", "垃圾分类", "环卫工人", "公厕", "油烟", "保洁"],
    "噪音扰民": ["噪音扰民", "广场舞", "夜间施工", "噪声", "扰民"],
    "违停": ["违停", "共享单车", "乱停乱放", "停车位", "非机动车"],
    "执法形象": ["暴力执法", "文明执法", "执法记录仪", "推搡", "作风建设", "队伍建设"],
}
SUBJECTS = ["江州市城管执法局", "市城管局", "区综合行政执法局", "城管执法中队", "执法队员", "街道办事处",
            "社区工作人员", "环卫部门", "市民", "商户", "网友", "人大代表", "政协委员", "志愿者"]
VERBS = ["开展", "部署", "推进", "查处", "整治", "督办", "回应", "约谈", "规范", "巡查", "劝导", "核实",
         "协调", "落实", "通报", "曝光", "投诉", "反映", "点赞", "呼吁"]
OBJECTS = ["专项整治行动", "集中整治", "联合执法", "夜间巡查", "长效管理机制", "网格化管理", "市民热线",
           "12345热线工单", "整改通知书", "行政处罚决定", "便民服务措施", "精细化管理", "示范街区创建"]
FILLER = [
    "据了解", "记者从相关部门获悉", "近日", "截至目前", "下一步", "与此同时", "值得注意的是", "有关负责人表示",
    "在采访中", "从现场情况看", "据统计", "业内人士认为", "对此", "不少市民表示", "事发后",
]
CLAUSES = [
    "共出动执法人员{n}人次，车辆{m}台次", "累计清理{n}处，规劝{m}名", "立案查处{n}起，罚款{m}元",
    "收到群众投诉{n}件，办结率达到{p}%", "覆盖{n}条主次干道和{m}个背街小巷", "设置临时摊点{n}个",
    "拆除面积约{n}平方米", "整改完成率{p}%", "群众满意度提升至{p}%", "{y}年{mo}月{d}日晚{h}时许",
    "现场视频在网络上引发热议，播放量超过{n}万次", "涉事人员已被停职调查",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红斌文辉鹏飞玲丹宇浩凯晨欣怡"
POSTS = ["局长", "副局长", "中队长", "科长", "主任", "大队长", "支部书记"]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _sentence(rng: random.Random, topic_words: list[str], district: str, street: str) -> str:
    kind = rng.random()
    nums = dict(n=rng.randint(2, 980), m=rng.randint(1, 300), p=rng.randint(60, 99), y=2026,
                mo=rng.randint(1, 12), d=rng.randint(1, 28), h=rng.randint(18, 23))
    if kind < 0.35:
        s = (f"{rng.choice(FILLER)}，{district}{street}{rng.choice(SUBJECTS)}{rng.choice(VERBS)}"
             f"{rng.choice(topic_words)}{rng.choice(OBJECTS)}，{rng.choice(CLAUSES).format(**nums)}")
    elif kind < 0.6:
        s = (f"{district}{rng.choice(SUBJECTS)}{rng.choice(POSTS)}{_name(rng)}介绍，"
             f"针对{rng.choice(topic_words)}和{rng.choice(topic_words)}问题，将{rng.choice(VERBS)}"
             f"{rng.choice(OBJECTS)}")
    elif kind < 0.8:
        s = (f"{rng.choice(['家住', '在', '途经'])}{street}的{rng.choice(['市民', '居民', '网友', '商户'])}"
             f"{_name(rng)}{rng.choice(['告诉记者', '反映', '表示', '说'])}，"
             f"{rng.choice(topic_words)}{rng.choice(['问题由来已久', '情况有所好转', '影响出行', '希望尽快解决', '给生活带来不便'])}")
    else:
        s = f"{rng.choice(CLAUSES).format(**nums)}，{rng.choice(FILLER)}，{rng.choice(SUBJECTS)}将持续{rng.choice(VERBS)}{rng.choice(OBJECTS)}"
    return s + rng.choice(["。", "。", "；", "！"])


def clipping(i: int, rng: random.Random, start: datetime, days: int = 365) -> dict:
    topic = rng.choice(list(TOPICS))
    words = TOPICS[topic] + TOPICS[rng.choice(list(TOPICS))][:2]
    district = rng.choice(list(DISTRICTS))
    street = rng.choice(DISTRICTS[district])
    source, source_title = rng.choice(SOURCES)
    title = f"{district}{rng.choice(words)}{rng.choice(['整治见实效', '引发关注', '市民有话说', '专项行动启动', '问题调查', '再出新招'])}"
    parts, size = [], 0
    target = rng.randint(1300, 1700)
    while size < target:
        s = _sentence(rng, words, district, street)
        parts.append(s)
        size += len(s)
        if rng.random() < 0.12:
            parts.append("\n")
    published = start + timedelta(seconds=rng.randint(0, days * 86400))
    return {
        "url": f"https://news.example.cn/{source}/{i}.html", "source": source, "source_title": source_title,
        "kind": "forum" if source == "jzbbs" else "news", "title": title, "text": "".join(parts),
        "published_at": to_iso(published), "fetched_at": to_iso(published + timedelta(hours=1)),
        "changed_at": to_iso(published + timedelta(hours=1)), "sentiment": rng.choice(["negative", "neutral", "neutral", "positive"]),
        "topics": [topic], "district": district, "districts": [district],
        "cluster_id": rng.randint(1, max(2, i // 3)) if rng.random() < 0.3 else None,
    }


def generate(n: int, seed: int = 7, start: datetime | None = None):
    rng = random.Random(seed)
    start = start or datetime(2025, 11, 1, tzinfo=TZ)
    for i in range(n):
        yield clipping(i, rng, start)


# --- measurements ----------------------------------------------------------------------------

def rate(n, seconds):
    return n / seconds if seconds else float("inf")


def cpu_now() -> float:
    """CPU seconds used so far by this process and its finished children (robust to a busy box)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def ensure_archive(path: Path, n: int) -> None:
    db = open_archive(path)
    have = records.count_clippings(db)
    if have >= n:
        return
    t = time.perf_counter()
    with transaction(db):
        for i, row in enumerate(generate(n)):
            if i >= have:
                records.insert_clipping(db, row)
    print(f"generated {n - have} clippings in {time.perf_counter() - t:.1f}s -> {path}")


def load_rows(db, n):
    rows = []
    for row in index_feed.iter_indexable(db):
        rows.append(row)
        if len(rows) >= n:
            break
    return rows


def bench_floor(rows, words):
    seg = segmenter_for_words(words)
    texts = [r["title"] + "\n" + r["text"] for r in rows]
    t = time.perf_counter()
    for text in texts:
        seg.tokenize(text, True)
    print(f"floor  rjieba tokenize (search mode):       {rate(len(texts), time.perf_counter() - t):8.0f} docs/s")
    tok = ChineseTokenizer(words)
    t = time.perf_counter()
    for text in texts:
        tok.spans(text)
    print(f"       our tokenizer (positions+subwords):  {rate(len(texts), time.perf_counter() - t):8.0f} docs/s")
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    sample = texts[:300]
    t = time.perf_counter()
    for text in sample:
        jieba.lcut_for_search(text)
    print(f"       jieba cut_for_search (reference):    {rate(len(sample), time.perf_counter() - t):8.0f} docs/s")


def bench_anchor(rows, procs):
    import jieba
    from jieba.analyse import ChineseAnalyzer
    from whoosh import index
    from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

    from indexer.schema import to_document

    jieba.setLogLevel(logging.WARNING)
    ana = ChineseAnalyzer()
    schema = Schema(id=ID(stored=True, unique=True), title=TEXT(analyzer=ana, stored=True, field_boost=2.0),
                    text=TEXT(analyzer=ana, stored=True), url=STORED(), source=ID(stored=True, sortable=True),
                    source_title=ID(stored=True, sortable=True), kind=ID(stored=True, sortable=True),
                    sentiment=ID(stored=True, sortable=True), topics=KEYWORD(stored=True, commas=True),
                    district=ID(stored=True, sortable=True), published=DATETIME(sortable=True),
                    published_at=STORED(), cluster=NUMERIC(bits=64, signed=True, stored=True, sortable=True),
                    status=ID(stored=True))
    tmp = Path(tempfile.mkdtemp(prefix="anchor-"))
    try:
        ix = index.create_in(str(tmp), schema)
        t, c = time.perf_counter(), cpu_now()
        writer = ix.writer(procs=procs, limitmb=256) if procs > 1 else ix.writer(limitmb=256)
        for row in rows:
            row = dict(row)
            row.pop("changed_at", None)
            writer.add_document(**{k: v for k, v in to_document(row).items() if k != "changed_at"})
        writer.commit()
        return rate(len(rows), time.perf_counter() - t), rate(len(rows), cpu_now() - c)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def bench_ours_subset(db_path, rows, words, synonyms, procs):
    tmp = Path(tempfile.mkdtemp(prefix="ours-"))
    try:
        db = open_archive(tmp / "clippings.db")
        with transaction(db):
            for row in rows:
                records.insert_clipping(db, {k: v for k, v in row.items() if k not in ("id",)})
        import indexer.build

        indexer.build.PARALLEL_MIN = 1  # use the worker processes even for a small comparison set
        c = cpu_now()
        stats = rebuild_index(db, tmp / "index", user_words=words, synonyms=synonyms, procs=procs)
        return rate(stats.indexed, stats.seconds), rate(stats.indexed, cpu_now() - c)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def make_queries(rng: random.Random, count: int = 200) -> list[tuple[str, str, dict]]:
    topic_words = [w for ws in TOPICS.values() for w in ws]
    districts = list(DISTRICTS)
    phrases = ["立案查处", "收到群众投诉", "引发热议", "主次干道", "专项整治行动", "群众满意度", "执法人员",
               "背街小巷", "城管执法中队", "给生活带来不便"]
    phrases += [f"{d}{s}" for d, streets in DISTRICTS.items() for s in streets[:2]]
    start = datetime(2025, 11, 1, tzinfo=TZ)
    out = []
    kinds = ["term", "and", "phrase", "date", "newest"]
    for i in range(count):
        kind = kinds[i % len(kinds)]
        if kind == "term":
            out.append((kind, rng.choice(topic_words + districts + ["城管", "市民", "投诉"]), {}))
        elif kind == "and":
            out.append((kind, f"{rng.choice(topic_words)} AND {rng.choice(districts + topic_words)}", {}))
        elif kind == "phrase":
            out.append((kind, f'"{rng.choice(phrases)}"', {}))
        else:
            since = start + timedelta(days=rng.randint(0, 330))
            until = since + timedelta(days=rng.choice((1, 7, 30)))
            q = rng.choice(topic_words + ["城管", f'"{rng.choice(phrases)}"'])
            opts = {"since": since, "until": until}
            if kind == "newest":
                opts = {"sort": "newest"} if rng.random() < 0.5 else {**opts, "sort": "newest"}
            out.append((kind, q, opts))
    return out


def bench_queries(index_dir, n_queries, per_page):
    rng = random.Random(11)
    queries = make_queries(rng, n_queries)
    t = time.perf_counter()
    search(index_dir, "", per_page=per_page)
    print(f"first query (opens index, reads columns):  {1000 * (time.perf_counter() - t):8.1f} ms")

    def pct(xs, p):
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

    # pass 1: each term's postings decoded on first use; pass 2: the posting cache is warm.
    # Wall time and CPU time per query (CPU time is what an idle machine would show).
    for label in ("cold posting cache", "warm posting cache"):
        times: dict[str, list[float]] = {}
        cpu: dict[str, list[float]] = {}
        totals = []
        for kind, q, opts in queries:
            t, c = time.perf_counter(), time.process_time()
            result = search(index_dir, q, per_page=per_page, highlight=True, facets=True, **opts)
            times.setdefault(kind, []).append(1000 * (time.perf_counter() - t))
            cpu.setdefault(kind, []).append(1000 * (time.process_time() - c))
            totals.append(result.total)
        print(f"queries, {label}: {len(totals)} (top {per_page}, highlights + facets), median hits "
              f"{statistics.median(totals):.0f}, max {max(totals)}")
        for kind in [*times, "ALL"]:
            xs = times[kind] if kind != "ALL" else [x for v in times.values() for x in v]
            cs = cpu[kind] if kind != "ALL" else [x for v in cpu.values() for x in v]
            print(f"  {kind:7s} n={len(xs):3d}  wall p50 {pct(xs, 50):6.1f} p95 {pct(xs, 95):6.1f} max {max(xs):6.1f} ms"
                  f" | cpu p50 {pct(cs, 50):6.1f} p95 {pct(cs, 95):6.1f} ms")


def bench_while_updating(work: Path, rounds: int, batch: int, per_page: int, after: int = 5,
                         warm: int = 40) -> None:
    """Queries in this process while a separate `clippings index` process updates the index.

    Reports the query latency overall and for the first ``after`` queries after each update (they pay
    for opening what changed: the case a user meets right after an update)."""
    import subprocess
    import threading

    from indexer.store import current_generation

    index_dir = work / "index"
    if current_generation(index_dir) is None:
        raise SystemExit(f"no index in {index_dir}: run this benchmark once without --while-updating first")
    db = open_archive(work / "clippings.db")
    queries = make_queries(random.Random(5), 200)
    search(index_dir, "", per_page=per_page)
    for kind, q, opts in queries[:warm]:               # a warm process, as a web worker is
        search(index_dir, q, per_page=per_page, **opts)
    all_ms, first_ms, update_s = [], [], []
    for r in range(rounds):
        fresh = list(generate(batch, seed=1000 + r, start=datetime(2026, 11, 1, tzinfo=TZ)))
        latest = parse_iso(db.execute("SELECT MAX(changed_at) FROM clippings").fetchone()[0]) or datetime.now(TZ)
        stamp = to_iso(max(datetime.now(TZ), latest) + timedelta(seconds=1))
        with transaction(db):
            for i, row in enumerate(fresh):
                row["url"] = f"{row['url']}?upd={time.time_ns()}-{i}"
                row["changed_at"] = stamp
                records.insert_clipping(db, row)
        done = threading.Event()
        failed: list[str] = []

        def update():
            t = time.perf_counter()
            try:
                proc = subprocess.run([sys.executable, "-m", "clippings", "--data-dir", str(work), "index"],
                                      capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
                if proc.returncode:
                    failed.append(proc.stderr[-300:])
            finally:
                update_s.append(time.perf_counter() - t)
                done.set()

        threading.Thread(target=update, daemon=True).start()
        i = 0
        while not done.is_set():                       # queries while the update runs …
            kind, q, opts = queries[i % len(queries)]
            i += 1
            t = time.perf_counter()
            search(index_dir, q, per_page=per_page, highlight=True, facets=True, **opts)
            all_ms.append(1000 * (time.perf_counter() - t))
        if failed:
            raise SystemExit(f"clippings index failed: {failed[0]}")
        for _ in range(after):                         # … and the first ones on the updated index
            kind, q, opts = queries[i % len(queries)]
            i += 1
            t = time.perf_counter()
            search(index_dir, q, per_page=per_page, highlight=True, facets=True, **opts)
            ms = 1000 * (time.perf_counter() - t)
            all_ms.append(ms)
            first_ms.append(ms)

    def pct(xs, p):
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

    total = records.count_clippings(db)
    print(f"== {rounds} updates of {batch} clippings on {total} (update p50 {statistics.median(update_s):.1f} s)")
    print(f"queries during updates: n={len(all_ms)}  p50 {pct(all_ms, 50):.1f}  p95 {pct(all_ms, 95):.1f}  "
          f"max {max(all_ms):.1f} ms   (target p95 < 50 ms)")
    print(f"first {after} queries after each update: n={len(first_ms)}  p50 {pct(first_ms, 50):.1f}  "
          f"p95 {pct(first_ms, 95):.1f}  max {max(first_ms):.1f} ms")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="clippings in the benchmark archive")
    ap.add_argument("--anchor-n", type=int, default=1000, help="docs for the anchor/ours comparison")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--per-page", type=int, default=10)
    ap.add_argument("--workdir", default=None, help="default: /tmp/index-bench-N")
    ap.add_argument("--skip-anchor", action="store_true")
    ap.add_argument("--only-queries", action="store_true", help="reuse the index built by an earlier run")
    ap.add_argument("--compare-only", action="store_true", help="stop after the indexing comparison")
    ap.add_argument("--while-updating", type=int, default=0, metavar="ROUNDS",
                    help="query the existing index while another process adds --batch clippings and updates it, "
                         "ROUNDS times (as `clippings watch` does beside the web app)")
    ap.add_argument("--batch", type=int, default=300, help="new clippings per update round (--while-updating)")
    ap.add_argument("--warm", type=int, default=40,
                    help="queries of the mix run before measuring (--while-updating); 200 = all of them")
    args = ap.parse_args(argv)
    work = Path(args.workdir or f"/tmp/index-bench-{args.n}")
    work.mkdir(parents=True, exist_ok=True)
    profile = load_profile(config_path("bureau.toml", env="CLIPPINGS_PROFILE"))
    words, synonyms = profile.user_words(), profile.synonyms
    if args.while_updating:
        bench_while_updating(work, args.while_updating, args.batch, args.per_page, warm=args.warm)
        return
    if args.only_queries:
        print(f"== queries on the existing index in {work / 'index'}")
        bench_queries(work / "index", args.queries, args.per_page)
        return
    ensure_archive(work / "clippings.db", args.n)
    db = open_archive(work / "clippings.db")
    subset = load_rows(db, args.anchor_n)
    print(f"== indexing ({len(subset)} docs for the comparison, avg {statistics.mean(len(r['text']) for r in subset):.0f} chars)")
    bench_floor(subset, words)
    line = "{:<52s} {:8.0f} docs/s wall  {:8.0f} docs per CPU-second"
    if not args.skip_anchor:
        a1 = bench_anchor(subset, 1)
        print(line.format("anchor: stock Whoosh + jieba ChineseAnalyzer, 1 writer", *a1))
        a2 = bench_anchor(subset, args.procs)
        print(line.format(f"anchor: stock Whoosh + jieba ChineseAnalyzer, procs={args.procs}", *a2))
    o1 = bench_ours_subset(work, subset, words, synonyms, 1)
    print(line.format("ours, 1 process", *o1))
    o2 = bench_ours_subset(work, subset, words, synonyms, args.procs)
    print(line.format(f"ours, {args.procs} processes", *o2))
    if not args.skip_anchor:
        print(f"wall-clock ratio ours({args.procs}p)/anchor(1 writer) = {o2[0] / a1[0]:.1f}x, "
              f"ours({args.procs}p)/anchor(procs={args.procs}) = {o2[0] / a2[0]:.1f}x; "
              f"per CPU-second ours(1p)/anchor(1 writer) = {o1[1] / a1[1]:.1f}x")
    if args.compare_only:
        return
    index_dir = work / "index"
    shutil.rmtree(index_dir, ignore_errors=True)
    c = cpu_now()
    stats = rebuild_index(db, index_dir, user_words=words, synonyms=synonyms, procs=args.procs)
    print(f"== full rebuild of {stats.indexed} clippings, {args.procs} processes: {stats.seconds:.1f}s "
          f"({rate(stats.indexed, stats.seconds):.0f} docs/s wall, {cpu_now() - c:.0f} CPU-seconds)")
    fresh = list(generate(1000, seed=99, start=datetime(2026, 11, 1, tzinfo=TZ)))
    # newer than anything in the archive (earlier runs of this benchmark left future-dated rows)
    latest = parse_iso(db.execute("SELECT MAX(changed_at) FROM clippings").fetchone()[0]) or datetime.now(TZ)
    stamp = to_iso(max(datetime.now(TZ), latest) + timedelta(days=1))
    with transaction(db):
        for i, row in enumerate(fresh):
            row["url"] = f"{row['url']}?new={time.time_ns()}-{i}"
            row["changed_at"] = stamp
            records.insert_clipping(db, row)
    c = cpu_now()
    stats = update_index(db, index_dir, user_words=words, synonyms=synonyms)
    print(f"== incremental: {stats.indexed} new clippings indexed in {stats.seconds:.2f}s wall, "
          f"{cpu_now() - c:.2f} CPU-seconds (index now {stats.total})")
    print(f"== queries on {stats.total} clippings")
    bench_queries(index_dir, args.queries, args.per_page)


if __name__ == "__main__":
    main()
