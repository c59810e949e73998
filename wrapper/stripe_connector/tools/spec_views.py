"""The spec's views that ship with the package (``stripe.tools.json``, ``stripe.outputs.json``), read once.

``codegen`` writes them into the repository's ``spec/``; a wheel packages them beside the code (``_spec/``). Either
way they are JSON files of ``{"tools": {tool name: ...}}``, read on first use (not at import: ``import
stripe_connector`` stays cheap) and kept for the life of the process.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parents[1]


def view_path(name: str) -> Path:
    """The view ``name`` (``stripe.tools.json``): packaged beside the code, or the repository's ``spec/``."""
    packaged = PACKAGE / "_spec" / name
    if packaged.is_file():
        return packaged
    return PACKAGE.parents[1] / "spec" / name


@functools.cache
def view_tools(name: str) -> Mapping[str, Any]:
    """The ``tools`` table of the view ``name`` (read once; two threads racing to read it first both get a copy
    of the same file, which is harmless)."""
    with view_path(name).open("rb") as stream:
        tools: Mapping[str, Any] = json.load(stream)["tools"]
    return tools
