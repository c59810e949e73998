"""The MCP server behind ``stripe-connector mcp``: the connector's tools, with their JSON Schemas, for agents.

Built on the low-level server of the official MCP Python SDK 2.x (the ``mcp`` extra pins ``mcp>=2.3,<3``; 1.x is
not supported: its server API is gone in 2.x). The low-level server is used because the tools already have their
JSON Schemas; ``MCPServer`` would derive different ones from Python signatures.

What an agent sees, per tool:

* the same input schema as ``TOOLS`` (or, with ``strict``, ``tool.strict_input_schema``), plus two optional
  arguments on tools that can POST: ``dry_run`` (return the request instead of sending it) and
  ``idempotency_scope`` (a replay-safe idempotency key from e.g. ``"run-42:step-3"`` and the arguments);
* annotations derived from the tool's ``kind`` (:func:`annotations_for`): whether it only reads, whether it can
  destroy or overwrite, whether repeating it is harmless;
* an output schema derived from Stripe's response schema (``spec/stripe.outputs.json``, tolerant like the generated
  models), and every answer as structured content that validates against it, plus the same JSON as text.

Every failure comes back as a tool error (``isError``) whose text is the same ``{"error": {...}}`` object the CLI
prints (and no structured content: see :func:`error_result`), never a traceback and never a JSON-RPC error (2.x
turns an exception in a handler into one, so the handler catches everything). A server that cannot start (no key, a
live key without ``--allow-live``) still serves, and answers every call with the reason and the flag that fixes it.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import mcp.types as types
from mcp.server import Server, ServerRequestContext

from ._async_client import AsyncStripeConnector
from ._catalogue import Tool
from ._core import __version__
from ._error_report import MissingDependencyError, error_payload, redact
from .errors import InvalidInputError, StripeConnectorError, StripeResponseError
from .frontends.mcp import fields as field_paths
from .frontends.mcp import sizing
from .frontends.mcp.shaping import ResultShape, shape_for, takes_fields

if TYPE_CHECKING:
    from ._mcp_operations import OperationTools

logger = logging.getLogger("stripe_connector.mcp")

SUPPORTED_SDK_MAJOR = "2"
if metadata.version("mcp").split(".")[0] != SUPPORTED_SDK_MAJOR:
    raise ImportError(f"stripe-connector's MCP server needs mcp {SUPPORTED_SDK_MAJOR}.x", name="mcp")

#: Arguments the server adds to tools that can POST; they steer the call and are not sent to Stripe.
DRY_RUN_SCHEMA: dict[str, Any] = {
    "type": "boolean",
    "default": False,
    "description": "Validate and return the exact request that would be sent (key redacted); send nothing.",
}
IDEMPOTENCY_SCOPE_SCHEMA: dict[str, Any] = {
    "type": "string",
    "minLength": 1,
    "description": "Identifies this step (e.g. 'run-42:step-3'): the same scope and arguments give the same "
    "idempotency key, so a retried or replayed step gets Stripe's first answer instead of acting twice. Left out, "
    "the arguments alone make the key: repeating the same call within 24 hours gets Stripe's first answer; give a "
    "new scope to act again on purpose.",
}
#: The scope of a create, update or cancel called without one: the key then comes from the tool and the arguments
#: alone, so a repeated call (an agent retrying after a timeout) gets Stripe's first answer instead of paying twice.
DEFAULT_SCOPE = "mcp:same-arguments"
#: What a dry run returns instead of Stripe's answer (tools that can POST declare it beside Stripe's schema).
DRY_RUN_OUTPUT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "tool": {"type": "string"},
        "method": {"type": "string"},
        "url": {"type": "string"},
        "headers": {"type": "object", "additionalProperties": {"type": "string"}},
        "body": {"type": ["string", "null"]},
    },
    "required": ["tool", "method", "url", "headers", "body"],
}

#: Deeper than this, arguments are refused and answers are a response error: Stripe's objects are far shallower,
#: and both the JSON encoder and the SDK's serializer recurse.
MAX_DEPTH = 64

INSTRUCTIONS = (
    "Stripe through a few tools. Amounts are integers in the smallest currency unit (10.99 USD is 1099). "
    "Tools that create objects accept dry_run (preview the request) and idempotency_scope (make a retried step "
    "safe). Errors come back as JSON {error: {kind, type, code, param, message, request_id}}."
)
STRICT_INSTRUCTIONS = (
    " Strict schemas: give every argument, null for those you do not use; metadata is a list of {key, value} "
    "pairs; raw_request's body and query are JSON objects written as strings."
)


# --- what is served --------------------------------------------------------------------------------------------------


def is_read_only(tool: Tool) -> bool:
    """Tools that only read (list_*, get_*): they change nothing at Stripe."""
    return tool.kind == "read"


def can_post(tool: Tool, *, read_only: bool) -> bool:
    """Whether the tool, as this server exposes it, may change data (and so takes dry_run and idempotency_scope)."""
    if tool.kind == "raw":
        return not read_only
    return tool.kind != "read"


def exposed_tools(names: Sequence[str] | None, *, read_only: bool) -> list[Tool]:
    """The tools to serve: ``names`` (default: all), without writing tools when ``read_only``.

    Naming a tool that ``read_only`` excludes is an error rather than a silent omission: the operator asked for
    two contradictory things.
    """
    from . import TOOLS

    if names is None:
        chosen = list(TOOLS)
    elif not names:
        raise InvalidInputError("tools", "names no tool; give comma-separated tool names, e.g. list_customers")
    else:
        chosen = [TOOLS.get(name) for name in dict.fromkeys(names)]
    if read_only:
        refused = [tool.name for tool in chosen if tool.kind not in ("read", "raw")]
        if names is not None and refused:
            raise InvalidInputError("tools", f"--read-only excludes {', '.join(refused)}")
        chosen = [tool for tool in chosen if tool.kind in ("read", "raw")]
    return chosen


def exposed_schema(tool: Tool, *, read_only: bool, strict: bool = False) -> dict[str, Any]:
    """``tool.input_schema`` (or its strict variant) as this server exposes it (see the module docstring)."""
    schema = tool.strict_input_schema if strict else copy.deepcopy(tool.input_schema)
    properties: dict[str, Any] = schema["properties"]
    if tool.kind == "raw" and read_only:
        properties["method"]["enum"] = ["GET"]
        properties.pop("body", None)
        schema.pop("if", None)  # the GET-has-no-body rule: with no body property it says nothing
        schema.pop("then", None)
        if strict:
            schema["required"] = [name for name in schema["required"] if name != "body"]
    if can_post(tool, read_only=read_only):
        dry_run, scope = copy.deepcopy(DRY_RUN_SCHEMA), copy.deepcopy(IDEMPOTENCY_SCOPE_SCHEMA)
        if strict:
            dry_run = {"type": ["boolean", "null"], "description": dry_run["description"] + " null: false."}
            scope = {"type": ["string", "null"], "description": scope["description"] + " null: none."}
            schema["required"] = [*schema["required"], "dry_run", "idempotency_scope"]
        properties["dry_run"] = dry_run
        properties["idempotency_scope"] = scope
    if takes_fields(tool):
        properties["fields"] = field_paths.fields_schema(strict=strict)
        if strict:
            schema["required"] = [*schema["required"], "fields"]
    return schema


def human_title(name: str) -> str:
    """``create_payment_intent`` -> ``Create payment intent``."""
    return name.replace("_", " ").capitalize()


def annotations_for(tool: Tool, *, read_only: bool) -> types.ToolAnnotations:
    """The MCP hints, from what the tool does (``tool.kind``) and what this server lets it do.

    read: changes nothing (repeating it is harmless). create: adds an object, destroys nothing, and is idempotent
    here: every create carries an idempotency key derived from its ``idempotency_scope`` and arguments (a default
    scope when none is given, :data:`DEFAULT_SCOPE`), so the same call repeated within Stripe's 24 hours returns
    the first answer instead of creating again. update: overwrites fields (destructive), idempotent. delete
    (cancels too): destructive, idempotent. raw: the worst its allowed methods can do (a POST with no derived key,
    a DELETE), or a read when the server is read-only (GET only). Every tool reaches Stripe: open world.
    """
    kind = "read" if tool.kind == "raw" and read_only else tool.kind
    hints: dict[str, tuple[bool, bool, bool]] = {
        # kind: (read only, destructive, idempotent)
        "read": (True, False, True),
        "create": (False, False, True),
        "update": (False, True, True),
        "delete": (False, True, True),
        "raw": (False, True, False),
    }
    if kind not in hints:
        raise ValueError(f"{tool.name}: unknown tool kind {tool.kind!r}")
    read, destructive, idempotent = hints[kind]
    return types.ToolAnnotations(
        title=human_title(tool.name),
        read_only_hint=read,
        destructive_hint=destructive,
        idempotent_hint=idempotent,
        open_world_hint=True,
    )


_outputs: dict[str, Any] | None = None
_outputs_lock = threading.Lock()


def outputs_path() -> Path:
    """``stripe.outputs.json``: packaged beside the code in a wheel, or the repository's ``spec/`` in a checkout."""
    packaged = Path(__file__).with_name("_spec") / "stripe.outputs.json"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "spec" / "stripe.outputs.json"


