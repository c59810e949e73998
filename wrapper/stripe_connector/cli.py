"""The ``stripe-connector`` command: the tools from a shell or a workflow step, and the MCP server for agents.

A shell user and a workflow engine want the same things from a command: Stripe's JSON on stdout, an exit code that
says whose fault a failure is (the input, Stripe, or the network), and an error they can parse. So every failure
ends the same way: one JSON object on the last line of stderr and a documented exit code. The API key is read from
the environment or a file, never from a flag, because flag values land in shell history and process listings.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from ._error_report import MissingDependencyError, UsageError, error_payload, redact
from .errors import (
    InvalidInputError,
    StripeAPIError,
    StripeConnectionError,
    StripeConnectorError,
    StripeResponseError,
)

if TYPE_CHECKING:
    from ._catalogue import Tool
    from ._client import StripeConnector
    from ._core import IdempotencyScope

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_INPUT = 2
EXIT_STRIPE = 3
EXIT_CONNECTION = 4
EXIT_RESPONSE = 5

#: ``--all`` asks for Stripe's largest page unless the arguments set ``limit``: fewer round trips for the same objects.
ALL_PAGE_LIMIT = 100

EPILOG = """\
The API key comes from the STRIPE_API_KEY environment variable, or from a file given with --api-key-file;
never from a flag value (those end up in shell history). `tools` and `schema` need no key.
STRIPE_BASE_URL sets the API origin (e.g. a localstripe at http://127.0.0.1:8420) when --base-url is not given.
Connection options may go before or after the subcommand.

exit codes:
  0  success
  1  internal error (a bug: please report it)
  2  bad input: usage, arguments or JSON, a missing or malformed key, a guardrail (--max-amount, live key), or the
     optional `mcp` extra missing; nothing was sent
  3  Stripe answered with an error (card declined, not found, invalid request, rate limited, ...)
  4  Stripe could not be reached (connection failure or timeout, after retries); a POST may or may not have been
     applied: re-run it with the same --idempotency-key or --idempotency-scope
  5  Stripe's answer could not be read (not a JSON object, not standard JSON, over the size cap, or a list that
     cannot be paged through); with --all, the lines already written are complete

errors: the last line of stderr is one JSON object
  {"error": {"kind": "invalid_input" | "usage" | "stripe_api" | "connection" | "response" | "internal",
             "type", "code", "param", "message", "request_id", "http_status"}}

examples:
  stripe-connector tools
  stripe-connector schema create_charge
  STRIPE_API_KEY=sk_test_... stripe-connector call list_customers '{"limit": 2}'
  stripe-connector call create_customer --args-file customer.json --idempotency-scope run-42:create-customer
  stripe-connector call list_charges --all --max-items 500 > charges.jsonl
  stripe-connector call create_charge '{"amount": 1099, "currency": "usd", "source": "tok_visa"}' --dry-run
  stripe-connector mcp --read-only
  stripe-connector export list_customers --out customers.jsonl --concurrency 10
