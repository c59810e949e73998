"""Keeps ``make bench`` from rotting: a tiny end-to-end run, plus the harness pieces whose mistakes would skew it.

The full benchmark is too slow for every test run; ``--quick`` exercises every figure's code path (server,
workload processes, baselines, connector rows, table, JSON) with tiny N in a few seconds.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "bench"
FIGURES = (
    "import time",
    "list_customers wall/call",
    "list_customers CPU/call",
    "create_customer wall/call",
    "create_customer CPU/call",
    "form encoding",
    "peak RSS",
    "paginate time",
    "paginate CPU",
    "paginate peak RSS",
    "async 100 concurrent",
    "make generate",
    "export ",
    "telemetry CPU/call",
    "a new connection",
)
BASELINE_SUBJECTS = ("httpx", "stripe-python", "server floor", "openapi-python-client")
RATIO = re.compile(r"^\d+\.\d\dx")


def _load(name: str) -> ModuleType:
    """Import a bench/ module by path, under a private name, without putting bench/ on sys.path."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def _table_rows(stdout: str) -> list[list[str]]:
    """The printed table's data rows, split into cells (figure, subject, N, min, median, p95, ...)."""
    lines = stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("figure "))
    rows = []
    for line in lines[header + 2 :]:
        if not line.strip():
            break
        rows.append([cell.strip() for cell in line.split(" | ")])
    return rows


def _connector_ready() -> bool:
    try:
        module = importlib.import_module("stripe_connector")
    except ImportError:
        return False
    return hasattr(module, "StripeConnector")


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], dict[str, object]]:
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    cmd = [sys.executable, str(BENCH / "run.py"), "--quick", "--report-only", "--json", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=REPO)
    payload = json.loads(out.read_text()) if out.exists() else {}
    return done, payload


def test_quick_run_exits_zero_with_every_figure(
    quick_run: tuple[subprocess.CompletedProcess[str], dict[str, object]],
) -> None:
    done, _payload = quick_run
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    figures = {row[0] for row in _table_rows(done.stdout)}
    for figure in FIGURES:
        assert any(name.startswith(figure) for name in figures), f"no {figure!r} row in:\n{done.stdout}"
    assert "server floor" in done.stdout


def test_baseline_rows_have_numeric_ratios(
    quick_run: tuple[subprocess.CompletedProcess[str], dict[str, object]],
) -> None:
    done, _payload = quick_run
    baseline_rows = [row for row in _table_rows(done.stdout) if row[1].startswith(BASELINE_SUBJECTS)]
    assert len(baseline_rows) >= 15
    for row in baseline_rows:
        assert RATIO.match(row[7]), f"baseline row without a numeric ratio: {row}"
        assert row[9] == "info", row


def test_connector_rows_are_measured_or_marked_unavailable(
    quick_run: tuple[subprocess.CompletedProcess[str], dict[str, object]],
) -> None:
    """Once the connector exists, its workloads must run: an ERROR means the bench and the API drifted apart."""
    _, payload = quick_run
    rows = payload["rows"]
    assert isinstance(rows, list)
    connector_rows = [r for r in rows if "connector" in r["subject"].lower() or "encode_form" in r["subject"]]
    assert len(connector_rows) >= 9
    for row in connector_rows:
        if _connector_ready():
            assert row["status"] != "ERROR", row
        if row["status"] == "not available":
            assert "not importable" in row["note"], row
        elif row["status"] != "ERROR":
            assert isinstance(row["ratio"], float), row


def test_stats_use_nearest_rank_percentiles() -> None:
    report = _load("report")
    stats = report.Stats.of([float(v) for v in range(100, 0, -1)])
    assert (stats.n, stats.min, stats.median, stats.p95) == (100, 1.0, 50.5, 95.0)
    assert report.Stats.of([3.0]).p95 == 3.0


def test_verdict_fails_missed_targets_and_never_masks_a_broken_harness() -> None:
    report = _load("report")
    missed = [report.Row("f", "s", "s", status=report.FAIL)]
    assert report.verdict(missed, False, report_only=False, quick=False)[0] == 1
    assert report.verdict(missed, False, report_only=True, quick=False)[0] == 0
    assert report.verdict([], False, report_only=False, quick=False)[0] == 0
    assert report.verdict([], True, report_only=True, quick=True)[0] == 2


def test_canned_server_paginates_by_cursor_and_stops_with_its_parent() -> None:
    server_module = _load("canned_server")
    with server_module.CannedServer(page_total=250) as server, httpx.Client(base_url=server.url) as client:
        first = client.get("/v1/customers", params={"limit": 100}).json()
        last = client.get("/v1/customers", params={"limit": 100, "starting_after": "cus_000199"}).json()
        created = client.post("/v1/customers", data={"name": "Jenny Rosen"})
        missing = client.get("/v1/nothing")
        process = server.process
    assert [first["data"][0]["id"], first["data"][-1]["id"], first["has_more"]] == ["cus_000000", "cus_000099", True]
    assert [len(last["data"]), last["data"][0]["id"], last["has_more"]] == [50, "cus_000200", False]
    assert created.status_code == 200 and created.json()["object"] == "customer"
    assert missing.status_code == 404 and missing.json()["error"]["type"] == "invalid_request_error"
    assert process is not None and process.returncode == 0  # stopped by closing its stdin, not killed


def test_the_export_simulation_hands_out_every_object_once_for_every_shape_and_latency() -> None:
    """``bench/export_sim.py`` drives the real planner on a virtual clock; it fails if an object is lost or repeated."""
    done = subprocess.run([sys.executable, str(BENCH / "export_sim.py"), "--seeds", "1", "--objects", "2000"],
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert len(lines) == 9 and all("x bound" in line and "x achievable" in line for line in lines)
    requests = [int(line.rsplit(", ", 1)[1].split()[0]) for line in lines]
    assert all(request >= 20 for request in requests), "2,000 objects cannot take fewer than 20 pages of 100"


def test_the_site_s_figures_draw_from_what_the_bench_writes_today(
    quick_run: tuple[subprocess.CompletedProcess[str], dict[str, object]], tmp_path: Path
) -> None:
    """bench/figures.py reads the rows run.py writes now (names, units, ratios to the bound), not only the committed
    results: a change to a row the charts depend on fails here, before the next `make bench` is committed. (The
    events receiver's rows come from a full run only.)"""
    _done, payload = quick_run
    results = tmp_path / "quick.json"
    results.write_text(json.dumps(payload))
    script = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); import figures; "
        "rows = json.load(open(sys.argv[2]))['rows']; "
        "print(figures.cpu_chart(rows).svg()); print(figures.export_chart(rows).svg())"
    )
    drawn = subprocess.run([sys.executable, "-c", script, str(BENCH), str(results)], capture_output=True, text=True)
    assert drawn.returncode == 0, drawn.stderr
    assert drawn.stdout.count("<svg") == 2 and drawn.stdout.count("x bound") >= 2
    assert "stripe-connector" in drawn.stdout and "stripe-python" in drawn.stdout
