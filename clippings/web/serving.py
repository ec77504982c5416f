"""Serving the app with waitress (never the Flask debug server).

- :func:`serve_workers` for ``clippings serve``: binds the listening socket once, then runs one
  waitress process per ``workers`` on it (the kernel spreads connections between them). Python
  runs one thread at a time per process, so on a multi-core server more workers mean more
  searches at once; with ``workers=1`` it serves in the current process.
- :func:`serve_background` runs waitress in a daemon thread, for end-to-end tests.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger(__name__)


@dataclass
class BackgroundServer:
    server: object
    thread: threading.Thread
    url: str

    def stop(self) -> None:
        self.server.close()
        self.thread.join(timeout=10)


def bind(host: str = "127.0.0.1", port: int = 8000) -> socket.socket:
    """The listening socket (port 0: any free port; see ``getsockname()``)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.create_server((host, port), family=family, backlog=1024)
    sock.set_inheritable(True)
    return sock


def _serve(make_app: Callable, sock: socket.socket, threads: int) -> None:
    from waitress import serve

    serve(make_app(), sockets=[sock], threads=threads, ident="clippings")


def serve_workers(make_app: Callable, sock: socket.socket, threads: int = 4, workers: int = 1) -> None:
    """Serve ``make_app()`` on ``sock`` in ``workers`` processes until interrupted.

    Each worker builds its own app (its own SQLite connections and search handles) after the fork.
    """
    if workers <= 1:
        _serve(make_app, sock, threads)
        return
    children: list[int] = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # worker
            signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent decides when to stop
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            code = 0
            try:
                _serve(make_app, sock, threads)
            except BaseException:
                log.exception("web worker failed")
                code = 1
            finally:
                os._exit(code)
        children.append(pid)

    def stop(*_):
        for child in children:
            try:
                os.kill(child, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, lambda *a: (stop(), os._exit(0)))
    try:
        for child in children:
            os.waitpid(child, 0)
    except KeyboardInterrupt:
        stop()
        for child in children:
            try:
                os.waitpid(child, 0)
            except ChildProcessError:
                pass


def serve_background(app, host: str = "127.0.0.1", port: int = 0, threads: int = 4) -> BackgroundServer:
    """Start waitress on ``host:port`` (0 = any free port) in a daemon thread."""
    from waitress.server import create_server

    server = create_server(app, host=host, port=port, threads=threads, ident="clippings")
    thread = threading.Thread(target=server.run, name="waitress", daemon=True)
    thread.start()
    return BackgroundServer(server, thread, f"http://{host}:{server.effective_port}")
