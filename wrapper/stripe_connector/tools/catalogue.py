"""The tool catalogue: every tool as users, workflow engines and agents see it.

What a tool *is* lives in one place, ``spec/tools.yaml``; ``make generate`` joins it with Stripe's spec into
``stripe_connector_generated.tool_catalogue`` (a Python literal, so loading it costs an import, not a JSON parse
and a schema build). This module only turns those entries into :class:`Tool` objects, on first use.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from .._types.from_spec import tool_entries
from .._types.options import JSONSchema
from ..errors import InvalidInputError
from .kinds import ToolKind, check_kind


class _Record:
    """An immutable, slotted record: what a frozen dataclass gives, without the code generation that would cost a
    fresh process's first call a few milliseconds (tools are built on the first call)."""

    __slots__: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Record) and type(other) is type(self) and self._values() == other._values()

    def __hash__(self) -> int:
        # By identity-like fields only: the schemas and mappings inside are not hashable.
        return hash((type(self).__name__, getattr(self, "name", None), getattr(self, "path", None)))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__ if name != "input_schema")
        return f"{type(self).__name__}({fields})"

    def _init(self, values: Mapping[str, Any]) -> None:
        """Set every field from ``values`` (an ``__init__``'s ``locals()``: its parameters are the fields)."""
        for name in self.__slots__:
            object.__setattr__(self, name, values[name])


class Endpoint(_Record):
    """Where a tool's arguments go on the wire, read from the spec."""

    __slots__ = ("body_encoding", "method", "operation_id", "path", "path_params", "query_params")

    method: str
    path: str
    operation_id: str
    path_params: frozenset[str]
    query_params: frozenset[str]  # the rest go in the body
    body_encoding: str  # "form" on /v1, "json" on /v2

    def __init__(
        self,
        method: str,
        path: str,
        operation_id: str,
        path_params: frozenset[str],
        query_params: frozenset[str],
        body_encoding: str = "form",
    ) -> None:
        self._init(locals())

    @property
    def key(self) -> str:
        """``"GET /v1/customers"``: how the spec, the definitions and the parser registry name the operation."""
        return f"{self.method} {self.path}"


class Tool(_Record):
    """One tool: ``name``, ``description``, ``input_schema`` (what agents see and validation enforces), ``kind``
    (``read``, ``create``, ``update``, ``delete`` or ``raw``: what it may do to Stripe's data), ``pagination``
    (``cursor``, ``search`` or None) and where its arguments go (``operation``; None for ``raw_request``)."""

    __slots__ = ("description", "hints", "input_schema", "kind", "money", "name", "operation", "pagination", "renames")

    name: str
    description: str
    input_schema: JSONSchema
    kind: ToolKind
    pagination: str | None
    operation: Endpoint | None
    #: Connector argument name -> Stripe parameter name, where they differ.
    renames: Mapping[str, str]
    #: Money argument -> the argument holding its currency (None: the request carries none).
    money: Mapping[str, str | None]
    #: Why a cross-field or pattern rule failed, in words, by the argument it names.
    hints: Mapping[str, str]

    def __init__(
        self,
        name: str,
        description: str,
        input_schema: JSONSchema,
        kind: ToolKind,
        pagination: str | None,
        operation: Endpoint | None,
        renames: Mapping[str, str],
        money: Mapping[str, str | None],
        hints: Mapping[str, str],
    ) -> None:
        kind = check_kind(kind, name)
        self._init(locals())

    def replace(self, **changes: Any) -> Tool:
        """A copy with ``changes`` (``tool.replace(kind="read")``), as ``dataclasses.replace`` would make."""
        values = {name: getattr(self, name) for name in self.__slots__}
        return Tool(**{**values, **changes})

    @property
    def strict_input_schema(self) -> JSONSchema:
        """The variant for strict function calling (OpenAI, openai-agents); ``call(..., strict=True)`` takes it."""
        from .strict import strict_schema  # only strict callers pay for it: not on a plain call's first use

        return strict_schema(self.input_schema)

    @property
    def is_list(self) -> bool:
        """List and search tools page, and can be paginated."""
        return self.pagination is not None

    @property
    def is_raw(self) -> bool:
        """``raw_request``: reaches any path, so what it may do depends on its arguments."""
        return self.operation is None

    @property
    def title(self) -> str:
        """A human title: ``list_customers`` -> ``List customers``."""
        return self.name.replace("_", " ").capitalize()


def tool_from_entry(name: str, entry: Mapping[str, Any]) -> Tool:
    """A :class:`Tool` from one entry of the generated catalogue."""
    operation = entry["operation"]
    return Tool(
        name=name,
        description=entry["description"],
        input_schema=entry["input_schema"],
        kind=entry["kind"],
        pagination=entry["pagination"],
        operation=None
        if operation is None
        else Endpoint(
            method=operation["method"],
            path=operation["path"],
            operation_id=operation["operation_id"],
            path_params=frozenset(operation["path_params"]),
            query_params=frozenset(operation["query_params"]),
            body_encoding=operation["body_encoding"],
        ),
        renames=entry["renames"],
        money=entry["money"],
        hints=entry["hints"],
    )


def build_catalogue(entries: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Tool]:
    """Every tool by name, in the definitions' order (the generated catalogue by default)."""
    if entries is None:
        entries = tool_entries()
    return {name: tool_from_entry(name, entry) for name, entry in entries.items()}


_catalogue: dict[str, Tool] | None = None
_catalogue_lock = threading.Lock()


def catalogue() -> dict[str, Tool]:
    """The process-wide catalogue, built once, on first use, thread-safely."""
    global _catalogue
    if _catalogue is None:
        with _catalogue_lock:
            if _catalogue is None:
                _catalogue = build_catalogue()
    return _catalogue


def get_tool(name: object) -> Tool:
    """The tool called ``name``, or :class:`InvalidInputError` naming ``tool``."""
    tools = catalogue()
    if isinstance(name, str) and name in tools:
        return tools[name]
    raise InvalidInputError("tool", f"unknown tool {name!r}; the tools are: {', '.join(tools)}")
