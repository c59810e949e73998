"""Reading the pipeline's inputs: an OpenAPI document (JSON or YAML) and the list of operations to keep.

One loader for the trimmer (``codegen.trim``) and the spec diff (``codegen.spec_diff``): both read Stripe's specs
and ``spec/tools.yaml`` (or a plain ``METHOD PATH TOOL`` list), and both report bad input as one line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "post", "delete", "put", "patch")


class SpecError(Exception):
    """Bad input to the pipeline: reported as one line, not as a traceback."""


def load_document(path: Path) -> dict[str, Any]:
    """Read an OpenAPI 3 document from JSON or YAML (chosen by the file's first non-blank character)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(f"spec file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"cannot read spec file {path}: {exc}") from None
    try:
        if text.lstrip()[:1] in ("{", "["):
            document = json.loads(text)
        else:
            import yaml  # only YAML sources pay for PyYAML

            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            document = yaml.load(text, Loader=loader)
    except Exception as exc:  # json and yaml raise many types; all mean "not a readable document"
        raise SpecError(f"{path} is neither valid JSON nor valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        raise SpecError(f"{path} is not an OpenAPI 3 document (no 'openapi: 3.x' field)")
    if not isinstance(document.get("paths"), dict):
        raise SpecError(f"{path} is not an OpenAPI 3 document (no 'paths' object)")
    return document


def read_operations(path: Path, *, tool_required: bool = True) -> list[tuple[str, str, str]]:
    """The operations to keep, as ``(method, path, tool)`` with a lower-case method: from the tool definitions
    (``spec/tools.yaml``), or from a plain list with one ``METHOD PATH TOOL`` per line (``#`` starts a comment;
    the tool may be left out when ``tool_required`` is false, and is then ``""``)."""
    if path.suffix in (".yaml", ".yml"):
        from .tool_definitions import DefinitionError, load_definitions, operations

        try:
            return operations(load_definitions(path))
        except DefinitionError as exc:
            raise SpecError(str(exc)) from None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SpecError(f"cannot read operations file {path}: {exc}") from None
    found = []
    counts = (3,) if tool_required else (2, 3)
    for number, raw in enumerate(lines, start=1):
        fields = raw.split("#", 1)[0].split()
        if not fields:
            continue
        if len(fields) not in counts or fields[0].lower() not in HTTP_METHODS or not fields[1].startswith("/"):
            raise SpecError(f"{path}:{number}: expected 'METHOD PATH TOOL', got {raw.strip()!r}")
        found.append((fields[0].lower(), fields[1], fields[2] if len(fields) == 3 else ""))
    if not found:
        raise SpecError(f"{path} lists no operations")
    return found
