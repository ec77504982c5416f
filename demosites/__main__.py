"""python -m demosites [--host 127.0.0.1] [--port 8765] [--anchor-date 2026-11-25] [--bench-articles N]"""

import argparse
import signal
import sys
import threading

from demosites.server import DemoServer


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m demosites", description="江州演示网站（仅限本机回环地址）")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--anchor-date", default="2026-11-25")
    ap.add_argument("--bench-articles", type=int, default=0)
    ap.add_argument("--slow-seconds", type=float, default=10.0)
    ap.add_argument("--edition", type=int, default=1)
    a = ap.parse_args(argv)
    try:
        srv = DemoServer(host=a.host, port=a.port, anchor_date=a.anchor_date,
                         bench_articles=a.bench_articles, slow_seconds=a.slow_seconds)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr, flush=True)
        return 2
    srv.set_edition(a.edition)

    done = threading.Event()

    def _stop(signum, frame):
        done.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    srv.start()
    print(f"demo sites at {srv.base_url}", flush=True)
    try:
        while not done.wait(0.2):
            pass
    finally:
        srv.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
