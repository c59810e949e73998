"""``make bench``: the connector's import time, per-call cost and memory, beside its baselines, in one run.

A workflow step often starts a fresh Python process, imports the connector and makes a few calls, so those are
the costs a user feels. Each figure is measured against its baselines *in the same run* on the same machine
(fresh processes, interleaved rounds), because absolute numbers from another machine mean little; the ratio
column is what the project's targets constrain.

Usage::

    python bench/run.py                  # full run (~1-2 min), exit 1 if a target is missed
    python bench/run.py --report-only    # same, but exit 0 whatever the numbers say
    python bench/run.py --quick          # smoke run: tiny N, verifies the harness end to end, never judges
    python bench/run.py --json out.json  # also write every row and raw summary as JSON
    python bench/run.py --only list,create

Exit codes: 0 fine (or report-only), 1 a target missed or the connector unavailable, 2 the harness itself
broke (a baseline workload or the canned server failed) - that one is never masked, so the smoke test notices.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import generation
from canned_server import CannedServer
from report import (
    ERROR,
    FAIL,
    INFO,
    MIB,
    NOT_AVAILABLE,
    PASS,
    SKIPPED,
    Row,
    Stats,
    fmt_ratio,
    fmt_value,
    table,
    verdict,
)

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
WORKLOADS = BENCH_DIR / "workloads.py"
NS = 1e-9
CONNECTOR = "stripe_connector"
TARGETS = {
    "import": 1.15,  # <= x httpx
    "call": 1.10,  # <= x httpx
    "vs_stripe": 2.4,  # >= x faster than stripe-python
    "encode": 1.0,  # <= x stripe-python's encoder
    "rss": 1.10,  # <= x httpx
    "paginate": 1.10,  # <= x the hand-written httpx loop
    "paginate_flat_mib": 4.0,  # peak RSS at the large total <= small total + this
    "async": 0.90,  # >= x httpx.AsyncClient throughput
    "first_call": 2.0,  # first call in a fresh process: <= x httpx's (and <= stripe-python's)
    "generate": generation.TARGET_RATIO,  # <= x stock openapi-python-client, wall time and peak RSS
}
FIGURES = (
    "import",
    "list",
    "create",
    "encode",
    "rss",
    "paginate",
    "async",
    "generate",
    "scale",
    "operations",
    "export",
    "events",
    "telemetry",
    "meter",
    "mcp",
    "connections",
)


@dataclass(frozen=True)
class Plan:
    """How much to measure: the full run's sizes, or the smoke run's tiny ones."""

    import_runs: int
    rounds: int  # fresh processes per subject for the per-call figures, interleaved
    calls: int
    warmup: int
    rss_runs: int
    rss_calls: int
    page_total: int
    page_small: int
    paginate_rounds: int
    paginate_walks: int
    async_processes: int
    async_warmup: int
    async_rounds: int
    concurrency: int
    encode_samples: int
    encode_loops: int
    generate_runs: int


FULL = Plan(
    import_runs=15,
    rounds=5,
    calls=300,
    warmup=30,
    rss_runs=3,
    rss_calls=300,
    page_total=10_000,
    page_small=1_000,
    paginate_rounds=6,
    paginate_walks=3,
    async_processes=3,
    async_warmup=3,
    async_rounds=10,
    concurrency=100,
    encode_samples=40,
    encode_loops=500,
    generate_runs=3,
)
QUICK = Plan(
    import_runs=1,
    rounds=1,
    calls=20,
    warmup=3,
    rss_runs=1,
    rss_calls=50,
    page_total=500,
    page_small=100,
    paginate_rounds=1,
    paginate_walks=1,
    async_processes=1,
    async_warmup=1,
    async_rounds=1,
    concurrency=100,
    encode_samples=3,
    encode_loops=20,
    generate_runs=0,
)


@dataclass
class Outcome:
    """One workload process's result: its JSON, or why there is none."""

    data: dict[str, Any]
    error: str | None = None  # None, "not importable" or "failed"
    detail: str = ""


