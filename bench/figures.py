"""The benchmark figures of the documentation site, drawn as SVG from the results ``make bench`` writes.

``python bench/figures.py RESULTS.json --out DIR`` (``make figures``) reads the rows of one run (``bench/run.py
--json``) and writes three charts (per-call CPU beside httpx and stripe-python, export throughput against the rate
bound, acknowledged webhook deliveries per second) and the run's whole table as Markdown, for the benchmarks page.
Each bar is a row's median, labelled with its number and its ratio to the baseline, so a chart says what the table
says; nothing is typed in by hand. A figure whose rows the results lack is an error naming them (a partial
``--only`` run cannot silently draw half a chart).

A small SVG writer of its own: three bar charts do not need a plotting library, and plain SVG renders the same in
every browser, offline.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from report import fmt_value

CONNECTOR = "stripe_connector"
#: Colours: the connector, a baseline, a reference line (the rate bound).
OURS, BASELINE, REFERENCE = "#3f51b5", "#9e9e9e", "#c62828"
WIDTH, LABEL_WIDTH, VALUE_WIDTH, BAR_HEIGHT, GAP = 880, 340, 210, 22, 8
#: A white outline under a bar's number, so the bound's dashed line never hides it.
HALO = 'paint-order="stroke" stroke="#ffffff" stroke-width="4" stroke-linejoin="round"'
FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"

Row = Mapping[str, Any]


class MissingRows(LookupError):
    """The results hold no row a figure needs."""


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the number and ratio printed at the bar's end
    ours: bool = False


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart: groups of bars, an optional reference line (a bound) across them."""

    title: str
    caption: str
    groups: Sequence[tuple[str, Sequence[Bar]]]
    reference: tuple[float, str] | None = None

    def svg(self) -> str:
        top = 58
        rows = sum(1 + len(bars) for _, bars in self.groups)
        height = top + rows * (BAR_HEIGHT + GAP) + 36
        largest = max([bar.value for _, bars in self.groups for bar in bars] + [self._reference_value()])
        scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / largest if largest > 0 else 0.0
        parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
            f'height="{height}" style="{FONT};font-size:13px">',
            f"<title>{escape(self.title)}</title>",
            f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
            f'<text x="10" y="22" font-size="16" font-weight="600">{escape(self.title)}</text>',
            f'<text x="10" y="42" fill="#555555">{escape(self.caption)}</text>',
        ]
        y = top
        for group, bars in self.groups:
            parts.append(f'<text x="10" y="{y + 15}" font-weight="600">{escape(group)}</text>')
            y += BAR_HEIGHT + GAP
            for bar in bars:
                length = max(1.0, bar.value * scale)
                colour = OURS if bar.ours else BASELINE
                parts += [
                    f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(bar.label)}</text>',
                    f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" fill="{colour}"/>',
                    f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{y + 15}" {HALO}>{escape(bar.text)}</text>',
                ]
                y += BAR_HEIGHT + GAP
        if self.reference:
            x = LABEL_WIDTH + self.reference[0] * scale
            parts += [
                f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{y}" stroke="{REFERENCE}" stroke-width="2" '
                'stroke-dasharray="6 4"/>',
                f'<text x="{x:.1f}" y="{y + 18}" fill="{REFERENCE}" text-anchor="middle">'
                f"{escape(self.reference[1])}</text>",
            ]
        parts.append("</svg>")
        return "\n".join(parts) + "\n"

    def _reference_value(self) -> float:
        return self.reference[0] if self.reference else 0.0


def rows_of(rows: Iterable[Row], figure: Callable[[str], bool], what: str) -> list[Row]:
    found = [row for row in rows if figure(row["figure"]) and row.get("stats")]
    if not found:
        raise MissingRows(f"the results have no rows for {what} (a full `make bench` has them; --quick may not)")
    return found


def median(row: Row) -> float:
    return float(row["stats"]["median"])


def subject(rows: Sequence[Row], name: str) -> Row:
    for row in rows:
        if row["subject"] == name:
            return row
    raise MissingRows(f"no row for {name!r} in {rows[0]['figure']!r}")


def short(label: str, limit: int = 48) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def first_ratio(row: Row) -> str:
    """``0.88x one connection`` from ``0.88x one connection (median of rounds); p99 44.5 ms``."""
    return re.split(r" \(|;", row.get("ratio_text") or "")[0] or "reference"


def microseconds(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} us"


def cpu_chart(results: Sequence[Row]) -> Chart:
    """Per-call CPU of the connector beside a reused httpx.Client and stripe-python, for each measured tool."""
    groups = []
    for tool in ("list_customers", "create_customer"):
        wanted = f"{tool} CPU/call"
        rows = rows_of(results, wanted.__eq__, wanted)
        httpx = median(subject(rows, "httpx.Client"))
        bars = []
        for name, label in ((CONNECTOR, "stripe-connector"), ("httpx.Client", "httpx.Client (reused)"),
                            ("stripe-python", "stripe-python")):  # fmt: skip
            value = median(subject(rows, name))
            bars.append(Bar(label, value, f"{microseconds(value)} ({value / httpx:.2f}x httpx)", name == CONNECTOR))
        groups.append((f"{tool}: client CPU per call (median)", bars))
    return Chart("CPU per call, beside httpx and stripe-python", "Shorter is better; same run, same canned server.",
                 groups)  # fmt: skip


