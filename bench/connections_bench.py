"""``make bench`` rows for many connections in one process: what one more connection costs, and what it takes.

* **A new connection**: the time and memory of one more ``StripeConnector(key)`` (a key of its own each) after the
  first, beside ``stripe.StripeClient(key)`` and a bare ``httpx.Client()`` built the same way in the same run
  (fresh processes, interleaved). Time is the median construction; memory is the RSS growth over N constructions
  (every object kept alive) divided by N. Targets: <= 50 us and <= 4 KiB.
* **10,000 connections alive**: RSS growth of one process from before the first connector to 10,000 alive
  (the shared transport and its SSL context included). Target <= 64 MiB.
* **TCP connections**: 1,000 connectors, one call each (32 threads), against a local server that counts the
  connections it accepts; beside 100 ``httpx.Client`` doing the same (one connection each). Target: no more than
  the shared pool holds (256).
* **Isolation**: p99 of a healthy connection's sequential calls, alone and while another connection of the same
  process has 50 calls hanging at the server. Target <= 1.2x.

The server (``connections_server.py``) runs in its own process, so its threads do not share the client's GIL.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from report import FAIL, INFO, MIB, PASS, Row, Stats, fmt_ratio, fmt_value

BENCH_DIR = Path(__file__).resolve().parent
CONSTRUCT_TARGET_S = 50e-6
CONSTRUCT_TARGET_B = 4 * 1024
ALIVE_TARGET_B = 64 * MIB
ISOLATION_TARGET = 1.2
POOL = 256

CONSTRUCT = r"""
import json, os, resource, sys, time
subject, n = sys.argv[1], int(sys.argv[2])
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()
if subject == "connector":
    from stripe_connector import StripeConnector
    make = lambda key: StripeConnector(key)
elif subject == "stripe":
    import stripe
    make = lambda key: stripe.StripeClient(key)
else:
    import httpx
    make = lambda key: httpx.Client(headers={"Authorization": "Bearer " + key})
keep = [make("sk_test_first0000000000000000")]
samples = []
before = rss()
for i in range(n):
    key = "sk_test_%024d" % i
    start = time.perf_counter_ns(); keep.append(make(key)); samples.append(time.perf_counter_ns() - start)
print(json.dumps({"ns": samples, "per_bytes": (rss() - before) / n}))
"""

ALIVE = r"""
import json, resource, sys
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()
from stripe_connector import StripeConnector
n = int(sys.argv[1])
before = rss()
keep = [StripeConnector("sk_test_%024d" % i) for i in range(n)]
print(json.dumps({"bytes": rss() - before, "n": len(keep)}))
"""

TCP = r"""
import json, sys
from concurrent.futures import ThreadPoolExecutor
import httpx
url, subject, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
if subject == "connector":
    from stripe_connector import StripeConnector, RetryPolicy
    connectors = [StripeConnector("sk_test_%024d" % i, base_url=url, retry_policy=RetryPolicy(max_retries=0))
                  for i in range(n)]
    def one(i):
        assert connectors[i].call("get_customer", {"id": "cus_%d" % i})["key"] == "sk_test_%024d" % i
else:
    def one(i):
        with httpx.Client(base_url=url, headers={"Authorization": "Bearer sk_test_%024d" % i}) as client:
            assert client.get("/v1/customers/cus_%d" % i).json()["key"] == "sk_test_%024d" % i
before = httpx.get(url + "/__accepted").json()["accepted"]
with ThreadPoolExecutor(32) as pool:
    list(pool.map(one, range(n)))
print(json.dumps({"connections": httpx.get(url + "/__accepted").json()["accepted"] - before - 1}))
"""

ISOLATION = r"""
import json, sys, threading, time
from stripe_connector import StripeConnector, RetryPolicy
url, calls, hanging = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
policy = RetryPolicy(max_retries=0)
healthy = StripeConnector("sk_test_healthy0000000000", base_url=url, retry_policy=policy)
slow = StripeConnector("sk_test_slow000000000000000", base_url=url, retry_policy=policy, timeout=30)
def p99(samples):
    return sorted(samples)[int(len(samples) * 0.99) - 1]
def run():
    samples = []
    for i in range(calls):
        start = time.perf_counter_ns(); healthy.call("get_customer", {"id": "cus_%d" % i})
        samples.append(time.perf_counter_ns() - start)
    return samples
run()  # warm
alone = run()
threads = [threading.Thread(target=lambda: slow.call("get_customer", {"id": "cus_hang"}), daemon=True)
           for _ in range(hanging)]
for thread in threads:
    thread.start()
