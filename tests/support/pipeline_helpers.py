"""Helpers for ``tests/test_pipeline.py``: run the spec -> client pipeline in a scratch copy and inspect its output.

The pipeline writes ``spec/`` and ``generated/`` relative to the directory ``make`` runs in, so every run here
happens in a copy of the pipeline's inputs (Makefile, ``codegen/``, ``spec/tools.yaml``) under a temporary
directory: tests never touch the committed tree, and several runs (three source specs, two runs for determinism)
can sit side by side.

Run as a script (``python -m tests.support.pipeline_helpers FIXTURES``) it round-trips Stripe's fixture resources
through whichever ``stripe_connector_generated`` is first on ``sys.path`` and prints a JSON report: that is how a tree
generated into a temporary directory is checked without clashing with the installed package.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
STRIPE_OPENAPI = ROOT.parent / "shared" / "stripe-openapi"
TOOLS_DOC = ROOT.parent / "shared" / "docs" / "000_e025cf6611955be8.txt"
PACKAGE = "stripe_connector_generated"
SCHEMA_PREFIX = "#/components/schemas/"

# The shipped source specs, by the name tests use for them; the committed tree comes from the first one.
SPECS: dict[str, Path] = {
    "2023-09-12-json": STRIPE_OPENAPI / "2023-09-12" / "spec3.json",
    "2023-09-12-yaml": STRIPE_OPENAPI / "2023-09-12" / "spec3.yaml",
    "2022-04-12-json": STRIPE_OPENAPI / "2022-04-12" / "spec3.json",
}
DEFAULT_SPEC = SPECS["2023-09-12-json"]
DEFAULT_API_VERSION = "2023-08-16"  # info.version of DEFAULT_SPEC


def committed_source() -> Path:
    """The source spec the committed tree is made from: ``$SPEC`` if set, else the Makefile's default.

    ``make regenerate SPEC=new`` runs ``make test SPEC=new``, and make exports command-line variables to recipes,
    so the tests of the committed tree follow the spec it was just regenerated from (relative paths are taken
    from the repository root, as in the Makefile).
    """
    value = os.environ.get("SPEC")
    return (ROOT / value).resolve() if value else DEFAULT_SPEC


def load_spec(path: Path) -> Any:
    """A source spec, JSON or YAML (as the trimmer decides: by the first non-blank character)."""
    text = path.read_text(encoding="utf-8")
    if text.lstrip()[:1] == "{":
        return json.loads(text)
    yaml = importlib.import_module("yaml")  # only YAML sources pay for PyYAML (and it ships no type stubs)
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def endpoint_modules() -> tuple[str, ...]:
    """One endpoint module per operation of spec/tools.yaml: openapi-python-client names it after the operation id."""
    documented = load_json(ROOT / "spec" / "stripe.documented.json")
    names = []
    for method, api_path, _tool in read_operations():
        operation_id = documented["paths"][api_path][method]["operationId"]
        names.append("".join("_" + char.lower() if char.isupper() else char for char in operation_id).lstrip("_"))
    return tuple(sorted(set(names)))


# fixtures3.json resource -> the generated model that describes it.
RESOURCE_MODELS = {
    "balance": "Balance",
    "charge": "Charge",
    "customer": "Customer",
    "invoice": "Invoice",
    "payment_intent": "PaymentIntent",
    "product": "Product",
    "subscription": "Subscription",
}

# A list response's ``url`` -> (the generated list model, the model of its items).
LIST_MODELS = {
    "/v1/charges": ("GetChargesResponse200", "Charge"),
    "/v1/customers": ("GetCustomersResponse200", "Customer"),
    "/v1/invoices": ("GetInvoicesResponse200", "Invoice"),
    "/v1/payment_intents": ("GetPaymentIntentsResponse200", "PaymentIntent"),
    "/v1/products": ("GetProductsResponse200", "Product"),
    "/v1/subscriptions": ("GetSubscriptionsResponse200", "Subscription"),
}


@dataclass(frozen=True)
class PipelineRun:
    """One ``make generate`` in a scratch copy: where it ran, what it printed, how long it took."""

    workdir: Path
    spec: Path
    returncode: int
    output: str
    seconds: float

    @property
    def spec_dir(self) -> Path:
        return self.workdir / "spec"

    @property
    def package_dir(self) -> Path:
        return self.workdir / "generated" / PACKAGE


def copy_pipeline(workdir: Path) -> None:
    """Copy what ``make spec``/``make generate`` read into ``workdir`` (not the outputs: those are rebuilt)."""
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "Makefile", workdir / "Makefile")
    shutil.copytree(ROOT / "codegen", workdir / "codegen", ignore=shutil.ignore_patterns("__pycache__"))
    (workdir / "spec").mkdir(exist_ok=True)
    shutil.copy2(ROOT / "spec" / "tools.yaml", workdir / "spec" / "tools.yaml")


def run_make(workdir: Path, target: str, spec: Path | str) -> subprocess.CompletedProcess[str]:
    """``make TARGET SPEC=spec`` in ``workdir`` with this interpreter, isolated from any enclosing ``make``."""
    env = {key: value for key, value in os.environ.items() if key not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    command = ["make", "--no-print-directory", target, f"SPEC={spec}", f"PYTHON={sys.executable}"]
    return subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=600, check=False)


def make_generate(workdir: Path, spec: Path) -> PipelineRun:
    """Copy the pipeline into ``workdir`` and run ``make generate`` there from ``spec``."""
    copy_pipeline(workdir)
    started = time.perf_counter()
    result = run_make(workdir, "generate", spec)
    seconds = time.perf_counter() - started
    return PipelineRun(workdir, spec, result.returncode, result.stdout + result.stderr, seconds)


def tree_bytes(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` by relative path (interpreter caches aside)."""
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def read_operations(path: Path = ROOT / "spec" / "tools.yaml") -> list[tuple[str, str, str]]:
    """The operations of ``spec/tools.yaml`` as (method, path, tool), read independently of the trimmer under test."""
    yaml = importlib.import_module("yaml")
    rows = []
    for tool, definition in yaml.safe_load(path.read_text(encoding="utf-8"))["tools"].items():
        operation = definition.get("operation") or definition.get("example_operation")
        if operation:
            method, api_path = operation.split()
            rows.append((method.lower(), api_path, tool))
    return rows


