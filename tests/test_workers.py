"""crawler.workers.WorkerPool: calls batched to spawned processes over a socket, on the event loop."""

import asyncio

import pytest

from crawler.workers import WorkerDied, WorkerPool, run_batch
from tests import workerfuncs


def run(coro):
    return asyncio.run(coro)


async def _with_pool(body, **kwargs):
    pool = WorkerPool(1, **kwargs)
    pool.start()
    try:
        return await body(pool)
    finally:
        pool.close()


def test_each_call_gets_its_own_result_or_exception_from_one_batch():
    async def body(pool):
        return await asyncio.gather(*(pool.call(workerfuncs.fail_on_odd, i) for i in range(10)),
                                    return_exceptions=True)

    results = run(_with_pool(body, max_batch=10))
    assert results[0::2] == [0, 2, 4, 6, 8]
    assert all(isinstance(r, ValueError) and str(r) == f"odd: {i}" for i, r in zip(range(1, 10, 2), results[1::2]))


def test_calls_run_in_another_process_in_batches():
    async def body(pool):
        values = await asyncio.gather(*(pool.call(workerfuncs.square, i) for i in range(40)))
        pids = set(await asyncio.gather(*(pool.call(workerfuncs.pid, i) for i in range(3))))
        return values, pids, pool._batch_ids

    import os

    values, pids, batches = run(_with_pool(body, max_batch=16))
    assert values == [i * i for i in range(40)]
    assert len(pids) == 1 and os.getpid() not in pids
    assert batches <= 4          # 40 calls in batches of 16 (+ the 3 pid calls), not 43 hand-offs


def test_a_dead_worker_fails_only_its_calls_and_the_next_call_gets_a_new_one():
    async def body(pool):
        first = await pool.call(workerfuncs.pid, 0)
        with pytest.raises(WorkerDied):
            await pool.call(workerfuncs.die, 7)
        await asyncio.sleep(0.05)
        second = await pool.call(workerfuncs.pid, 0)
        return first, second, await pool.call(workerfuncs.square, 12)

    first, second, value = run(_with_pool(body))
    assert first != second and value == 144


def test_an_unpicklable_result_is_an_error_not_a_hang():
    async def body(pool):
        with pytest.raises(Exception, match="pickle"):
            await asyncio.wait_for(pool.call(workerfuncs.unpicklable, 0), 30)
        return await pool.call(workerfuncs.square, 3)

    assert run(_with_pool(body)) == 9


def test_run_batch_in_process_keeps_failures_apart():
    assert run_batch(workerfuncs.fail_on_odd, [(2,), (3,), (4,)])[0::2] == [(True, 2), (True, 4)]


def test_workers_do_not_rerun_the_parents_main_module(tmp_path):
    """The crawl's __main__ (crawler.run) imports all of Scrapy; a worker needs none of it."""
    import subprocess
    import sys

    from clippings.paths import REPO_ROOT

    script = tmp_path / "parent.py"
    script.write_text(
        "import asyncio\nimport scrapy  # noqa: F401\n"
        "from crawler.workers import WorkerPool\nfrom tests import workerfuncs\n\n"
        "async def main():\n"
        "    pool = WorkerPool(1)\n    pool.start()\n"
        "    print(await pool.call(workerfuncs.has_module, 'scrapy'))\n    pool.close()\n\n"
        "if __name__ == '__main__':\n    asyncio.run(main())\n")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=REPO_ROOT,
                         env={"PYTHONPATH": str(REPO_ROOT), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