def stripe_output_schema(tool: Tool) -> dict[str, Any]:
    """Stripe's answer to ``tool``, as ``codegen/output_schemas.py`` wrote it (any object for an unknown tool)."""
    global _outputs
    if _outputs is None:
        with _outputs_lock:
            if _outputs is None:
                with outputs_path().open("rb") as stream:
                    _outputs = json.load(stream)["tools"]
    assert _outputs is not None
    return copy.deepcopy(_outputs.get(tool.name, {"type": "object"}))


def output_schema_for(tool: Tool, *, read_only: bool) -> dict[str, Any]:
    """What a successful call returns: Stripe's answer, or, where ``dry_run`` is offered, possibly the request."""
    schema = stripe_output_schema(tool)
    if tool.is_list:
        schema = sizing.with_truncation_schema(schema)
    if not can_post(tool, read_only=read_only):
        return schema
    return {"type": "object", "anyOf": [schema, copy.deepcopy(DRY_RUN_OUTPUT_SCHEMA)]}


def mcp_tool(tool: Tool, *, read_only: bool, strict: bool = False) -> types.Tool:
    description = tool.description
    if tool.kind == "raw" and read_only:
        description += " This server is read-only: method GET only."
    return types.Tool(
        name=tool.name,
        title=human_title(tool.name),
        description=description,
        input_schema=exposed_schema(tool, read_only=read_only, strict=strict),
        output_schema=output_schema_for(tool, read_only=read_only),
        annotations=annotations_for(tool, read_only=read_only),
    )


