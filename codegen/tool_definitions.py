"""Read ``spec/tools.yaml``, the product's definition of every tool, and check its shape.

The pipeline (``trim.py`` for the operations to keep, ``build_tools.py`` for everything generated from the tools)
and the tests read the definitions through this one module, so they all see the same data. Every problem is a
:class:`DefinitionError` naming the tool and the field, reported by the pipeline as one line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HTTP_METHODS = ("GET", "POST", "DELETE")
#: The kinds a definition may give a tool: the wrapper's ``ToolKind`` (``tools/kinds.py``, where every rule that
#: follows from a kind lives). Written here too as the pipeline runs without the wrapper; a test holds the two equal.
KINDS = ("read", "create", "update", "delete", "raw")
#: The argument that carries the cursor, by pagination style: the connector's pager reads it from the generated
#: catalogue, so this is its one definition.
CURSOR_ARGUMENTS = {"cursor": "starting_after", "search": "page"}
PAGINATIONS = (*CURSOR_ARGUMENTS, "none")
TOOL_NAME = re.compile(r"[a-z][a-z0-9_]*")
TOOL_FIELDS = frozenset(
    {
        "operation",
        "example_operation",
        "kind",
        "pagination",
        "description",
        "arguments",
        "required",
        "object_rules",
        "hints",
        "money",
        "example",
    }
)
ARGUMENT_FIELDS = frozenset({"wire", "rules", "description", "schema", "shared"})


class DefinitionError(Exception):
    """A definition the pipeline cannot build a tool from; the message names the tool and the field."""


@dataclass(frozen=True)
class ArgumentDefinition:
    """One argument of a tool, as the product defines it (Stripe's schema is added from the spec)."""

    name: str
    wire: str  # Stripe's parameter name
    rules: dict[str, Any] = field(default_factory=dict)
    description: str | None = None
    schema: dict[str, Any] | None = None  # the whole schema: only for a tool without a Stripe operation
    shared: bool = True  # whether the shared rules and description of this name apply (an /v2 `amount` is an object)


@dataclass(frozen=True)
class ToolDefinition:
    """One tool, as written in ``spec/tools.yaml``."""

    name: str
    kind: str
    description: str
    operation: tuple[str, str] | None  # (METHOD, /path) of Stripe's spec; None for raw_request
    example_operation: tuple[str, str] | None
    pagination: str
    arguments: tuple[ArgumentDefinition, ...]
    required: tuple[str, ...]
    object_rules: dict[str, Any]
    hints: dict[str, str]
    money: dict[str, str | None]
    example_arguments: dict[str, Any]
    example_response: str | None

    @property
    def spec_operation(self) -> tuple[str, str] | None:
        """The Stripe operation the spec must describe for this tool (its own, or its example's)."""
        return self.operation or self.example_operation


@dataclass(frozen=True)
class Definitions:
    """The whole file: shared argument rules and descriptions, and the tools in order."""

    shared: dict[str, ArgumentDefinition]
    tools: tuple[ToolDefinition, ...]

    def by_name(self) -> dict[str, ToolDefinition]:
        return {tool.name: tool for tool in self.tools}


def load_definitions(path: Path) -> Definitions:
    """Parse and check ``path``; raises :class:`DefinitionError` with a one-line reason."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DefinitionError(f"cannot read {path}: {exc}") from None
    except yaml.YAMLError as exc:
        raise DefinitionError(f"{path} is not valid YAML: {' '.join(str(exc).split())}") from None
    if not isinstance(data, dict) or not isinstance(data.get("tools"), dict) or not data["tools"]:
        raise DefinitionError(f"{path}: expected a mapping with a non-empty 'tools' mapping")
    shared_raw = data.get("shared", {}) or {}
    shared_arguments = _mapping(shared_raw.get("arguments", {}), f"{path}: shared.arguments")
    shared = {
        name: _argument(f"{path}: shared argument {name!r}", name, value) for name, value in shared_arguments.items()
    }
    tools = tuple(_tool(path, name, value) for name, value in data["tools"].items())
    return Definitions(shared=shared, tools=tools)


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(key, str) for key in value):
        raise DefinitionError(f"{where}: expected a mapping with string keys")
    return value


def _operation(value: Any, where: str) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = value.split() if isinstance(value, str) else []
    if len(parts) != 2 or parts[0] not in HTTP_METHODS or not parts[1].startswith("/"):
        raise DefinitionError(f"{where}: expected 'METHOD /path' with METHOD one of {', '.join(HTTP_METHODS)}")
    return parts[0], parts[1]


def _argument(where: str, name: str, value: Any) -> ArgumentDefinition:
    value = _mapping(value, where)
    unknown = set(value) - ARGUMENT_FIELDS
    if unknown:
        raise DefinitionError(f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(ARGUMENT_FIELDS)}")
    wire = value.get("wire", name)
    if not isinstance(wire, str) or not wire:
        raise DefinitionError(f"{where}: field 'wire' must be Stripe's parameter name")
    description = value.get("description")
    if description is not None and not isinstance(description, str):
        raise DefinitionError(f"{where}: field 'description' must be a string")
    schema = value.get("schema")
    if schema is not None and not isinstance(schema, dict):
        raise DefinitionError(f"{where}: field 'schema' must be a JSON Schema object")
    shared = value.get("shared", True)
    if not isinstance(shared, bool):
        raise DefinitionError(f"{where}: field 'shared' is true or false")
    return ArgumentDefinition(
        name=name,
        wire=wire,
        rules=_mapping(value.get("rules"), f"{where}: field 'rules'"),
        description=description,
        schema=schema,
        shared=shared,
    )


def _tool_header(value: Mapping[str, Any], where: str) -> tuple[str, tuple[str, str] | None, str, str]:
    """Kind, operation, description and pagination: what the tool is."""
    unknown = set(value) - TOOL_FIELDS
    if unknown:
        raise DefinitionError(f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(TOOL_FIELDS)}")
    kind = value.get("kind")
    if kind not in KINDS:
        raise DefinitionError(f"{where}: field 'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
    operation = _operation(value.get("operation"), f"{where}: field 'operation'")
    if operation is None and kind != "raw":
        raise DefinitionError(f"{where}: field 'operation' is required (only a raw tool reaches any path)")
    description = value.get("description")
    if not isinstance(description, str) or not description.strip():
        raise DefinitionError(f"{where}: field 'description' is required")
    pagination = value.get("pagination", "none")
    if pagination not in PAGINATIONS:
        raise DefinitionError(f"{where}: field 'pagination' must be one of {', '.join(PAGINATIONS)}")
    return str(kind), operation, description, str(pagination)


def _tool_argument_rules(
    value: Mapping[str, Any], where: str, names: set[str]
) -> tuple[list[str], dict[str, Any], dict[str, Any]]:
    """``required``, ``hints`` and ``money``: each names the tool's own arguments."""
    required = value.get("required", [])
    if not isinstance(required, list) or not all(isinstance(item, str) for item in required):
        raise DefinitionError(f"{where}: field 'required' must be a list of argument names")
    for item in required:
        if item not in names:
            raise DefinitionError(f"{where}: field 'required' names {item!r}, which is not an argument")
    hints = _mapping(value.get("hints"), f"{where}: field 'hints'")
    for item, hint in hints.items():
        if item not in names or not isinstance(hint, str):
            raise DefinitionError(f"{where}: field 'hints' has {item!r}: hints are strings for the tool's arguments")
    money = _mapping(value.get("money"), f"{where}: field 'money'")
    for item, currency in money.items():
        if item not in names:
            raise DefinitionError(f"{where}: field 'money' names {item!r}, which is not an argument")
        if currency is not None and currency not in names:
            raise DefinitionError(f"{where}: field 'money': currency argument {currency!r} of {item!r} is missing")
    return required, hints, money


def _tool_example(value: Mapping[str, Any], where: str) -> dict[str, Any]:
    example = _mapping(value.get("example"), f"{where}: field 'example'")
    if set(example) - {"arguments", "response"} or "arguments" not in example:
        raise DefinitionError(f"{where}: field 'example' has 'arguments' (required) and 'response' (optional)")
    response = example.get("response")
    if response is not None and not isinstance(response, str):
        raise DefinitionError(f"{where}: field 'example.response' is Stripe's JSON answer, as a block of text")
    return example


def _tool(path: Path, name: Any, value: Any) -> ToolDefinition:
    """One tool's definition, every field checked (in the order a reader of spec/tools.yaml meets them)."""
    where = f"{path}: tool {name!r}"
    if not isinstance(name, str) or not TOOL_NAME.fullmatch(name):
        raise DefinitionError(f"{where}: a tool name is lower_snake_case")
    value = _mapping(value, where)
    kind, operation, description, pagination = _tool_header(value, where)
    arguments_raw = _mapping(value.get("arguments"), f"{where}: field 'arguments'")
    arguments = tuple(
        _argument(f"{where}: argument {argument!r}", argument, spec) for argument, spec in arguments_raw.items()
    )
    names = {argument.name for argument in arguments}
    required, hints, money = _tool_argument_rules(value, where, names)
    example = _tool_example(value, where)
    return ToolDefinition(
        name=name,
        kind=kind,
        description=" ".join(description.split()),
        operation=operation,
        example_operation=_operation(value.get("example_operation"), f"{where}: field 'example_operation'"),
        pagination=pagination,
        arguments=arguments,
        required=tuple(required),
        object_rules=_mapping(value.get("object_rules"), f"{where}: field 'object_rules'"),
        hints={item: " ".join(hint.split()) for item, hint in hints.items()},
        money=money,
        example_arguments=_mapping(example["arguments"], f"{where}: field 'example.arguments'"),
        example_response=example.get("response"),
    )


def operations(definitions: Definitions) -> list[tuple[str, str, str]]:
    """``(method, path, tool)`` for every tool the spec must describe: what the trimmer keeps."""
    found = []
    for tool in definitions.tools:
        operation = tool.spec_operation
        if operation is not None:
            found.append((operation[0].lower(), operation[1], tool.name))
    return found


def as_plain(value: Any) -> Any:
    """YAML's mappings and lists as plain JSON values (no anchors shared between tools)."""
    if isinstance(value, Mapping):
        return {str(key): as_plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_plain(item) for item in value]
    return value
