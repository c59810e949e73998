"""Summary statistics, target checks and the printed table for bench/run.py.

Kept apart from the runner so the numbers' meaning (what a ratio divides by what, when a row fails) lives in
one small place that the table, the JSON file and the exit code all read from.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

PASS, FAIL, INFO, NOT_AVAILABLE, SKIPPED, ERROR = "PASS", "FAIL", "info", "not available", "skipped", "ERROR"
MIB = 1024 * 1024


@dataclass(frozen=True)
class Stats:
    """min / median / p95 of one subject's samples, in the row's unit (seconds or bytes)."""

    n: int
    min: float
    median: float
    p95: float

    @classmethod
    def of(cls, samples: Sequence[float]) -> Stats:
        if not samples:
            raise ValueError("no samples")
        ordered = sorted(samples)
        n = len(ordered)
        middle = n // 2
        median = ordered[middle] if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2
        p95 = ordered[min(n - 1, max(0, math.ceil(0.95 * n) - 1))]  # nearest-rank percentile
        return cls(n, ordered[0], median, p95)


@dataclass
class Row:
    """One line of the table: a subject measured for a figure, with its ratio to the baselines.

    ``status`` is PASS/FAIL for rows that carry a target, ``info`` for baselines and references,
    ``not available`` when the subject cannot be imported yet, ``ERROR`` when its workload crashed.
    """

    figure: str
    subject: str
    unit: str  # "s", "B" or "/s" (throughput)
    stats: Stats | None = None
    baselines: str = ""
    ratio: float | None = None
    ratio_text: str = ""
    target: str = ""
    status: str = INFO
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["stats"] = asdict(self.stats) if self.stats else None
        return data


def fmt_value(value: float, unit: str) -> str:
    """Human units: seconds as s/ms/us, bytes as MiB, throughput as calls/s."""
    if unit == "B":
        return f"{value / MIB:.1f} MiB" if abs(value) >= MIB / 10 else f"{value / 1024:.2f} KiB"
    if unit == "n":
        return f"{value:,.0f}"
    if unit == "/s":
        return f"{value:,.0f}/s"
    if value >= 1.0:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.2f} ms"
    return f"{value * 1e6:.1f} us"


def fmt_ratio(ratio: float) -> str:
    return f"{ratio:.2f}x"


COLUMNS = ("figure", "subject", "N", "min", "median", "p95", "baseline(s)", "ratio", "target", "result")


def table(rows: Sequence[Row]) -> str:
    """Plain aligned text: readable in a terminal and in CI logs, greppable by the smoke test."""
    cells: list[tuple[str, ...]] = [COLUMNS]
    for row in rows:
        if row.stats is None:
            numbers = ("-", "-", "-", "-")
        else:
            s = row.stats
            numbers = (str(s.n), fmt_value(s.min, row.unit), fmt_value(s.median, row.unit), fmt_value(s.p95, row.unit))
        status = row.status if not row.note or row.status in (PASS, FAIL, INFO) else f"{row.status}: {row.note}"
        cells.append((row.figure, row.subject, *numbers, row.baselines, row.ratio_text or "-", row.target, status))
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS) - 1)]
    lines = []
    for index, line in enumerate(cells):
        text = " | ".join(cell.ljust(width) for cell, width in zip(line[:-1], widths, strict=True))
        lines.append(f"{text} | {line[-1]}".rstrip())
        if index == 0:
            lines.append("-+-".join("-" * width for width in widths) + "-+-------")
    return "\n".join(lines)


def verdict(rows: Sequence[Row], harness_broken: bool, *, report_only: bool, quick: bool) -> tuple[int, str]:
    """The exit code and closing line.

    2 when the harness itself broke (a baseline or the server failed): never masked, not even by
    ``--report-only`` or ``--quick``, because then the numbers mean nothing and the smoke test must notice.
    1 when a target was missed or the connector could not be measured, unless only reporting.
    """
    missed = [row for row in rows if row.status in (FAIL, ERROR, NOT_AVAILABLE)]
    if harness_broken:
        return 2, "HARNESS BROKEN: a baseline or the canned server failed (see ERROR rows and notes)"
    if quick:
        return 0, f"smoke run complete (targets not judged; {len(missed)} row(s) unavailable or erroring)"
    if missed and not report_only:
        return 1, f"{len(missed)} row(s) missed a target or could not be measured"
    if missed:
        return 0, f"{len(missed)} row(s) missed a target or could not be measured (report only)"
    return 0, "all targets met"
