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

Results fit the server's one result cap (``--max-result-bytes``, measured and applied by :mod:`.sizing`, as for the
curated tools): a description is made smaller until it fits (fewer levels, then no descriptions, then the names
only), a search returns the best-ranked rows that fit and says how many it left out, and an operation's answer is
fitted as a curated read's is: a list page keeps the objects that fit and says how to continue, any other read too
large is an error that says how to ask for less; the answer of a write or a dry run is never cut.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import mcp.types as types

from ..errors import InvalidInputError
from ..operations._as_tool import admits
from ..operations._index import Operation, load_index
from ..operations._methods import prepare_call
from . import sizing

if TYPE_CHECKING:
    from .._clients.async_client import AsyncStripeConnector

SEARCH, DESCRIBE, CALL = "search_operations", "describe_operation", "call_operation"
NAMES = (SEARCH, DESCRIBE, CALL)
#: What makes an operation's answer smaller (``call_operation`` takes no ``fields``).
CALL_REMEDY = ("arguments", "ask for less: a smaller limit, fewer expand paths, or describe_operation for filters")
#: What makes a search answer smaller.
SEARCH_REMEDY = ("limit", "ask for fewer operations (a smaller limit)")
#: What makes a description smaller.
DESCRIBE_REMEDY = ("field", "describe one argument at a time (field, e.g. line_items.price_data)")
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
                from ..operations._index import operation_by_id

                operation_by_id(pattern)  # raises, naming the closest ids
            if literal and read_only and index.by_id[pattern].kind != "read":
                raise InvalidInputError("operations", f"--read-only excludes {pattern} ({index.by_id[pattern].kind})")
        admitted = [op for op in index.operations if admits(chosen, op.id)]
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
        from ..operations._index import operation_by_id

        found = operation_by_id(operation_id)
        if found.id not in self.operations:
            why = "this server is read-only: only operations that read" if self.read_only else "the --operations list"
            raise InvalidInputError("operation", f"{found.id} ({found.kind}) is not admitted here ({why})")
        return found

    # --- listing -----------------------------------------------------------------------------------------------

    def listed(self) -> list[types.Tool]:
        from .schemas import DRY_RUN_SCHEMA, IDEMPOTENCY_SCOPE_SCHEMA, annotations_for

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
        from ..tools.catalogue import Tool
        from ..tools.kinds import check_kind

        worst = Tool(CALL, "", {}, check_kind(self.worst_kind, CALL), None, None, {}, {}, {})
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
        self,
        connector: AsyncStripeConnector,
        name: str,
        arguments: Mapping[str, Any] | None,
        *,
        cap: int = sizing.DEFAULT_MAX_RESULT_BYTES,
    ) -> types.CallToolResult:
        """Run one of the three tools; ``cap``: the server's result cap (``--max-result-bytes``)."""
        args = dict(arguments or {})
        if name == SEARCH:
            return self._search(args, cap)
        if name == DESCRIBE:
            return self._describe(args, cap)
        return await self._call(connector, args, cap)

    @staticmethod
    def _only(args: Mapping[str, Any], names: Collection[str]) -> None:
        for name in args:
            if name not in names:
                import difflib

                close = difflib.get_close_matches(str(name), list(names), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise InvalidInputError(str(name), f"unknown argument (this tool takes {', '.join(names)}){hint}")

    def _search(self, args: dict[str, Any], cap: int) -> types.CallToolResult:
        self._only(args, ("text", "limit"))
        limit = args.get("limit", 8)
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 25:
            raise InvalidInputError("limit", "must be an integer from 1 to 25")
        from ..operations._search import search

        found = [op for op in search(self.index, args.get("text"), 100) if op.id in self.operations][:limit]
        rows = [
            {"id": op.id, "method": op.method, "path": op.path, "kind": op.kind, "summary": op.summary} for op in found
        ]
        return fitted(SEARCH, best_rows_that_fit(rows, cap), cap, SEARCH_REMEDY)

    def _describe(self, args: dict[str, Any], cap: int) -> types.CallToolResult:
        self._only(args, ("operation", "field"))
        operation = self.admitted(args.get("operation"))
        from ..operations._describe import DEFAULT_MAX_CHARS, operation_description

        described = operation_description(
            operation, args.get("field"), max_chars=min(DEFAULT_MAX_CHARS, cap), measure=measure
        )
        return fitted(DESCRIBE, described, cap, DESCRIBE_REMEDY)

    async def _call(self, connector: AsyncStripeConnector, args: dict[str, Any], cap: int) -> types.CallToolResult:
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
            from .schemas import DEFAULT_SCOPE

            scope = DEFAULT_SCOPE
        arguments = uploaded_files(operation, arguments)
        if dry_run:  # the request that would be sent: never cut
            answer = await connector.call_operation(operation.id, arguments, dry_run=True, idempotency_scope=scope)
            return fitted(CALL, answer, None, CALL_REMEDY)
        request, _ = prepare_call(connector.core, operation.id, arguments, {"idempotency_scope": scope})
        response = await connector._send(request)
        if operation.is_binary:
            return binary_answer(operation, request, response, cap)
        answer = connector.core.read_json(request, response)
        meta = {
            "request_id": response.headers.get("request-id"),
            "idempotency_key": request.headers.get("Idempotency-Key"),
        }
        if operation.kind != "read":  # what Stripe did: never cut (as the curated tools' writes)
            return fitted(CALL, answer, None, CALL_REMEDY, meta)
        style = operation.pagination if operation.pagination in ("cursor", "search") else None
        return fitted(CALL, answer, cap, CALL_REMEDY, meta, style=style, arguments=arguments)


#: The largest file an agent may upload through MCP (decoded; Stripe's own limit per purpose applies below it).
MAX_UPLOAD_BYTES = 8 * 1024 * 1024


def uploaded_files(operation: Operation, arguments: Mapping[str, Any]) -> Mapping[str, Any]:
    """An upload's file arguments, given as base64 (``"file": {"base64": "...", "filename": "evidence.pdf"}`` or
    the base64 text alone), decoded into the bytes sent; their size is capped before decoding (the smaller of
    :data:`MAX_UPLOAD_BYTES` and Stripe's limit for the upload's ``purpose``). Never a path: an agent's argument
    must not read the server's files."""
    if not operation.files:
        return arguments
    from .._request.uploads import from_base64, upload_limit

    limit = min(MAX_UPLOAD_BYTES, upload_limit(arguments.get("purpose")))
    converted = dict(arguments)
    for name in operation.files:
        if name not in arguments:
            continue
        value = arguments[name]
        if isinstance(value, Mapping):
            unknown = set(value) - {"base64", "filename"}
            if unknown:
                raise InvalidInputError(name, f"takes base64 and filename, not {', '.join(sorted(map(str, unknown)))}")
            converted[name] = from_base64(name, value.get("base64"), limit=limit, filename=value.get("filename"))
        else:
            converted[name] = from_base64(name, value, limit=limit)
    return converted


def binary_answer(operation: Operation, request: Any, response: Any, cap: int) -> types.CallToolResult:
    """A file answer (a quote's PDF) as base64 with its content type and size, if it fits the result cap."""
    import base64

    from .._http.answer import read_binary

    download = read_binary(request, response, operation.answer)
    answer = {**download.as_json(), "base64": base64.b64encode(download.content).decode("ascii")}
    if measure(answer) > cap:
        raise InvalidInputError(
            "operation",
            f"{operation.id} answered {len(download.content):,} bytes of {download.content_type}, over this server's "
            f"result cap ({cap:,} bytes as base64): download it with the library or `stripe-connector ops call --out`",
        )
    meta = {"request_id": download.request_id, "idempotency_key": request.headers.get("Idempotency-Key")}
    return fitted(CALL, answer, None, CALL_REMEDY, meta)


def measure(answer: Any) -> int:
    """An answer's size as the cap counts it: the bytes of the JSON text sent."""
    return sizing.text_size(sizing.encode(answer))


def best_rows_that_fit(rows: list[dict[str, Any]], cap: int) -> dict[str, Any]:
    """The search answer: the best-ranked rows whose answer fits ``cap`` (saying how many were left out)."""
    answer: dict[str, Any] = {"operations": rows}
    kept = len(rows)
    while kept > 1 and measure(answer) > cap:
        kept -= 1
        answer = {
            "operations": rows[:kept],
            "truncated": {
                "returned": kept,
                "found": len(rows),
                "max_result_bytes": cap,
                "message": f"the {kept} best-ranked of {len(rows)} operations found, to fit this server's result "
                "cap: ask with more precise text for the others",
            },
        }
    return answer


def fitted(
    tool: str,
    answer: dict[str, Any],
    cap: int | None,
    remedy: tuple[str, str],
    meta: dict[str, Any] | None = None,
    *,
    style: str | None = None,
    arguments: Mapping[str, Any] | None = None,
) -> types.CallToolResult:
    """``answer`` as text and structured content, fitted to ``cap`` by :func:`.sizing.fit` (None: never cut)."""
    from .calls import answer_text

    text = answer_text(tool, answer)
    if cap is not None:
        answer, text = sizing.fit(
            answer, text, cap=cap, style=style, arguments=arguments or {}, tool=tool, remedy=remedy
        )
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=text)],
        structured_content=answer,
        _meta={"stripe": meta} if meta else None,
    )
