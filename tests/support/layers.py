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

#: Bottom to top: (layer name, module name prefixes under ``stripe_connector``). "" is the package itself.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("types and errors", ("_secrets", "_types", "_version", "_generated", "errors", "_call_result")),
    ("tools", ("_tools", "_operations")),
    # ``_operations._call`` turns an operation into a tool and validates with ``_request.validation``.
    ("request", ("_request", "_operations._call", "_operations._paging")),
    ("http", ("_http",)),
    ("configuration", ("_config",)),
    # The export schedulers behind ``StripeConnector.export`` sit with the clients; its CLI and Celery parts above.
    (
        "clients",
        ("_connection_check", "_base", "_client", "_async_client", "_operation_calls", "_export", "_connections"),
    ),
    ("public API", ("",)),
    ("front-end parts", ("frontends.error_report", "frontends.keys")),
    (
        "front ends and integrations",
        ("frontends", "integrations", "events", "_export._cli", "_export._celery", "cli", "mcp_server"),
    ),
)
PACKAGE = "stripe_connector"


def module_sources(root: Path, package: str) -> dict[str, str]:
    """``{dotted module name: source}`` for every ``.py`` file of the package at ``root / package``."""
    sources = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        sources[".".join(parts)] = path.read_text(encoding="utf-8")
    return sources


def imports_of(module: str, source: str, known: Iterable[str]) -> set[str]:
    """The modules of ``known`` that ``module`` imports (relative imports resolved; ``from x import y`` counts
    ``x.y`` when that is a module, else ``x``)."""
    names = set(known)
    is_package = any(other.startswith(module + ".") for other in names) or module.count(".") == 0
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
    """The index in :data:`LAYERS` of ``module`` (the longest matching prefix wins)."""
    relative = module.removeprefix(package).removeprefix(".")
    best, best_length = None, -1
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            matches = relative == prefix or relative.startswith(prefix + ".") or (prefix == "" and relative == "")
            if matches and len(prefix) > best_length:
                best, best_length = index, len(prefix)
    if best is None:
        raise LookupError(f"{module} is in no layer: add it to LAYERS in tests/support/layers.py")
    return best


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
