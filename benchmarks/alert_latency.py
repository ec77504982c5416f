"""预警 latency, duplicates and losses with `clippings watch` running against the demo sites.

Each repeat starts a fresh data directory and a `watch` subprocess (every source every
``--interval`` demo minutes, one demo minute = ``--minute-seconds`` s), waits for its first round,
then replays the incident evening (demosites editions 4-6): the negative forum post goes live, its
reposts go live, the bureau's 通报 goes live. A local webhook receiver is the channel; it answers
HTTP 500 ("down") for ``--down-seconds`` after the incident starts in the first repeat.

Figures: latency from an edition going live to the notification it causes reaching the channel
(p50 / p95 / max; target p95 <= interval + 60 s), duplicate notifications per story (target 0),
alerts lost while the channel was down (target 0). Then a burst of 500 new items (40 stories,
arriving in 5 rounds) through the matching/queue code: notifications produced vs items.

    .venv/bin/python benchmarks/alert_latency.py                  # ~3-4 minutes
    .venv/bin/python benchmarks/alert_latency.py --repeats 1 --minute-seconds 3
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from demosites.generate_editions import INCIDENT_TITLE  # noqa: E402
from tests.alertkit import Receiver, write_config  # noqa: E402

FAST = ["DOWNLOAD_TIMEOUT=2", "RETRY_BACKOFF_BASE=0.05", "AUTOTHROTTLE_ENABLED=False", "PROGRESS_INTERVAL=600"]
NOW = "2026-11-27T21:30:00+08:00"   # the incident evening (edition 3's day)


class TimedReceiver(Receiver):
    def __init__(self):
        super().__init__()
        self.arrivals: list[tuple[float, str]] = []
        self.down_until = 0.0
        self.refused = 0
        outer = self
        handler = self.server.RequestHandlerClass
        original = handler.do_POST

        def do_post(h):
            if time.monotonic() < outer.down_until:
                h.rfile.read(int(h.headers.get("Content-Length") or 0))
                outer.refused += 1
                h.send_response(500)
                h.send_header("Content-Length", "0")
                h.end_headers()
                return
            original(h)
            outer.arrivals.append((time.monotonic(), outer.posts[-1]["body"].get("title", "")))

        handler.do_POST = do_post


def one_repeat(args, repeat: int, latencies: list, report: dict) -> None:
    from demosites.server import DemoServer

    tmp = Path(tempfile.mkdtemp(prefix="alert-bench-"))
    server = DemoServer(host="127.0.0.1", port=0, anchor_date="2026-11-25")
    server.start()
    server.set_edition(3)
    hook = TimedReceiver()
    sources = tmp / "sources.toml"
    text = (ROOT / "config" / "sources.toml").read_text(encoding="utf-8")
    sources.write_text(re.sub(r"^\[\[source\]\]$", f"[[source]]\ninterval_minutes = {args.interval}", text,
                              flags=re.M), encoding="utf-8")
    alerts = write_config(tmp / "alerts.toml", f'[[channels]]\nname = "bench"\nurl = "json://127.0.0.1:{hook.port}/h"\n')
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLIPPINGS_NOW": NOW, "CLIPPINGS_DEMO_URL": server.base_url,
           "CLIPPINGS_SOURCES": str(sources), "CLIPPINGS_ALERTS": str(alerts)}
    cmd = [sys.executable, "-m", "clippings", "--data-dir", str(tmp / "data"), "watch",
           "--minute-seconds", str(args.minute_seconds)]
    for s in FAST:
        cmd += ["--set", s]
    log = open(tmp / "watch.log", "w")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    interval_s = args.interval * args.minute_seconds
    try:
        deadline = time.monotonic() + 300
        while "第 1 轮" not in (tmp / "watch.log").read_text(encoding="utf-8"):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit(f"watch did not finish its first round; see {tmp / 'watch.log'}")
            time.sleep(0.5)
        time.sleep(2)
        baseline = len(hook.arrivals)
        events = []
        for edition, expect in ((4, "【一般预警】" + INCIDENT_TITLE), (5, "【预警升级为较大】" + INCIDENT_TITLE)):
            if repeat == 0 and edition == 4 and args.down_seconds:
                hook.down_until = time.monotonic() + args.down_seconds
            live = time.monotonic()
            server.set_edition(edition)
            events.append((edition, live, expect))
            wait_until = live + interval_s + 60 + args.down_seconds + 120
            while not any(t.startswith(expect[:12]) and INCIDENT_TITLE[:10] in t for _, t in hook.arrivals[baseline:]):
                if time.monotonic() > wait_until:
                    break
                time.sleep(0.2)
        server.set_edition(6)
        time.sleep(interval_s + 10)
        for edition, live, expect in events:
            hits = [at for at, t in hook.arrivals[baseline:] if t == expect]
            if hits:
                delay = hits[0] - live
                down = repeat == 0 and edition == 4 and args.down_seconds
                (report["down_latencies"] if down else latencies).append(delay)
            else:
                report["lost"] += 1
                print(f"  repeat {repeat + 1}: no notification for edition {edition} ({expect})")
        titles = [t for _, t in hook.arrivals]
        report["duplicates"] += len(titles) - len(set(titles))
        report["notifications"] += len(titles)
        report["refused"] += hook.refused
        print(f"  repeat {repeat + 1}: {len(titles)} notifications, incident: "
              + ", ".join(f"e{e} {next((a - live for a, t in hook.arrivals if t == x), float('nan')):.1f}s"
                          for e, live, x in events))
    finally:
        proc.terminate()
        proc.wait(timeout=120)
        log.close()
        server.stop()
        hook.stop()


def burst(n_items: int = 500, stories: int = 40, rounds: int = 5) -> None:
    """500 new items over 5 rounds: how many notifications (one per story and grade expected)."""
    import random

    from clippings.alerts.config import load_alerts
    from clippings.alerts.service import run_cycle
    from clippings.archive import open_archive
    from clippings.clusters import assign_pending
    from clippings.config import load_profile
    from tests.alertkit import PROFILE, add

    os.environ["CLIPPINGS_NOW"] = NOW
    tmp = Path(tempfile.mkdtemp(prefix="alert-burst-"))
    hook = Receiver()
    cfg = load_alerts(write_config(tmp / "a.toml", f'[[channels]]\nname = "b"\nurl = "json://127.0.0.1:{hook.port}/h"\n'),
                      PROFILE)
    db = open_archive(tmp / "clippings.db")
    profile = load_profile(PROFILE)
    rng = random.Random(7)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from cluster_bench import vocabulary

    words = vocabulary(20000)
    texts = [f"网友反映江州城管执法方式粗暴，事件{s:03d}：" + "".join(rng.sample(words, 150)) for s in range(stories)]
    per_round = n_items // rounds
    k = 0
    for rnd in range(rounds):
        for _ in range(per_round):
            s = rng.randrange(stories)
            add(db, 10_000 + k, f"o{rng.randrange(60)}", f"江州城管执法引质疑（{s:03d}）", texts[s],
                f"2026-11-27T{20 + rnd // 3}:{(rnd * 11 + k % 10) % 60:02d}:00+08:00")
            k += 1
        assign_pending(db, profile)
        run_cycle(db, cfg)
    stories_alerted = db.execute("SELECT count(*) FROM alerts").fetchone()[0]
    pairs = db.execute("SELECT count(*) FROM alert_notifications").fetchone()[0]
    by_grade = dict(db.execute("SELECT grade, count(*) FROM alerts GROUP BY grade").fetchall())
    titles = [p["body"]["title"] for p in hook.posts]
    print(f"burst: {k} new items in {rounds} rounds, {stories} stories → {stories_alerted} alerts "
          f"(grades {by_grade}), {len(hook.posts)} notifications delivered "
          f"({pairs} queued = one per story and grade; {len(titles) - len(set(titles))} duplicates)")
    hook.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--interval", type=int, default=5, help="interval_minutes of every source (min 5)")
    ap.add_argument("--minute-seconds", type=float, default=6.0, help="seconds per demo minute (6 → 30 s interval)")
    ap.add_argument("--down-seconds", type=float, default=None,
                    help="channel down after the incident goes live, repeat 1 (default: 2 intervals)")
    ap.add_argument("--no-burst", action="store_true")
    args = ap.parse_args()
    if args.down_seconds is None:
        args.down_seconds = 2 * args.interval * args.minute_seconds
    latencies: list[float] = []
    report = {"lost": 0, "duplicates": 0, "notifications": 0, "refused": 0, "down_latencies": []}
    interval_s = args.interval * args.minute_seconds
    print(f"source interval {args.interval} demo min = {interval_s:.0f} s; target p95 <= {interval_s + 60:.0f} s")
    for r in range(args.repeats):
        one_repeat(args, r, latencies, report)
    if latencies:
        lat = sorted(latencies)
        p95 = lat[min(len(lat) - 1, round(0.95 * (len(lat) - 1)))]
        print(f"latency (item live → channel), {len(lat)} events: p50 {statistics.median(lat):.1f} s, "
              f"p95 {p95:.1f} s, max {lat[-1]:.1f} s (target p95 <= {interval_s + 60:.0f} s)")
    if report["down_latencies"]:
        print(f"while the channel was down for {args.down_seconds:.0f} s: {report['refused']} attempts refused, "
              f"delivered after {', '.join(f'{d:.1f} s' for d in report['down_latencies'])}")
    print(f"notifications {report['notifications']}, duplicates {report['duplicates']}, lost {report['lost']}")
    if not args.no_burst:
        burst()


if __name__ == "__main__":
    main()