time.sleep(0.3)
beside = run()
slow.close()
print(json.dumps({"alone": alone, "beside": beside, "p99_alone": p99(alone), "p99_beside": p99(beside)}))
"""


def child(code: str, *args: str, timeout: float = 300.0) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"connections bench child failed: {done.stderr.strip()[-400:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


class Server:
    """``connections_server.py`` in its own process, on 127.0.0.1."""

    def __enter__(self) -> Server:
        self.process = subprocess.Popen(
            [sys.executable, str(BENCH_DIR / "connections_server.py")], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.process.kill()
        self.process.wait()


def judged(figure: str, subject: str, unit: str, stats: Stats, ok: bool, target: str, quick: bool, **extra: Any) -> Row:
    return Row(figure, subject, unit, stats, target=target, status=INFO if quick else PASS if ok else FAIL, **extra)


def connection_rows(quick: bool) -> tuple[list[Row], list[str]]:
    rows: list[Row] = []
    notes: list[str] = []
    rows += construction_rows(quick)
    n_alive = 1000 if quick else 10_000
    alive = child(ALIVE, str(n_alive))["bytes"]
    rows.append(judged(
        f"{n_alive:,} connectors alive", "StripeConnector(key), a key each", "B", Stats.of([float(alive)]),
        alive <= ALIVE_TARGET_B, "<= 64 MiB in all", quick, note=f"{alive / n_alive:,.0f} B each",
        ratio=alive / ALIVE_TARGET_B, ratio_text=f"{alive / ALIVE_TARGET_B:.2f} of the target",
    ))  # fmt: skip
    with Server() as server:
        rows += tcp_rows(server.url, quick)
        rows += isolation_rows(server.url, quick)
    notes.append(
        "connections: construction time is the median of N constructions after the first (a key each, every one "
        "kept alive); memory is RSS growth / N; one fresh process per subject and round"
    )
    return rows, notes


def construction_rows(quick: bool) -> list[Row]:
    counts = {"connector": 200 if quick else 3000, "stripe": 50 if quick else 400, "httpx": 10 if quick else 60}
    rounds = 1 if quick else 3
    rows: list[Row] = []
    times: dict[str, list[float]] = {name: [] for name in counts}
    memory: dict[str, list[float]] = {name: [] for name in counts}
    for _ in range(rounds):
        for name, n in counts.items():
            out = child(CONSTRUCT, name, str(n))
            times[name] += [ns * 1e-9 for ns in out["ns"]]
            memory[name].append(out["per_bytes"])
    figure = "a new connection"
    for unit, samples, target_value, label in (
        ("s", times, CONSTRUCT_TARGET_S, "time"),
        ("B", memory, CONSTRUCT_TARGET_B, "memory"),
    ):
        stripe, httpx = Stats.of(samples["stripe"]), Stats.of(samples["httpx"])
        rows_figure = f"{figure}: {label}"
        ours = Stats.of(samples["connector"])
        rows.append(Row(rows_figure, "stripe.StripeClient(key)", unit, stripe, ratio=1.0, ratio_text="1.00x (ref)"))
        rows.append(Row(rows_figure, "httpx.Client()", unit, httpx, ratio=httpx.median / stripe.median,
                        ratio_text=f"{fmt_ratio(httpx.median / stripe.median)} stripe"))  # fmt: skip
        ratio = ours.median / stripe.median if stripe.median else 0.0
        rows.append(judged(
            rows_figure, "StripeConnector(key)", unit, ours, ours.median <= target_value,
            f"<= {fmt_value(target_value, unit)}", quick, ratio=ratio,
            baselines=f"stripe {fmt_value(stripe.median, unit)}, httpx {fmt_value(httpx.median, unit)}",
            ratio_text=f"1/{stripe.median / ours.median:,.0f} of stripe; 1/{httpx.median / ours.median:,.0f} of httpx",
        ))  # fmt: skip
    return rows


def tcp_rows(url: str, quick: bool) -> list[Row]:
    n = 100 if quick else 1000
    ours = child(TCP, url, "connector", str(n))["connections"]
    clients = 10 if quick else 100
    theirs = child(TCP, url, "httpx", str(clients))["connections"]
    figure = f"TCP connections, {n:,} connectors x 1 call (32 threads)"
    return [
        Row(
            figure,
            f"{clients} x httpx.Client()",
            "n",
            Stats.of([float(theirs)]),
            ratio=1.0,
            ratio_text=f"{theirs / clients:.2f} per client",
        ),
        judged(
            figure,
            f"{n:,} x StripeConnector(key)",
            "n",
            Stats.of([float(ours)]),
            ours <= POOL,
            f"<= {POOL} (the shared pool)",
            quick,
            note=f"{n / max(ours, 1):.0f} connectors per connection",
            ratio=ours / n,
            ratio_text=f"{ours / n:.3f} per connector (httpx: {theirs / clients:.2f})",
        ),
    ]


def isolation_rows(url: str, quick: bool) -> list[Row]:
    calls = 100 if quick else 400
    out = child(ISOLATION, url, str(calls), "50")
    alone, beside = Stats.of([v * 1e-9 for v in out["alone"]]), Stats.of([v * 1e-9 for v in out["beside"]])
    p99_alone, p99_beside = out["p99_alone"] * 1e-9, out["p99_beside"] * 1e-9
    ratio = p99_beside / p99_alone
    figure = "healthy connection's p99 beside 50 hanging calls"
    return [
        Row(
            figure,
            f"alone, {calls} calls",
            "s",
            Stats.of([p99_alone]),
            ratio=1.0,
            ratio_text="1.00x (ref)",
            note=f"median {fmt_value(alone.median, 's')}",
        ),
        judged(
            figure,
            f"beside another connection's 50 hanging calls, {calls} calls",
            "s",
            Stats.of([p99_beside]),
            ratio <= ISOLATION_TARGET,
            f"p99 <= {ISOLATION_TARGET:.1f}x alone",
            quick,
            ratio=ratio,
            ratio_text=f"{fmt_ratio(ratio)} alone",
            note=f"median {fmt_value(beside.median, 's')}",
        ),
    ]
