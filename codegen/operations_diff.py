"""The ``make spec-diff`` section on the whole API: operations added and removed between two specs.

The per-tool report (``spec_diff.py``) covers the documented operations in depth; this section counts every
``/v1`` and ``/v2`` operation, as the operation index (``build_operations.py``) sees them, and lists the ids. When
the old side is the committed trimmed spec (``make regenerate``), which keeps only the documented operations, the
whole API it came from is read from the committed operation index beside it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

METHODS = ("get", "post", "delete")
INDEX_NAME = "stripe.operations.jsonl"
#: Ids listed per group; the rest are counted.
MAX_LISTED = 200


def spec_operations(document: Mapping[str, Any]) -> dict[str, str]:
    """operationId -> ``METHOD /path`` for every /v1 and /v2 operation of ``document``."""
    found: dict[str, str] = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, Mapping) or not str(path).startswith(("/v1/", "/v2/")):
            continue
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                found[str(operation.get("operationId") or f"{method.upper()} {path}")] = f"{method.upper()} {path}"
    return found


def whole_api(document: Mapping[str, Any], path: Path) -> tuple[dict[str, str], str]:
    """The operations ``document`` stands for, and where they were read from."""
    info = document.get("info") or {}
    if isinstance(info, Mapping) and "x-stripe-connector-provenance" in info:
        index = path.parent / INDEX_NAME
        if index.is_file():
            header = json.loads(index.read_bytes().partition(b"\n")[0])  # the header: every id and route
            return dict(zip(header["ids"], header["routes"], strict=True)), f"{index.name} (committed)"
    return spec_operations(document), str(path)


def listed(ids: list[str], operations: Mapping[str, str]) -> list[str]:
    lines = [f"- `{name}` ({operations[name]})" for name in ids[:MAX_LISTED]]
    if len(ids) > MAX_LISTED:
        lines.append(f"- ... and {len(ids) - MAX_LISTED} more")
    return lines


def operations_section(old: Mapping[str, Any], old_path: Path, new: Mapping[str, Any], new_path: Path) -> str:
    """Markdown: counts, then the ids added, removed and moved (same id, another method or path)."""
    before, old_source = whole_api(old, old_path)
    after, new_source = whole_api(new, new_path)
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    moved = sorted(name for name in set(before) & set(after) if before[name] != after[name])
    lines = [
        "",
        "# Every operation (the whole API)",
        "",
        f"{len(before)} operations in {old_source}, {len(after)} in {new_source}: "
        f"{len(added)} added, {len(removed)} removed, {len(moved)} moved.",
    ]
    for title, ids, source in (("Added", added, after), ("Removed", removed, before)):
        if ids:
            lines += ["", f"### {title} ({len(ids)})", "", *listed(ids, source)]
    if moved:
        lines += ["", f"### Moved ({len(moved)})", ""]
        lines += [f"- `{name}`: {before[name]} -> {after[name]}" for name in moved[:MAX_LISTED]]
    return "\n".join(lines) + "\n"
