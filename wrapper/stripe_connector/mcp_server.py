"""The MCP server behind ``stripe-connector mcp``: the connector's tools, with their JSON Schemas, for agents.

Built on the low-level server of the official MCP Python SDK 1.x (the ``mcp`` extra pins ``mcp<2``: 2.x removed
``mcp.server.fastmcp`` and changed this API). The low-level server is used because the tools already have
their JSON Schemas; FastMCP would derive different ones from Python signatures.

An agent sees the same tools and schemas as ``TOOLS``, with two optional arguments added to tools that can POST:
``dry_run`` (return the request instead of sending it) and ``idempotency_scope`` (a replay-safe idempotency key
from e.g. ``"run-42:step-3"`` and the arguments). Every failure comes back as a tool error (``isError``) whose
text and structured content are the same ``{"error": {...}}`` object the CLI prints, never a traceback.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Mapping, Sequence
from importlib import metadata
from typing import Any

import mcp.types as types
from mcp.server.lowlevel import Server

from ._async_client import AsyncStripeConnector
from ._catalogue import Tool
from ._core import __version__
from ._error_report import error_payload, redact
from .errors import InvalidInputError, StripeConnectorError

logger = logging.getLogger("stripe_connector.mcp")

SUPPORTED_SDK_MAJOR = "1"
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
    "idempotency key, so a retried or replayed step gets Stripe's first answer instead of acting twice.",
}

INSTRUCTIONS = (
    "Stripe through a few tools. Amounts are integers in the smallest currency unit (10.99 USD is 1099). "
    "Tools that create objects accept dry_run (preview the request) and idempotency_scope (make a retried step "
    "safe). Errors come back as JSON {error: {kind, type, code, param, message, request_id}}."
)


def is_read_only(tool: Tool) -> bool:
    """list_* and get_* tools: they run a GET and change nothing."""
    return tool.operation is not None and tool.operation.method == "GET"


def can_post(tool: Tool, *, read_only: bool) -> bool:
    """Whether the tool, as this server exposes it, may send a POST (and so takes dry_run and idempotency_scope)."""
    if tool.operation is None:  # raw_request
        return not read_only
    return tool.operation.method == "POST"


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
        refused = [tool.name for tool in chosen if not (is_read_only(tool) or tool.operation is None)]
        if names is not None and refused:
            raise InvalidInputError("tools", f"--read-only excludes {', '.join(refused)}")
        chosen = [tool for tool in chosen if is_read_only(tool) or tool.operation is None]
    return chosen


def exposed_schema(tool: Tool, *, read_only: bool) -> dict[str, Any]:
    """``tool.input_schema`` as this server exposes it (see the module docstring)."""
    schema = copy.deepcopy(tool.input_schema)
    properties: dict[str, Any] = schema["properties"]
    if tool.operation is None and read_only:
        properties["method"]["enum"] = ["GET"]
        properties.pop("body", None)
        schema.pop("if", None)  # the GET-has-no-body rule: with no body property it says nothing
        schema.pop("then", None)
    if can_post(tool, read_only=read_only):
        properties["dry_run"] = copy.deepcopy(DRY_RUN_SCHEMA)
        properties["idempotency_scope"] = copy.deepcopy(IDEMPOTENCY_SCOPE_SCHEMA)
    return schema


def mcp_tool(tool: Tool, *, read_only: bool) -> types.Tool:
    writes = can_post(tool, read_only=read_only)
    description = tool.description
    if tool.operation is None and read_only:
        description += " This server is read-only: method GET only."
    return types.Tool(
        name=tool.name,
        description=description,
        inputSchema=exposed_schema(tool, read_only=read_only),
        annotations=types.ToolAnnotations(
            readOnlyHint=not writes,
            # create_* only add objects; raw_request can DELETE.
            destructiveHint=(tool.operation is None) if writes else None,
            idempotentHint=False if writes else None,
            openWorldHint=True,
        ),
    )


async def run_tool(
    connector: AsyncStripeConnector,
    tools: Mapping[str, Tool],
    name: str,
    arguments: Mapping[str, Any] | None,
    *,
    read_only: bool,
) -> dict[str, Any]:
    """One tool call: split off the server's own arguments, enforce read-only, and run it through ``call``."""
    tool = tools.get(name)
    if tool is None:
        raise InvalidInputError("tool", f"unknown tool {name!r}; this server exposes: {', '.join(tools)}")
    args = dict(arguments or {})
    dry_run: object = False
    scope: object = None
    if can_post(tool, read_only=read_only):
        dry_run = args.pop("dry_run", False)
        scope = args.pop("idempotency_scope", None)
        if not isinstance(dry_run, bool):
            raise InvalidInputError("dry_run", "must be true or false")
        if scope is not None and not (isinstance(scope, str) and scope):
            raise InvalidInputError("idempotency_scope", "must be a non-empty string")
    if read_only and tool.operation is None:
        method = args.get("method")
        if isinstance(method, str) and method.upper() != "GET":
            raise InvalidInputError("method", "this server is read-only: raw_request takes GET only")
    return await connector.call(
        tool.name,
        args,
        idempotency_scope=scope if isinstance(scope, str) else None,
        dry_run=dry_run is True,
    )


