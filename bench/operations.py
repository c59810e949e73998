"""``make bench`` rows for the operation index: every Stripe operation, at what cost.

* First ``call_operation("GetCustomers")`` in a fresh process (index load + validation + send), beside httpx's
  first call to the same URL (target <= 2x) and the curated ``list_customers`` tool's first call.
* ``OPERATIONS.search`` per query, median over a fixed set of queries (target < 2 ms), after the first one.
* The index's size on disk (target <= 3 MB) and the RSS its loading adds, every schema parsed (<= 25 MiB).
* ``import stripe_connector`` does not read the index (the import row of ``run.py`` times the import itself).

Each figure comes from fresh processes started here, against the canned server, in the same run as its baseline.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from canned_server import CannedServer
from report import FAIL, MIB, PASS, Row, Stats, fmt_ratio, fmt_value

REPO = Path(__file__).resolve().parent.parent
FIRST_CALL_TARGET = 2.0
SEARCH_TARGET_S = 0.002
SIZE_TARGET_B = 3 * 1000 * 1000
RSS_TARGET_B = 25 * MIB
QUERIES = (
    "refund a charge", "create a customer", "cancel a subscription", "list invoices", "capture a payment intent",
    "retrieve the balance", "delete a product", "search customers by email", "attach a payment method",
    "void an invoice", "create a checkout session", "list payouts", "update a price", "close a dispute",
    "create a webhook endpoint", "list events", "finalize an invoice", "create a transfer", "upcoming invoice",
    "create a setup intent",
)  # fmt: skip

#: Children: each prints one JSON line. The first-call children time the first call after construction.
FIRST_CALL = {
    "httpx": """
import httpx, json, sys, time
client = httpx.Client(base_url=sys.argv[1], headers={"Authorization": "Bearer sk_test_fake"})
start = time.perf_counter_ns(); client.get("/v1/customers", params={"limit": 3}).json()
print(json.dumps({"ns": time.perf_counter_ns() - start}))
""",
    "tool": """
import json, sys, time
from stripe_connector import StripeConnector
client = StripeConnector("sk_test_fake", base_url=sys.argv[1], max_retries=0)
start = time.perf_counter_ns(); client.call("list_customers", {"limit": 3})
print(json.dumps({"ns": time.perf_counter_ns() - start}))
""",
    "operation": """
import json, sys, time
from stripe_connector import StripeConnector
from stripe_connector.operations import _index
client = StripeConnector("sk_test_fake", base_url=sys.argv[1], max_retries=0)
assert not _index.is_loaded()
start = time.perf_counter_ns(); client.call_operation("GetCustomers", {"limit": 3})
print(json.dumps({"ns": time.perf_counter_ns() - start}))
""",
}
SEARCH = """
import json, sys, time
from stripe_connector import OPERATIONS
queries = json.loads(sys.argv[1])
start = time.perf_counter_ns(); OPERATIONS.search(queries[0]); first = time.perf_counter_ns() - start
samples = []
for _ in range(int(sys.argv[2])):
    for query in queries:
        start = time.perf_counter_ns(); OPERATIONS.search(query); samples.append(time.perf_counter_ns() - start)
print(json.dumps({"first_ns": first, "ns": samples}))
"""
MEMORY = """
import json, resource
import stripe_connector
from stripe_connector.operations import _index

def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()

before = rss()
loaded = _index.is_loaded()
index = _index.load_index()
after_load = rss()
for operation in index.operations:
    operation.input_schema
print(json.dumps({"before": before, "after_load": after_load, "after_schemas": rss(), "loaded_on_import": loaded,
                  "size": _index.index_path().stat().st_size, "operations": len(index.operations)}))
"""


def child(code: str, *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"operations bench child failed: {done.stderr.strip()[-400:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def judged(figure: str, subject: str, unit: str, stats: Stats, ok: bool, target: str, **extra: Any) -> Row:
    return Row(figure, subject, unit, stats, target=target, status=PASS if ok else FAIL, **extra)


def operation_rows(quick: bool) -> tuple[list[Row], list[str]]:
    rows: list[Row] = []
    notes: list[str] = []
    rounds = 1 if quick else 7
    samples: dict[str, list[float]] = {name: [] for name in FIRST_CALL}
    with CannedServer() as server:
        for _ in range(rounds):  # interleaved fresh processes
            for name, code in FIRST_CALL.items():
                samples[name].append(child(code, server.url)["ns"] * 1e-9)
    httpx, tool, operation = (Stats.of(samples[name]) for name in ("httpx", "tool", "operation"))
    figure = "first call_operation (fresh process)"
    rows.append(Row(figure, "httpx.Client", "s", httpx, ratio=1.0, ratio_text="1.00x (ref)"))
    rows.append(Row(figure, "list_customers tool", "s", tool, ratio=tool.median / httpx.median,
                    ratio_text=f"{fmt_ratio(tool.median / httpx.median)} httpx"))  # fmt: skip
    ratio = operation.median / httpx.median
    rows.append(judged(
        figure, "call_operation GetCustomers", "s", operation, ratio <= FIRST_CALL_TARGET,
        f"<= {FIRST_CALL_TARGET:.1f}x httpx", ratio=ratio,
        baselines=f"httpx {fmt_value(httpx.median, 's')}, tool {fmt_value(tool.median, 's')}",
        ratio_text=f"{fmt_ratio(ratio)} httpx; {operation.median / tool.median:.2f}x the tool",
    ))  # fmt: skip
    searched = child(SEARCH, json.dumps(QUERIES), "3" if quick else "25")
    search = Stats.of([ns * 1e-9 for ns in searched["ns"]])
    rows.append(judged(
        "OPERATIONS.search per query", f"{len(QUERIES)} queries", "s", search, search.median < SEARCH_TARGET_S,
        f"median < {fmt_value(SEARCH_TARGET_S, 's')}", note=f"first search (builds the word index): "
        f"{fmt_value(searched['first_ns'] * 1e-9, 's')}",
    ))  # fmt: skip
    memory = child(MEMORY)
    size = memory["size"]
    subject = f"{memory['operations']} operations, JSON Lines"
    rows.append(judged("operation index on disk", subject, "B", Stats.of([size]), size <= SIZE_TARGET_B, "<= 3 MB"))
    added = memory["after_schemas"] - memory["before"]
    rows.append(judged(
        "RSS added by loading the index", "every schema parsed", "B", Stats.of([added]), added <= RSS_TARGET_B,
        "<= 25 MiB", note=f"index alone: {(memory['after_load'] - memory['before']) / MIB:.1f} MiB",
    ))  # fmt: skip
    rows.append(judged("import stripe_connector reads the index", "import", "B", Stats.of([0.0]),
                       not memory["loaded_on_import"], "never (lazy)",
                       note="loaded" if memory["loaded_on_import"] else "not read"))  # fmt: skip
    notes.append("operation rows: first calls are single samples per fresh process (median of the rounds)")
    return rows, notes
