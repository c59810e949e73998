"""The project's habits, held by checks rather than by memory: the tests mirror the package (ARCHITECTURE.md's
rule, so "which tests cover x/y.py" is answered by the tree), a test's component comes from its path, `make lint`
covers every Python folder and pre-commit runs it, and no tracker number sits in the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import SUITES, component_of

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
PACKAGE = ROOT / "wrapper" / "stripe_connector"
#: What the tests share, beside the tests themselves.
HELPERS = {"support", "cassettes", "data", "__pycache__"}
#: The checks of the package as a whole, the only test files at the top of tests/.
PACKAGE_WIDE = {"test_layers.py", "test_habits.py"}


def modules_of(folder: Path) -> set[str]:
    """The names a test file may start with in the folder mirroring `folder`: its modules without the leading
    underscore, and the folder's own name for its `__init__`."""
    names = {path.stem.lstrip("_") for path in folder.glob("*.py") if path.name != "__init__.py"}
    return names | {folder.name.lstrip("_")}


def misplaced(tests: Path, package: Path) -> list[str]:
    """Every test file that is not where ARCHITECTURE.md's rule puts it."""
    wrong = []
    for path in sorted(tests.rglob("test_*.py")):
        parts = path.relative_to(tests).parts
        if (len(parts) == 1 and parts[0] in PACKAGE_WIDE) or parts[0] in SUITES or parts[0] in HELPERS:
            continue  # the package as a whole, a suite, or shared helpers
        if len(parts) == 1:
            wrong.append(parts[0])
            continue
        folder = package.joinpath(*parts[:-1])
        names = modules_of(folder) if folder.is_dir() else set()
        if not any(path.stem == f"test_{name}" or path.stem.startswith(f"test_{name}_") for name in names):
            wrong.append(str(path.relative_to(tests)))
    return wrong


def test_every_test_file_mirrors_a_module_or_sits_in_a_suite() -> None:
    assert misplaced(TESTS, PACKAGE) == []


def test_a_test_file_that_mirrors_nothing_is_caught(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "_http").mkdir(parents=True)
    (package / "_http" / "attempts.py").write_text("")
    tests = tmp_path / "tests"
    for name in ("_http/test_attempts.py", "_http/test_attempts_hostile.py", "_http/test_retries.py",
                 "nowhere/test_attempts.py", "flows/test_anything.py", "test_layers.py", "test_flat.py"):  # fmt: skip
        (tests / name).parent.mkdir(parents=True, exist_ok=True)
        (tests / name).write_text("")
    assert misplaced(tests, package) == ["_http/test_retries.py", "nowhere/test_attempts.py", "test_flat.py"]


@pytest.mark.parametrize(
    ("path", "component"),
    [
        ("_http/test_attempts.py", "unit"),
        ("_http/test_answer_hostile.py", "hostile"),
        ("celery/test_tools_engines.py", "engines"),
        ("events/test_store_flows.py", "flows"),
        ("mcp/test_server_agents.py", "agents"),
        ("conformance/test_prism.py", "conformance"),
        ("pipeline/test_spec_diff_hostile.py", "pipeline"),
        ("docs/test_site.py", "docs"),
        ("_request/test_raw_v2.py", "unit"),
        ("test_layers.py", "unit"),
    ],
)
def test_a_component_is_read_from_the_path(path: str, component: str) -> None:
    assert component_of(TESTS / path) == component


def test_make_lint_checks_every_python_folder_and_pre_commit_runs_it() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    linted = re.search(r"^LINTED := (.+)$", makefile, re.MULTILINE)
    mypy = re.search(r"^\t\$\(BIN\)mypy --strict (.+)$", makefile, re.MULTILINE)
    assert linted and mypy
    folders = {path.parts[0] for path in map(Path, _tracked_python(ROOT)) if len(path.parts) > 1}
    assert folders - {"generated"} == set(linted.group(1).split())
    assert {argument.split("/")[0] for argument in mypy.group(1).split()} == set(linted.group(1).split())
    hooks = (ROOT / ".pre-commit-config.yaml").read_text("utf-8")
    assert "entry: make --no-print-directory lint" in hooks


def _tracked_python(root: Path) -> list[str]:
    skip = {".venv", "node_modules", "build", ".git", "__pycache__"}
    return [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if not skip.intersection(path.relative_to(root).parts) and not path.relative_to(root).parts[0].startswith(".")
    ]


#: "issue 19", "ticket #7", "bug 12", "(#123)": a tracker's number means nothing to a reader of the code.
TRACKER = re.compile(r"\b(?:issue|ticket|bug)s?\s*#?\d+|\(#\d+\)", re.IGNORECASE)


def test_no_tracker_numbers_in_the_code() -> None:
    found = []
    for name in _tracked_python(ROOT):
        if name.startswith("generated/"):
            continue
        for number, line in enumerate((ROOT / name).read_text("utf-8").splitlines(), 1):
            if TRACKER.search(line) and name != "tests/test_habits.py":
                found.append(f"{name}:{number}: {line.strip()}")
    assert found == []


def test_the_tracker_pattern_finds_numbers_and_spares_other_hashes() -> None:
    assert all(TRACKER.search(text) for text in ("fixed for issue 19", "Issues #3", "see (#123)", "bug 7"))
    assert not any(TRACKER.search(text) for text in ("Order #42 - café", "issue the refund", "HTTP 429"))
