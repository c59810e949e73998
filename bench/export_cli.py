"""The export rows of ``make bench`` as a user runs the command: ``stripe-connector export`` on its defaults.

Each row runs exactly the README's command, ``stripe-connector export list_charges --out F --rate-limit 25``, in a
fresh process against the bench's list double (``export_double.py``, a process of its own: 25 requests/s per key
with a burst of 5, checked when a request arrives, 429 beyond; latency with jitter; ``created`` uniform over a
year with 10% of timestamps shared, bursty, or in one-second runs of 500). The time is the command's wall time,
spawn to exit. Beside it, in the same run:

* the rate bound: 25 requests/s x 100 objects = 2,500 objects/s (target >= 0.85x);
* sequential ``stripe-connector call list_charges --all`` against the same double (target >= 8x); it pages one
  request after another, so its rate is steady: it is measured on its first ``BASELINE_PAGES`` pages;
* the requests/s the double saw beside the budget, 429s (target < 1% of requests), and every object once (the
  output file is read back: its ids against the double's).

``python bench/export_cli.py [--quick] [--matrix]`` prints the rows alone; ``--matrix`` runs every shape at every
latency at 20,000 and 200,000 objects (about 20 minutes) instead of the default set; ``EXPORT_CASES=runs`` (a
shape) runs only the default set's cases of that shape, ``EXPORT_CASES=matrix`` the matrix (so ``make bench``
runs it as well: ``BENCH_FLAGS="--only export" EXPORT_CASES=matrix make bench``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.request import urlopen

from report import FAIL, INFO, PASS, Row, Stats

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
RATE = 25.0
BOUND = RATE * 100
TARGET_BOUND = 0.85
TARGET_SEQUENTIAL = 8.0
MAX_429_SHARE = 0.01
JITTER = 0.3
BASELINE_PAGES = 12
KEY = "sk_test_exportcli"
#: (objects, latency, shape) of the default set; ``--matrix`` runs every combination.
DEFAULT_SET_ALL = (
    (20_000, 0.4, "uniform"),
    (20_000, 0.1, "uniform"),
    (20_000, 1.5, "uniform"),
    (20_000, 0.4, "bursty"),
    (20_000, 0.4, "runs"),
    (200_000, 0.4, "uniform"),
)
DEFAULT_SET = tuple(case for case in DEFAULT_SET_ALL if os.environ.get("EXPORT_CASES", "all") in ("all", case[2]))
MATRIX = tuple((n, lat, shape) for n in (20_000, 200_000) for lat in (0.1, 0.4, 1.5)
               for shape in ("uniform", "bursty", "runs"))  # fmt: skip
#: The token bucket's burst: that many requests go at once, the rest at RATE.
BURST = 5


def achievable(objects: int, latency: float) -> float:
    """Objects/s of a perfect export: every page full, the first BURST at once and the rest at RATE, the last one
    answered a latency after it left (spawn and start-up not counted). At 20,000 objects that is 200 requests, the
    last sent at 7.8 s: 0.86x the bound at 1.5 s, 0.95x at 400 ms."""
    requests = -(-objects // 100)
    return objects / (max(0, requests - BURST) / RATE + latency)


QUICK_SET = ((600, 0.02, "uniform"),)


def cli() -> str:
    """The installed ``stripe-connector`` script beside this interpreter."""
    return str(Path(sys.executable).with_name("stripe-connector"))


def double_argv(objects: int, latency: float, shape: str, span: int | None = None) -> list[str]:
    """The bench double's command line (25/s, burst 5, +-30% latency)."""
    argv = [sys.executable, str(BENCH / "export_double.py"), "--objects", str(objects), "--latency", str(latency),
            "--jitter", str(JITTER), "--shape", shape, "--rate", str(RATE), "--burst", str(BURST)]  # fmt: skip
    return argv + (["--span", str(span)] if span is not None else [])


