"""The layering rule of ARCHITECTURE.md, held from the code's own imports: one way, no cycles, no strays."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.support.layers import LAYERS, PACKAGE, cycles, graph, layer_of, module_sources, upward_imports

ROOT = Path(__file__).resolve().parent.parent
WRAPPER = module_sources(ROOT / "wrapper", PACKAGE)
CODEGEN = module_sources(ROOT, "codegen")


def test_every_module_sits_in_a_layer() -> None:
    for module in WRAPPER:
        layer_of(module)  # raises for a stray


def test_imports_run_one_way() -> None:
    assert upward_imports(graph(WRAPPER)) == []


@pytest.mark.parametrize("sources", [WRAPPER, CODEGEN], ids=["wrapper", "codegen"])
def test_no_import_cycle(sources: dict[str, str]) -> None:
    assert cycles(graph(sources)) == []


def test_an_upward_import_is_caught_wherever_it_hides() -> None:
    """The checker itself: a lower module that imports a client, at the top, in a function or for typing only."""
    for line in (
        "from .._clients.sync_client import StripeConnector",
        "def f():\n    from ..cli.main import main\n",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from stripe_connector._core import base\n",
    ):
        paging = "stripe_connector.tools.pager"
        tampered = {**WRAPPER, paging: WRAPPER[paging] + "\n" + line}
        problems = upward_imports(graph(tampered))
        assert len(problems) == 1 and problems[0].startswith("stripe_connector.tools.pager (tools) imports"), line


def test_a_cycle_is_caught() -> None:
    tampered = {
        **WRAPPER,
        "stripe_connector.errors": WRAPPER["stripe_connector.errors"] + "\nfrom .._types.options import X\n",
    }
    tampered["stripe_connector._types.options"] += "\nfrom .. import errors\n"
    assert ["stripe_connector._types.options", "stripe_connector.errors"] in cycles(graph(tampered))


def test_a_stray_module_is_named() -> None:
    with pytest.raises(LookupError, match=r"stripe_connector\.somewhere_new is in no layer"):
        layer_of("stripe_connector.somewhere_new")


def test_the_layers_are_those_of_the_architecture_document() -> None:
    """Every folder of the package is a layer's, and ARCHITECTURE.md's tree names it in the layers' order."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    folders = [folder for _, members in LAYERS for folder in members if folder]
    on_disk = {path.parent.name for path in (ROOT / "wrapper" / PACKAGE).glob("*/__init__.py")}
    assert on_disk == set(folders)
    positions = [text.index(f"\n  {folder}/ ") for folder in folders]
    assert positions == sorted(positions)
    assert not [path.name for path in (ROOT / "wrapper" / PACKAGE).glob("*.py") if path.name != "__init__.py"]


def test_core_folders_inits_are_empty() -> None:
    """Import time is a feature: a core folder's ``__init__`` holds no code (a feature's holds its public names)."""
    for folder in ("_types", "_request", "_http", "_core", "_clients", "_host_parts"):
        body = ast.parse(WRAPPER[f"{PACKAGE}.{folder}"]).body
        assert all(isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) for node in body), folder


def defined_names(sources: dict[str, str]) -> dict[str, list[str]]:
    """``{name: [modules]}`` of every class and public function a module defines at its top (what a reader greps
    for and imports), from the AST."""
    found: dict[str, list[str]] = {}
    for module, source in sources.items():
        for node in ast.parse(source).body:
            if isinstance(node, ast.ClassDef) or (
                isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_")
            ):
                found.setdefault(node.name, []).append(module)
    return found


def test_no_two_classes_or_public_functions_share_a_name() -> None:
    """One name, one thing: ``Operation``, ``open_store`` or ``start_export`` defined twice sends a reader (and an
    import) to the wrong one."""
    assert {name: modules for name, modules in defined_names(WRAPPER).items() if len(modules) > 1} == {}


def test_a_repeated_name_is_caught() -> None:
    tampered = {**WRAPPER, "stripe_connector.cli.extra": "class Tool:\n    pass\n\n\ndef open_store():\n    pass\n"}
    repeated = {name for name, modules in defined_names(tampered).items() if len(modules) > 1}
    assert repeated == {"Tool", "open_store"}
