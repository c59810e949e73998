"""The events catch-up row of ``make bench``: an ``EventPoller`` far behind, at the rate bound.

100,000 events over the last 20 days on the bench's double (``export_double.py``: ``/v1/events``, 400 ms per
request +-30%, 25 requests/s with a burst of 5), an empty SQLite inbox, no cursor (the poller starts at the
oldest retained event): one ``poll_once()`` in a fresh process, on its defaults but for the rate budget
(``PacedRateLimiter(25)``, as ``--rate-limit 25``), timed from the call to the cursor moved. Beside it: the bound
(25 requests/s x 100 = 2,500 events/s; target >= 0.8x) and the page-by-page rate (one request after another, 100
events per latency) measured on the same double. Checked: every event stored once, stored (and so handed on) in
``created`` order.

``python bench/catchup_bench.py [--quick]`` prints the row alone; ``python bench/catchup_bench.py child URL N``
is the measured process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from report import FAIL, INFO, PASS, Row, Stats

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
RATE = 25.0
BOUND = RATE * 100
TARGET = 0.8
EVENTS = 100_000
LATENCY = 0.4
SPAN = 20 * 86_400


def child(url: str, events: int) -> dict[str, Any]:
    from stripe_connector import StripeConnector
    from stripe_connector.events import EventPoller, open_store
    from stripe_connector.export._pace import PacedRateLimiter

    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(f"sqlite:///{scratch}/inbox.db")
        with StripeConnector("sk_test_catchup", base_url=url, rate_limiter=PacedRateLimiter(RATE)) as connector:
            started = time.perf_counter()
            result = EventPoller(connector, store, lag=0, spool_dir=Path(scratch) / "spool").poll_once()
            seconds = time.perf_counter() - started
        stored = store.list(limit=events * 2)
        store.close()
    ids = [event.event_id for event in stored]
    created = [event.created for event in stored]
    return {"seconds": seconds, "read": result.read, "added": result.added, "stored": len(ids),
            "unique": len(set(ids)), "ordered": created == sorted(created)}  # fmt: skip


def paged_rate(url: str) -> float:
    """Events/s of reading ``/v1/events`` one page after another (5 pages)."""
    import httpx

    with httpx.Client(base_url=url, headers={"Authorization": "Bearer sk_test_paged"}) as client:
        started, cursor, read = time.perf_counter(), None, 0
        for _ in range(5):
            params: dict[str, Any] = {"limit": 100, **({"starting_after": cursor} if cursor else {})}
            page = client.get("/v1/events", params=params).json()
            read += len(page["data"])
            cursor = page["data"][-1]["id"]
        return read / (time.perf_counter() - started)


def catchup_rows(quick: bool) -> tuple[list[Row], list[str]]:
    from export_cli import double_argv, running

    events, latency = (1_500, 0.02) if quick else (EVENTS, LATENCY)
    load = os.getloadavg()[0]
    with running(double_argv(events, latency, "uniform", span=SPAN)) as url:
        done = subprocess.run([sys.executable, str(Path(__file__)), "child", url, str(events)], cwd=REPO,
                              capture_output=True, text=True, timeout=900, check=False)  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"catch-up run failed: {done.stderr[-600:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
    with running(double_argv(2_000, latency, "uniform", span=SPAN)) as url:
        paged = paged_rate(url)
    rate = events / result["seconds"]
    exact = result["stored"] == events and result["unique"] == events and result["ordered"]
    ok = rate >= TARGET * BOUND and exact
    row = Row(
        f"events catch-up, {events:,} events, {latency * 1000:g} ms/request", "EventPoller.poll_once (defaults)",
        "/s", Stats.of([rate]), baselines=f"bound {BOUND:,.0f}/s; page by page {paged:,.0f}/s", ratio=rate / BOUND,
        ratio_text=f"{rate / BOUND:.2f}x bound, {rate / paged:.1f}x page by page", target=f">= {TARGET}x bound",
        status=INFO if quick else (PASS if ok else FAIL),
        note=f"{result['seconds']:.1f} s; {result['stored']:,} stored, {result['unique']:,} distinct, "
             f"created order: {result['ordered']}; 1-min load {load:.1f} before the run",
    )  # fmt: skip
    return [row], ["events catch-up: read with the export engine, spooled, handed into SQLite in created order"]


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "child":
        sys.path.insert(0, str(REPO))
        print(json.dumps(child(sys.argv[2], int(sys.argv[3]))))
        sys.exit(0)
    sys.path.insert(0, str(BENCH))
    from report import table

    found, remarks = catchup_rows(quick="--quick" in sys.argv)
    print(table(found))
    print("\n".join(remarks))
