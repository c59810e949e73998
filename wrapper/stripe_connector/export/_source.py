"""What an export pages: a list tool or a list operation whose endpoint filters on ``created``.

A curated list tool names its Stripe operation (``list_customers`` -> ``GET /v1/customers``); whether that
operation takes ``created[gte]``/``created[lt]`` is read from the spec's view of the tools (``stripe.tools.json``,
the operation's own parameters), not assumed. An operation id from the operation index (``GetCustomers``) plugs in
the same way: its method, path, pagination and whether it filters on ``created`` come from the index.

The caller's arguments are validated as ``call`` validates them (the tool's schema, ``allowed_tools``,
``stripe_account``) by preparing one ordinary request; each page then adds the shard's ``created`` range,
``limit=100`` and its cursor to that request's query string. The export owns those parameters, so an argument
that sets them is refused before anything is sent; ``created`` in the arguments narrows the export's range.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeGuard
from urllib.parse import parse_qsl, urlencode

from .._request.encoding import form_pairs
from .._types.options import PreparedRequest
from ..errors import InvalidInputError
from ..operations._methods import prepare_operation
from ..tools.spec_views import view_tools

if TYPE_CHECKING:
    from .._core.base import ConnectorCore
    from ._plan import PageRequest

#: Parameters each page sets itself; an export's arguments may not.
OWNED = ("limit", "starting_after", "ending_before", "page")


def tool_parameters(tool: str) -> Mapping[str, Any]:
    """The parameters of ``tool``'s operation in the spec's view (empty if the view does not list it)."""
    entry = view_tools("stripe.tools.json").get(tool)
    parameters = entry.get("parameters") if isinstance(entry, Mapping) else None
    return parameters if isinstance(parameters, Mapping) else {}


def filters_on_created(parameters: Mapping[str, Any]) -> bool:
    """Whether a ``created`` query parameter takes a range object with ``gte`` and ``lt``."""
    created = parameters.get("created")
    if not isinstance(created, Mapping) or created.get("in", "query") != "query":
        return False
    schema = created.get("schema", {})
    options = schema.get("anyOf", [schema]) if isinstance(schema, Mapping) else []
    for option in options:
        properties = option.get("properties", {}) if isinstance(option, Mapping) else {}
        if isinstance(properties, Mapping) and {"gte", "lt"} <= set(properties):
            return True
    return False


class ListSource:
    """One list to export: its name (tool or operation id), its endpoint, and how to prepare its base request."""

    __slots__ = ("kind", "method", "name", "path", "prepare")

    def __init__(
        self,
        name: str,
        kind: str,
        method: str,
        path: str,
        prepare: Callable[[ConnectorCore, Mapping[str, Any], str | None], PreparedRequest],
    ) -> None:
        self.name = name
        self.kind = kind  # "tool" or "operation"
        self.method = method
        self.path = path
        self.prepare = prepare

    def __repr__(self) -> str:
        return f"ListSource({self.name!r}, {self.method} {self.path})"


def list_source(name: object) -> ListSource:
    """The list ``name`` stands for: a curated list tool, else an operation id of the index; or a clear refusal."""
    if not isinstance(name, str) or not name:
        raise InvalidInputError("tool", "must be the name of a list tool (list_customers) or a list operation id")
    from ..tools.catalogue import catalogue

    tools = catalogue()
    if name in tools:
        return _tool_source(name)
    operation = _operation_source(name)
    if operation is not None:
        return operation
    lists = ", ".join(sorted(t.name for t in tools.values() if t.pagination == "cursor"))
    raise InvalidInputError("tool", f"unknown list {name!r}; the list tools are: {lists} (or a list operation id)")


def _tool_source(name: str) -> ListSource:
    from ..tools.catalogue import get_tool

    tool = get_tool(name)
    if tool.pagination != "cursor" or tool.operation is None or tool.operation.method != "GET":
        raise InvalidInputError("tool", f"{name} is not a list tool that pages with starting_after")
    if not filters_on_created(tool_parameters(name)):
        reason = f"{tool.operation.key} does not filter on created; it cannot be sharded"
        raise InvalidInputError("tool", f"{name}: {reason}")

    def prepare(core: ConnectorCore, arguments: Mapping[str, Any], account: str | None) -> PreparedRequest:
        return core.prepare(name, arguments, stripe_account=account)

    return ListSource(name, "tool", tool.operation.method, tool.operation.path, prepare)


def _operation_source(name: str) -> ListSource | None:
    """An operation id of the operation index (``GetCustomers``), or None when the index has no such id."""
    from ..operations._index import operation_by_id

    try:
        operation = operation_by_id(name)
    except InvalidInputError:
        return None
    if operation.method != "GET" or operation.pagination != "cursor":
        raise InvalidInputError("tool", f"{name} is not a list operation that pages with starting_after")
    if not operation.filters_created:
        raise InvalidInputError("tool", f"{name}: {operation.key} does not filter on created; it cannot be sharded")

    def prepare(core: ConnectorCore, arguments: Mapping[str, Any], account: str | None) -> PreparedRequest:
        return prepare_operation(core, operation, arguments, {"stripe_account": account})

    return ListSource(name, "operation", operation.method, operation.path, prepare)


def split_arguments(arguments: Mapping[str, Any] | None) -> tuple[dict[str, Any], dict[str, int]]:
    """The caller's arguments without ``created``, and the range ``created`` asked for (``gte``/``lt`` only).

    ``gt``/``lte`` are turned into the half-open form (``gt: t`` is ``gte: t + 1``); an integer ``created`` is
    the one second ``[t, t + 1)``. Anything else is refused naming ``created``.
    """
    if arguments is None:
        return {}, {}
    if not isinstance(arguments, Mapping):
        raise InvalidInputError("arguments", "must be a JSON object")
    rest = dict(arguments)
    for name in OWNED:
        if name in rest:
            raise InvalidInputError(name, "is set by the export itself (it pages each shard with limit=100)")
    created = rest.pop("created", None)
    return rest, ({} if created is None else created_range(created))


def created_range(created: object) -> dict[str, int]:
    """``created`` (a timestamp, or an object of ``gt``, ``gte``, ``lt``, ``lte``) as half-open ``gte``/``lt``."""
    if _is_int(created):
        return {"gte": created, "lt": created + 1}
    if not isinstance(created, Mapping) or not created or set(created) - {"gt", "gte", "lt", "lte"}:
        raise InvalidInputError("created", "must be a timestamp or an object of gt, gte, lt, lte timestamps")
    for key, value in created.items():
        if not _is_int(value) or value < 0:
            raise InvalidInputError(f"created.{key}", "must be a Unix timestamp (an integer >= 0)")
    lows = [created[key] + shift for key, shift in (("gte", 0), ("gt", 1)) if key in created]
    highs = [created[key] + shift for key, shift in (("lt", 0), ("lte", 1)) if key in created]
    bounds: dict[str, int] = {}
    if lows:
        bounds["gte"] = max(lows)
    if highs:
        bounds["lt"] = min(highs)
    return bounds


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def page_request(base: PreparedRequest, request: PageRequest) -> PreparedRequest:
    """``base`` (the caller's validated request) with one shard's range, ``limit`` and cursor in its query.

    What the base request says of those (a tool's default ``limit``) is left out: a parameter twice in a query
    string is not something to leave to the server's reading.
    """
    path, _, query = base.target.partition("?")
    kept = [(name, value) for name, value in parse_qsl(query, keep_blank_values=True) if not _owned(name)]
    target = path + "?" + urlencode([*kept, *form_pairs(request.query())])
    return PreparedRequest(base.tool, base.method, target, None, dict(base.headers), base.operation)


def _owned(name: str) -> bool:
    """Whether a query parameter is one each page sets itself (``created[gte]`` included)."""
    return name.split("[", 1)[0] in (*OWNED, "created")