def error_result(exc: BaseException, secret: str | None = None) -> types.CallToolResult:
    payload = error_payload(exc)
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=redact(json.dumps(payload, ensure_ascii=False), secret))],
        structuredContent=json.loads(redact(json.dumps(payload), secret)),
        isError=True,
    )


def build_server(
    connector: AsyncStripeConnector,
    tools: Sequence[Tool],
    *,
    read_only: bool = False,
    secret: str | None = None,
) -> Server[Any, Any]:
    """An MCP server exposing ``tools`` through ``connector``; ``secret`` (the key) is scrubbed from any error."""
    by_name = {tool.name: tool for tool in tools}
    listed = [mcp_tool(tool, read_only=read_only) for tool in tools]
    server: Server[Any, Any] = Server("stripe-connector", version=__version__, instructions=INSTRUCTIONS)

    async def list_tools() -> list[types.Tool]:
        return listed

    async def call_tool(name: str, arguments: dict[str, Any] | None) -> types.CallToolResult:
        # The SDK's own input validation is off: the connector validates against the same schema and, unlike the
        # SDK, names the argument at fault (``param``) in a structured error.
        try:
            result = await run_tool(connector, by_name, name, arguments, read_only=read_only)
        except StripeConnectorError as exc:
            return error_result(exc, secret)
        except Exception as exc:  # a bug: log it for the operator, answer the agent without a traceback
            logger.exception("tool %s failed unexpectedly", name)
            return error_result(exc, secret)
        return types.CallToolResult(
            content=[types.TextContent(type="text", text=json.dumps(result, ensure_ascii=False))],
            structuredContent=result,
        )

    server.list_tools()(list_tools)  # type: ignore[no-untyped-call]
    server.call_tool(validate_input=False)(call_tool)
    return server


def serve_stdio(options: Mapping[str, Any], tools: Sequence[Tool], *, read_only: bool) -> None:
    """Serve ``tools`` on stdin/stdout until the client disconnects.

    The connector is built first, so a missing or live key fails before the server starts; it is limited to the
    exposed tools (``allowed_tools``) so that nothing else can run even if the server had a bug.
    """
    import anyio
    from mcp.server.stdio import stdio_server

    connector = AsyncStripeConnector(**options, allowed_tools=[tool.name for tool in tools])

    async def run() -> None:
        async with connector:
            server = build_server(connector, tools, read_only=read_only, secret=options.get("api_key"))
            async with stdio_server() as (read_stream, write_stream):
                await server.run(read_stream, write_stream, server.create_initialization_options())

    anyio.run(run)
