"""One worker process of the scale-out runs (tests and ``bench/scale_out.py``): N calls against the Stripe double.

``python -m tests.support.scale_worker --url URL --calls N --limiter redis|local|none [--redis URL]
[--start-at EPOCH] [--worker ID]``. Every fifth call is a create (with an idempotency scope of the worker and the
call), the rest are lists. It waits until ``--start-at`` so that all workers begin together, and prints one JSON
line: calls that succeeded and failed, the attempts they took, and the seconds it ran.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Literal

from tests.support.keys import API_KEY

REPO = Path(__file__).resolve().parents[2]


def run_workers(
    url: str,
    *,
    workers: int,
    calls: int,
    limiter: str,
    redis_url: str | None = None,
    timeout: float = 300.0,
    head_start: float = 1.5,
    max_retries: int = 2,
    fallback_share: float = 1.0,
) -> list[dict[str, Any]]:
    """Start ``workers`` processes together (each ``calls`` calls) and return their JSON lines."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    start_at = time.time() + head_start  # time for every interpreter to import the connector first
    procs = []
    for n in range(workers):
        argv = [sys.executable, "-m", "tests.support.scale_worker", "--url", url, "--calls", str(calls),
                "--limiter", limiter, "--start-at", str(start_at), "--worker", f"w{n}",
                "--max-retries", str(max_retries), "--fallback-share", str(fallback_share)]  # fmt: skip
        if redis_url:
            argv += ["--redis", redis_url]
        procs.append(subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env))
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=timeout)
        if proc.returncode != 0:
            raise RuntimeError(f"scale worker failed (exit {proc.returncode}): {err[-2000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--calls", type=int, required=True)
    parser.add_argument("--limiter", choices=("redis", "local", "none"), required=True)
    parser.add_argument("--redis")
    parser.add_argument("--start-at", type=float, default=0.0)
    parser.add_argument("--worker", default="w0")
    parser.add_argument("--max-retries", type=int, default=2)
    parser.add_argument("--fallback-share", type=float, default=1.0)
    args = parser.parse_args(argv)

    from stripe_connector import LocalRateLimiter, RedisRateLimiter, StripeConnector, StripeConnectorError

    limiter: LocalRateLimiter | RedisRateLimiter | Literal[False]
    if args.limiter == "redis":
        limiter = RedisRateLimiter(args.redis, fallback_share=args.fallback_share, retry_interval=1.0)
    elif args.limiter == "local":
        limiter = LocalRateLimiter()
    else:
        limiter = False
    connector = StripeConnector(API_KEY, base_url=args.url, rate_limiter=limiter, max_retries=args.max_retries)
    delay = args.start_at - time.time()
    if delay > 0:
        time.sleep(delay)
    ok = failed = attempts = 0
    errors: dict[str, int] = {}
    started = time.perf_counter()
    for i in range(args.calls):
        try:
            if i % 5 == 0:
                result = connector.call_with_details(
                    "create_customer", {"email": f"{args.worker}-{i}@example.com"},
                    idempotency_scope=[args.worker, str(i)],
                )  # fmt: skip
            else:
                result = connector.call_with_details("list_customers", {"limit": 1})
            ok += 1
            attempts += result.attempts
        except StripeConnectorError as exc:
            failed += 1
            errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
    elapsed = time.perf_counter() - started
    print(json.dumps({"worker": args.worker, "ok": ok, "failed": failed, "attempts": attempts, "errors": errors,
                      "seconds": elapsed}))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
