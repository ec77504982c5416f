"""Worker processes for the crawl's CPU work, driven straight from the event loop.

``concurrent.futures.ProcessPoolExecutor`` moves every call through two helper threads (a feeder
and a result manager) and several wake-ups; at hundreds of pages per second those GIL hand-offs
and context switches cost the crawl thread about as much as the work they move away (measured in
``benchmarks/crawl_bench.py``). Here each worker is a spawned process on the end of a socket that
the event loop itself reads and writes (asyncio transport, no threads), and the calls made within a
few milliseconds travel together as one frame. Each call still gets its own result or exception.

A worker that dies (a crash in a C library on some pathological page) fails only the calls it had;
the next call starts a fresh worker.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import pickle
import socket
import struct
import sys
import types
from typing import Any, Callable

log = logging.getLogger(__name__)

_HEADER = struct.Struct("!I")


class WorkerDied(RuntimeError):
    """The worker process running this call exited before answering."""


# --- in the worker process -----------------------------------------------------------------

def run_batch(fn: Callable, calls: list[tuple]) -> list[tuple[bool, Any]]:
    """Run ``fn`` on each argument tuple; one failure does not sink the batch.

    If ``fn`` has a ``batch_context`` (a context manager factory taking the calls), the batch runs
    inside it, e.g. one database transaction; if leaving it fails, every call of the batch fails.
    """
    context = getattr(fn, "batch_context", None)
    if context is None:
        return _run_each(fn, calls)
    try:
        with context(calls):
            return _run_each(fn, calls)
    except Exception as exc:
        return [(False, _picklable(exc))] * len(calls)


def _run_each(fn: Callable, calls: list[tuple]) -> list[tuple[bool, Any]]:
    results = []
    for args in calls:
        try:
            results.append((True, fn(*args)))
        except Exception as exc:  # reported to that call's caller, as a direct call would raise it
            results.append((False, _picklable(exc)))
    return results


def _picklable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _recv_exactly(sock: socket.socket, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _serve(sock: socket.socket, initializer: Callable | None, nice: int = 0) -> None:
    """Worker main loop: read a batch frame, answer with its results, until the socket closes."""
    if nice:
        try:
            os.nice(nice)   # the crawl's event loop is the bottleneck: let it win a contended core
        except OSError:
            pass
    if initializer is not None:
        initializer()
    while True:
        header = _recv_exactly(sock, _HEADER.size)
        if header is None:
            return
        payload = _recv_exactly(sock, _HEADER.unpack(header)[0])
        if payload is None:
            return
        batch_id, fn, calls = pickle.loads(payload)
        try:
            answer = pickle.dumps((batch_id, run_batch(fn, calls)), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # a result that cannot be pickled: fail the batch, keep serving
            error = _picklable(exc)
            answer = pickle.dumps((batch_id, [(False, error)] * len(calls)), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            sock.sendall(_HEADER.pack(len(answer)) + answer)
        except OSError:   # the crawl process is gone (killed): nobody to answer
            return


# --- in the crawl process ------------------------------------------------------------------

class _Worker(asyncio.Protocol):
    def __init__(self, pool: "WorkerPool", process):
        self.pool, self.process = pool, process
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiting: dict[int, list[asyncio.Future]] = {}   # batch id → its calls' futures
        self.outstanding = 0
        self.alive = True

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= _HEADER.size:
            size = _HEADER.unpack_from(self.buffer)[0]
            if len(self.buffer) < _HEADER.size + size:
                return
            frame = bytes(self.buffer[_HEADER.size:_HEADER.size + size])
            del self.buffer[:_HEADER.size + size]
            batch_id, results = pickle.loads(frame)
            futures = self.waiting.pop(batch_id, [])
            self.outstanding -= len(futures)
            for future, (ok, value) in zip(futures, results):
                if future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)

    def connection_lost(self, exc) -> None:
        self.alive = False
        self.pool._lost(self)
        pending = [f for futures in self.waiting.values() for f in futures]
        self.waiting.clear()
        if pending:
            code = self.process.exitcode if self.process is not None else None
            log.error("worker process %s exited (code %s) with %d pages in hand",
                      self.process.pid if self.process else "?", code, len(pending))
        for future in pending:
            if not future.done():
                future.set_exception(WorkerDied(f"页面处理进程意外退出（退出码 {self.process.exitcode}）"))

    def send(self, batch_id: int, fn: Callable, calls: list[tuple], futures: list[asyncio.Future]) -> None:
        payload = pickle.dumps((batch_id, fn, calls), protocol=pickle.HIGHEST_PROTOCOL)
        self.waiting[batch_id] = futures
        self.outstanding += len(futures)
        self.transport.write(_HEADER.pack(len(payload)) + payload)


@contextlib.contextmanager
def _plain_main():
    """Spawn without re-running the parent's ``__main__`` in the child (``multiprocessing`` imports
    it there, here ``crawler.run`` and all of Scrapy): the worker only needs ``_serve`` and what the
    calls name, so it starts in half the time and memory."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