# --- calls -----------------------------------------------------------------------------------------------------------


def too_deep(value: object, limit: int = MAX_DEPTH) -> bool:
    """Whether ``value`` nests containers more than ``limit`` levels (checked without recursion)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False


async def run_tool(
    connector: AsyncStripeConnector,
    tools: Mapping[str, Tool],
    name: str,
    arguments: Mapping[str, Any] | None,
    *,
    read_only: bool,
    strict: bool = False,
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """One tool call: split off the server's own arguments, enforce read-only, and run it through ``call``.

    Returns Stripe's answer and what the engine saw (request id, ``idempotent_replayed``, idempotency key,
    attempts; None for a dry run), which the result carries in its ``_meta`` under ``stripe``.
    """
    tool = tools.get(name)
    if tool is None:
        raise InvalidInputError("tool", f"unknown tool {name!r}; this server exposes: {', '.join(tools)}")
    if too_deep(arguments):
        raise InvalidInputError("arguments", f"nest more than {MAX_DEPTH} levels deep")
    args = dict(arguments or {})
    dry_run: object = False
    scope: object = None
    if can_post(tool, read_only=read_only):
        dry_run = args.pop("dry_run", False)
        scope = args.pop("idempotency_scope", None)
        if strict and dry_run is None:
            dry_run = False
        if not isinstance(dry_run, bool):
            raise InvalidInputError("dry_run", "must be true or false")
        if scope is not None and not (isinstance(scope, str) and scope):
            raise InvalidInputError("idempotency_scope", "must be a non-empty string")
    if read_only and tool.kind == "raw":
        method = args.get("method")
        if isinstance(method, str) and method.upper() != "GET":
            raise InvalidInputError("method", "this server is read-only: raw_request takes GET only")
    scope_given = scope if isinstance(scope, str) else None
    if scope_given is None and tool.kind in ("create", "update", "delete"):
        scope_given = DEFAULT_SCOPE
    if dry_run is True:
        return await connector.call(tool.name, args, dry_run=True, idempotency_scope=scope_given, strict=strict), None
    result = await connector.call_with_details(tool.name, args, idempotency_scope=scope_given, strict=strict)
    details = result.as_json()
    del details["data"]
    return result.data, details


def answer_text(tool: str, answer: Mapping[str, Any]) -> str:
    """Stripe's answer as JSON text that can travel: an answer that cannot (NaN, lone surrogates, absurd depth)
    is Stripe's fault, reported as :class:`StripeResponseError` rather than crashing the server's output."""
    problem = None
    if too_deep(answer):
        problem = f"nests more than {MAX_DEPTH} levels deep"
    else:
        try:
            text = json.dumps(answer, ensure_ascii=False, allow_nan=False)
            text.encode("utf-8")
            return text
        except ValueError as exc:  # NaN/Infinity, and UnicodeEncodeError (a lone surrogate) is a ValueError too
            problem = (
                "is not valid JSON text (a lone surrogate escape)"
                if isinstance(exc, UnicodeError)
                else "holds NaN or Infinity, which JSON does not have"
            )
        except RecursionError:
            problem = "nests too deeply"
    raise StripeResponseError(
        f"{tool}: Stripe's answer {problem}; it was not passed on. The request may have been carried out: repeat it "
        "only with the same idempotency_scope"
    )


class OutputCheck:
    """Checks answers against the output schemas this server declared, compiled on first use (fastjsonschema).

    A client validates every successful result against the declared schema and raises when it does not match, which
    an agent would read as a failed call, although Stripe carried it out. So the server checks first and reports a
    mismatch as what it is: an answer it cannot vouch for, with the answer beside the error.
    """

    def __init__(self, schemas: Mapping[str, dict[str, Any]]) -> None:
        self._schemas = dict(schemas)
        self._validators: dict[str, Any] = {}

    def problem(self, tool: str, answer: dict[str, Any]) -> str | None:
        """Why ``answer`` does not match ``tool``'s output schema, or None when it does.

        For a union (a deleted or a live customer; Stripe's answer or a dry run) the reason given is that of the
        variant the answer got furthest into: "data.balance must be integer or null", not "no variant matched".
        """
        import fastjsonschema

        validators = self._validators.get(tool)
        if validators is None:
            schema = self._schemas.get(tool, {"type": "object"})
            variants = [schema, *[{"type": "object", **member} for member in schema.get("anyOf", [])]]
            validators = self._validators[tool] = [fastjsonschema.compile(variant) for variant in variants]
        reasons: list[tuple[int, str]] = []
        for validator in validators:
            try:
                validator(answer)
            except fastjsonschema.JsonSchemaValueException as exc:
                reasons.append((len(exc.path or []), str(exc.message)))
            else:
                return None
        return max(reasons[1:] or reasons)[1]


def success_result(
    tool: str,
    answer: dict[str, Any],
    check: OutputCheck | None = None,
    details: dict[str, Any] | None = None,
    shape: ResultShape | None = None,
) -> types.CallToolResult:
    """Stripe's answer as structured content and JSON text, checked against the output schema, then ``shape``d
    (``fields`` kept, cut to the size cap: see :mod:`stripe_connector.frontends.mcp.sizing`)."""
    text = answer_text(tool, answer)
    problem = check.problem(tool, answer) if check is not None else None
    if problem is not None:
        error = StripeResponseError(
            f"{tool}: Stripe answered and the request WAS carried out (do not repeat it), but the answer does not "
            f"match this tool's output schema ({problem}); Stripe's answer is the second text item"
        )
        result = error_result(error)
        result.content.append(types.TextContent(type="text", text=text))
        return result
    if shape is not None:
        answer, text = shape.apply(answer, text)
    meta = {"stripe": details} if details is not None else None
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=text)], structured_content=answer, _meta=meta
    )


def scrub(value: Any) -> Any:
    """``value`` with lone surrogates replaced (U+FFFD), so that an error echoing bad input can always be sent."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    if isinstance(value, dict):
        return {scrub(key): scrub(item) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub(item) for item in value]
    return value


def error_result(exc: BaseException, secret: str | None = None) -> types.CallToolResult:
    """A tool error: the CLI's ``{"error": {...}}`` JSON as text, and no structured content.

    Structured content is what the output schema describes (Stripe's answer); the TypeScript SDK client, the one
    inside most desktop agents and the MCP Inspector, validates it on every result, errors too, so an error carried
    there would reach the agent as a schema violation instead of our message. The text is read by every client.
    """
    payload = scrub(error_payload(exc))
    text = redact(json.dumps(payload, ensure_ascii=False, allow_nan=False), secret)
    return types.CallToolResult(content=[types.TextContent(type="text", text=text)], is_error=True)


def build_server(
    connector: AsyncStripeConnector,
    tools: Sequence[Tool],
    *,
    read_only: bool = False,
    secret: str | None = None,
    strict: bool = False,
    operations: OperationTools | None = None,
    max_result_bytes: int = sizing.DEFAULT_MAX_RESULT_BYTES,
) -> Server[Any]:
    """An MCP server exposing ``tools`` through ``connector``; ``secret`` (the key) is scrubbed from any error.

    ``strict``: list ``tool.strict_input_schema`` and take strict-shaped arguments (for strict function calling).
    ``max_result_bytes``: the cap on a read's answer (see :mod:`stripe_connector.frontends.mcp.sizing`).
    """
    by_name = {tool.name: tool for tool in tools}
    listed = [mcp_tool(tool, read_only=read_only, strict=strict) for tool in tools]
    listed += operations.listed() if operations is not None else []  # issue 20: the dynamic operation tools
    outputs = {tool.name: tool.output_schema for tool in listed if tool.output_schema is not None}
    check = OutputCheck(outputs)

    async def list_tools(ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None) -> Any:
        return types.ListToolsResult(tools=listed)

    async def call_tool(ctx: ServerRequestContext[Any], params: types.CallToolRequestParams) -> Any:
        # No SDK input validation in 2.x (and none wanted): the connector validates against the same schema and,
        # unlike a generic validator, names the argument at fault (``param``) in a structured error.
        try:
            if operations is not None and params.name in operations.NAMES:  # issue 20 (_mcp_operations)
                return await operations.call(connector, params.name, params.arguments)
            arguments, shape = params.arguments, None
            if params.name in by_name:  # ``fields`` is the server's: checked now, before anything is sent
                arguments, shape = shape_for(
                    by_name[params.name], arguments, outputs.get(params.name, {}), cap=max_result_bytes
                )
            answer, details = await run_tool(
                connector, by_name, params.name, arguments, read_only=read_only, strict=strict
            )
            return success_result(params.name, answer, check, details, shape)
        except StripeConnectorError as exc:
            return error_result(exc, secret)
        except RecursionError:  # arguments were checked for depth: it is the answer
            return error_result(StripeResponseError(f"{params.name}: Stripe's answer nests too deeply"), secret)
        except Exception as exc:  # a bug: log it for the operator, answer the agent without a traceback
            logger.exception("tool %s failed unexpectedly", scrub(params.name))
            return error_result(exc, secret)

    instructions = INSTRUCTIONS + (STRICT_INSTRUCTIONS if strict else "")
    return Server(
        "stripe-connector",
        version=__version__,
        instructions=instructions,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


def startup_error(problem: StripeConnectorError) -> InvalidInputError:
    """The start-up problem in the words of the command line (the operator fixes it there, not in code)."""
    message = str(getattr(problem, "message", None) or problem)
    param = getattr(problem, "param", None) or "api_key"
    if "allow_live" in message:
        message = (
            "the server was started with a live-mode key (sk_live_/rk_live_); restart it with --allow-live to use "
            "live mode on purpose, or give it a test-mode key"
        )
    return InvalidInputError(param, f"this MCP server could not start: {message}")


def build_unavailable_server(
    problem: StripeConnectorError,
    tools: Sequence[Tool],
    *,
    read_only: bool,
    strict: bool = False,
    operations: OperationTools | None = None,
) -> Server[Any]:
    """A server for a start-up problem: it lists the tools and answers every call with the reason.

    A client that only saw the process exit would report "connection closed"; this way the agent (and the person
    behind it) reads what is wrong and which flag fixes it.
    """
    error = startup_error(problem)
    listed = [mcp_tool(tool, read_only=read_only, strict=strict) for tool in tools]
    listed += operations.listed() if operations is not None else []

    async def list_tools(ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None) -> Any:
        return types.ListToolsResult(tools=listed)

    async def call_tool(ctx: ServerRequestContext[Any], params: types.CallToolRequestParams) -> Any:
        return error_result(error)

    return Server(
        "stripe-connector",
        version=__version__,
        instructions=f"{INSTRUCTIONS} Not usable now: {error.message}",
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


def result_cap(value: int | None) -> int:
    """``--max-result-bytes``: the default when not given; a cap too small for any page is refused."""
    if value is None:
        return sizing.DEFAULT_MAX_RESULT_BYTES
    if isinstance(value, bool) or not isinstance(value, int) or value < sizing.MIN_MAX_RESULT_BYTES:
        raise InvalidInputError("max_result_bytes", f"must be an integer >= {sizing.MIN_MAX_RESULT_BYTES}")
    return value


def serve_stdio(
    options: Mapping[str, Any] | None,
    tools: Sequence[Tool],
    *,
    read_only: bool,
    strict: bool = False,
    problem: StripeConnectorError | None = None,
    operations: OperationTools | None = None,
    max_result_bytes: int = sizing.DEFAULT_MAX_RESULT_BYTES,
) -> StripeConnectorError | None:
    """Serve ``tools`` on stdin/stdout until the client disconnects; return the start-up problem, if there was one.

    The connector is built first and limited to the exposed tools (``allowed_tools``) so that nothing else can run
    even if the server had a bug. When it cannot be built (``problem``, or an error building it: no key, a live key
    without ``--allow-live``), the server still serves, answering every call with the reason.
    """
    import anyio
    from mcp.server.stdio import stdio_server

    connector: AsyncStripeConnector | None = None
    if problem is None and options is not None:
        try:
            allowed = [tool.name for tool in tools] + list(operations.allowed_ids if operations is not None else [])
            connector = AsyncStripeConnector(**options, allowed_tools=allowed)
        except StripeConnectorError as exc:
            problem = exc
    secret = options.get("api_key") if options is not None else None

    async def run() -> None:
        async with stdio_server() as (read_stream, write_stream):
            if connector is None:
                assert problem is not None
                server = build_unavailable_server(
                    problem, tools, read_only=read_only, strict=strict, operations=operations
                )
                await server.run(read_stream, write_stream, server.create_initialization_options())
                return
            async with connector:
                server = build_server(
                    connector,
                    tools,
                    read_only=read_only,
                    secret=secret,
                    strict=strict,
                    max_result_bytes=max_result_bytes,
                    operations=operations,
                )
                await server.run(read_stream, write_stream, server.create_initialization_options())

    with exit_on_interrupt():
        anyio.run(run)
    return problem


def serve_http(
    options: Mapping[str, Any] | None,
    tools: Sequence[Tool],
    *,
    read_only: bool,
    token_file: str | None,
    host: str,
    port: int,
    strict: bool = False,
    problem: StripeConnectorError | None = None,
    max_result_bytes: int = sizing.DEFAULT_MAX_RESULT_BYTES,
    allowed_origins: Sequence[str] = (),
    allowed_hosts: Sequence[str] = (),
    operations: OperationTools | None = None,
) -> None:
    """Serve ``tools`` over Streamable HTTP (:mod:`stripe_connector.frontends.mcp.http`) until SIGINT/SIGTERM.

    Unlike stdio, a start-up problem (no access token, no key, a live key without ``--allow-live``, a port in use)
    ends the command at once with exit 2: a service is started by an operator (or a supervisor) who reads stderr,
    not by an agent that would only see a closed connection.
    """
    import anyio

    from .frontends.mcp import auth, http

    try:
        import uvicorn  # noqa: F401
    except ImportError:
        raise MissingDependencyError("mcp --http needs uvicorn: pip install 'stripe-connector[mcp-http]'") from None
    token = auth.load_token(token_file)
    if problem is not None or options is None:
        raise startup_error(problem or InvalidInputError("api_key", "no connection options"))
    try:
        allowed = [tool.name for tool in tools] + list(operations.allowed_ids if operations is not None else [])
        connector = AsyncStripeConnector(**options, allowed_tools=allowed)
    except StripeConnectorError as exc:
        raise startup_error(exc) from None
    try:
        sock = http.listening_socket(host, port)
    except OSError as exc:
        raise InvalidInputError("port", f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    secret = options.get("api_key")

    async def run() -> None:
        async with connector:
            server = build_server(
                connector,
                tools,
                read_only=read_only,
                secret=secret,
                strict=strict,
                max_result_bytes=max_result_bytes,
                operations=operations,
            )
            app = http.http_app(server, token, host=host, allowed_origins=allowed_origins, allowed_hosts=allowed_hosts)
            await http.serve(app, sock)

    try:
        anyio.run(run)
    finally:
        sock.close()


EXIT_INTERRUPTED = 130


@contextlib.contextmanager
def exit_on_interrupt() -> Iterator[None]:
    """While serving, SIGINT ends the process at once with status 130 (as the CLI's Ctrl-C does).

    Without this, Ctrl-C hangs: the transport reads stdin in a worker thread that cancellation cannot interrupt, so
    the event loop waits for the next line forever. Nothing is lost by leaving at once: a stdio server holds no
    state but the connection, and the client sees the process end.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupted(signum: int, frame: object) -> None:
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os._exit(EXIT_INTERRUPTED)

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
