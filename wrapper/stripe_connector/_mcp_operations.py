"""The three dynamic MCP tools (``stripe-connector mcp --operations``): every Stripe operation through three tools.

``search_operations`` (text -> ids, methods, paths, kinds, summaries), ``describe_operation`` (one operation's
arguments, capped, with drill-down by ``field``) and ``call_operation`` (id + arguments + ``dry_run`` +
``idempotency_scope``). They list in a few kilobytes however many operations they admit: an agent finds an
operation before it reads its schema, rather than the server listing six hundred schemas.

What is admitted is decided once, at start-up: the ``--operations`` allow list (ids and globs, ``Get*``), and with
``--read-only`` only operations that read (naming a write explicitly is an error, as ``--tools`` does). The
connector is limited to exactly the admitted ids, so nothing else can run even if this module had a bug. The
call tool's annotations are the worst the admitted operations can do (from their kinds, through the same table
the curated tools use). A write called without a scope gets a key derived from its arguments (the curated tools'
default scope), so an agent's retry gets Stripe's first answer instead of acting twice.

Results are capped at :data:`MAX_RESULT_CHARS` characters of JSON: a list answer keeps the objects that fit and
says how to resume; any other answer too large is cut, and says so.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import mcp.types as types

from ._operations._call import admits
from ._operations._index import Operation, load_index
from .errors import InvalidInputError

if TYPE_CHECKING:
    from ._async_client import AsyncStripeConnector

SEARCH, DESCRIBE, CALL = "search_operations", "describe_operation", "call_operation"
NAMES = (SEARCH, DESCRIBE, CALL)
#: The largest result a dynamic tool returns (characters of JSON), within what agent clients keep of a result.
MAX_RESULT_CHARS = 50_000
#: describe_operation's answers: a few thousand tokens.
DESCRIBE_MAX_CHARS = 8_000
KIND_ORDER = ("read", "create", "update", "delete")


def parse_patterns(text: str | None) -> list[str] | None:
    """``--operations`` (None: not given; ``"*"``/empty: all) -> ids and globs."""
    if text is None:
        return None
    patterns = [part.strip() for part in text.split(",") if part.strip()]
    return patterns or ["*"]


class OperationTools:
    """The admitted operations and the three tools that reach them."""

    NAMES = NAMES

    def __init__(self, patterns: Sequence[str] | None, *, read_only: bool) -> None:
        index = load_index()
        chosen = list(patterns or ["*"])
        for pattern in chosen:
            literal = not any(char in pattern for char in "*?[")
            if literal and pattern not in index.by_id:
                from ._operations._index import operation_by_id

                operation_by_id(pattern)  # raises, naming the closest ids
            if literal and read_only and index.by_id[pattern].kind != "read":
                raise InvalidInputError("operations", f"--read-only excludes {pattern} ({index.by_id[pattern].kind})")
        admitted = [op for op in index.operations if admits(chosen, op.id) and op.body_encoding != "multipart"]
        if read_only:
            admitted = [op for op in admitted if op.kind == "read"]
        if not admitted:
            raise InvalidInputError("operations", f"{','.join(chosen)[:200]} admits no operation")
        self.read_only = read_only
        self.operations: dict[str, Operation] = {op.id: op for op in admitted}
        self.index = index
        self.worst_kind = max((op.kind for op in admitted), key=KIND_ORDER.index)

    @property
    def allowed_ids(self) -> Collection[str]:
        return self.operations.keys()

    def admitted(self, operation_id: object) -> Operation:
        from ._operations._index import operation_by_id

        found = operation_by_id(operation_id)
        if found.id not in self.operations:
            why = "this server is read-only: only operations that read" if self.read_only else "the --operations list"
            raise InvalidInputError("operation", f"{found.id} ({found.kind}) is not admitted here ({why})")
        return found

    # --- listing -----------------------------------------------------------------------------------------------

    def listed(self) -> list[types.Tool]:
        from .mcp_server import DRY_RUN_SCHEMA, IDEMPOTENCY_SCOPE_SCHEMA, annotations_for

        scope = "read-only: only operations that read are admitted" if self.read_only else ""
        count = f"{len(self.operations)} Stripe operations" + (f" ({scope})" if scope else "")
        lookup = types.ToolAnnotations(
            read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
        )
        search = types.Tool(
            name=SEARCH,
            title="Search Stripe operations",
            description=f"Find operations among {count} by what they do ('refund a charge'): ids, methods, paths, "
            "kinds, summaries. Then describe_operation, then call_operation.",
            input_schema={
                "type": "object",
                "properties": {
                    "text": {"type": "string", "minLength": 1, "maxLength": 500},
                    "limit": {"type": "integer", "minimum": 1, "maximum": 25, "default": 8},
                },
                "required": ["text"],
                "additionalProperties": False,
            },
            annotations=lookup.model_copy(update={"title": "Search Stripe operations"}),
        )
        describe = types.Tool(
            name=DESCRIBE,
            title="Describe a Stripe operation",
            description="The arguments one operation takes (JSON Schema, capped): nested objects cut there name "
            "their fields and a 'describe_field' path to pass as field (e.g. line_items.price_data).",
            input_schema={
                "type": "object",
                "properties": {
                    "operation": {"type": "string", "description": "An id from search_operations, e.g. PostRefunds."},
                    "field": {"type": "string", "description": "A dotted argument path to drill into."},
                },
                "required": ["operation"],
                "additionalProperties": False,
            },
            annotations=lookup.model_copy(update={"title": "Describe a Stripe operation"}),
        )
        properties: dict[str, Any] = {
            "operation": {"type": "string", "description": "The operation id, e.g. PostRefunds."},
            "arguments": {"type": "object", "description": "Its arguments (path, query, body), as described."},
        }
        if not self.read_only and self.worst_kind != "read":
            properties["dry_run"] = DRY_RUN_SCHEMA
            properties["idempotency_scope"] = IDEMPOTENCY_SCOPE_SCHEMA
        from ._catalogue import Tool

        worst = Tool(CALL, "", {}, self.worst_kind, None, None, {}, {}, {})
        call = types.Tool(
            name=CALL,
            title="Call a Stripe operation",
            description=f"Run one of {count} with validated arguments (amounts in the smallest currency unit). "
            "Writes get an idempotency key from idempotency_scope, or from the arguments when none is given.",
            input_schema={
                "type": "object",
                "properties": properties,
                "required": ["operation"],
                "additionalProperties": False,
            },
            annotations=annotations_for(worst, read_only=self.read_only).model_copy(
                update={"title": "Call a Stripe operation"}
            ),
        )
        return [search, describe, call]

    # --- calling -----------------------------------------------------------------------------------------------

    async def call(
        self, connector: AsyncStripeConnector, name: str, arguments: Mapping[str, Any] | None
    ) -> types.CallToolResult:
        args = dict(arguments or {})
        if name == SEARCH:
            return self._search(args)
        if name == DESCRIBE:
            return self._describe(args)
        return await self._call(connector, args)

    @staticmethod
    def _only(args: Mapping[str, Any], names: Collection[str]) -> None:
        for name in args:
            if name not in names:
                import difflib

                close = difflib.get_close_matches(str(name), list(names), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise InvalidInputError(str(name), f"unknown argument (this tool takes {', '.join(names)}){hint}")

    def _search(self, args: dict[str, Any]) -> types.CallToolResult:
        self._only(args, ("text", "limit"))
        limit = args.get("limit", 8)
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 25:
            raise InvalidInputError("limit", "must be an integer from 1 to 25")
        from ._operations._search import search

        found = [op for op in search(self.index, args.get("text"), 100) if op.id in self.operations][:limit]
        rows = [
            {"id": op.id, "method": op.method, "path": op.path, "kind": op.kind, "summary": op.summary} for op in found
        ]
        return result({"operations": rows})

    def _describe(self, args: dict[str, Any]) -> types.CallToolResult:
        self._only(args, ("operation", "field"))
        operation = self.admitted(args.get("operation"))
        return result(operation.describe(args.get("field"), max_chars=DESCRIBE_MAX_CHARS))

    async def _call(self, connector: AsyncStripeConnector, args: dict[str, Any]) -> types.CallToolResult:
        writes = not self.read_only and self.worst_kind != "read"
        self._only(
            args, ("operation", "arguments", "dry_run", "idempotency_scope") if writes else ("operation", "arguments")
        )
        operation = self.admitted(args.get("operation"))
        arguments = args.get("arguments", {})
        if not isinstance(arguments, Mapping):
            raise InvalidInputError("arguments", "must be a JSON object")
        dry_run = args.get("dry_run", False)
        if not isinstance(dry_run, bool):
            raise InvalidInputError("dry_run", "must be true or false")
        scope = args.get("idempotency_scope")
        if scope is not None and not (isinstance(scope, str) and scope):
            raise InvalidInputError("idempotency_scope", "must be a non-empty string")
        if scope is None and operation.kind != "read":
            from .mcp_server import DEFAULT_SCOPE

            scope = DEFAULT_SCOPE
        if dry_run:
            return result(
                await connector.call_operation(operation.id, arguments, dry_run=True, idempotency_scope=scope)
            )
        from ._operation_calls import prepare_operation

        request = prepare_operation(connector.core, operation.id, arguments, {"idempotency_scope": scope})
        response = await connector._send(request)
        answer = connector.core.read_json(request, response)
        meta = {
            "request_id": response.headers.get("request-id"),
            "idempotency_key": request.headers.get("Idempotency-Key"),
        }
        return result(answer, meta)


def result(answer: dict[str, Any], meta: dict[str, Any] | None = None) -> types.CallToolResult:
    """``answer`` as text and structured content, within :data:`MAX_RESULT_CHARS`."""
    answer, cut = capped(answer)
    text = json.dumps(answer, ensure_ascii=False, separators=(",", ":"))
    stripe_meta = {**(meta or {}), **({"truncated": cut} if cut else {})}
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=text)],
        structured_content=answer,
        _meta={"stripe": stripe_meta} if stripe_meta else None,
    )


def capped(answer: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """``answer`` if it fits; a list with the objects that fit (and where to resume); else a cut text."""
    size = len(json.dumps(answer, ensure_ascii=False, separators=(",", ":")))
    if size <= MAX_RESULT_CHARS:
        return answer, None
    data = answer.get("data")
    if isinstance(data, list):
        kept: list[Any] = []
        used = 400
        for item in data:
            used += len(json.dumps(item, ensure_ascii=False, separators=(",", ":"))) + 1
            if used > MAX_RESULT_CHARS:
                break
            kept.append(item)
        last = kept[-1].get("id") if kept and isinstance(kept[-1], dict) else None
        trimmed = {**{k: v for k, v in answer.items() if k != "data"}, "data": kept, "has_more": True}
        note = f"{len(data) - len(kept)} of {len(data)} objects left out to stay under {MAX_RESULT_CHARS} characters"
        if isinstance(last, str):
            note += f"; resume with starting_after={last} (or a smaller limit)"
        return trimmed, note
    text = json.dumps(answer, ensure_ascii=False, separators=(",", ":"))
    note = f"the answer ({size} characters) is cut to {MAX_RESULT_CHARS}; ask for fewer fields or expansions"
    return {"truncated_json": text[: MAX_RESULT_CHARS - 300], "note": note}, note
