"""``make bench`` rows for telemetry: what OpenTelemetry costs a call, beside what it costs plain httpx.

One fresh process per round holds every subject, measured in interleaved blocks of calls to the canned server
(CPU time of this process only: the server runs in its own), so that the figures compare like with like:

* the connector with its hook turned off (``telemetry.configure(enabled=False)``), the baseline;
* the connector with ``opentelemetry-api`` imported and no SDK (the hook on, nothing configured): target
  <= 1.02x the baseline, judged on the median of each block's ratio to its neighbouring baseline block;
* the connector with the SDK and in-memory exporters (its call span, attempt span and metrics);
* plain ``httpx.Client``, the same client with ``opentelemetry-instrumentation-httpx`` and the same SDK, and a
  manual span around a plain httpx call: what OpenTelemetry adds to httpx, beside what it adds to the connector.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from canned_server import CannedServer
from report import FAIL, INFO, PASS, Row, Stats, fmt_value

TARGET = 1.02
CHILD = r"""
import json, statistics, sys, time
import httpx
from opentelemetry import metrics, trace  # the API, as an instrumented application imports it
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from stripe_connector import StripeConnector, telemetry

url, rounds, per_block = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
exporter = InMemorySpanExporter()
tracer_provider = TracerProvider()
tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
tracer = tracer_provider.get_tracer("bench")
connector = StripeConnector("sk_test_bench", base_url=url, max_retries=0)
headers = {"Authorization": "Bearer sk_test_bench"}
plain = httpx.Client(base_url=url, headers=headers)
instrumented = httpx.Client(base_url=url, headers=headers)
try:
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
    HTTPXClientInstrumentor.instrument_client(
        instrumented, tracer_provider=tracer_provider, meter_provider=meter_provider
    )
    has_instrumentation = True
except ImportError:
    has_instrumentation = False

def connector_call():
    connector.call("list_customers", {"limit": 3})

def httpx_call(client=plain):
    client.get("/v1/customers", params={"limit": 3}).json()

def manual_span():
    with tracer.start_as_current_span("GET /v1/customers", kind=trace.SpanKind.CLIENT) as span:
        response = plain.get("/v1/customers", params={"limit": 3})
        span.set_attribute("http.response.status_code", response.status_code)
        response.json()

arms = {
    "off": (lambda: telemetry.configure(enabled=False), connector_call),
    "api": (lambda: telemetry.configure(), connector_call),
    "sdk": (
        lambda: telemetry.configure(tracer_provider=tracer_provider, meter_provider=meter_provider), connector_call
    ),
    "httpx": (lambda: None, httpx_call),
    "httpx_manual": (lambda: None, manual_span),
}
if has_instrumentation:
    arms["httpx_otel"] = (lambda: None, lambda: httpx_call(instrumented))
for setup, call in arms.values():  # warm every path
    setup()
    for _ in range(20):
        call()
cpu = {name: [] for name in arms}
names = list(arms)
for index in range(rounds):
    order = names[index % len(names):] + names[:index % len(names)]
    for name in order:
        setup, call = arms[name]
        setup()
        exporter.clear()
        start = time.process_time_ns()
        for _ in range(per_block):
            call()
        cpu[name].append((time.process_time_ns() - start) / per_block)
# The hook alone, as one call with one attempt meets it (API imported, no SDK): observe, enter, three hooks, exit.
from stripe_connector.telemetry._hook import observe
telemetry.configure()
request = connector.core.prepare("list_customers", {"limit": 3})
response = httpx.Response(200)
loops = per_block * 100
start = time.process_time_ns()
for _ in range(loops):
    with observe(request, connector.core) as watch:
        watch.waiting(); watch.sending(); watch.answered(response, None)
hook_ns = (time.process_time_ns() - start) / loops
print(json.dumps({"cpu_ns": cpu, "instrumented": has_instrumentation, "hook_ns": hook_ns}))
"""


def telemetry_rows(quick: bool) -> tuple[list[Row], list[str]]:
    processes, rounds, per_block = (1, 2, 20) if quick else (3, 24, 150)
    cpu: dict[str, list[float]] = {}
    ratios: list[float] = []
    hook: list[float] = []
    instrumented = True
    with CannedServer() as server:
        for _ in range(processes):
            done = subprocess.run(
                [sys.executable, "-c", CHILD, server.url, str(rounds), str(per_block)],
                capture_output=True, text=True, timeout=600,
            )  # fmt: skip
            if done.returncode != 0:
                raise RuntimeError(f"telemetry bench child failed: {done.stderr.strip()[-400:]}")
            data: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
            instrumented = instrumented and data["instrumented"]
            hook.append(data["hook_ns"] * 1e-9)
            for name, samples in data["cpu_ns"].items():
                cpu.setdefault(name, []).extend(ns * 1e-9 for ns in samples)
            ratios += [api / off for api, off in zip(data["cpu_ns"]["api"], data["cpu_ns"]["off"], strict=True)]
    stats = {name: Stats.of(samples) for name, samples in cpu.items()}
    off, api, sdk, plain = stats["off"], stats["api"], stats["sdk"], stats["httpx"]
    paired = Stats.of(ratios)
    figure = "telemetry CPU/call"
    rows = [
        Row(figure, "connector, hook off", "s", off, ratio=1.0, ratio_text="1.00x (ref)"),
        Row(
            figure, "connector, otel API, no SDK", "s", api, baselines=f"hook off {fmt_value(off.median, 's')}",
            ratio=paired.median, ratio_text=f"{paired.median:.3f}x hook off (paired blocks)",
            target=f"<= {TARGET:.2f}x hook off", status=INFO if quick else (PASS if paired.median <= TARGET else FAIL),
        ),
    ]  # fmt: skip
    hooked = Stats.of(hook)
    rows.append(Row(
        figure, "the hook alone, API without SDK", "s", hooked, baselines=f"hook off {fmt_value(off.median, 's')}",
        ratio=hooked.median / off.median, ratio_text=f"{hooked.median / off.median:.2%} of a call",
        note="observe, enter, three hooks, exit, timed in a loop",
    ))  # fmt: skip
    added = sdk.median - off.median
    rows.append(Row(figure, "connector, SDK + in-memory exporter", "s", sdk, ratio=sdk.median / off.median,
                    ratio_text=f"{sdk.median / off.median:.2f}x hook off, +{fmt_value(added, 's')}"))  # fmt: skip
    rows.append(Row(figure, "httpx.Client", "s", plain, ratio=1.0, ratio_text="1.00x (httpx ref)"))
    for name, subject in (
        ("httpx_otel", "httpx + opentelemetry-instrumentation-httpx"),
        ("httpx_manual", "httpx + a manual span"),
    ):
        if name in stats:
            theirs = stats[name].median - plain.median
            rows.append(Row(
                figure, subject, "s", stats[name], ratio=stats[name].median / plain.median,
                ratio_text=f"{stats[name].median / plain.median:.2f}x httpx, +{fmt_value(theirs, 's')}",
                note=f"the connector's SDK cost is {added / theirs:.2f}x this" if theirs > 0 else "",
            ))  # fmt: skip
    notes = [
        "telemetry rows: one process per round holds every subject, interleaved blocks of calls to the canned "
        "server; CPU of the client process only. The SDK rows record a call span, an attempt span and six metrics "
        "per connector call, one span (and its metrics) per instrumented httpx request"
    ]
    if not instrumented:
        notes.append("opentelemetry-instrumentation-httpx is not installed: only the manual-span httpx row is shown")
    return rows, notes
