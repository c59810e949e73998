"""The subcommands: ``tools``, ``schema``, ``call`` (one call, a dry run, or ``--all`` pages as JSON Lines) and
``mcp`` (the MCP server on stdio, from the optional ``mcp`` extra).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..._client import StripeConnector
from ..._tools.paging import Pager
from ...errors import InvalidInputError, StripeConnectorError, StripeResponseError
from ..error_report import MissingDependencyError, UsageError
from ..keys import load_api_key
from .options import ALL_PAGE_LIMIT, option

if TYPE_CHECKING:
    from ..._tools.catalogue import Tool
    from ..._types import IdempotencyScope

EXIT_OK = 0


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


def connector_options(args: argparse.Namespace, *, with_key: bool = True) -> dict[str, Any]:
    """Keyword arguments for ``StripeConnector`` / ``AsyncStripeConnector`` from the command line and environment
    (``with_key=False``: all but the key, for a server whose users each bring their own)."""
    options: dict[str, Any] = {
        "api_key": load_api_key(option(args, "api_key_file")) if with_key else None,
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


def write_json(value: Any, out: IO[str], *, compact: bool = False) -> None:
    """Print ``value`` as JSON; built whole first, so a failure never leaves half a document on stdout."""
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":")) if compact else json.dumps(value, indent=2)
    except (ValueError, RecursionError) as exc:
        raise StripeResponseError(f"Stripe's answer cannot be written as JSON: {exc}") from None
    out.write(text + "\n")
    out.flush()


def run_tools(args: argparse.Namespace, out: IO[str]) -> int:
    from ... import TOOLS

    if args.json:
        write_json([{"name": tool.name, "description": tool.description} for tool in TOOLS], out)
    else:
        width = max(len(name) for name in TOOLS.names())
        for tool in TOOLS:
            out.write(f"{tool.name:<{width}}  {tool.description}\n")
    return EXIT_OK


def run_schema(args: argparse.Namespace, out: IO[str]) -> int:
    from ... import TOOLS

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
    from ... import TOOLS

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


def _serve_many_users(
    args: argparse.Namespace,
    mcp_server: Any,
    serving: Any,
    options: dict[str, Any] | None,
    problem: StripeConnectorError | None,
) -> int:
    """``mcp --http --tokens-file --keys-dir``: one server, each token on its own connection's key."""
    if problem is not None:
        raise problem
    from ..mcp.users import KeysDirectory, TokenFile

    mcp_server.serve_http(
        options,
        serving,
        token_file=args.auth_token_file,
        host=args.host,
        port=args.port,
        allowed_origins=args.allow_origin,
        allowed_hosts=args.allow_host,
        tokens=TokenFile(args.tokens_file) if args.tokens_file is not None else None,
        keys=KeysDirectory(args.keys_dir) if args.keys_dir is not None else None,
    )
    return EXIT_OK


def run_mcp(args: argparse.Namespace) -> int:
    try:
        from ..mcp import server as mcp_server  # the MCP SDK: loaded only for this subcommand
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
        from ..mcp.operations import OperationTools, parse_patterns

        operations = OperationTools(parse_patterns(args.operations), read_only=args.read_only)
    # A start-up problem is served (every call answers with it) rather than ending the process: an MCP client
    # would only report "connection closed". It is raised afterwards for stderr and the exit code.
    options, problem = None, None
    many_users = args.tokens_file is not None or args.keys_dir is not None
    try:
        options = connector_options(args, with_key=not many_users)
    except StripeConnectorError as exc:
        problem = exc
    serving = mcp_server.Serving(
        tools,
        read_only=args.read_only,
        strict=args.strict,
        max_result_bytes=mcp_server.result_cap(args.max_result_bytes),
        operations=operations,
    )
    if args.http and many_users:
        return _serve_many_users(args, mcp_server, serving, options, problem)
    if args.http:
        mcp_server.serve_http(
            options,
            serving,
            problem=problem,
            token_file=args.auth_token_file,
            host=args.host,
            port=args.port,
            allowed_origins=args.allow_origin,
            allowed_hosts=args.allow_host,
        )
        return EXIT_OK
    if args.auth_token_file is not None:
        raise UsageError("--auth-token-file goes with --http")
    if many_users:
        raise UsageError("--tokens-file and --keys-dir go with --http")
    problem = mcp_server.serve_stdio_as(options, serving, problem)
    if problem is not None:
        raise problem
    return EXIT_OK
