"""The package's import graph, read from its own source (``ast``), and the rules it must keep.

Layers run one way, bottom to top (``LAYERS``): a module may import its own layer and the layers below, never one
above. Every import counts, wherever it stands: at the top, inside a function or under ``TYPE_CHECKING`` (a lazy
import hides a dependency, it does not remove it). Separately, no module may reach itself through its imports
(``cycles``), inside a layer or across.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

#: Bottom to top: (layer name, the folders under ``stripe_connector`` in it). "" is the package's own ``__init__``.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("types", ("_types",)),
    ("errors", ("errors",)),
    ("tools", ("tools",)),
    ("request", ("_request",)),
    ("operations", ("operations",)),
    ("http", ("_http",)),
    ("telemetry", ("telemetry",)),
    ("connector core", ("_core",)),
    ("export", ("export",)),
    ("clients", ("_clients",)),
    ("public API", ("",)),
    ("events", ("events",)),
    ("host parts", ("_host_parts",)),
    ("hosts", ("cli", "mcp", "celery", "temporal")),
    # What users test their own code with: it may use anything below, and nothing in the package imports it.
    ("testing kit", ("testing",)),
)
PACKAGE = "stripe_connector"
#: Every package (folder) module_sources has read: a package's relative imports start from itself.
PACKAGES: set[str] = set()


def module_sources(root: Path, package: str) -> dict[str, str]:
    """``{dotted module name: source}`` for every ``.py`` file of the package at ``root / package``."""
    sources = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
            PACKAGES.add(".".join(parts))
        sources[".".join(parts)] = path.read_text(encoding="utf-8")
    return sources


def imports_of(module: str, source: str, known: Iterable[str]) -> set[str]:
    """The modules of ``known`` that ``module`` imports (relative imports resolved; ``from x import y`` counts
    ``x.y`` when that is a module, else ``x``)."""
    names = set(known)
    is_package = module in PACKAGES or any(other.startswith(module + ".") for other in names) or "." not in module
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".") if is_package else module.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in names else base for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in names:  # `import a.b.c` imports a.b.c (and its parents, cheaply)
                target = target.rpartition(".")[0]
            if target and target != module:
                found.add(target)
    return found


def graph(sources: Mapping[str, str]) -> dict[str, set[str]]:
    return {module: imports_of(module, source, sources) for module, source in sources.items()}


def layer_of(module: str, package: str = PACKAGE) -> int:
    """The index in :data:`LAYERS` of ``module``: that of its folder (the package's ``__init__`` is ``""``)."""
    relative = module.removeprefix(package).removeprefix(".")
    folder = relative.partition(".")[0]
    for index, (_, folders) in enumerate(LAYERS):
        if folder in folders and (folder or not relative):
            return index
    raise LookupError(f"{module} is in no layer: add its folder to LAYERS in tests/support/layers.py")


def upward_imports(imports: Mapping[str, set[str]], package: str = PACKAGE) -> list[str]:
    """Every import of a module from a layer above its own, as ``"a (layer) imports b (higher layer)"``."""
    problems = []
    for module, targets in sorted(imports.items()):
        if not module.startswith(package):
            continue
        own = layer_of(module, package)
        for target in sorted(targets):
            if target.startswith(package) and layer_of(target, package) > own:
                problems.append(
                    f"{module} ({LAYERS[own][0]}) imports {target} ({LAYERS[layer_of(target, package)][0]})"
                )
    return problems


def pop_group(stack: list[str], on_stack: set[str], root: str) -> list[str]:
    """Tarjan's step: the modules on the stack down to ``root`` form one strongly connected group."""
    group = []
    while True:
        member = stack.pop()
        on_stack.discard(member)
        group.append(member)
        if member == root:
            return group


def cycles(imports: Mapping[str, set[str]]) -> list[list[str]]:
    """The import cycles: each strongly connected group of two or more modules (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in imports.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = pop_group(stack, on_stack, node)
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(imports):
        if node not in index:
            visit(node)
    return sorted(found)