class WorkerPool:
    """``await pool.call(fn, *args)`` runs ``fn(*args)`` in a worker process.

    ``fn`` must be a module-level function. Calls are sent when ``max_batch`` are waiting, or
    ``max_delay`` seconds after the first of them.
    """

    def __init__(self, workers: int, max_batch: int = 16, max_delay: float = 0.005,
                 initializer: Callable | None = None, nice: int = 0):
        self.size, self.max_batch, self.max_delay = max(1, workers), max_batch, max_delay
        self.initializer, self.nice = initializer, nice
        self.workers: list[_Worker] = []
        self._spawned: list[tuple] = []     # (process, socket) not yet connected to the event loop
        self._connecting: asyncio.Future | None = None
        self._pending: dict[Callable, list[tuple[tuple, asyncio.Future]]] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._batch_ids = 0
        self._closed = False

    async def call(self, fn: Callable, *args) -> Any:
        if len(self.workers) < self.size:
            await self._connect()
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        waiting = self._pending.setdefault(fn, [])
        waiting.append((args, future))
        if len(waiting) >= self.max_batch:
            self._send(fn)
        elif self._timer is None:
            self._timer = loop.call_later(self.max_delay, self.flush)
        return await future

    def start(self) -> None:
        """Start the missing worker processes now (they import and warm up while the crawl begins);
        the event loop connects to them on the first call."""
        if self._closed:
            raise RuntimeError("worker pool is closed")
        context = multiprocessing.get_context("spawn")
        while len(self.workers) + len(self._spawned) < self.size:
            ours, theirs = socket.socketpair()
            process = context.Process(target=_serve, args=(theirs, self.initializer, self.nice), daemon=True,
                                      name="clippings-page-worker")
            with _plain_main():
                process.start()
            theirs.close()
            self._spawned.append((process, ours))

    async def _connect(self) -> None:
        if self._connecting is None or self._connecting.done():   # one at a time; a failed one is retried
            self._connecting = asyncio.ensure_future(self._connect_spawned())
        await asyncio.shield(self._connecting)

    async def _connect_spawned(self) -> None:
        self.start()
        loop = asyncio.get_running_loop()
        while self._spawned:
            process, sock = self._spawned.pop(0)
            _, worker = await loop.create_unix_connection(lambda p=process: _Worker(self, p), sock=sock)
            self.workers.append(worker)

    def flush(self) -> None:
        """Send every waiting call now."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        for fn in list(self._pending):
            self._send(fn)

    def _send(self, fn: Callable) -> None:
        batch = self._pending.pop(fn, [])
        if not batch:
            return
        live = [w for w in self.workers if w.alive]
        if not live:
            for _, future in batch:
                if not future.done():
                    future.set_exception(WorkerDied("没有可用的页面处理进程"))
            return
        worker = min(live, key=lambda w: w.outstanding)
        self._batch_ids += 1
        try:
            worker.send(self._batch_ids, fn, [args for args, _ in batch], [f for _, f in batch])
        except Exception as exc:  # arguments that cannot be pickled: those calls fail, others go on
            worker.waiting.pop(self._batch_ids, None)
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)

    def _lost(self, worker: _Worker) -> None:
        if worker in self.workers:
            self.workers.remove(worker)   # the next call starts a replacement

    def close(self) -> None:
        """Stop the workers: waiting calls are sent, then each worker gets EOF and exits after the
        batch in hand. Call it when no page is in flight (the last engine stopped)."""
        self._closed = True
        self.flush()
        for worker in list(self.workers):
            if worker.transport is not None:
                sock = worker.transport.get_extra_info("socket")
                try:
                    sock.shutdown(socket.SHUT_WR)   # EOF now: the worker ends after the batch in hand
                except OSError:
                    pass
                worker.transport.close()
        for worker in list(self.workers):
            if worker.process is not None:
                worker.process.join(timeout=5)
                if worker.process.is_alive():
                    worker.process.terminate()
        self.workers.clear()
        for process, sock in self._spawned:
            sock.close()
            process.join(timeout=5)
        self._spawned.clear()
        self._spawned.clear()


class InProcessPool:
    """The same interface without worker processes (``PAGE_WORKERS = 0``): calls run at once."""

    async def call(self, fn: Callable, *args) -> Any:
        ok, value = run_batch(fn, [args])[0]
        if not ok:
            raise value
        return value

    def start(self) -> None:
        pass

    def close(self) -> None:
        pass
