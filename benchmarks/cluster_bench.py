"""Benchmark repost clustering: N synthetic clippings (~1,500 characters, 20% reposts with edits).

Builds a fresh archive in a temp dir (not timed), then runs ``assign_pending`` in four equal
steps, printing clippings/s and memory after each (peak RSS; with --tracemalloc also the Python
heap peak, which slows the run), then checks the reposts were found, and times a rebuild.

    .venv/bin/python benchmarks/cluster_bench.py            # 100,000 clippings
    .venv/bin/python benchmarks/cluster_bench.py --n 5000   # quick run
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clippings.archive import open_archive, transaction  # noqa: E402
from clippings.clusters import assign_pending, rebuild_clusters  # noqa: E402

DISTRICTS = ["东湖区", "西城区", "南山区", "北江区", "江州经开区", "青石县"]
TOPICS = ["占道经营", "流动摊贩", "违法建设", "渣土车", "户外广告", "市容环卫", "噪音扰民", "共享单车"]
OUTLETS = [f"媒体{i:03d}网" for i in range(200)]
PHRASES = ["江州市城管执法局", "执法队员", "开展专项整治行动", "依法依规", "市容环境", "群众反映",
           "现场检查", "责令整改", "下一步", "持续加大", "巡查力度", "长效管理"]


def vocabulary(size: int = 20000) -> list[str]:
    import jieba

    words = []
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            w, freq = line.split(" ")[:2]
            if 2 <= len(w) <= 4 and int(freq) > 50:
                words.append(w)
    random.Random(1).shuffle(words)
    return words[:size]


def story(rng: random.Random, words: list[str], n_chars: int = 1500) -> tuple[str, str]:
    district, topic = rng.choice(DISTRICTS), rng.choice(TOPICS)
    paras, total = [], 0
    while total < n_chars:
        sent = []
        for _ in range(rng.randint(3, 6)):
            pieces = [rng.choice(PHRASES) if rng.random() < 0.15 else rng.choice(words) for _ in range(rng.randint(4, 9))]
            sent.append("".join(pieces))
        para = f"{district}{topic}" + "，".join(sent) + f"，共计{rng.randint(2, 300)}起。"
        paras.append(para)
        total += len(para)
    title = f"{district}{topic}" + "".join(rng.choice(words) for _ in range(3))
    return title, "\n".join(paras)


def repost(rng: random.Random, title: str, text: str, origin: str) -> tuple[str, str]:
    paras = text.split("\n")
    if len(paras) > 3 and rng.random() < 0.5:
        del paras[rng.randrange(1, len(paras))]
    if rng.random() < 0.5:
        paras[0] = "记者从江州市城管执法局获悉，" + paras[0]
    lines = []
    if rng.random() < 0.6:
        lines.append(f"原标题：{title}")
    lines += paras
    lines.append(f"来源：{origin}")
    lines.append(f"责任编辑：编辑{rng.randint(1, 99)}")
    return title[:6] + "：" + title[6:] + "（转）", "\n".join(lines)


def build(path: Path, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    words = vocabulary()
    db = open_archive(path)
    originals: list[tuple[str, str, str]] = []
    reposts = 0
    rows = []
    for i in range(n):
        if len(rows) == 5000:
            _insert(db, rows)
            rows = []
        outlet = rng.choice(OUTLETS)
        if originals and rng.random() < 0.2:
            title, text, origin = rng.choice(originals[-2000:])
            title, text = repost(rng, title, text, origin)
            reposts += 1
        else:
            title, text = story(rng, words)
            originals.append((title, text, outlet))
        day = 1 + i * 29 // n
        stamp = f"2026-11-{day:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+08:00"
        rows.append((f"https://example.org/{i}", f"https://example.org/{i}", outlet.lower(), outlet, title,
                     stamp, stamp, stamp, text, f"h{i}"))
        if len(originals) > 4000:
            del originals[:2000]
    _insert(db, rows)
    db.conn.close()
    return reposts


def _insert(db, rows) -> None:
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO clippings (url, canonical_url, source, source_title, title, published_at, fetched_at,"
            " changed_at, text, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) in MB."""
    with open("/proc/self/statm") as fh:
        current = int(fh.read().split()[1]) * resource.getpagesize() / 2**20
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="clippings to cluster")
    ap.add_argument("--tracemalloc", action="store_true", help="also trace the Python heap (slower)")
    ap.add_argument("--no-rebuild", action="store_true", help="skip the rebuild timing")
    ap.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.build:
        print("reposts", build(args.build, args.n))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        # built in a child process so the figures below are the clustering's memory only
        out = subprocess.run([sys.executable, __file__, "--build", str(path), "--n", str(args.n)],
                             check=True, capture_output=True, text=True).stdout
        reposts = int(out.split()[-1])
        print(f"built {args.n:,} clippings ({reposts:,} reposts) in {time.perf_counter() - t0:.1f}s")
        db = open_archive(path)
        if args.tracemalloc:
            tracemalloc.start()
        step = max(args.n // 4, 1)
        done, elapsed, cpu = 0, 0.0, 0.0
        while done < args.n:
            t, c = time.perf_counter(), time.process_time()
            done += assign_pending(db, limit=step)
            elapsed += time.perf_counter() - t
            cpu += time.process_time() - c
            cur, peak = rss_mb()
            heap = f", Python heap peak {tracemalloc.get_traced_memory()[1] / 2**20:.1f} MB" if args.tracemalloc else ""
            print(f"{done:>8,} clustered  {done / elapsed:6.0f} clippings/s wall, {done / cpu:6.0f} per CPU-second  RSS {cur:.0f} MB (peak {peak:.0f} MB){heap}")
        if args.tracemalloc:
            tracemalloc.stop()
        stats = {r[0]: r[1] for r in db.execute(
            "SELECT 'multi', COUNT(*) FROM clusters WHERE size >= 2 UNION ALL"
            " SELECT 'in_multi', COALESCE(SUM(size), 0) FROM clusters WHERE size >= 2 UNION ALL"
            " SELECT 'clusters', COUNT(*) FROM clusters").fetchall()}
        expected_in_multi = "(reposts + their originals)"
        print(f"clusters {stats['clusters']:,}; with reposts {stats['multi']:,} holding {stats['in_multi']:,} "
              f"clippings {expected_in_multi}; singletons + clusters = {stats['clusters']:,} "
              f"(ideal {args.n - reposts:,})")
        if not args.no_rebuild:
            before = db.execute("SELECT id, cluster_id FROM clippings ORDER BY id").fetchall()
            t = time.perf_counter()
            rb = rebuild_clusters(db)
            secs = time.perf_counter() - t
            after = db.execute("SELECT id, cluster_id FROM clippings ORDER BY id").fetchall()
            print(f"rebuild {args.n / secs:.0f} clippings/s; identical to incremental: {before == after}; {rb}")


if __name__ == "__main__":
    main()