@contextmanager
def running(argv: list[str]) -> Iterator[str]:
    """The double in a process of its own (its CPU and memory are not the subject's); yields its URL."""
    proc = subprocess.Popen(argv, cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        if not url.startswith("http"):
            raise RuntimeError("the export double did not start")
        yield url
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def double(objects: int, latency: float, shape: str) -> Any:
    return running(double_argv(objects, latency, shape))


def stats(url: str) -> dict[str, int]:
    result: dict[str, int] = json.loads(urlopen(url + "/_double/stats").read())
    return result


def environment(url: str) -> dict[str, str]:
    return {**os.environ, "STRIPE_API_KEY": KEY, "STRIPE_BASE_URL": url}


def export_run(objects: int, latency: float, shape: str) -> dict[str, Any]:
    """The README's command on its defaults; every object read back from the file."""
    with double(objects, latency, shape) as url, tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "charges.jsonl"
        argv = [cli(), "export", "list_charges", "--out", str(out), "--rate-limit", f"{RATE:g}"]
        spawned = time.monotonic_ns()
        done = subprocess.run(argv, env=environment(url), capture_output=True, text=True, timeout=900, check=False)
        exited = time.monotonic_ns()
        seconds = (exited - spawned) / 1e9
        if done.returncode != 0:
            raise RuntimeError(f"export failed ({done.returncode}): {done.stderr[-400:]}")
        seen = stats(url)
        ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    unique = len(set(ids))
    return {"objects": len(ids), "unique": unique, "lost": objects - unique, "repeated": len(ids) - unique,
            "seconds": seconds, "requests": seen["requests"], "rate_limited": seen["rate_limited"],
            "in_flight_max": seen["in_flight_max"], "to_first": (seen["first_ns"] - spawned) / 1e9,
            "after_last": (exited - seen["last_ns"]) / 1e9}  # fmt: skip


def sequential_rate(latency: float, pages: int) -> float:
    """Objects/s of ``call list_charges --all`` (one page after another), over its first ``pages`` pages."""
    with double(pages * 100 * 2, latency, "uniform") as url:
        argv = [cli(), "call", "list_charges", "--all", "--max-items", str(pages * 100)]
        started = time.perf_counter()
        done = subprocess.run(argv, env=environment(url), capture_output=True, text=True, timeout=600, check=False)
        seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"call --all failed ({done.returncode}): {done.stderr[-400:]}")
    return len(done.stdout.splitlines()) / seconds


def cli_rows(quick: bool, matrix: bool = False) -> tuple[list[Row], list[str]]:
    matrix = matrix or os.environ.get("EXPORT_CASES") == "matrix"
    cases = QUICK_SET if quick else (MATRIX if matrix else DEFAULT_SET)
    pages = 3 if quick else BASELINE_PAGES
    baselines = {latency: sequential_rate(latency, pages) for latency in sorted({case[1] for case in cases})}
    rows: list[Row] = []
    for objects, latency, shape in cases:
        load = os.getloadavg()[0]
        result = export_run(objects, latency, shape)
        rate = objects / result["seconds"]
        sequential = baselines[latency]
        per_second = result["requests"] / result["seconds"]
        share_429 = result["rate_limited"] / max(1, result["requests"])
        exact = result["lost"] == 0 and result["repeated"] == 0
        ok = rate >= TARGET_BOUND * BOUND and rate >= TARGET_SEQUENTIAL * sequential and exact
        ok = ok and share_429 < MAX_429_SHARE
        figure = f"export CLI defaults, {objects:,} {shape}, {latency * 1000:g} ms +-{JITTER:.0%}"
        rows.append(Row(
            figure, "stripe-connector export --rate-limit 25", "/s", Stats.of([rate]),
            baselines=f"bound {BOUND:,.0f}/s; call --all {sequential:,.0f}/s", ratio=rate / BOUND,
            ratio_text=f"{rate / BOUND:.2f}x bound ({rate / achievable(objects, latency):.2f}x achievable "
                       f"{achievable(objects, latency) / BOUND:.2f}x), {rate / sequential:.1f}x call --all",
            target=f">= {TARGET_BOUND}x bound, >= {TARGET_SEQUENTIAL:g}x call --all, 429s < 1%, exactly once",
            status=INFO if quick else (PASS if ok else FAIL),
            note=f"{result['seconds']:.2f} s wall; {per_second:.1f} requests/s of {RATE:g} budget; "
                 f"{result['requests']} requests (ideal {-(-objects // 100)}), {result['rate_limited']} 429s; "
                 f"{result['lost']} lost, {result['repeated']} repeated; at most {result['in_flight_max']} in flight; "
                 f"spawn to first request {result['to_first']:.2f} s, "
                 f"last answer to exit {result['after_last']:.2f} s; 1-min load {load:.1f} before the run",
        ))  # fmt: skip
    notes = [
        "export CLI: the README's command on its defaults (only --rate-limit 25), wall time spawn to exit, against "
        "bench/export_double.py (token bucket 25/s, burst 5, checked on arrival; latency +-30% uniform); "
        f"call --all measured on its first {pages} pages (a steady one-page-at-a-time rate); achievable: every page "
        f"full, {BURST} requests at once then {RATE:g}/s, plus one latency (the ceiling, beside the target, not it); "
        "EXPORT_CASES=matrix runs every shape at every latency at 20,000 and 200,000 objects (about 20 minutes)"
    ]
    return rows, notes


if __name__ == "__main__":
    sys.path.insert(0, str(BENCH))
    from report import table

    found, remarks = cli_rows(quick="--quick" in sys.argv, matrix="--matrix" in sys.argv)
    print(table(found))
    print("\n".join(remarks))