"""


def exit_code_for(exc: BaseException) -> int:
    if isinstance(exc, InvalidInputError | UsageError | MissingDependencyError):
        return EXIT_INPUT
    if isinstance(exc, StripeAPIError):
        return EXIT_STRIPE
    if isinstance(exc, StripeConnectionError):
        return EXIT_CONNECTION
    if isinstance(exc, StripeResponseError):
        return EXIT_RESPONSE
    return EXIT_INTERNAL


# --- reading the command line -----------------------------------------------------------------------------------------


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error raises (so it is reported as JSON like every other error) instead of exiting.

    Abbreviations are off: ``--api-key sk_test_...`` must be an unknown option, not ``--api-key-file`` with the key
    as a file name (whose error message would then print the key).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see: {self.prog} --help)")


def add_connection_options(parser: argparse.ArgumentParser, prefix: str) -> None:
    """Options accepted both before and after the subcommand (``prefix`` keeps them apart; see :func:`option`)."""
    group = parser.add_argument_group("connection")
    group.add_argument(
        "--base-url", dest=prefix + "base_url", metavar="URL", help="API origin (default: $STRIPE_BASE_URL or Stripe)"
    )
    group.add_argument(
        "--api-key-file",
        dest=prefix + "api_key_file",
        metavar="PATH",
        help="read the key from this file instead of $STRIPE_API_KEY",
    )
    group.add_argument("--max-retries", dest=prefix + "max_retries", type=int, metavar="N", help="default 2")
    group.add_argument("--timeout", dest=prefix + "timeout", type=float, metavar="SECONDS", help="default 30")
    group.add_argument("--stripe-version", dest=prefix + "stripe_version", metavar="VERSION")
    group.add_argument(
        "--max-amount",
        dest=prefix + "max_amount",
        action="append",
        metavar="CUR=AMOUNT",
        help="refuse payments above AMOUNT (smallest unit) in currency CUR, e.g. usd=5000; repeatable",
    )
    group.add_argument(
        "--allow-live", dest=prefix + "allow_live", action="store_true", help="accept a live-mode key (sk_live_...)"
    )
    group.add_argument(
        "-v", "--verbose", dest=prefix + "verbose", action="store_true", help="log each HTTP attempt on stderr"
    )


def build_parser() -> Parser:
    parser = Parser(
        prog="stripe-connector",
        description="Run Stripe tools from a shell or a workflow step, or serve them to agents over MCP.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from ._core import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_connection_options(parser, "global_")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    commands.required = True

    tools = commands.add_parser("tools", help="list the tools")
    tools.add_argument("--json", action="store_true", help="as a JSON array of {name, description}")

    schema = commands.add_parser("schema", help="print the JSON Schema of a tool's arguments (or of every tool)")
    schema.add_argument("tool", nargs="?", metavar="TOOL")
    schema.add_argument("--strict", action="store_true", help="the variant for strict function calling (OpenAI)")

    call = commands.add_parser(
        "call",
        help="run a tool and print Stripe's JSON",
        description="Run TOOL with ARGS (a JSON object) and print Stripe's JSON answer.",
        epilog="ARGS is a JSON object, '-' for stdin, or omitted: then --args-file, or stdin when it is not a "
        "terminal, or {}. Exit codes as in `stripe-connector --help`.",
    )
    call.add_argument("tool", metavar="TOOL")
    call.add_argument("arguments", nargs="?", metavar="ARGS", help="e.g. '{\"limit\": 2}'")
    call.add_argument("--args-file", metavar="PATH", help="read ARGS from a file ('-' for stdin)")
    call.add_argument("--dry-run", action="store_true", help="print the request that would be sent; send nothing")
    call.add_argument(
        "--idempotency-scope",
        metavar="SCOPE",
        help="derive a replay-safe idempotency key from SCOPE (e.g. RUN:STEP, or a JSON list) and the arguments",
    )
    call.add_argument("--idempotency-key", metavar="KEY", help="an explicit Idempotency-Key for a POST")
    call.add_argument("--stripe-account", metavar="ACCT", help="act on a connected account (acct_...)")
    call.add_argument(
        "--all",
        action="store_true",
        help=f"page through a list tool, writing JSON Lines (limit defaults to {ALL_PAGE_LIMIT} per page)",
    )
    call.add_argument("--max-items", type=int, metavar="N", help="with --all: stop after N objects")
    call.add_argument("-q", "--quiet", action="store_true", help="with --all: no progress on stderr")
    call.add_argument("--compact", action="store_true", help="print JSON on one line")
    call.add_argument(
        "--details",
        action="store_true",
        help='print {"data": <Stripe\'s JSON>, "request_id", "idempotent_replayed", "idempotency_key", "attempts"}',
    )
    add_connection_options(call, "")

    mcp = commands.add_parser(
        "mcp",
        help="serve the tools to an agent over MCP (stdio); needs the `mcp` extra",
        description="Serve the tools over the Model Context Protocol on stdin/stdout.",
    )
    mcp.add_argument("--tools", metavar="NAMES", help="comma-separated tool names to expose (default: all)")
    mcp.add_argument(
        "--read-only",
        action="store_true",
        help="expose only list_*/get_* tools and raw_request limited to GET",
    )
    mcp.add_argument("--strict", action="store_true", help="serve the strict-mode schemas (`schema --strict`)")
    mcp.add_argument(
        "--operations",
        nargs="?",
        const="*",
        metavar="IDS",
        help="also serve search_operations, describe_operation and call_operation over every Stripe operation, "
        "or those of IDS (comma-separated ids and globs, e.g. 'Get*,PostRefunds')",
    )
    mcp.add_argument(
        "--max-result-bytes",
        type=int,
        metavar="N",
        help="cap on a read's answer: longer pages are cut, with a note and a cursor (default 50000: Claude Code's "
        "25,000-token limit)",
    )
    http = mcp.add_argument_group("Streamable HTTP (needs the `mcp-http` extra)")
    http.add_argument("--http", action="store_true", help="serve over Streamable HTTP at /mcp instead of stdio")
    http.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    http.add_argument("--port", type=int, default=8765, metavar="N", help="port (default 8765; 0: any free port)")
    http.add_argument(
        "--auth-token-file", metavar="PATH", help="required with --http: clients send Authorization: Bearer <token>"
    )
    http.add_argument(
        "--allow-origin", action="append", default=[], metavar="ORIGIN", help="a browser Origin to accept (repeatable)"
    )
    http.add_argument(
        "--allow-host", action="append", default=[], metavar="HOST:PORT", help="a Host header to accept (repeatable)"
    )
    add_connection_options(mcp, "")
    from ._export._cli import add_export_parser

    add_export_parser(commands, add_connection_options)
    from ._cli_operations import add_ops_parser  # issue 20: `ops search|describe|call`

    add_ops_parser(commands, add_connection_options)
    from .events._cli import add_events_parser

    add_events_parser(commands, add_connection_options)
    return parser


def option(args: argparse.Namespace, name: str) -> Any:
    """A connection option given after the subcommand, else before it, else None (lists from both are joined)."""
    after = getattr(args, name, None)
    before = getattr(args, "global_" + name, None)
    if isinstance(after, list) or isinstance(before, list):
        return [*(before or []), *(after or [])]
    if isinstance(after, bool) or isinstance(before, bool):
        return bool(after) or bool(before)
    return after if after is not None else before


def load_api_key(api_key_file: str | None) -> str:
    """The key from ``api_key_file`` (whitespace stripped) or ``$STRIPE_API_KEY``."""
    if api_key_file is not None:
        try:
            key = read_small_file(api_key_file, KEY_FILE_LIMIT).decode("utf-8").strip()
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)
            if isinstance(exc, UnicodeDecodeError):
                reason = "not UTF-8 text"
            raise InvalidInputError("api_key_file", f"cannot read {api_key_file}: {reason}") from None
        if not key:
            raise InvalidInputError("api_key_file", f"{api_key_file} is empty")
        return key
    key = os.environ.get("STRIPE_API_KEY", "").strip()
    if not key:
        raise InvalidInputError(
            "api_key", "set the STRIPE_API_KEY environment variable or pass --api-key-file PATH (never the key itself)"
        )
    return key


#: A key file holds one key (about 110 characters); anything much larger is the wrong file (or /dev/zero).
KEY_FILE_LIMIT = 4096
#: How long a key file that is a pipe (``<(pass show stripe)``) may take to deliver the key.
PIPE_WAIT_SECONDS = 5.0


def read_small_file(path: str, limit: int) -> bytes:
    """At most ``limit`` bytes of ``path``, without hanging on a FIFO that has no writer or a writer that stalls.

    The file is opened non-blocking (opening a FIFO blocks until a writer comes, otherwise), and a pipe or device is
    read with ``select`` for at most :data:`PIPE_WAIT_SECONDS`.
    """
    import select
    import stat
    import time

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise ValueError("it is a directory")
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + PIPE_WAIT_SECONDS
        while True:
            try:
                chunk = os.read(fd, limit + 1 - size)
            except BlockingIOError:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ValueError(f"nothing came through it within {PIPE_WAIT_SECONDS:.0f} s") from None
                select.select([fd], [], [], min(left, 0.1))
                continue
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise ValueError(f"it is larger than {limit} bytes: not a key file")
    finally:
        os.close(fd)


def parse_max_amount(values: Sequence[str]) -> dict[str, int]:
    """``["usd=5000", "eur=4000"]`` -> ``{"usd": 5000, "eur": 4000}``; the core checks codes and signs."""
    caps: dict[str, int] = {}
    for value in values:
        currency, sep, amount = value.partition("=")
        currency = currency.strip().lower()
        try:
            cap = int(amount.strip())
        except ValueError:
            cap = -1
        if not sep or cap < 0 or not currency:
            raise InvalidInputError("max_amount", f"expected CUR=AMOUNT like usd=5000, got {value!r}")
        if currency in caps:
            raise InvalidInputError("max_amount", f"{currency} is given twice")
        caps[currency] = cap
    return caps


def connector_options(args: argparse.Namespace) -> dict[str, Any]:
    """Keyword arguments for ``StripeConnector`` / ``AsyncStripeConnector`` from the command line and environment."""
    options: dict[str, Any] = {
        "api_key": load_api_key(option(args, "api_key_file")),
        "base_url": option(args, "base_url") or os.environ.get("STRIPE_BASE_URL") or "https://api.stripe.com",
        "max_amount": parse_max_amount(option(args, "max_amount") or []),
        "allow_live": option(args, "allow_live"),
    }
    for name in ("max_retries", "timeout", "stripe_version"):
        value = option(args, name)
        if value is not None:
            options[name] = value
    return options


def read_json_object(text: str, source: str) -> dict[str, Any]:
    """The JSON object in ``text``; anything else, pathological JSON included, is bad input (exit 2)."""
    if not text.strip():
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            "arguments", f"{source} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise InvalidInputError("arguments", f"{source} is nested too deeply") from None
    except ValueError as exc:  # an integer longer than Python's digit limit
        raise InvalidInputError("arguments", f"{source} is not usable JSON: {exc}") from None
    if not isinstance(value, dict):
        raise InvalidInputError("arguments", f"{source} must be a JSON object, got {type(value).__name__}")
    return value


def read_arguments(args: argparse.Namespace, stdin: IO[str]) -> dict[str, Any]:
    """The tool arguments from ARGS, ``--args-file`` or stdin (see the ``call`` epilog)."""
    if args.arguments is not None and args.args_file is not None:
        raise UsageError("give the arguments either as ARGS or with --args-file, not both")
    if args.args_file is not None and args.args_file != "-":
        try:
            text = Path(args.args_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise InvalidInputError("args_file", f"cannot read {args.args_file}: {reason}") from None
        return read_json_object(text, args.args_file)
    if args.arguments == "-" or args.args_file == "-" or (args.arguments is None and not stdin.isatty()):
        return read_json_object(stdin.read(), "stdin")
    return read_json_object(args.arguments or "", "ARGS")


def parse_scope(value: str | None) -> IdempotencyScope | None:
    """``RUN:STEP`` is used as one string; text starting with ``[`` or ``{`` is a JSON list or object of strings."""
    if value is None:
        return None
    if not value.strip():
        raise InvalidInputError("idempotency_scope", "must not be empty")
    if value.lstrip()[:1] not in ("[", "{"):
        return value
    try:
        scope = json.loads(value)
    except json.JSONDecodeError as exc:
        raise InvalidInputError("idempotency_scope", f"is not valid JSON: {exc.msg}") from None
    except (ValueError, RecursionError):
        raise InvalidInputError("idempotency_scope", "is not usable JSON (nested too deeply or too long)") from None
    parts = scope.values() if isinstance(scope, dict) else scope
    if not all(isinstance(part, str) for part in parts):
        raise InvalidInputError("idempotency_scope", "a JSON scope is a list (or object) of strings")
    return scope  # type: ignore[no-any-return]


# --- the subcommands --------------------------------------------------------------------------------------------------


def write_json(value: Any, out: IO[str], *, compact: bool = False) -> None:
    """Print ``value`` as JSON; built whole first, so a failure never leaves half a document on stdout."""
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":")) if compact else json.dumps(value, indent=2)
    except (ValueError, RecursionError) as exc:
        raise StripeResponseError(f"Stripe's answer cannot be written as JSON: {exc}") from None
    out.write(text + "\n")
    out.flush()


def run_tools(args: argparse.Namespace, out: IO[str]) -> int:
    from . import TOOLS

    if args.json:
        write_json([{"name": tool.name, "description": tool.description} for tool in TOOLS], out)
    else:
        width = max(len(name) for name in TOOLS.names())
        for tool in TOOLS:
            out.write(f"{tool.name:<{width}}  {tool.description}\n")
    return EXIT_OK


def run_schema(args: argparse.Namespace, out: IO[str]) -> int:
    from . import TOOLS

    def schema_of(tool: Tool) -> dict[str, Any]:
        return tool.strict_input_schema if args.strict else tool.input_schema

    if args.tool is None:
        write_json({tool.name: schema_of(tool) for tool in TOOLS}, out)
    else:
        write_json(schema_of(TOOLS.get(args.tool)), out)
    return EXIT_OK


class Progress:
    """``--all``'s progress on stderr: one line per page, or one line rewritten in place on a terminal."""

    def __init__(self, stream: IO[str], *, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.in_place = enabled and stream.isatty()

    def page(self, objects: int, pages: int) -> None:
        if self.enabled:
            line = f"stripe-connector: {objects} objects fetched, {pages} page{'s' if pages != 1 else ''}"
            self.stream.write(("\r" + line) if self.in_place else line + "\n")
            self.stream.flush()

    def finish(self) -> None:
        if self.in_place:
            self.stream.write("\n")
            self.stream.flush()


def fetch_all(
    connector: StripeConnector,
    tool: Tool,
    arguments: Mapping[str, Any],
    *,
    max_items: int | None,
    stripe_account: str | None,
    out: IO[str],
    progress: Progress,
) -> int:
    """Every object of a list tool as JSON Lines, written page by page (so a long run streams and can be resumed).

    The walk is ``_paging.Pager``'s, the same as ``paginate``: a server that repeats a page or answers an unusable
    one ends the run with exit 5, after the complete lines already written.
    """
    from ._paging import Pager

    pager = Pager(tool.name, arguments, max_items)
    if "limit" not in pager.arguments:
        pager.arguments["limit"] = ALL_PAGE_LIMIT if max_items is None else max(1, min(ALL_PAGE_LIMIT, max_items))
    fetched = 0
    try:
        while not pager.done:
            page = connector.call(tool.name, pager.arguments, stripe_account=stripe_account)
            lines = [json_line(item) for item in pager.accept(page)]
            out.write("".join(lines))
            out.flush()
            fetched += len(lines)
            progress.page(fetched, pager.pages)
    except StripeConnectorError:
        progress.finish()
        if progress.enabled and pager.last_id is not None:
            progress.stream.write(
                f"stripe-connector: stopped after {fetched} objects; to resume, add starting_after={pager.last_id}\n"
            )
        raise
    progress.finish()
    return EXIT_OK


def json_line(item: Any) -> str:
    """One JSON Lines record (the answer was read strictly, so it always encodes)."""
    try:
        return json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n"
    except (ValueError, RecursionError) as exc:
        raise StripeResponseError(f"an object of Stripe's answer cannot be written as JSON: {exc}") from None


def run_call(args: argparse.Namespace, out: IO[str], err: IO[str], stdin: IO[str]) -> int:
    from . import TOOLS
    from ._client import StripeConnector

    if args.max_items is not None and not args.all:
        raise UsageError("--max-items goes with --all")
    if args.details and (args.all or args.dry_run):
        raise UsageError("--details goes with a single call, not with --all or --dry-run")
    if args.max_items is not None and args.max_items < 0:
        raise InvalidInputError("max_items", "must be an integer >= 0")
    tool = TOOLS.get(args.tool)
    if args.all and not tool.is_list:
        raise InvalidInputError("tool", f"--all pages through list tools; {tool.name} is not one")
    arguments = read_arguments(args, stdin)
    scope = parse_scope(args.idempotency_scope)
    with StripeConnector(**connector_options(args)) as connector:
        if args.dry_run:
            if args.all and "limit" not in arguments:
                arguments = {**arguments, "limit": ALL_PAGE_LIMIT}
            request = connector.dry_run(
                tool.name,
                arguments,
                idempotency_key=args.idempotency_key,
                idempotency_scope=scope,
                stripe_account=args.stripe_account,
            )
            write_json(request, out, compact=args.compact)
            return EXIT_OK
        if args.all:
            progress = Progress(err, enabled=not args.quiet)
            return fetch_all(
                connector,
                tool,
                arguments,
                max_items=args.max_items,
                stripe_account=args.stripe_account,
                out=out,
                progress=progress,
            )
        options: dict[str, Any] = {
            "idempotency_key": args.idempotency_key,
            "idempotency_scope": scope,
            "stripe_account": args.stripe_account,
        }
        if args.details:  # what a workflow step logs: request id, idempotent replay, attempts
            result = connector.call_with_details(tool.name, arguments, **options).as_json()
        else:
            result = connector.call(tool.name, arguments, **options)
        write_json(result, out, compact=args.compact)
    return EXIT_OK


def run_mcp(args: argparse.Namespace) -> int:
    try:
        from . import mcp_server
    except ImportError as exc:
        if (exc.name or "").split(".")[0] != "mcp":
            raise
        raise MissingDependencyError(
            "the mcp subcommand needs the MCP SDK 2.x: pip install 'stripe-connector[mcp]'"
        ) from None
    names = [name.strip() for name in args.tools.split(",") if name.strip()] if args.tools is not None else None
    tools = mcp_server.exposed_tools(names, read_only=args.read_only)
    operations = None
    if args.operations is not None:
        from ._mcp_operations import OperationTools, parse_patterns

        operations = OperationTools(parse_patterns(args.operations), read_only=args.read_only)
    # A start-up problem is served (every call answers with it) rather than ending the process: an MCP client
    # would only report "connection closed". It is raised afterwards for stderr and the exit code.
    options, problem = None, None
    try:
        options = connector_options(args)
    except StripeConnectorError as exc:
        problem = exc
    cap = mcp_server.result_cap(args.max_result_bytes)
    if args.http:
        mcp_server.serve_http(
            options,
            tools,
            read_only=args.read_only,
            strict=args.strict,
            problem=problem,
            max_result_bytes=cap,
            token_file=args.auth_token_file,
            host=args.host,
            port=args.port,
            allowed_origins=args.allow_origin,
            allowed_hosts=args.allow_host,
            operations=operations,
        )
        return EXIT_OK
    if args.auth_token_file is not None:
        raise UsageError("--auth-token-file goes with --http")
    problem = mcp_server.serve_stdio(
        options,
        tools,
        read_only=args.read_only,
        strict=args.strict,
        problem=problem,
        max_result_bytes=cap,
        operations=operations,
    )
    if problem is not None:
        raise problem
    return EXIT_OK


def configure_logging(err: IO[str]) -> None:
    handler = logging.StreamHandler(err)
    handler.setFormatter(logging.Formatter("stripe-connector: %(message)s"))
    logger = logging.getLogger("stripe_connector")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[str] | None = None,
) -> int:
    """Run the command; returns the exit code (the streams are parameters so tests can run it in-process)."""
    out, err, inp = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    args: argparse.Namespace | None = None
    try:
        args = build_parser().parse_args(argv)
        if option(args, "verbose"):
            configure_logging(err)
        if args.command == "tools":
            return run_tools(args, out)
        if args.command == "schema":
            return run_schema(args, out)
        if args.command == "call":
            return run_call(args, out, err, inp)
        if args.command == "export":
            from ._export._cli import run_export

            return run_export(args, out, err, inp)
        if args.command == "ops":
            from ._cli_operations import run_ops

            return run_ops(args, out, err, inp)
        if args.command == "events":
            from .events._cli import run_events

            return run_events(args, out, err, lambda: connector_options(args))
        return run_mcp(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): not an error. Point stdout at devnull so the exit flush cannot fail.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        text = json.dumps(error_payload(exc), ensure_ascii=True)
        err.write(redact(text, known_api_key(args)) + "\n")
        err.flush()
        return exit_code_for(exc)


def known_api_key(args: argparse.Namespace | None) -> str | None:
    """The key this run would use, if there is one, so that error output can be scrubbed of it."""
    try:
        return load_api_key(option(args, "api_key_file") if args is not None else None)
    except InvalidInputError:
        return None


if __name__ == "__main__":
    sys.exit(main())
