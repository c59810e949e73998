"""CPU per request of the connector's transports at N concurrent, httpcore's pool pass against ours.

Not a ``make bench`` row: a direct measure for choosing the pool (``_http.pool``) and its keep-alive limit. Each
case sends rounds of N concurrent GETs through ``_http.transport.async_transport`` (what shared transports are
built with) to the canned server (its own process, so its CPU is not counted) and reports the client process's
CPU per request and the median wall time per round, for httpcore's stock pass and the linear one, at several
``max_keepalive_connections`` with ``max_connections=256`` (``SHARED_LIMITS``'s). ``--sync`` does the same with
``sync_transport`` and N threads, each sending its share of every round.

    .venv/bin/python bench/pool_cpu.py [--sync] [--concurrency 100] [--rounds 30] [--keepalive 20,64,128,256]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import threading
import time
from pathlib import Path

import httpcore
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canned_server import CannedServer
from stripe_connector._http.pool import LinearAsyncConnectionPool, LinearConnectionPool
from stripe_connector._http.transport import async_transport, sync_transport

POOLS: dict[str, type] = {"stock": httpcore.AsyncConnectionPool, "linear": LinearAsyncConnectionPool}
SYNC_POOLS: dict[str, type] = {"stock": httpcore.ConnectionPool, "linear": LinearConnectionPool}


async def measure(url: str, pool: str, keepalive: int, concurrency: int, rounds: int) -> tuple[float, float]:
    """(CPU microseconds per request, median milliseconds per round) for one case."""
    limits = httpx.Limits(max_connections=256, max_keepalive_connections=keepalive)
    transport = async_transport(url, limits=limits)
    transport._pool.__class__ = POOLS[pool]
    target = f"{url}/v1/customers/cus_1"

    async def call() -> None:
        response = await transport.handle_async_request(httpx.Request("GET", target))
        await response.aread()
        await response.aclose()

    try:
        for _ in range(3):
            await asyncio.gather(*(call() for _ in range(concurrency)))
        walls: list[float] = []
        c0 = time.process_time()
        for _ in range(rounds):
            w0 = time.perf_counter()
            await asyncio.gather(*(call() for _ in range(concurrency)))
            walls.append(time.perf_counter() - w0)
        cpu = time.process_time() - c0
    finally:
        await transport.aclose()
    return cpu / (rounds * concurrency) * 1e6, statistics.median(walls) * 1e3


def measure_sync(url: str, pool: str, keepalive: int, concurrency: int, rounds: int) -> tuple[float, float]:
    """:func:`measure` with the sync transport: ``concurrency`` threads, a barrier between rounds."""
    limits = httpx.Limits(max_connections=256, max_keepalive_connections=keepalive)
    transport = sync_transport(url, limits=limits)
    transport._pool.__class__ = SYNC_POOLS[pool]
    target = f"{url}/v1/customers/cus_1"
    barrier = threading.Barrier(concurrency + 1)

    def worker() -> None:
        for _ in range(rounds + 3):
            barrier.wait()
            response = transport.handle_request(httpx.Request("GET", target))
            response.read()
            response.close()
            barrier.wait()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    walls: list[float] = []
    try:
        for i in range(rounds + 3):
            if i == 3:
                c0 = time.process_time()
            w0 = time.perf_counter()
            barrier.wait()
            barrier.wait()
            if i >= 3:
                walls.append(time.perf_counter() - w0)
        cpu = time.process_time() - c0
    finally:
        for thread in threads:
            thread.join(60)
        transport.close()
    return cpu / (rounds * concurrency) * 1e6, statistics.median(walls) * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--keepalive", default="20,64,128,256")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each case, interleaved")
    parser.add_argument("--sync", action="store_true", help="the sync transport, one thread per concurrent call")
    args = parser.parse_args()
    keepalives = [int(k) for k in args.keepalive.split(",")]
    results: dict[tuple[str, int], list[tuple[float, float]]] = {}
    with CannedServer() as server:
        for _ in range(args.repeat):
            for keepalive in keepalives:
                for pool in POOLS:
                    case = (server.url, pool, keepalive, args.concurrency, args.rounds)
                    found = measure_sync(*case) if args.sync else asyncio.run(measure(*case))
                    results.setdefault((pool, keepalive), []).append(found)
    kind = "sync threads" if args.sync else "async tasks"
    print(
        f"{args.concurrency} concurrent {kind}, {args.rounds} rounds, max_connections=256; median of {args.repeat} runs"
    )
    print(f"{'pool':<8}{'keepalive':>10}{'CPU us/request':>16}{'ms/round':>10}")
    for (pool, keepalive), runs in sorted(results.items(), key=lambda item: (item[0][1], item[0][0])):
        cpu = statistics.median(run[0] for run in runs)
        wall = statistics.median(run[1] for run in runs)
        print(f"{pool:<8}{keepalive:>10}{cpu:>16.0f}{wall:>10.1f}")


if __name__ == "__main__":
    main()
