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
prints (and no structured content: see :func:`~.calls.error_result`), never a traceback and never a JSON-RPC error
(2.x turns an exception in a handler into one, so the handler catches everything). A server that cannot start (no
key, a live key without ``--allow-live``) still serves over stdio, and answers every call with the reason and the
flag that fixes it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .._clients.async_client import AsyncStripeConnector
from .._host_parts.error_report import MissingDependencyError
from .._types.version import __version__
from ..errors import InvalidInputError, StripeConnectorError, StripeResponseError
from ..tools.catalogue import Tool
from . import sizing
from .calls import OutputCheck, error_result, run_agent_tool, scrub, success_result
from .schemas import exposed_tools, mcp_tool
from .sdk import Server, ServerRequestContext, types
from .shaping import shape_for

if TYPE_CHECKING:
    from .operations import OperationTools
    from .users import KeySource, TokenResolver, UserConnectors

logger = logging.getLogger("stripe_connector.mcp")

INSTRUCTIONS = (
    "Stripe through a few tools. Amounts are integers in the smallest currency unit (10.99 USD is 1099). "
    "Tools that create objects accept dry_run (preview the request) and idempotency_scope (make a retried step "
    "safe). Errors come back as JSON {error: {kind, type, code, param, message, request_id}}."
)
STRICT_INSTRUCTIONS = (
    " Strict schemas: give every argument, null for those you do not use; metadata is a list of {key, value} "
    "pairs; raw_request's body and query are JSON objects written as strings."
)


def build_server(
    connector: AsyncStripeConnector | None,
    tools: Sequence[Tool],
    *,
    read_only: bool = False,
    secret: str | None = None,
    strict: bool = False,
    operations: OperationTools | None = None,
    max_result_bytes: int = sizing.DEFAULT_MAX_RESULT_BYTES,
    connectors: UserConnectors | None = None,
) -> Server[Any]:
    """An MCP server exposing ``tools`` through ``connector``; ``secret`` (the key) is scrubbed from any error.

    ``connectors`` (instead of ``connector``): one server for many users, each call on the connector of the
    connection its HTTP request names (:mod:`stripe_connector.mcp.users`), its own key scrubbed.

    ``strict``: list ``tool.strict_input_schema`` and take strict-shaped arguments (for strict function calling).
    ``max_result_bytes``: the cap on a read's answer (see :mod:`stripe_connector.mcp.sizing`).
    ``operations``: the operation tools (``mcp.operations``), listed after the tools.
    """
    by_name = {tool.name: tool for tool in tools}
    listed = [mcp_tool(tool, read_only=read_only, strict=strict) for tool in tools]
    listed += operations.listed() if operations is not None else []
    outputs = {tool.name: tool.output_schema for tool in listed if tool.output_schema is not None}
    check = OutputCheck(outputs)

    async def list_tools(ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None) -> Any:
        return types.ListToolsResult(tools=listed)

    async def call_tool(ctx: ServerRequestContext[Any], params: types.CallToolRequestParams) -> Any:
        # No SDK input validation in 2.x (and none wanted): the connector validates against the same schema and,
        # unlike a generic validator, names the argument at fault (``param``) in a structured error.
        active, key = connector, secret
        try:
            if connectors is not None:  # this request's own connection, never the session's
                active, key = await connectors.for_request(ctx)
            assert active is not None, "build_server needs a connector or connectors"
            if operations is not None and params.name in operations.NAMES:
                return await operations.call(active, params.name, params.arguments, cap=max_result_bytes)
            arguments, shape = params.arguments, None
            if params.name in by_name:  # ``fields`` is the server's: checked now, before anything is sent
                arguments, shape = shape_for(
                    by_name[params.name], arguments, outputs.get(params.name, {}), cap=max_result_bytes
                )
            answer, details = await run_agent_tool(
                active, by_name, params.name, arguments, read_only=read_only, strict=strict
            )
            return success_result(params.name, answer, check, details, shape)
        except StripeConnectorError as exc:
            return error_result(exc, key)
        except RecursionError:  # arguments were checked for depth: it is the answer
            return error_result(StripeResponseError(f"{params.name}: Stripe's answer nests too deeply"), key)
        except Exception as exc:  # a bug: log it for the operator, answer the agent without a traceback
            logger.exception("tool %s failed unexpectedly", scrub(params.name))
            return error_result(exc, key)

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


def allowed_names(tools: Sequence[Tool], operations: OperationTools | None) -> list[str]:
    """What the server's connector may run: the exposed tools, and the operations ``operations`` admits."""
    return [tool.name for tool in tools] + list(operations.allowed_ids if operations is not None else [])


