"""Web search page under load. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/web_bench.py                 # 100k clippings, 10 clients, 2,000 requests
    .venv/bin/python benchmarks/web_bench.py --n 5000 --requests 300     # a quick run

Generates N synthetic clippings (the generator of benchmarks/index_bench.py) into an archive under
--workdir (reused when it already holds them), builds the search index if needed, creates a staff
account, starts the real server (``clippings serve --port 0``: waitress, --workers processes) on
127.0.0.1 (its log in WORKDIR/serve.log), signs in once per client over HTTP and sends --requests
GETs of ``/search`` from --clients concurrent threads (http.client, keep-alive), mixing
single terms, AND/OR/phrase queries, filters (sentiment, district, date), sort by time, collapsed
reposts and later pages. Prints the cold first request, then p50/p95/p99 latency and throughput.
Target: p95 < 300 ms with 10 clients on 100k clippings.

    .venv/bin/python benchmarks/web_bench.py --hostile 8      # the same load, then again beside 8 hostile clients

With --hostile K the normal load runs twice: alone, then beside K clients of another account that
send worst-case queries (huge proximity, 28,000 characters, bare and leading wildcards, the longest
query within the limits) over and over until the normal load is done. Prints normal p95 with and
without them, and the hostile requests' statuses and longest duration.
Targets: normal p95 with hostile clients < 2x without; every hostile request ends within 3 s.
"""

from __future__ import annotations

import argparse
import http.client
import logging
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
REPO = Path(__file__).resolve().parent.parent

from index_bench import DISTRICTS, TOPICS, ensure_archive  # noqa: E402  (the shared synthetic clippings)

from clippings import accounts  # noqa: E402
from clippings.archive import open_archive, records  # noqa: E402
from clippings.config import load_profile  # noqa: E402
from clippings.paths import config_path  # noqa: E402

USER, PASSWORD = "bench", "bench-password-1"
HOSTILE_USER = "bench-hostile"
HOSTILE_QUERIES = [
    '"城管 执法"~10000000',                       # the query: refused by the slop limit
    '"城管 执法"~20',                             # the widest proximity allowed
    "城管" * 14000,                               # 28,000 characters
    "*", "*管*", "*法*",                          # bare and leading wildcards
    " OR ".join([w for ws in TOPICS.values() for w in ws][:24]),  # about as many words as allowed
    "城*", "执*",                                                   # broad prefixes
    '"城管 执法 队员 市民"~20 OR "渣土 车辆"~20',
]


def ensure_index(db, index_dir: Path, profile, procs: int) -> None:
    from indexer import store
    from indexer.build import STATE_VERSION, rebuild_index

    gen = store.current_generation(index_dir)
    state = store.read_state(gen) if gen else {}
    if gen and state.get("total") == records.count_clippings(db) and state.get("version") == STATE_VERSION \
            and list(state.get("user_words", ())) == list(profile.user_words()):
        return
    stats = rebuild_index(db, index_dir, user_words=profile.user_words(), synonyms=profile.synonyms, procs=procs)
    print(f"index built: {stats.indexed} clippings in {stats.seconds:.1f}s ({procs} processes)")


def queries(rng: random.Random, count: int) -> list[str]:
    words = [w for ws in TOPICS.values() for w in ws]
    out = []
    for _ in range(count):
        kind = rng.random()
        p: dict = {}
        if kind < 0.35:
            p["q"] = rng.choice(words)
        elif kind < 0.5:
            p["q"] = f"{rng.choice(words)} AND {rng.choice(words)}"
        elif kind < 0.6:
            p["q"] = f"{rng.choice(words)} OR {rng.choice(words)}"
        elif kind < 0.7:
            p["q"] = f'"{rng.choice(list(DISTRICTS))}{rng.choice(["城管执法中队", "市民", "执法队员"])}"'
        elif kind < 0.8:
            p["q"] = rng.choice(words)
            p["sentiment"] = rng.choice(["negative", "positive"])
            p["district"] = rng.choice(list(DISTRICTS))
        elif kind < 0.9:
            p["q"] = rng.choice(words)
            p["since"], p["until"] = "2026-03-01", "2026-05-31"
            p["sort"] = "newest"
        else:
            p["q"] = rng.choice(words)
            p["collapse"] = "1"
        if rng.random() < 0.15:
            p["page"] = rng.choice([2, 3, 5])
        out.append("/search?" + urlencode(p))
    return out


