"""``make generate`` beside stock openapi-python-client on Stripe's full spec, measured in the same run.

Why: the pipeline trims Stripe's spec to the documented operations before generating, so that a spec update is
regenerated (and reviewed) in seconds with little memory, where the stock generator on the whole spec takes about
half a minute and ~750 MiB. A figure recorded once on another machine says little about this one, so both are run
here, interleaved, and the report gives ``ours / stock`` ratios for wall time and peak memory (the targets:
<= 0.15x each). Stock means openapi-python-client as installed, with its default templates and post hooks, on
the unmodified source spec; its one setting is ``literal_enums`` (without it, Stripe's colliding enum member
names stop it).

Each measurement runs in a wrapper child that reports the wall time and the peak RSS of the largest process
under it (``RUSAGE_CHILDREN``: make, the trimmer, the generator, ruff). Both sides write into a temporary
directory: the repository's ``spec/`` and ``generated/`` are never touched. Used by ``bench/run.py`` (full run
only: the stock side alone takes ~30 s).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO.parent / "shared" / "stripe-openapi" / "2023-09-12" / "spec3.json"
TARGET_RATIO = 0.15  # <= x stock, for wall time and for peak RSS

#: The wrapper child: run the command, print its status, wall time and the largest descendant's peak RSS.
_MEASURE = (
    "import json, resource, subprocess, sys, time\n"
    "started = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[2:], cwd=sys.argv[1], capture_output=True, text=True)\n"
    "wall = time.perf_counter() - started\n"
    "peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(json.dumps({'rc': done.returncode, 'wall': wall, 'peak': peak_kib * 1024.0,\n"
    "                  'err': (done.stderr or done.stdout)[-400:]}))\n"
)


class GenerationError(RuntimeError):
    """One side of the comparison failed: the benchmark reports it instead of a number."""


@dataclass(frozen=True)
class Sample:
    """One measured run: wall seconds and peak RSS in bytes."""

    wall: float
    peak: float


@dataclass(frozen=True)
class Comparison:
    """Every sample of both sides, in the order they ran."""

    ours: list[Sample]
    stock: list[Sample]
    spec: Path


def measure(command: Sequence[str], cwd: Path) -> Sample:
    """Run ``command`` in ``cwd`` under the wrapper child; raise :class:`GenerationError` if it fails."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(cwd), *command], capture_output=True, text=True, check=False
    )
    try:
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise GenerationError(f"the measuring child failed: {done.stderr.strip()[-300:]}") from None
    if result["rc"] != 0:
        raise GenerationError(f"{Path(command[0]).name} exited {result['rc']}: {result['err'].strip()[-300:]}")
    return Sample(float(result["wall"]), float(result["peak"]))


def ours_command(spec: Path) -> list[str]:
    """The pipeline exactly as users run it: ``make generate`` (trim, generate, format)."""
    return ["make", "-s", "--no-print-directory", "generate", f"SPEC={spec}", f"PYTHON={sys.executable}"]


def stock_command(spec: Path, workdir: Path) -> list[str]:
    """openapi-python-client on the whole source spec, default templates and hooks, literal enums."""
    config = workdir / "stock-config.yaml"
    config.write_text("literal_enums: true\n", encoding="utf-8")
    generator = Path(sys.executable).parent / "openapi-python-client"
    return [str(generator), "generate", "--path", str(spec), "--output-path", str(workdir / "stock-client"),
            "--meta", "none", "--overwrite", "--config", str(config)]  # fmt: skip


def copy_pipeline(workdir: Path) -> None:
    """What ``make generate`` reads, so that it writes its spec/ and generated/ under ``workdir``."""
    shutil.copy2(REPO / "Makefile", workdir / "Makefile")
    shutil.copytree(REPO / "codegen", workdir / "codegen", ignore=shutil.ignore_patterns("__pycache__"))
    (workdir / "spec").mkdir()
    shutil.copy2(REPO / "spec" / "tools.yaml", workdir / "spec" / "tools.yaml")


def compare(ours_runs: int, stock_runs: int, spec: Path = DEFAULT_SPEC) -> Comparison:
    """Interleaved runs (ours, stock, ours, ...) so that machine noise falls on both sides alike.

    The first run of ours is a discarded warm-up (it writes the generator's ``.pyc`` files and fills the page cache
    with the spec, which the stock run then finds warm too).
    """
    if not spec.is_file():
        raise GenerationError(f"the source spec is not at {spec}")
    ours: list[Sample] = []
    stock: list[Sample] = []
    with tempfile.TemporaryDirectory(prefix="bench-generation-") as temporary:
        workdir = Path(temporary)
        copy_pipeline(workdir)
        measure(ours_command(spec), workdir)  # warm-up
        for index in range(max(ours_runs, stock_runs)):
            if index < ours_runs:
                ours.append(measure(ours_command(spec), workdir))
            if index < stock_runs:
                stock.append(measure(stock_command(spec, workdir), workdir))
    return Comparison(ours, stock, spec)


if __name__ == "__main__":  # python bench/generation.py [RUNS]: the comparison alone, as JSON
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    found = compare(runs, runs)
    print(json.dumps({"ours": [vars(s) for s in found.ours], "stock": [vars(s) for s in found.stock]}, indent=2))