class Bench:
    """Runs the figures, accumulating rows and notes; ``harness_broken`` marks a failed baseline."""

    def __init__(self, plan: Plan, quick: bool) -> None:
        self.plan = plan
        self.quick = quick
        self.rows: list[Row] = []
        self.notes: list[str] = []
        self.harness_broken = False
        self.env = child_env()

    # --- running children ------------------------------------------------------------------------

    def workload(self, name: str, url: str = "", timeout: float = 300.0, **options: int) -> Outcome:
        cmd = [sys.executable, str(WORKLOADS), name, "--url", url]
        for key, value in options.items():
            cmd += [f"--{key}", str(value)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=self.env)
        except subprocess.TimeoutExpired:
            return self._broken_unless_connector(name, Outcome({}, "failed", f"timed out after {timeout:.0f} s"))
        try:
            data = json.loads(done.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            detail = f"exit {done.returncode}, no JSON; stderr: {done.stderr.strip()[-300:]}"
            return self._broken_unless_connector(name, Outcome({}, "failed", detail))
        if "error" in data:
            outcome = Outcome(data, str(data["error"]), str(data.get("detail", "")))
            if outcome.error == "failed" and done.stderr.strip():
                outcome.detail += " | " + done.stderr.strip().splitlines()[-1][-200:]
            return self._broken_unless_connector(name, outcome)
        return Outcome(data)

    def _broken_unless_connector(self, name: str, outcome: Outcome) -> Outcome:
        """A baseline that fails means the harness is broken; a connector that fails is the product's row."""
        if not name.startswith("connector") and name != "encode":
            self.harness_broken = True
            self.notes.append(f"HARNESS ERROR in {name}: {outcome.error}: {outcome.detail}")
        return outcome

    # --- figures ---------------------------------------------------------------------------------

    def import_time(self) -> None:
        """Median of fresh ``python -c`` processes timing only the import statement (interpreter start excluded)."""
        statements = {
            "httpx": "import httpx",
            "stripe-python": "import stripe",
            CONNECTOR: "from stripe_connector import StripeConnector",
        }
        samples: dict[str, list[float]] = {name: [] for name in statements}
        errors: dict[str, str] = {}
        env = {key: value for key, value in self.env.items() if key != "PYTHONDONTWRITEBYTECODE"}
        for run in range(self.plan.import_runs + 1):  # run 0 warms the .pyc caches and is discarded
            for name, statement in statements.items():
                if name in errors:
                    continue
                code = f"import time\nt0 = time.perf_counter()\n{statement}\nprint(time.perf_counter() - t0)"
                done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
                if done.returncode != 0:
                    errors[name] = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
                elif run:
                    samples[name].append(float(done.stdout.strip()))
        figure = "import time"
        base = self._stats_or_break(figure, "httpx", samples["httpx"], errors.get("httpx"), "s")
        stripe = self._stats_or_break(
            figure, "stripe-python", samples["stripe-python"], errors.get("stripe-python"), "s"
        )
        self._baseline_row(figure, "httpx (import httpx)", base, "s")
        self._versus_row(figure, "stripe-python (import stripe)", stripe, base, "s", "httpx")
        target = f"<= {TARGETS['import']:.2f}x httpx"
        error = errors.get(CONNECTOR)
        if error:
            importable = "ImportError" not in error and "ModuleNotFoundError" not in error
            self._unavailable(figure, CONNECTOR, target, "failed" if importable else "not importable", error)
            return
        ours = Stats.of(samples[CONNECTOR])
        ratio = ours.median / base.median if base else None
        self._judged_row(
            figure, f"{CONNECTOR} (from stripe_connector import StripeConnector)", ours, "s",
            baselines=self._baseline_text("s", ("httpx", base), ("stripe", stripe)),
            ratio=ratio, ratio_text=self._ratios(ratio, "httpx", stripe, ours), target=target,
            ok=ratio is not None and ratio <= TARGETS["import"],
        )  # fmt: skip

    def per_call(self, tool: str, kind: str) -> None:
        """Sequential calls to the canned server: floor, httpx, stripe-python and the connector, interleaved."""
        subjects = {"floor": "server floor (raw socket)", "httpx": "httpx.Client", "stripe": "stripe-python"}
        subjects["connector"] = CONNECTOR
        wall: dict[str, list[float]] = {name: [] for name in subjects}
        cpu: dict[str, list[float]] = {name: [] for name in subjects}
        first: dict[str, list[float]] = {name: [] for name in subjects}
        failures: dict[str, Outcome] = {}
        with CannedServer() as server:
            for _ in range(self.plan.rounds):
                for name in subjects:
                    if name in failures:
                        continue
                    out = self.workload(f"{name}_{kind}", server.url, n=self.plan.calls, warmup=self.plan.warmup)
                    if out.error:
                        failures[name] = out
                        continue
                    wall[name] += [v * NS for v in out.data["wall_ns"]]
                    cpu[name] += [v * NS for v in out.data["cpu_ns"]]
                    first[name].append(out.data["first_call_ns"] * NS)
        for measure, samples in (("wall/call", wall), ("CPU/call", cpu)):
            figure = f"{tool} {measure}"
            got = {
                name: self._stats_or_break(figure, name, samples[name], _why(failures.get(name)), "s")
                for name in ("floor", "httpx", "stripe")
            }
            base = got["httpx"]
            self._versus_row(figure, subjects["floor"], got["floor"], base, "s", "httpx")
            self._baseline_row(figure, subjects["httpx"], base, "s")
            self._versus_row(figure, subjects["stripe"], got["stripe"], base, "s", "httpx")
            target = f"<= {TARGETS['call']:.2f}x httpx; >= {TARGETS['vs_stripe']:.1f}x faster than stripe"
            if "connector" in failures:
                out = failures["connector"]
                self._unavailable(figure, CONNECTOR, target, out.error or "failed", out.detail)
                continue
            ours = Stats.of(samples["connector"])
            ratio = ours.median / base.median if base else None
            faster = got["stripe"].median / ours.median if got["stripe"] else None
            ok = ratio is not None and ratio <= TARGETS["call"]
            ok = ok and faster is not None and faster >= TARGETS["vs_stripe"]
            self._judged_row(
                figure, CONNECTOR, ours, "s",
                baselines=self._baseline_text("s", ("httpx", base), ("stripe", got["stripe"])),
                ratio=ratio, ratio_text=self._ratios(ratio, "httpx", got["stripe"], ours), target=target, ok=ok,
            )  # fmt: skip
        self.first_call(tool, subjects, first, failures)
        if wall["floor"] and wall["httpx"]:
            floor, base_median = Stats.of(wall["floor"]).median, Stats.of(wall["httpx"]).median
            self.notes.append(
                f"server floor for {tool}: {fmt_value(floor, 's')}/call median (raw-socket client, keep-alive, same "
                f"request) = {floor / base_median:.0%} of httpx's wall time; wall ratios include it, CPU ratios do not"
            )

    def first_call(
        self, tool: str, subjects: dict[str, str], first: dict[str, list[float]], failures: dict[str, Outcome]
    ) -> None:
        """The first call after construction in a fresh process: what a one-shot workflow step pays on top of the
        import (the catalogue, the argument validator, the encoder, the connection)."""
        figure = f"{tool} first call"
        got = {name: Stats.of(first[name]) if first[name] else None for name in ("httpx", "stripe")}
        base, stripe = got["httpx"], got["stripe"]
        self._baseline_row(figure, subjects["httpx"], base, "s")
        self._versus_row(figure, subjects["stripe"], stripe, base, "s", "httpx")
        target = f"<= stripe-python's and <= {TARGETS['first_call']:.1f}x httpx"
        if "connector" in failures or not first["connector"]:
            out = failures.get("connector")
            self._unavailable(figure, CONNECTOR, target, out.error or "failed" if out else "failed", "")
            return
        ours = Stats.of(first["connector"])
        ratio = ours.median / base.median if base else None
        within_httpx = ratio is not None and ratio <= TARGETS["first_call"]
        ok = within_httpx and stripe is not None and ours.median <= stripe.median
        versus_stripe = f"; {ours.median / stripe.median:.2f}x stripe" if stripe else ""
        self._judged_row(
            figure, CONNECTOR, ours, "s", baselines=self._baseline_text("s", ("httpx", base), ("stripe", stripe)),
            ratio=ratio, ratio_text=(f"{fmt_ratio(ratio)} httpx" if ratio is not None else "") + versus_stripe,
            target=target, ok=ok,
        )  # fmt: skip

    def rss(self) -> None:
        """Peak RSS of fresh processes that import the client and make ``rss_calls`` list calls."""
        figure = f"peak RSS, {self.plan.rss_calls} calls"
        samples: dict[str, list[float]] = {"httpx": [], "stripe": [], "connector": []}
        failures: dict[str, Outcome] = {}
        with CannedServer() as server:
            for _ in range(self.plan.rss_runs):
                for name in samples:
                    if name in failures:
                        continue
                    out = self.workload(f"{name}_list", server.url, n=self.plan.rss_calls, warmup=0)
                    if out.error:
                        failures[name] = out
                    else:
                        samples[name].append(out.data["maxrss_kib"] * 1024.0)
        base = self._stats_or_break(figure, "httpx", samples["httpx"], _why(failures.get("httpx")), "B")
        stripe = self._stats_or_break(figure, "stripe", samples["stripe"], _why(failures.get("stripe")), "B")
        self._baseline_row(figure, "httpx.Client", base, "B")
        self._versus_row(figure, "stripe-python", stripe, base, "B", "httpx")
        target = f"<= {TARGETS['rss']:.2f}x httpx"
        if "connector" in failures:
            out = failures["connector"]
            self._unavailable(figure, CONNECTOR, target, out.error or "failed", out.detail)
            return
        ours = Stats.of(samples["connector"])
        ratio = ours.median / base.median if base else None
        self._judged_row(
            figure, CONNECTOR, ours, "B", baselines=self._baseline_text("B", ("httpx", base), ("stripe", stripe)),
            ratio=ratio, ratio_text=self._ratios(ratio, "httpx", None, ours), target=target,
            ok=ratio is not None and ratio <= TARGETS["rss"],
        )  # fmt: skip

    def encode(self) -> None:
        """stripe-python's encoder vs ``stripe_connector._request.encoding.encode_form`` on one nested params dict."""
        figure = "form encoding"
        out = self.workload("encode", n=self.plan.encode_samples, warmup=3, loops=self.plan.encode_loops)
        theirs = self._stats_or_break(
            figure, "stripe-python", [v * NS for v in out.data.get("stripe_ns", [])], _why(out), "s"
        )
        self._baseline_row(figure, "stripe-python urlencode(_api_encode(...))", theirs, "s")
        target = f"<= {TARGETS['encode']:.2f}x stripe-python"
        if "connector_ns" not in out.data:
            why = str(out.data.get("connector_error", out.detail))
            self._unavailable(figure, "stripe_connector._request.encoding.encode_form", target, "not importable", why)
            return
        ours = Stats.of([v * NS for v in out.data["connector_ns"]])
        ratio = ours.median / theirs.median if theirs else None
        self._judged_row(
            figure, "stripe_connector._request.encoding.encode_form", ours, "s",
            baselines=self._baseline_text("s", ("stripe", theirs)), ratio=ratio,
            ratio_text=f"{fmt_ratio(ratio)} stripe" if ratio is not None else "", target=target,
            ok=ratio is not None and ratio <= TARGETS["encode"],
        )  # fmt: skip
        if out.data.get("match") is False:
            ours_pairs = set(_pairs(out.data["connector_sample"]))
            theirs_pairs = set(_pairs(out.data["stripe_sample"]))
            self.notes.append(
                "form encoding: encode_form's (key, value) pairs differ from stripe-python's: only ours "
                f"{sorted(ours_pairs - theirs_pairs)[:4]}, only stripe-python's {sorted(theirs_pairs - ours_pairs)[:4]}"
            )
        elif out.data.get("match"):
            self.notes.append("form encoding: encode_form yields the same (key, value) pairs as stripe-python")

    def _paginate_times(
        self,
        url: str,
        total: int,
        wall: dict[str, list[float]],
        cpu: dict[str, list[float]],
        failures: dict[str, Outcome],
    ) -> None:
        """One round of timed walks for each side still running (a failure is kept and the side left out)."""
        for name in wall:
            if name in failures:
                continue
            out = self.workload(f"{name}_paginate", url, n=self.plan.paginate_walks, warmup=1, expect=total)
            if out.error:
                failures[name] = out
            else:
                wall[name] += [v * NS for v in out.data["wall_ns"]]
                cpu[name] += [v * NS for v in out.data["cpu_ns"]]

    def _paginate_rss(
        self,
        servers: tuple[tuple[int, str], ...],
        rss: dict[tuple[str, int], float],
        failures: dict[str, Outcome],
    ) -> None:
        """Peak RSS of one walk at each total, for each side still running."""
        for name in ("httpx", "connector"):
            for count, url in servers:
                if name in failures:
                    continue
                out = self.workload(f"{name}_paginate", url, n=1, warmup=0, expect=count)
                if out.error:
                    failures[name] = out
                else:
                    rss[(name, count)] = out.data["maxrss_kib"] * 1024.0

    def paginate(self) -> None:
        """Walking every page: time against a hand-written httpx loop, and peak RSS at two totals."""
        total, small = self.plan.page_total, self.plan.page_small
        wall: dict[str, list[float]] = {"httpx": [], "connector": []}
        cpu: dict[str, list[float]] = {"httpx": [], "connector": []}
        rss: dict[tuple[str, int], float] = {}
        failures: dict[str, Outcome] = {}
        with CannedServer(page_total=total) as big_server, CannedServer(page_total=small) as small_server:
            for _ in range(self.plan.paginate_rounds):
                self._paginate_times(big_server.url, total, wall, cpu, failures)
            self._paginate_rss(((small, small_server.url), (total, big_server.url)), rss, failures)
        figure = "paginate time"
        subject = f"{total:,} objects, {total // 100} pages"
        base = self._stats_or_break(figure, "httpx", wall["httpx"], _why(failures.get("httpx")), "s")
        self._baseline_row(figure, f"httpx loop, {subject}", base, "s")
        target = f"<= {TARGETS['paginate']:.2f}x httpx loop"
        if "connector" in failures:
            out = failures["connector"]
            self._unavailable(figure, f"{CONNECTOR} paginate", target, out.error or "failed", out.detail)
        else:
            ours = Stats.of(wall["connector"])
            ratio = ours.median / base.median if base else None
            self._judged_row(
                figure, f"{CONNECTOR} paginate, {subject}", ours, "s",
                baselines=self._baseline_text("s", ("httpx loop", base)), ratio=ratio,
                ratio_text=f"{fmt_ratio(ratio)} httpx" if ratio is not None else "", target=target,
                ok=ratio is not None and ratio <= TARGETS["paginate"],
            )  # fmt: skip
        # Client CPU is not judged (the target is on time) but is robust to a busy machine, unlike wall time.
        figure = "paginate CPU"
        base_cpu = Stats.of(cpu["httpx"]) if cpu["httpx"] else None
        self._baseline_row(figure, f"httpx loop, {subject}", base_cpu, "s")
        if cpu["connector"] and base_cpu:
            self._versus_row(
                figure, f"{CONNECTOR} paginate, {subject}", Stats.of(cpu["connector"]), base_cpu, "s", "httpx"
            )
        figure = "paginate peak RSS"
        flat = f"flat: {total:,} <= {small:,} + {TARGETS['paginate_flat_mib']:.0f} MiB"
        for name, label in (("httpx", "httpx loop"), ("connector", f"{CONNECTOR} paginate")):
            if name in failures:
                out = failures[name]
                if name == "connector":
                    self._unavailable(figure, label, flat, out.error or "failed", out.detail)
                continue
            low, high = Stats.of([rss[(name, small)]]), Stats.of([rss[(name, total)]])
            self.rows.append(Row(figure, f"{label}, {small:,} objects", "B", low, ratio=1.0, ratio_text="1.00x (ref)"))
            growth = (high.median - low.median) / MIB
            row = Row(
                figure, f"{label}, {total:,} objects", "B", high, baselines=f"{small:,}: {fmt_value(low.median, 'B')}",
                ratio=high.median / low.median, ratio_text=f"{fmt_ratio(high.median / low.median)} ({growth:+.1f} MiB)",
            )  # fmt: skip
            if name == "connector":
                row.target = flat
                row.status = INFO if self.quick else PASS if growth <= TARGETS["paginate_flat_mib"] else FAIL
            self.rows.append(row)

    def concurrency(self) -> None:
        """Rounds of N concurrent calls; the ratio is throughput relative to a raw ``httpx.AsyncClient``."""
        n = self.plan.concurrency
        figure = f"async {n} concurrent"
        rounds: dict[str, list[float]] = {"httpx": [], "connector": []}
        failures: dict[str, Outcome] = {}
        with CannedServer() as server:
            for _ in range(self.plan.async_processes):
                for name in rounds:
                    if name in failures:
                        continue
                    out = self.workload(
                        f"{name}_async",
                        server.url,
                        n=self.plan.async_rounds,
                        warmup=self.plan.async_warmup,
                        concurrency=n,
                    )
                    if out.error:
                        failures[name] = out
                    else:
                        rounds[name] += [v * NS for v in out.data["wall_ns"]]
        base = self._stats_or_break(figure, "httpx", rounds["httpx"], _why(failures.get("httpx")), "s")
        self._baseline_row(figure, f"httpx.AsyncClient, time per round of {n}", base, "s")
        if base:
            self.notes.append(f"async: httpx.AsyncClient throughput {n / base.median:,.0f} calls/s (median round)")
        target = f">= {TARGETS['async']:.2f}x httpx throughput"
        if "connector" in failures:
            out = failures["connector"]
            self._unavailable(figure, "AsyncStripeConnector", target, out.error or "failed", out.detail)
            return
        ours = Stats.of(rounds["connector"])
        ratio = base.median / ours.median if base else None
        self._judged_row(
            figure, f"AsyncStripeConnector, time per round of {n}", ours, "s",
            baselines=f"httpx {n / base.median:,.0f} calls/s" if base else "", ratio=ratio,
            ratio_text=f"{fmt_ratio(ratio)} throughput" if ratio is not None else "", target=target,
            ok=ratio is not None and ratio >= TARGETS["async"],
        )  # fmt: skip

    def generate(self, skip_reason: str | None) -> None:
        """``make generate`` against stock openapi-python-client on the full spec, same run (bench/generation.py)."""
        figure, target = "make generate", f"<= {generation.TARGET_RATIO:.2f}x stock"
        if skip_reason is not None:
            self.rows.append(Row(figure, "make generate", "s", status=SKIPPED, note=skip_reason))
            return
        try:
            found = generation.compare(self.plan.generate_runs, 1)
        except generation.GenerationError as exc:
            self.rows.append(Row(figure, "make generate", "s", target=target, status=ERROR, note=str(exc)[-200:]))
            return
        for what, unit, attribute in (("wall time", "s", "wall"), ("peak RSS (largest process)", "B", "peak")):
            ours = Stats.of([getattr(sample, attribute) for sample in found.ours])
            stock = Stats.of([getattr(sample, attribute) for sample in found.stock])
            self.rows.append(Row(figure, f"openapi-python-client, full spec: {what}", unit, stock))
            ratio = ours.median / stock.median
            self._judged_row(
                figure, f"make generate: {what}", ours, unit, baselines=f"stock {fmt_value(stock.median, unit)}",
                ratio=ratio, ratio_text=f"{fmt_ratio(ratio)} stock", target=target,
                ok=ratio <= generation.TARGET_RATIO,
            )  # fmt: skip

    def scale_out(self) -> None:
        """Many workers, one Stripe account: see bench/scale_out.py (full run only)."""
        from scale_out import scale_rows

        rows, notes = scale_rows(self.quick)
        self.rows += rows
        self.notes += notes

    def operations(self) -> None:
        """Every Stripe operation: see bench/operations.py."""
        from operations import operation_rows

        rows, notes = operation_rows(self.quick)
        self.rows += rows
        self.notes += notes

    def connections(self) -> None:
        """Many connections in one process: see bench/connections_bench.py."""
        from connections_bench import connection_rows

        rows, notes = connection_rows(self.quick)
        self.rows += rows
        self.notes += notes

    def export(self) -> None:
        """A large list at the rate limit, beside sequential paginate: see bench/export_bench.py."""
        from export_bench import export_rows

        rows, notes = export_rows(self.quick)
        self.rows += rows
        self.notes += notes

    def mcp(self) -> None:
        """MCP start, spawn to the first tools/list, beside a bare SDK server: see bench/mcp_start.py."""
        from mcp_start import mcp_rows

        rows, notes = mcp_rows(self.quick)
        self.rows += rows
        self.notes += notes

    def meter(self) -> None:
        """Meter event stream throughput beside a plain httpx loop: see bench/meter_bench.py."""
        from meter_bench import meter_rows

        rows, notes = meter_rows(self.quick)
        self.rows += rows
        self.notes += notes

    def events(self) -> None:
        """Webhook receiver and catch-up: see bench/events_bench.py."""
        from events_bench import events_rows

        rows, notes = events_rows(self.quick)
        self.rows += rows
        self.notes += notes

    def telemetry(self) -> None:
        """OpenTelemetry's cost per call (off, API only, SDK) beside httpx's instrumentation: telemetry_bench.py."""
        from telemetry_bench import telemetry_rows

        rows, notes = telemetry_rows(self.quick)
        self.rows += rows
        self.notes += notes

    # --- row helpers -----------------------------------------------------------------------------

    def _stats_or_break(
        self, figure: str, name: str, samples: Sequence[float], error: str | None, unit: str
    ) -> Stats | None:
        """Stats of a baseline's samples; a baseline without samples is a broken harness, shown as an ERROR row."""
        if samples and error is None:
            return Stats.of(samples)
        self.harness_broken = True
        self.rows.append(Row(figure, name, unit, status=ERROR, note=error or "no samples"))
        return None

    def _baseline_row(self, figure: str, subject: str, stats: Stats | None, unit: str) -> None:
        if stats is not None:
            self.rows.append(Row(figure, subject, unit, stats, ratio=1.0, ratio_text="1.00x (ref)"))

    def _versus_row(
        self, figure: str, subject: str, stats: Stats | None, base: Stats | None, unit: str, base_name: str
    ) -> None:
        if stats is None:
            return
        ratio = stats.median / base.median if base else None
        text = f"{fmt_ratio(ratio)} {base_name}" if ratio is not None else ""
        base_text = self._baseline_text(unit, (base_name, base))
        self.rows.append(Row(figure, subject, unit, stats, baselines=base_text, ratio=ratio, ratio_text=text))

    def _judged_row(
        self, figure: str, subject: str, stats: Stats, unit: str, *, baselines: str, ratio: float | None,
        ratio_text: str, target: str, ok: bool,
    ) -> None:  # fmt: skip
        status = PASS if ok else FAIL
        if self.quick:
            status = INFO  # the smoke run's N is too small to judge; it only proves the harness runs
        self.rows.append(Row(figure, subject, unit, stats, baselines, ratio, ratio_text, target, status))

    def _unavailable(self, figure: str, subject: str, target: str, error: str, detail: str) -> None:
        status = NOT_AVAILABLE if error == "not importable" else ERROR
        note = f"connector not importable ({detail})" if status == NOT_AVAILABLE else detail
        self.rows.append(Row(figure, subject, "s", target=target, status=status, note=note[:160]))

    @staticmethod
    def _baseline_text(unit: str, *pairs: tuple[str, Stats | None]) -> str:
        return "; ".join(f"{name} {fmt_value(stats.median, unit)}" for name, stats in pairs if stats)

    @staticmethod
    def _ratios(ratio: float | None, base_name: str, stripe: Stats | None, ours: Stats) -> str:
        parts = [f"{fmt_ratio(ratio)} {base_name}"] if ratio is not None else []
        if stripe is not None:
            parts.append(f"{stripe.median / ours.median:.2f}x faster than stripe")
        return "; ".join(parts)


def _why(outcome: Outcome | None) -> str | None:
    return f"{outcome.error}: {outcome.detail}" if outcome and outcome.error else None


def _pairs(encoded: str) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(encoded, keep_blank_values=True)


def child_env() -> dict[str, str]:
    """The environment for workload processes: the connector made importable from the source tree if the
    package is not installed (editable installs need nothing), identical for every subject so none is favoured.
    """
    env = dict(os.environ)
    if importlib.util.find_spec(CONNECTOR) is None:
        extra = [str(REPO / "wrapper"), str(REPO / "generated")]
        env["PYTHONPATH"] = os.pathsep.join([*extra, *filter(None, [env.get("PYTHONPATH")])])
    return env


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Benchmark stripe_connector against httpx and stripe-python.")
    parser.add_argument("--report-only", action="store_true", help="exit 0 even if a target is missed")
    parser.add_argument("--quick", action="store_true", help="smoke run: tiny N, harness check only, never judges")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {','.join(FIGURES)}")
    parser.add_argument("--skip-generate", action="store_true", help="do not run make generate")
    args = parser.parse_args(argv)
    unknown = set(filter(None, args.only.split(","))) - set(FIGURES)
    if unknown:
        parser.error(f"unknown figure(s) {sorted(unknown)}; choose from {','.join(FIGURES)}")
    return args


def compile_bytecode() -> None:
    """Byte-compile the connector and the generated package, as installing a wheel does for every package: the
    baselines (httpx, stripe-python) are measured from their installed bytecode, so the connector must be too,
    even where PYTHONDONTWRITEBYTECODE is set."""
    import compileall

    for directory in (REPO / "wrapper", REPO / "generated"):
        compileall.compile_dir(directory, quiet=1, workers=1)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    plan = QUICK if args.quick else FULL
    bench = Bench(plan, quick=args.quick)
    chosen = [name for name in FIGURES if not args.only or name in args.only.split(",")]
    skip_generate = "skipped in --quick (slow, rewrites files)" if args.quick else None
    if args.skip_generate:
        skip_generate = "skipped (--skip-generate)"
    steps: dict[str, Callable[[], None]] = {
        "import": bench.import_time,
        "list": lambda: bench.per_call("list_customers", "list"),
        "create": lambda: bench.per_call("create_customer", "create"),
        "encode": bench.encode,
        "rss": bench.rss,
        "paginate": bench.paginate,
        "async": bench.concurrency,
        "generate": lambda: bench.generate(skip_generate),
        "scale": lambda: bench.scale_out(),
        "operations": bench.operations,
        "connections": bench.connections,
        "export": bench.export,
        "events": lambda: bench.events(),
        "telemetry": bench.telemetry,
        "meter": bench.meter,
        "mcp": bench.mcp,
    }
    compile_bytecode()
    started = datetime.datetime.now(datetime.UTC)
    load_before = os.getloadavg()[0]
    for name in chosen:
        step_start = time.perf_counter()
        steps[name]()
        print(f"[bench] {name}: {time.perf_counter() - step_start:.1f} s", file=sys.stderr, flush=True)
    elapsed = (datetime.datetime.now(datetime.UTC) - started).total_seconds()
    if load_before > 0.5 * (os.cpu_count() or 1):
        bench.notes.append(
            f"the machine was busy before the run (1-min load {load_before:.1f} on {os.cpu_count()} CPUs): "
            "wall-clock medians and p95s are noisy; the CPU/call and paginate CPU rows are the steadier comparison"
        )

    mode = "quick smoke run (tiny N: numbers are not judged)" if args.quick else "full run"
    print(f"stripe-connector benchmark - {mode}; Python {platform.python_version()} on {platform.machine()}, "
          f"{os.cpu_count()} CPUs; {elapsed:.0f} s")  # fmt: skip
    print("ratio = median / baseline median (async: throughput ratio). Times per call unless stated.\n")
    print(table(bench.rows))
    if bench.notes:
        print("\nnotes:")
        for note in bench.notes:
            print(f"- {note}")

    code, message = verdict(bench.rows, bench.harness_broken, report_only=args.report_only, quick=args.quick)
    print(f"\nresult: {message}")
    if args.json:
        payload = {
            "meta": {
                "mode": "quick" if args.quick else "full", "python": platform.python_version(),
                "cpus": os.cpu_count(), "started": started.isoformat(), "seconds": elapsed, "plan": vars(plan),
                "targets": TARGETS,
            },
            "rows": [row.as_json() for row in bench.rows], "notes": bench.notes, "exit_code": code,
        }  # fmt: skip
        Path(args.json).write_text(json.dumps(payload, indent=2) + "\n")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