class Client:
    """One signed-in browser: a keep-alive connection and the session cookie."""

    def __init__(self, base: str, user: str = USER):
        parts = urlsplit(base)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        self.cookie = ""
        resp = self.request("GET", "/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', resp[1]).group(1)
        body = urlencode({"username": user, "password": PASSWORD, "csrf_token": token})
        status, _ = self.request("POST", "/login", body, {"Content-Type": "application/x-www-form-urlencoded"})
        if status != 302:
            raise SystemExit(f"sign-in failed: HTTP {status}")

    def request(self, method: str, path: str, body: str | None = None, headers: dict | None = None):
        headers = dict(headers or {})
        if self.cookie:
            headers["Cookie"] = self.cookie
        self.conn.request(method, path, body=body, headers=headers)
        resp = self.conn.getresponse()
        data = resp.read().decode("utf-8", "replace")
        cookie = resp.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        return resp.status, data


def normal_user(n: int) -> str:
    return USER if n == 0 else f"{USER}-{n}"


def run_load(base: str, paths: list[str], clients: int) -> tuple[list[float], int, float]:
    sessions = [Client(base, normal_user(n)) for n in range(clients)]
    latencies: list[float] = []
    errors = [0]
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    next_index = [0]

    def worker(client: Client):
        while True:
            with lock:
                i = next_index[0]
                next_index[0] += 1
            if i >= len(paths):
                return
            t = time.perf_counter()
            status, body = client.request("GET", paths[i])
            elapsed = time.perf_counter() - t
            with lock:
                latencies.append(elapsed)
                marker = 'id="overview"' if paths[i].startswith("/report") else 'id="total"'
                if status != 200 or marker not in body:
                    errors[0] += 1
                    statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=worker, args=(s,)) for s in sessions]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if statuses:
        print(f"  (errors by HTTP status: {dict(sorted(statuses.items()))})")
    return latencies, errors[0], time.perf_counter() - started


