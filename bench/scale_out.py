"""The scale-out rows of ``make bench``: many workers and one Stripe account.

Against the local Stripe double limiting the key at 25 requests/s (the testing kit's CustomerStripe), in one run:

* **4 processes x 250 calls** (a create in five, the rest lists) sharing the Redis budget, beside the same load
  with no limiter (each process only retries its own 429s): failures, 429s and throughput. Targets: 0 failures,
  429s <= 1% of calls, throughput >= 0.9x the limit; the rate the double accepted is reported too (issue: within
  10% of the limit).
* **Redis stopped mid-run** (4 x 100 calls, Redis stopped 4 s in): no call may fail; each process falls back to
  a quarter of the budget (``fallback_share``), so 429s stay rare too.
* **Celery, 2 workers x 500 tasks** (creates and lists, a third creates) through a real Redis broker, the task
  processes SIGKILLed once mid-run: every task must succeed, each create be applied once, 429s <= 1%.

Only the full run has these rows (they take about two minutes: 1,000 calls at 25/s alone take 40 s).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from report import FAIL, INFO, PASS, Row, Stats

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # the Celery workers run the example apps (examples.workers)

LIMIT = 25.0
WORKERS = 4
CALLS = 250
CELERY_WORKERS = 2
CELERY_TASKS = 500
MAX_429_SHARE = 0.01
OUTAGE_CALLS = 100
OUTAGE_AFTER = 4.0
MIN_THROUGHPUT = 0.9


def _load_run(url: str, limiter: str, redis_url: str | None) -> dict[str, Any]:
    from stripe_connector.testing.scale_workers import run_workers

    started = time.perf_counter()
    results = run_workers(url, workers=WORKERS, calls=CALLS, limiter=limiter, redis_url=redis_url, timeout=900)
    wall = max(r["seconds"] for r in results)
    ok = sum(r["ok"] for r in results)
    return {"ok": ok, "failed": sum(r["failed"] for r in results), "seconds": wall, "throughput": ok / wall,
            "elapsed": time.perf_counter() - started}  # fmt: skip


def scale_rows(quick: bool) -> tuple[list[Row], list[str]]:
    """The scale-out rows and notes; none in a quick run."""
    if quick:
        return [], ["scale-out rows: full run only (4 x 250 calls at 25/s take a minute)"]
    from stripe_connector.testing.doubles import CustomerStripe, achieved_rate
    from stripe_connector.testing.launchers.redis import RedisServer

    rows: list[Row] = []
    notes: list[str] = []
    calls = WORKERS * CALLS
    figure = f"scale-out {WORKERS} procs x {CALLS} calls, double at {LIMIT:g}/s"
    target = f"0 failures; 429s <= {MAX_429_SHARE:.0%}; >= {MIN_THROUGHPUT:.1f}x limit"
    with RedisServer() as redis_server, CustomerStripe(rate=LIMIT, burst=5) as double:
        measured: dict[str, dict[str, Any]] = {}
        for limiter in ("redis", "none"):
            double.reset()
            run = _load_run(double.url, limiter, redis_server.url if limiter == "redis" else None)
            run["429s"] = double.stats.rate_limited
            run["accepted_rate"] = achieved_rate(double.stats.accepted_at)
            run["applied"], run["applied_twice"] = double.stats.applied, len(double.stats.as_json()["applied_twice"])
            measured[limiter] = run
        shared, alone = measured["redis"], measured["none"]
        ok = shared["failed"] == 0 and shared["429s"] <= MAX_429_SHARE * calls
        ok = ok and shared["throughput"] >= MIN_THROUGHPUT * LIMIT
        rows.append(Row(
            figure, "shared RedisRateLimiter", "/s", Stats.of([shared["throughput"]]),
            baselines=f"no limiter {alone['throughput']:.1f}/s", ratio=shared["throughput"] / LIMIT,
            ratio_text=f"{shared['throughput'] / LIMIT:.2f}x limit", target=target, status=PASS if ok else FAIL,
            note=f"{shared['failed']} failed, {shared['429s']} 429s ({shared['429s'] / calls:.1%}); accepted "
                 f"{shared['accepted_rate']:.1f}/s = {shared['accepted_rate'] / LIMIT:.2f}x limit", extra=shared,
        ))  # fmt: skip
        rows.append(Row(
            figure, "no limiter (per-process retries only)", "/s", Stats.of([alone["throughput"]]),
            ratio=alone["throughput"] / LIMIT, ratio_text=f"{alone['throughput'] / LIMIT:.2f}x limit", status=INFO,
            note=f"{alone['failed']} failed, {alone['429s']} 429s ({alone['429s'] / max(1, calls):.1%} of calls)",
            extra=alone,
        ))  # fmt: skip
        rows.append(_redis_outage_row(redis_server, double))
        rows.append(_celery_row(redis_server, double))
    notes.append(
        "scale-out: the double's token bucket is 25/s with 5 tokens of burst per key; a create in five calls, "
        "each with its own idempotency scope; the shared budget is one Lua GCRA script in a real redis-server"
    )
    return rows, notes


def _redis_outage_row(redis_server: Any, double: Any) -> Row:
    """Redis stopped mid-run: the processes go on with a quarter of the budget each (``fallback_share``)."""
    import threading

    from stripe_connector.testing.doubles import achieved_rate
    from stripe_connector.testing.scale_workers import run_workers

    calls = WORKERS * OUTAGE_CALLS
    figure = f"Redis stopped mid-run, {WORKERS} procs x {OUTAGE_CALLS} calls"
    double.reset()
    outage = threading.Timer(1.5 + OUTAGE_AFTER, redis_server.stop)  # 1.5 s: the workers' head start
    outage.start()
    try:
        results = run_workers(double.url, workers=WORKERS, calls=OUTAGE_CALLS, limiter="redis",
                              redis_url=redis_server.url, fallback_share=1 / WORKERS, timeout=900)  # fmt: skip
    finally:
        outage.cancel()
        outage.join()
        if redis_server.proc is None:
            redis_server.start()  # back for the next row, on the same port
    failed = sum(r["failed"] for r in results)
    throughput = sum(r["ok"] for r in results) / max(r["seconds"] for r in results)
    n429 = double.stats.rate_limited
    ok = failed == 0 and n429 <= MAX_429_SHARE * calls
    return Row(
        figure, "RedisRateLimiter, fallback_share=1/4", "/s", Stats.of([throughput]), ratio=throughput / LIMIT,
        ratio_text=f"{throughput / LIMIT:.2f}x limit", target=f"0 failures; 429s <= {MAX_429_SHARE:.0%}",
        status=PASS if ok else FAIL,
        note=f"{failed} failed, {n429} 429s ({n429 / calls:.1%}); Redis stopped {OUTAGE_AFTER:g} s in; accepted "
             f"{achieved_rate(double.stats.accepted_at):.1f}/s",
        extra={"failed": failed, "429s": n429, "throughput": throughput},
    )  # fmt: skip


def _celery_row(redis_server: Any, double: Any) -> Row:
    from celery import Celery
    from stripe_connector.testing.launchers.celery import stop_workers

    from examples.workers import start_workers, worker_env

    figure = f"celery {CELERY_WORKERS} workers x {CELERY_TASKS} tasks, SIGKILL mid-run"
    target = "all succeed; creates applied once; 429s <= 1%"
    double.reset()
    env = worker_env(api_key="sk_test_benchcelery", stripe_url=double.url, redis_url=redis_server.url)
    with tempfile.TemporaryDirectory(prefix="bench-celery-") as workdir:
        workers = start_workers(CELERY_WORKERS, env, Path(workdir))
        try:
            client = Celery("bench", broker=env["CELERY_BROKER_URL"], backend=env["CELERY_RESULT_BACKEND"],
                            set_as_current=False)  # fmt: skip
            started = time.perf_counter()
            slow = {"email": "slow@example.com", "metadata": {"double_delay": "1.5"}}
            results = [client.send_task("stripe_connector.call", args=["create_customer", slow])]
            creates = 1
            for n in range(CELERY_TASKS - 1):
                if n % 3 == 0:
                    creates += 1
                    args: list[Any] = ["create_customer", {"email": f"b{n}@example.com"}]
                else:
                    args = ["list_customers", {"limit": 2}]
                results.append(client.send_task("stripe_connector.call", args=args))
            deadline = time.monotonic() + 60
            while not double.in_flight_email("slow@example.com") and time.monotonic() < deadline:
                time.sleep(0.01)
            killed = sum(len(w.kill_pool_children()) for w in workers)
            failed = 0
            for result in results:
                try:
                    result.get(timeout=600)
                except Exception:
                    failed += 1
            seconds = time.perf_counter() - started
        finally:
            stop_workers(workers)
    stats = double.stats
    twice = len(stats.as_json()["applied_twice"])
    ok = failed == 0 and stats.applied == creates and twice == 0 and stats.rate_limited <= 0.01 * stats.requests
    throughput = (CELERY_TASKS - failed) / seconds
    return Row(
        figure, "register_tool_task + shared budget", "/s", Stats.of([throughput]), ratio=throughput / LIMIT,
        ratio_text=f"{throughput / LIMIT:.2f}x limit", target=target, status=PASS if ok else FAIL,
        note=f"{failed} failed; {stats.applied} applied for {creates} creates, {twice} twice; {stats.replays} "
             f"replays; {stats.rate_limited} 429s of {stats.requests} requests; {killed} task processes killed",
        extra={"failed": failed, "applied": stats.applied, "creates": creates, "replays": stats.replays,
               "rate_limited": stats.rate_limited, "requests": stats.requests, "killed": killed},
    )  # fmt: skip
