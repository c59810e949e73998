"""CPU per request of the connector's async transport at N concurrent, httpcore's pool pass against ours.

Not a ``make bench`` row: a direct measure for choosing the pool (``_http.pool``) and its keep-alive limit. Each
case sends rounds of N concurrent GETs through ``_http.transport.async_transport`` (what shared transports are
built with) to the canned server (its own process, so its CPU is not counted) and reports the client process's
CPU per request and the median wall time per round, for httpcore's stock pass and the linear one, at several
``max_keepalive_connections`` with ``max_connections=256`` (``SHARED_LIMITS``'s).

    .venv/bin/python bench/pool_cpu.py [--concurrency 100] [--rounds 30] [--keepalive 20,64,128,256]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

import httpcore
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canned_server import CannedServer
from stripe_connector._http.pool import LinearAsyncConnectionPool
from stripe_connector._http.transport import async_transport

POOLS: dict[str, type] = {"stock": httpcore.AsyncConnectionPool, "linear": LinearAsyncConnectionPool}


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--keepalive", default="20,64,128,256")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each case, interleaved")
    args = parser.parse_args()
    keepalives = [int(k) for k in args.keepalive.split(",")]
    results: dict[tuple[str, int], list[tuple[float, float]]] = {}
    with CannedServer() as server:
        for _ in range(args.repeat):
            for keepalive in keepalives:
                for pool in POOLS:
                    found = asyncio.run(measure(server.url, pool, keepalive, args.concurrency, args.rounds))
                    results.setdefault((pool, keepalive), []).append(found)
    print(f"{args.concurrency} concurrent, {args.rounds} rounds, max_connections=256; median of {args.repeat} runs")
    print(f"{'pool':<8}{'keepalive':>10}{'CPU us/request':>16}{'ms/round':>10}")
    for (pool, keepalive), found in sorted(results.items(), key=lambda item: (item[0][1], item[0][0])):
        cpu = statistics.median(f[0] for f in found)
        wall = statistics.median(f[1] for f in found)
        print(f"{pool:<8}{keepalive:>10}{cpu:>16.0f}{wall:>10.1f}")


if __name__ == "__main__":
    main()
