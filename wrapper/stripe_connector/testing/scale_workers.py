"""Many processes calling Stripe through the connector at once, to test a shared rate budget (scale-out runs).

``run_workers`` starts the processes; each is ``python -m stripe_connector.testing.scale_workers --url URL
--calls N --limiter redis|local|none [--redis URL]
[--barrier DIR] [--worker ID]``. Every fifth call is a create (with an idempotency scope of the worker and the
call), the rest are lists. With ``--barrier``, it writes ``DIR/<worker>.ready`` once its connector is built and
waits for ``DIR/go``, so that all workers begin together however long their interpreters took to start (a fixed
head start was not enough on a loaded machine). It prints one JSON line: calls that succeeded and failed, the
attempts they took, and the seconds it ran.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Literal

#: The key every worker sends: a fake test key (the doubles accept any key; they keep one rate budget per key).
API_KEY = "sk_test_scaleworkers"


def run_workers(
    url: str,
    *,
    workers: int,
    calls: int,
    limiter: str,
    redis_url: str | None = None,
    timeout: float = 300.0,
    max_retries: int = 2,
    fallback_share: float = 1.0,
) -> list[dict[str, Any]]:
    """Start ``workers`` processes, let them begin together (each ``calls`` calls), return their JSON lines."""
    env = dict(os.environ)
    # The workers import this module from wherever this process found it (an installed package, or a checkout).
    package_root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    barrier = Path(tempfile.mkdtemp(prefix="scale-barrier-"))
    procs = []
    for n in range(workers):
        argv = [sys.executable, "-m", "stripe_connector.testing.scale_workers", "--url", url, "--calls", str(calls),
                "--limiter", limiter, "--barrier", str(barrier), "--worker", f"w{n}",
                "--max-retries", str(max_retries), "--fallback-share", str(fallback_share)]  # fmt: skip
        if redis_url:
            argv += ["--redis", redis_url]
        procs.append(subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env))
    try:
        _release_when_ready(barrier, procs, timeout)
        results = _collect(procs, timeout)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        shutil.rmtree(barrier, ignore_errors=True)
    return results


def _release_when_ready(barrier: Path, procs: list[subprocess.Popen[str]], timeout: float) -> None:
    """Wait until every worker is ready (or one died), then let them all go at once."""
    deadline = time.monotonic() + timeout
    while len(list(barrier.glob("*.ready"))) < len(procs):
        if any(proc.poll() is not None for proc in procs) or time.monotonic() > deadline:
            break  # a dead worker's error is reported by _collect
        time.sleep(0.01)
    (barrier / "go").touch()


def _collect(procs: list[subprocess.Popen[str]], timeout: float) -> list[dict[str, Any]]:
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=timeout)
        if proc.returncode != 0:
            raise RuntimeError(f"scale worker failed (exit {proc.returncode}): {err[-2000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def _wait_at_barrier(barrier: str | None, worker: str) -> None:
    if barrier is None:
        return
    (Path(barrier) / f"{worker}.ready").touch()
    while not (Path(barrier) / "go").exists():
        time.sleep(0.001)


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--calls", type=int, required=True)
    parser.add_argument("--limiter", choices=("redis", "local", "none"), required=True)
    parser.add_argument("--redis")
    parser.add_argument("--barrier", help="a directory: write <worker>.ready, then wait for go")
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
    _wait_at_barrier(args.barrier, args.worker)
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
    sys.exit(_main())