def iter_refs(node: Any) -> Iterator[str]:
    """Names of the component schemas ``node`` references (anywhere below it)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            yield ref[len(SCHEMA_PREFIX) :]
        for value in node.values():
            yield from iter_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from iter_refs(item)


def reachable_schemas(roots: Any, schemas: Mapping[str, Any]) -> set[str]:
    """The schema names reachable from ``roots`` through ``$ref`` (names missing from ``schemas`` included)."""
    reached: set[str] = set()
    pending = list(iter_refs(roots))
    while pending:
        name = pending.pop()
        if name not in reached:
            reached.add(name)
            pending.extend(iter_refs(schemas.get(name, {})))
    return reached


def extract_example_responses(text: str) -> list[Any]:
    """The JSON value after each ``Example response:`` line of the tools reference, in document order."""
    decoder = json.JSONDecoder()
    marker = "Example response:"
    examples = []
    position = text.find(marker)
    while position != -1:
        start = position + len(marker)
        while text[start].isspace():
            start += 1
        value, end = decoder.raw_decode(text, start)  # raises if the marker is not followed by JSON
        examples.append(value)
        position = text.find(marker, end)
    return examples


def first_difference(expected: Any, actual: Any, where: str = "$") -> str | None:
    """Where two JSON values first differ (for a readable round-trip failure), or None if they are equal."""
    if type(expected) is not type(actual):
        return f"{where}: {expected!r} became {actual!r}"
    if isinstance(expected, dict):
        return first_key_difference(expected, actual, where)
    if isinstance(expected, list):
        if len(expected) != len(actual):
            return f"{where}: {len(expected)} items became {len(actual)}"
        for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
            found = first_difference(left, right, f"{where}[{index}]")
            if found:
                return found
        return None
    return None if expected == actual else f"{where}: {expected!r} became {actual!r}"


def first_key_difference(expected: dict[Any, Any], actual: dict[Any, Any], where: str) -> str | None:
    """:func:`first_difference` for two objects: a key dropped or added, or the first value that differs."""
    for key in sorted(expected.keys() | actual.keys(), key=str):
        if key not in actual:
            return f"{where}.{key}: dropped"
        if key not in expected:
            return f"{where}.{key}: added ({actual[key]!r})"
        found = first_difference(expected[key], actual[key], f"{where}.{key}")
        if found:
            return found
    return None


def round_trip(model: Any, value: Any) -> str:
    """``"ok"`` if ``model.from_dict(value).to_dict() == value``, else what went wrong."""
    try:
        result = model.from_dict(value).to_dict()
    except Exception as exc:  # report any parse failure as data, the caller asserts on it
        return f"from_dict/to_dict raised {type(exc).__name__}: {exc}"
    if result == value:
        return "ok"
    return f"round trip changed the value: {first_difference(value, result)}"


def fixture_report(fixtures: Path) -> dict[str, Any]:
    """Round-trip every resource of ``RESOURCE_MODELS`` from ``fixtures`` through the importable package."""
    package = importlib.import_module(PACKAGE)
    models = importlib.import_module(f"{PACKAGE}.models")
    types = importlib.import_module(f"{PACKAGE}.types")
    resources = load_json(fixtures)["resources"]
    results = {
        resource: round_trip(getattr(models, class_name), resources[resource]) if resource in resources else "missing"
        for resource, class_name in RESOURCE_MODELS.items()
    }
    return {"package": package.__file__, "api_version": types.STRIPE_API_VERSION, "results": results}


def fixture_report_in_subprocess(generated_dir: Path, fixtures: Path) -> dict[str, Any]:
    """:func:`fixture_report` in a fresh interpreter that imports the package from ``generated_dir``."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(generated_dir), str(ROOT)]), PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(
        [sys.executable, "-m", "tests.support.pipeline_helpers", str(fixtures)],
        cwd=generated_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0:
        raise AssertionError(f"fixture check failed to run:\n{result.stdout}{result.stderr}")
    report: dict[str, Any] = json.loads(result.stdout)
    return report


if __name__ == "__main__":
    print(json.dumps(fixture_report(Path(sys.argv[1]))))


#: The documented operations' endpoint modules (derived from spec/tools.yaml and the committed documented spec).
ENDPOINT_MODULES = endpoint_modules()
