"""Reading the command line: the ``stripe-connector`` parser, its subcommands and their options.

Connection options are accepted both before and after the subcommand; :func:`option` reads either.
"""

from __future__ import annotations

import argparse
import functools
import shutil
from collections.abc import Sequence
from typing import Any, NoReturn, cast

from .._host_parts.error_report import UsageError
from .._types.version import __version__
from .options import ALL_PAGE_LIMIT, add_call_options

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
  stripe-connector check
  stripe-connector mcp --read-only
  stripe-connector export list_customers --out customers.jsonl --concurrency 10
"""


@functools.cache
def help_width() -> int:
    """The help text's width, as argparse computes it (the terminal's columns less 2), found once: argparse asks
    the terminal again for each of the ~100 formatters it builds while options are added (a server's start)."""
    return shutil.get_terminal_size().columns - 2


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter at :func:`help_width`."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, help_width() if width is None else width)


class RawHelpFormatter(argparse.RawDescriptionHelpFormatter, HelpFormatter):
    """The same, with the description and epilog kept as written (the top-level help's examples)."""


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error raises (so it is reported as JSON like every other error) instead of exiting.

    Abbreviations are off: ``--api-key sk_test_...`` must be an unknown option, not ``--api-key-file`` with the key
    as a file name (whose error message would then print the key).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        kwargs.setdefault("formatter_class", HelpFormatter)
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


class _Unused:
    """Where the options of a subcommand that this run does not name go: every call is accepted and dropped."""

    def __getattr__(self, name: str) -> Any:
        return self._accept

    def _accept(self, *args: Any, **kwargs: Any) -> _Unused:
        return self


class _Commands:
    """The subcommands: each is registered (its name and help, for the top-level help and for errors), but only
    those named in the command line get their options. Adding the ~170 options of every subcommand was most of the
    parser's time, paid at every start (an MCP server's, while the agent waits for its tool list)."""

    def __init__(self, commands: argparse._SubParsersAction[Parser], named: Sequence[str] | None) -> None:
        self.commands = commands
        self.named = None if named is None else set(named)

    def wanted(self, name: str) -> bool:
        """Whether ``name`` gets its options: it is named in the command line, or the whole parser is built."""
        return self.named is None or name in self.named

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name in FEATURE_HELP:
            kwargs.setdefault("help", FEATURE_HELP[name])
        parser = self.commands.add_parser(name, **kwargs)
        return parser if self.wanted(name) else _Unused()


def build_parser(argv: Sequence[str] | None = None) -> Parser:
    """The command's parser; with ``argv``, only the subcommands it names get their options (see ``_Commands``)."""
    parser = Parser(
        prog="stripe-connector",
        description="Run Stripe tools from a shell or a workflow step, or serve them to agents over MCP.",
        epilog=EPILOG,
        formatter_class=RawHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_connection_options(parser, "global_")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    subparsers.required = True
    chosen = _Commands(subparsers, argv)
    commands = cast("argparse._SubParsersAction[Parser]", chosen)
    add_tools_command(commands)
    add_schema_command(commands)
    add_call_command(commands)
    add_mcp_command(commands)
    for name in FEATURE_HELP:
        if chosen.wanted(name):
            add_feature_command(name, commands)
        else:
            commands.add_parser(name)
    return parser


#: The subcommands whose parser lives with their code, and their line in the top-level help (here, so that the
#: top-level help and a command that names another subcommand never import those modules: ``export`` loads
#: neither the events receiver's nor the operation index's command code).
FEATURE_HELP = {
    "export": "export a list (tool or operation) to a JSON Lines file: sharded, at the rate budget, resumable",
    "ops": "every Stripe operation: search, describe, call",
    "events": "receive, store and hand on Stripe events (webhooks, polling)",
    "check": "check the key: its kind, mode, account and which tools it may use (reads only)",
}


def add_feature_command(name: str, commands: argparse._SubParsersAction[Parser]) -> None:
    """The subcommand ``name`` of :data:`FEATURE_HELP` with its options, from its own module."""
    if name == "export":
        from .export import add_export_parser

        add_export_parser(commands, add_connection_options)
    elif name == "ops":
        from .ops import add_ops_parser

        add_ops_parser(commands, add_connection_options)
    elif name == "events":
        from .events import add_events_parser

        add_events_parser(commands, add_connection_options)
    else:
        from .check import add_check_parser

        add_check_parser(commands, add_connection_options)


def add_tools_command(commands: argparse._SubParsersAction[Parser]) -> None:
    tools = commands.add_parser("tools", help="list the tools")
    tools.add_argument("--json", action="store_true", help="as a JSON array of {name, description}")


def add_schema_command(commands: argparse._SubParsersAction[Parser]) -> None:
    schema = commands.add_parser("schema", help="print the JSON Schema of a tool's arguments (or of every tool)")
    schema.add_argument("tool", nargs="?", metavar="TOOL")
    schema.add_argument("--strict", action="store_true", help="the variant for strict function calling (OpenAI)")


def add_call_command(commands: argparse._SubParsersAction[Parser]) -> None:
    call = commands.add_parser(
        "call",
        help="run a tool and print Stripe's JSON",
        description="Run TOOL with ARGS (a JSON object) and print Stripe's JSON answer.",
        epilog="ARGS is a JSON object, '-' for stdin, or omitted: then --args-file, or stdin when it is not a "
        "terminal, or {}. Exit codes as in `stripe-connector --help`.",
    )
    call.add_argument("tool", metavar="TOOL")
    call.add_argument("arguments", nargs="?", metavar="ARGS", help="e.g. '{\"limit\": 2}'")
    add_call_options(call)
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


def add_mcp_command(commands: argparse._SubParsersAction[Parser]) -> None:
    mcp = commands.add_parser(
        "mcp",
        help="serve the tools to an agent over MCP (stdio); needs the `mcp` extra",
        description="Serve the tools over the Model Context Protocol on stdin/stdout.",
    )
    mcp.add_argument("--tools", metavar="NAMES", help="comma-separated tool names to expose (default: all)")
    mcp.add_argument("--read-only", action="store_true", help="expose only reads: list_*/get_*, raw_request GET")
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
    add_mcp_http_options(mcp)
    add_connection_options(mcp, "")


def add_mcp_http_options(mcp: Parser) -> None:
    """``mcp --http`` and its options."""
    http = mcp.add_argument_group("Streamable HTTP (needs the `mcp-http` extra)")
    http.add_argument("--http", action="store_true", help="serve over Streamable HTTP at /mcp instead of stdio")
    http.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    http.add_argument("--port", type=int, default=8765, metavar="N", help="port (default 8765; 0: any free port)")
    http.add_argument(
        "--auth-token-file", metavar="PATH", help="required with --http: clients send Authorization: Bearer <token>"
    )
    http.add_argument(
        "--tokens-file",
        metavar="PATH",
        help="many users: lines of '<token> <connection id>' (0600, re-read when it changes); each token sees only "
        "its connection's Stripe, with the key in --keys-dir",
    )
    http.add_argument(
        "--keys-dir", metavar="DIR", help="with --tokens-file: one file per connection id holding its Stripe key (0600)"
    )
    http.add_argument(
        "--allow-origin", action="append", default=[], metavar="ORIGIN", help="a browser Origin to accept (repeatable)"
    )
    http.add_argument(
        "--allow-host", action="append", default=[], metavar="HOST:PORT", help="a Host header to accept (repeatable)"
    )
    http.add_argument(
        "--read-timeout", type=float, default=None, metavar="SECONDS",
        help="seconds a client has to send a whole request before its connection is closed (default 10)",
    )  # fmt: skip
