"""Prove that what is committed is what the pipeline produces: ``make check-generated``.

Runs the whole pipeline (trim ``SPEC``, then generate) into a temporary directory and compares the result with the
committed ``spec/*.json`` and ``generated/``. A hand edit of either, a template or config change without
``make generate``, or a different generator version all show up here, with the diff.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from .generator import generator_command, generator_environment

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "stripe_connector_generated"
SPEC_FILES = ("stripe.documented.json", "stripe.outputs.json", "stripe.tools.json", "stripe.trimmed.json")
MAX_DIFF_LINES = 200
#: The operation index (compared byte for byte; a difference is shown one operation per line).
OPERATIONS_INDEX = "stripe.operations.jsonl"


def run_pipeline(spec: Path, workdir: Path) -> tuple[Path, Path]:
    """Trim and generate into ``workdir``; return (spec dir, package dir). Exits on pipeline failure."""
    spec_dir, package_dir = workdir / "spec", workdir / "generated" / PACKAGE
    trim = [
        *(sys.executable, "-m", "codegen.trim", "--spec", str(spec)),
        *("--operations", str(ROOT / "spec/tools.yaml"), "--out-dir", str(spec_dir)),
    ]
    outputs = [
        *(sys.executable, "-m", "codegen.output_schemas"),
        *("--trimmed", str(spec_dir / "stripe.trimmed.json"), "--tools", str(spec_dir / "stripe.tools.json")),
        *("--out", str(spec_dir / "stripe.outputs.json")),
    ]
    env = generator_environment()
    build_tools = [
        *(sys.executable, "-m", "codegen.build_tools", "--definitions", str(ROOT / "spec/tools.yaml")),
        *("--view", str(spec_dir / "stripe.tools.json"), "--package", str(package_dir)),
    ]
    operations = [
        *(sys.executable, "-m", "codegen.build_operations"),
        *("--spec", str(spec), "--out", str(spec_dir / OPERATIONS_INDEX)),
    ]
    generate = generator_command(spec_dir / "stripe.trimmed.json", package_dir)
    for command in (trim, outputs, generate, build_tools, operations):
        result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
        if result.returncode != 0:
            sys.exit(f"check-generated: the pipeline failed:\n{result.stdout}{result.stderr}")
    return spec_dir, package_dir


def tree(directory: Path) -> dict[str, Path]:
    """Files under ``directory`` by relative path, ignoring interpreter caches."""
    if not directory.is_dir():
        return {}
    return {
        str(path.relative_to(directory)): path
        for path in directory.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def compare(expected_dir: Path, committed_dir: Path, label: str, names: tuple[str, ...] | None = None) -> list[str]:
    """Unified diffs (committed -> regenerated) of every file that differs, is missing or is extra."""
    expected, committed = tree(expected_dir), tree(committed_dir)
    if names is not None:
        expected = {k: v for k, v in expected.items() if k in names}
        committed = {k: v for k, v in committed.items() if k in names}
    problems: list[str] = []
    for name in sorted(expected.keys() | committed.keys()):
        new = expected[name].read_text(encoding="utf-8").splitlines(keepends=True) if name in expected else []
        old = committed[name].read_text(encoding="utf-8").splitlines(keepends=True) if name in committed else []
        if new != old:
            problems.extend(difflib.unified_diff(old, new, f"committed/{label}/{name}", f"regenerated/{label}/{name}"))
    return problems


def compare_index(expected: Path, committed: Path) -> list[str]:
    """The operation index: equal bytes, or a diff of its operations (as one JSON line each)."""
    if committed.is_file() and expected.read_bytes() == committed.read_bytes():
        return []

    def lines(path: Path) -> list[str]:
        if not path.is_file():
            return []
        try:
            head, _, schemas = path.read_bytes().partition(b"\n")
            index = json.loads(head)
            rows = [json.dumps(entry, sort_keys=True) + "\n" for entry in index.get("operations", [])]
            head_text = json.dumps({k: v for k, v in index.items() if k != "operations"}, sort_keys=True)[:500]
            return [head_text + "\n", *rows, *(line.decode("utf-8", "replace") + "\n" for line in schemas.split(b"\n"))]
        except (OSError, ValueError):
            return ["<not a JSON Lines operation index>\n"]

    label = f"spec/{OPERATIONS_INDEX}"
    diff = list(difflib.unified_diff(lines(committed), lines(expected), f"committed/{label}", f"regenerated/{label}"))
    return diff or [f"committed/{label} differs in bytes from regenerated/{label}\n"]


def provenance_hint(spec: Path) -> str:
    """Explain a mismatch that comes from pointing SPEC at a different source than the committed files used."""
    try:
        committed = json.loads((ROOT / "spec/stripe.trimmed.json").read_text(encoding="utf-8"))
        source_sha = committed["info"]["x-stripe-connector-provenance"]["source_sha256"]
    except (OSError, ValueError, KeyError):
        return ""
    import hashlib

    actual = hashlib.sha256(spec.read_bytes()).hexdigest()
    if actual == source_sha:
        return ""
    return (
        f"\nNote: the committed spec was trimmed from a source with sha256 {source_sha[:12]}..., "
        f"but SPEC={spec} has {actual[:12]}...; pass the SPEC it was made from."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, required=True)
    args = parser.parse_args(argv)
    if not args.spec.is_file():
        print(f"check-generated: error: spec file not found: {args.spec}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="check-generated-") as temporary:
        spec_dir, package_dir = run_pipeline(args.spec.resolve(), Path(temporary))
        diffs = compare(spec_dir, ROOT / "spec", "spec", SPEC_FILES)
        diffs += compare(package_dir, ROOT / "generated" / PACKAGE, f"generated/{PACKAGE}")
        diffs += compare_index(spec_dir / OPERATIONS_INDEX, ROOT / "spec" / OPERATIONS_INDEX)
    if not diffs:
        print("check-generated: spec/ and generated/ match what the pipeline produces")
        return 0
    print(
        "check-generated: FAILED: the committed spec/*.json or generated/ differ from what `make generate` "
        "produces. Never edit them by hand: change codegen/ (trimmer, config, templates) and run `make generate`."
        + provenance_hint(args.spec),
        file=sys.stderr,
    )
    sys.stderr.writelines(diffs[:MAX_DIFF_LINES])
    if len(diffs) > MAX_DIFF_LINES:
        print(f"\n... {len(diffs) - MAX_DIFF_LINES} more diff lines", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