def export_label(row: Row) -> str:
    """``export CLI: 20,000 uniform, 400 ms`` from a row's figure and subject."""
    figure, subject = row["figure"], row["subject"]
    size = re.search(r"([\d,]+ (?:objects|uniform|bursty|runs|events))\b.*?(\d+) ms", figure)
    detail = f"{size.group(1)}, {size.group(2)} ms" if size else figure
    if "paginate" in subject or "page by page" in subject:
        who = "sequential paginate"
    elif "catch-up" in figure:
        who = "events catch-up"
    else:
        who = "export CLI" if "CLI" in figure else "export (library)"
    return f"{who}: {detail}"


def export_chart(results: Sequence[Row]) -> Chart:
    """Objects per second of every row measured against the rate bound (requests/s x 100 objects a page): the
    library's and the CLI's exports, the events catch-up, and sequential paging for contrast."""
    rows = [row for row in results if row.get("stats") and "x bound" in (row.get("ratio_text") or "")]
    if not rows:
        raise MissingRows("the results have no rows measured against the rate bound (the export figure)")
    bounds = [round(median(row) / float(row["ratio"])) for row in rows if row.get("ratio")]
    bound = float(max(set(bounds), key=bounds.count))
    bars = [
        Bar(export_label(row), median(row), f"{median(row):,.0f}/s = {median(row) / bound:.2f}x bound",
            "paginate" not in row["subject"])
        for row in rows
    ]  # fmt: skip
    return Chart(
        "Throughput against the rate bound",
        f"Objects per second, every object exactly once; dashed: the budget ({bound / 100:g} requests/s x 100 objects"
        " a page).",
        [(f"export and catch-up, at {bound / 100:g} requests/s", bars)],
        reference=(bound, f"rate bound {bound:,.0f}/s"),
    )


def events_chart(results: Sequence[Row]) -> Chart:
    """Acknowledged webhook deliveries per second: events serve beside the plain receiver, and many connections."""
    groups = []
    for row_set in (
        rows_of(results, lambda figure: figure.startswith("events acked/s ("), "the events receiver"),
        rows_of(results, lambda figure: figure.startswith("events acked/s, "), "the events receiver, many connections"),
    ):
        bars = [
            Bar(short(row["subject"].split(" (")[0]), median(row),
                f"{median(row):,.0f}/s ({first_ratio(row)})", "baseline" not in
                row["subject"] and "plain" not in row["subject"] and "(same rounds)" not in row["subject"])
            for row in row_set
        ]  # fmt: skip
        groups.append((row_set[0]["figure"], bars))
    return Chart("Webhook deliveries acknowledged per second",
                 "Longer is better; stored durably before each 200, same run, same client.", groups)  # fmt: skip


FIGURES: Mapping[str, Callable[[Sequence[Row]], Chart]] = {
    "cpu-per-call.svg": cpu_chart,
    "export-throughput.svg": export_chart,
    "events-acks.svg": events_chart,
}


def results_table(payload: Mapping[str, Any]) -> str:
    """Every row of the run as a Markdown table (the site's benchmarks page includes it), with the run's notes."""
    meta = payload["meta"]
    lines = [
        f"One {meta['mode']} run of {meta['seconds']:.0f} s on {meta['cpus']} CPUs, Python {meta['python']}, started "
        f"{meta['started'][:16].replace('T', ' ')} UTC. Ratio = median / the baseline's median.",
        "",
        "| figure | subject | N | median | p95 | ratio | target | result |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in payload["rows"]:
        stats = row.get("stats")
        numbers = ("-", "-", "-") if not stats else (
            str(stats["n"]), fmt_value(stats["median"], row["unit"]), fmt_value(stats["p95"], row["unit"]))  # fmt: skip
        cells = [row["figure"], row["subject"], *numbers, row.get("ratio_text") or "-", row.get("target") or "",
                 row["status"]]  # fmt: skip
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    if payload.get("notes"):
        lines += ["", "Notes of the run:", ""] + [f"- {note}" for note in payload["notes"]]
    return "\n".join(lines) + "\n"


def draw(results_path: Path, out: Path) -> list[Path]:
    payload = json.loads(results_path.read_text("utf-8"))
    results = payload["rows"]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, chart in FIGURES.items():
        written.append(write_whole(out / name, chart(results).svg()))
    written.append(write_whole(out / "results-table.md", results_table(payload)))
    return written


def write_whole(path: Path, text: str) -> Path:
    """Written to a temporary file and renamed over ``path``: a site build reading it meanwhile (two test workers
    build at once) sees the old file or the new one, never half of one."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_text(text, "utf-8")
    os.replace(partial, path)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="draw the site's benchmark figures from bench/run.py --json output")
    parser.add_argument("results", type=Path, help="the results file (bench/results.json)")
    parser.add_argument("--out", type=Path, required=True, help="where the SVG files go")
    args = parser.parse_args(argv)
    try:
        written = draw(args.results, args.out)
    except (OSError, ValueError, KeyError, MissingRows) as error:
        print(f"figures: {args.results}: {error}", file=sys.stderr)
        return 2
    print("figures: " + ", ".join(str(path) for path in written))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
