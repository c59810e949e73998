"""``make figures``: the site's charts are drawn from the results ``make bench`` wrote, and only from them."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
RESULTS = REPO / "bench" / "results.json"
CHARTS = ("cpu-per-call.svg", "export-throughput.svg", "events-acks.svg")


def draw(results: Path, out: Path) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, str(REPO / "bench" / "figures.py"), str(results), "--out", str(out)]
    return subprocess.run(argv, capture_output=True, text=True, timeout=60)


def committed() -> dict[str, Any]:
    payload: dict[str, Any] = json.loads(RESULTS.read_text("utf-8"))
    return payload


def test_the_committed_results_draw_every_chart_with_their_numbers(tmp_path: Path) -> None:
    done = draw(RESULTS, tmp_path)
    assert done.returncode == 0, done.stderr
    cpu = (tmp_path / "cpu-per-call.svg").read_text("utf-8")
    for row in committed()["rows"]:
        if row["figure"] in ("list_customers CPU/call", "create_customer CPU/call") and "floor" not in row["subject"]:
            assert f"{row['stats']['median'] * 1e6:,.0f} us" in cpu, row["subject"]
    for name in CHARTS:
        svg = (tmp_path / name).read_text("utf-8")
        assert svg.startswith("<svg") and svg.count("<rect") > 3 and "<title>" in svg
    assert "rate bound 2,500/s" in (tmp_path / "export-throughput.svg").read_text("utf-8")
    table = (tmp_path / "results-table.md").read_text("utf-8")
    assert table.count("\n| ") == len(committed()["rows"]) + 2  # the header, its rule and every row


def test_a_new_number_in_the_results_is_a_new_bar(tmp_path: Path) -> None:
    payload = copy.deepcopy(committed())
    row = next(row for row in payload["rows"] if row["subject"] == "export, defaults")
    row["stats"]["median"] = 2_345.0
    changed = tmp_path / "results.json"
    changed.write_text(json.dumps(payload))
    assert draw(changed, tmp_path / "out").returncode == 0
    assert "2,345/s = 0.94x bound" in (tmp_path / "out" / "export-throughput.svg").read_text("utf-8")


def test_results_without_a_figure_s_rows_are_refused_naming_it(tmp_path: Path) -> None:
    payload = committed()
    payload["rows"] = [row for row in payload["rows"] if "bound" not in (row.get("ratio_text") or "")]
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps(payload))
    done = draw(partial, tmp_path / "out")
    assert done.returncode == 2
    assert "rate bound" in done.stderr and "export" in done.stderr