@attrs.frozen
class Serving:
    """What a started server exposes and how: one value for stdio and HTTP, built once by the CLI."""

    tools: Sequence[Tool]
    read_only: bool = False
    strict: bool = False
    max_result_bytes: int = sizing.DEFAULT_MAX_RESULT_BYTES
    operations: OperationTools | None = None

    def connector(self, options: Mapping[str, Any]) -> AsyncStripeConnector:
        """The server's connector, limited to what is exposed (``allowed_tools``): nothing else can run even if
        the server had a bug."""
        return AsyncStripeConnector(**options, allowed_tools=allowed_names(self.tools, self.operations))

    def server(
        self, connector: AsyncStripeConnector | None, secret: str | None, connectors: UserConnectors | None = None
    ) -> Server[Any]:
        return build_server(
            connector,
            self.tools,
            read_only=self.read_only,
            secret=secret,
            strict=self.strict,
            max_result_bytes=self.max_result_bytes,
            operations=self.operations,
            connectors=connectors,
        )

    def unavailable(self, problem: StripeConnectorError) -> Server[Any]:
        return build_unavailable_server(
            problem, self.tools, read_only=self.read_only, strict=self.strict, operations=self.operations
        )


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

    The public form of :func:`serve_stdio_as` (kept from before :class:`Serving`).
    """
    serving = Serving(tools, read_only=read_only, strict=strict, max_result_bytes=max_result_bytes,
                      operations=operations)  # fmt: skip
    return serve_stdio_as(options, serving, problem)


def serve_stdio_as(
    options: Mapping[str, Any] | None, serving: Serving, problem: StripeConnectorError | None = None
) -> StripeConnectorError | None:
    """Serve on stdin/stdout until the client disconnects; return the start-up problem, if there was one.

    When the connector cannot be built (``problem``, or an error building it: no key, a live key without
    ``--allow-live``), the server still serves, answering every call with the reason.
    """
    import anyio  # the stdio transport: only when serving (tests build servers without it)
    from mcp.server.stdio import stdio_server

    connector: AsyncStripeConnector | None = None
    if problem is None and options is not None:
        try:
            connector = serving.connector(options)
        except StripeConnectorError as exc:
            problem = exc
    secret = options.get("api_key") if options is not None else None

    async def run() -> None:
        async with stdio_server() as (read_stream, write_stream):
            if connector is None:
                assert problem is not None
                server = serving.unavailable(problem)
                await server.run(read_stream, write_stream, server.create_initialization_options())
                return
            async with connector:
                server = serving.server(connector, secret)
                await server.run(read_stream, write_stream, server.create_initialization_options())

    with exit_on_interrupt():
        anyio.run(run)
    return problem


def serve_http(
    options: Mapping[str, Any] | None,
    serving: Serving,
    *,
    token_file: str | None,
    host: str,
    port: int,
    problem: StripeConnectorError | None = None,
    allowed_origins: Sequence[str] = (),
    allowed_hosts: Sequence[str] = (),
    tokens: TokenResolver | None = None,
    keys: KeySource | None = None,
    read_timeout: float | None = None,
) -> None:
    """Serve over Streamable HTTP (:mod:`stripe_connector.mcp.http`) until SIGINT/SIGTERM.

    ``tokens`` and ``keys`` (instead of ``token_file`` and the key in ``options``): one server for many users, each
    token naming a connection and each connection its key (:mod:`stripe_connector.mcp.users`).

    Unlike stdio, a start-up problem (no access token, no key, a live key without ``--allow-live``, a port in use)
    ends the command at once with exit 2: a service is started by an operator (or a supervisor) who reads stderr,
    not by an agent that would only see a closed connection.
    """
    import anyio

    from .._host_parts.serving import DEFAULT_READ_TIMEOUT, check_read_timeout
    from . import auth, http

    try:
        import uvicorn  # noqa: F401
    except ImportError:
        raise MissingDependencyError("mcp --http needs uvicorn: pip install 'stripe-connector[mcp-http]'") from None
    if tokens is not None or keys is not None:
        return _serve_users(options, serving, tokens, keys, token_file=token_file, host=host, port=port,
                            allowed_origins=allowed_origins, allowed_hosts=allowed_hosts)  # fmt: skip
    token = auth.load_token(token_file)
    deadline = DEFAULT_READ_TIMEOUT if read_timeout is None else check_read_timeout(read_timeout)
    if problem is not None or options is None:
        raise startup_error(problem or InvalidInputError("api_key", "no connection options"))
    try:
        connector = serving.connector(options)
    except StripeConnectorError as exc:
        raise startup_error(exc) from None
    try:
        sock = http.listening_socket(host, port)
    except OSError as exc:
        raise InvalidInputError("port", f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    secret = options.get("api_key")

    async def run() -> None:
        async with connector:
            server = serving.server(connector, secret)
            app = http.http_app(server, token, host=host, allowed_origins=allowed_origins, allowed_hosts=allowed_hosts)
            await http.serve(app, sock, read_timeout=deadline)

    try:
        anyio.run(run)
    finally:
        sock.close()


def _serve_users(
    options: Mapping[str, Any] | None,
    serving: Serving,
    tokens: TokenResolver | None,
    keys: KeySource | None,
    *,
    token_file: str | None,
    host: str,
    port: int,
    allowed_origins: Sequence[str],
    allowed_hosts: Sequence[str],
) -> None:
    """:func:`serve_http` for many users: a token resolver and a key source instead of one token and one key."""
    import anyio

    from . import http
    from .users import UserConnectors

    if token_file is not None:
        raise InvalidInputError("auth_token_file", "give --auth-token-file (one user) or --tokens-file (many users)")
    if tokens is None:
        raise InvalidInputError("tokens_file", "--keys-dir goes with --tokens-file (which token is which connection)")
    if keys is None:
        raise InvalidInputError("keys_dir", "--tokens-file needs --keys-dir (each connection's Stripe key)")
    connectors = UserConnectors(options or {}, keys, serving.connector)
    try:
        sock = http.listening_socket(host, port)
    except OSError as exc:
        raise InvalidInputError("port", f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None

    async def run() -> None:
        try:
            server = serving.server(None, None, connectors)
            app = http.http_app(server, None, host=host, allowed_origins=allowed_origins, allowed_hosts=allowed_hosts,
                                users=tokens)  # fmt: skip
            await http.serve(app, sock)
        finally:
            await connectors.aclose()

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


__all__ = [
    "Serving",
    "build_server",
    "build_unavailable_server",
    "exposed_tools",
    "result_cap",
    "serve_http",
    "serve_stdio",
    "serve_stdio_as",
    "startup_error",
]
