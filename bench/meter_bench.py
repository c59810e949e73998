"""``make bench`` row for meter event streams: events per second sent through the stream, beside httpx.

The same batches (100 events, Stripe's largest stream request) go to the canned server's stream route, one
request after another, from fresh processes: a plain ``httpx.Client`` loop posting JSON with a session token
(the baseline: what a hand-written client does), and ``connector.meter_event_stream().send(batch)`` (the session
opened once, each batch checked, sent with the connector's retries, deadlines and typed errors). Rounds are
interleaved; the figure is events per second, the ratio the stream's throughput over httpx's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from canned_server import CannedServer
from report import FAIL, PASS, Row, Stats, fmt_ratio

REPO = Path(__file__).resolve().parent.parent
#: The stream's throughput must be at least this share of the plain httpx loop's.
TARGET = 0.80
EVENTS_PER_BATCH = 100

CHILDREN = {
    "httpx": """
import httpx, json, sys, time
base, batches, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
events = [{"event_name": "api_call", "payload": {"stripe_customer_id": f"cus_{n}", "value": "1"}} for n in range(per)]
client = httpx.Client(base_url=base)
token = client.post("/v2/billing/meter_event_session", json={}, headers={"Authorization": "Bearer sk_test_fake"}).json()
headers = {"Authorization": "Bearer " + token["authentication_token"], "Content-Type": "application/json"}
for _ in range(5):
    client.post("/v2/billing/meter_event_stream", content=json.dumps({"events": events}), headers=headers).json()
start = time.perf_counter_ns()
for _ in range(batches):
    answer = client.post("/v2/billing/meter_event_stream", content=json.dumps({"events": events}), headers=headers)
    assert answer.status_code == 200, answer.status_code
    answer.json()
print(json.dumps({"ns": time.perf_counter_ns() - start}))
""",
    "stream": """
import json, sys, time
from stripe_connector import StripeConnector
base, batches, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
events = [{"event_name": "api_call", "payload": {"stripe_customer_id": f"cus_{n}", "value": "1"}} for n in range(per)]
stream = StripeConnector("sk_test_fake", base_url=base, max_retries=0).meter_event_stream()
for _ in range(5):
    stream.send(events)
start = time.perf_counter_ns()
for _ in range(batches):
    stream.send(events)
print(json.dumps({"ns": time.perf_counter_ns() - start}))
""",
}


def run_child(name: str, base: str, batches: int) -> float:
    """Events per second of one fresh process."""
    output = subprocess.run(
        [sys.executable, "-c", CHILDREN[name], base, str(batches), str(EVENTS_PER_BATCH)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
        cwd=REPO,
    ).stdout
    seconds = float(json.loads(output.strip().splitlines()[-1])["ns"]) / 1e9
    return batches * EVENTS_PER_BATCH / seconds


def meter_rows(quick: bool) -> tuple[list[Row], list[str]]:
    rounds, batches = (1, 20) if quick else (5, 300)
    samples: dict[str, list[float]] = {"httpx": [], "stream": []}
    with CannedServer() as server:
        for _ in range(rounds):
            for name in samples:  # interleaved
                samples[name].append(run_child(name, server.url, batches))
    httpx_stats, stream_stats = Stats.of(samples["httpx"]), Stats.of(samples["stream"])
    ratio = stream_stats.median / httpx_stats.median
    figure = "meter event stream (events/s)"
    rows = [
        Row(figure, "httpx.Client loop", "/s", httpx_stats, ratio=1.0, ratio_text="1.00x (ref)"),
        Row(
            figure,
            "meter_event_stream().send",
            "/s",
            stream_stats,
            baselines=f"httpx {httpx_stats.median:,.0f}/s",
            ratio=ratio,
            ratio_text=f"{fmt_ratio(ratio)} httpx",
            target=f">= {TARGET:.2f}x httpx",
            status=PASS if ratio >= TARGET else FAIL,
        ),
    ]
    notes = [
        f"meter event stream: {EVENTS_PER_BATCH} events per request, {batches} requests per process, {rounds} "
        "interleaved rounds; the session is opened once per process (both sides)"
    ]
    return rows, notes


def main() -> Any:  # pragma: no cover (a manual check: python bench/meter_bench.py)
    rows, notes = meter_rows(quick="--quick" in sys.argv)
    for row in rows:
        print(row.subject, row.stats, row.ratio_text)
    print(*notes, sep="\n")


if __name__ == "__main__":
    main()