def run_hostile(base: str, clients: int, stop: threading.Event) -> list[tuple[float, int, str]]:
    """Worst-case searches from ``clients`` connections of HOSTILE_USER until ``stop``."""
    sessions = [Client(base, HOSTILE_USER) for _ in range(clients)]
    results: list[tuple[float, int, str]] = []
    lock = threading.Lock()

    def worker(n: int, client: Client):
        i = n
        while not stop.is_set():
            q = HOSTILE_QUERIES[i % len(HOSTILE_QUERIES)]
            i += 1
            t = time.perf_counter()
            status, _ = client.request("GET", "/search?" + urlencode({"q": q}))
            with lock:
                results.append((time.perf_counter() - t, status, q[:30]))

    threads = [threading.Thread(target=worker, args=(n, s)) for n, s in enumerate(sessions)]
    for t in threads:
        t.start()
    stop.wait()
    for t in threads:
        t.join()
    return results


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="clippings in the benchmark archive")
    ap.add_argument("--clients", type=int, default=10, help="concurrent signed-in clients")
    ap.add_argument("--requests", type=int, default=2000, help="search page requests in total")
    ap.add_argument("--threads", type=int, default=4, help="waitress threads per worker (as `clippings serve`)")
    ap.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1), help="server processes (`clippings serve --workers`; default as serve: CPUs, at most 4)")
    ap.add_argument("--procs", type=int, default=2, help="processes for the index build")
    ap.add_argument("--workdir", default=None, help="default: /tmp/web-bench-N")
    ap.add_argument("--hostile", type=int, default=0, help="also run beside this many worst-case clients")
    ap.add_argument("--report-share", type=float, default=0.0,
                    help="share of requests that open 态势 (/report) for one of four recent 7-day periods")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)

    work = Path(args.workdir or f"/tmp/web-bench-{args.n}")
    work.mkdir(parents=True, exist_ok=True)
    profile_path = config_path("bureau.toml", env="CLIPPINGS_PROFILE")
    profile = load_profile(profile_path)
    ensure_archive(work / "clippings.db", args.n)
    db = open_archive(work / "clippings.db")
    ensure_index(db, work / "index", profile, args.procs)
    for n in range(args.clients):  # one account per client: the web app limits searches per user
        if accounts.get_user(db, normal_user(n)) is None:
            accounts.create_user(db, normal_user(n), "staff", PASSWORD, by="bench")
    if args.hostile and accounts.get_user(db, HOSTILE_USER) is None:
        accounts.create_user(db, HOSTILE_USER, "staff", PASSWORD, by="bench")
    if not accounts.has_admin(db):  # `clippings serve` refuses to start without one
        import secrets

        accounts.create_user(db, "bench-admin", "admin", secrets.token_urlsafe(16), by="bench")

    total = records.count_clippings(db)
    newest = db.execute("SELECT MAX(substr(published_at, 1, 10)) FROM clippings").fetchone()[0]
    db.conn.close()
    # the real thing: `clippings serve` in its own process(es), on a free port
    cmd = [sys.executable, "-m", "clippings", "--data-dir", str(work), "--profile", str(profile_path), "serve",
           "--port", "0", "--workers", str(args.workers), "--threads", str(args.threads)]
    log_file = open(work / "serve.log", "w", encoding="utf-8")
    server = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log_file, text=True, cwd=REPO)
    try:
        line = server.stdout.readline()
        url = re.search(r"http://[\d.]+:\d+", line)
        if not url:
            raise SystemExit(f"clippings serve did not start (see {work / 'serve.log'}): {line!r}")
        base = url.group(0)
        paths = queries(random.Random(11), args.requests)
        if args.report_share > 0 and newest:
            from datetime import date as _date, timedelta as _td

            end = _date.fromisoformat(newest)
            periods = [f"/report?from={end - _td(days=6 + k)}&to={end - _td(days=k)}" for k in range(4)]
            every = max(1, round(1 / args.report_share))
            paths = [periods[(i // every) % 4] if i % every == 0 else p for i, p in enumerate(paths)]
        warm = [Client(base) for _ in range(args.workers * 2)]  # reach every worker at least once
        t = time.perf_counter()
        status, _ = warm[0].request("GET", paths[0])
        print(f"== {total} clippings; first (cold) search page: {(time.perf_counter() - t) * 1000:.0f} ms "
              f"(HTTP {status})")
        for client in warm[1:]:
            client.request("GET", paths[0])
        latencies, errors, seconds = run_load(base, paths, args.clients)
        hostile = None
        if args.hostile:
            stop = threading.Event()
            box: list = []
            attacker = threading.Thread(target=lambda: box.append(run_hostile(base, args.hostile, stop)))
            attacker.start()
            time.sleep(0.5)
            h_latencies, h_errors, h_seconds = run_load(base, paths, args.clients)
            stop.set()
            attacker.join()
            hostile = (h_latencies, h_errors, h_seconds, box[0] if box else [])
    finally:
        server.terminate()
        server.wait(timeout=30)
        log_file.close()
    ms = [x * 1000 for x in latencies]
    if args.report_share > 0:
        print(f"(mix: about {args.report_share:.0%} of the pages are 态势 /report, the rest /search)")
    print(f"== {len(ms)} search pages, {args.clients} clients, `clippings serve --workers {args.workers} "
          f"--threads {args.threads}`: "
          f"{len(ms) / seconds:.1f} pages/s, errors {errors}")
    print(f"latency ms: p50 {pct(ms, .50):.0f}  p95 {pct(ms, .95):.0f}  p99 {pct(ms, .99):.0f}  "
          f"mean {statistics.mean(ms):.0f}  max {max(ms):.0f}   (target p95 < 300)")
    if hostile:
        h_latencies, h_errors, h_seconds, attacks = hostile
        hms = [x * 1000 for x in h_latencies]
        print(f"== beside {args.hostile} hostile clients: {len(hms) / h_seconds:.1f} pages/s, errors {h_errors}")
        print(f"latency ms: p50 {pct(hms, .50):.0f}  p95 {pct(hms, .95):.0f}  p99 {pct(hms, .99):.0f}  "
              f"max {max(hms):.0f}   p95 ratio {pct(hms, .95) / pct(ms, .95):.2f} (target < 2)")
        if attacks:
            statuses: dict[int, int] = {}
            for _, status, _q in attacks:
                statuses[status] = statuses.get(status, 0) + 1
            worst = max(attacks)
            print(f"hostile requests: {len(attacks)}, statuses {dict(sorted(statuses.items()))}, "
                  f"longest {worst[0]:.2f} s ({worst[2]!r}…)   (target <= 3 s)")


if __name__ == "__main__":
    main()
