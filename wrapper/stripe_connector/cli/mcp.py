"""``stripe-connector mcp``: the MCP server on stdio or Streamable HTTP (the optional ``mcp`` extra)."""

from __future__ import annotations

import argparse
from typing import Any

from .._host_parts.error_report import MissingDependencyError, UsageError
from .._host_parts.startup import collector_paused
from ..errors import StripeConnectorError
from .common import EXIT_OK, connector_options, from_args


def _many_users(args: argparse.Namespace, problem: StripeConnectorError | None) -> dict[str, Any]:
    """``mcp --http --tokens-file --keys-dir``: one server, each token on its own connection's key (a start-up
    problem is raised: there is no single key whose calls could answer with it)."""
    if problem is not None:
        raise problem
    from ..mcp.users import KeysDirectory, TokenFile

    return {
        "tokens": TokenFile(args.tokens_file) if args.tokens_file is not None else None,
        "keys": KeysDirectory(args.keys_dir) if args.keys_dir is not None else None,
    }


def run_mcp(args: argparse.Namespace) -> int:
    try:
        with collector_paused():  # the MCP SDK (loaded only for this subcommand): most of an agent's wait at start
            from ..mcp import server as mcp_server
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
    if args.http:
        mcp_server.serve_http(
            options,
            serving,
            problem=problem,
            **from_args(
                args,
                "host",
                "port",
                "read_timeout",
                token_file="auth_token_file",
                allowed_origins="allow_origin",
                allowed_hosts="allow_host",
            ),
            **(_many_users(args, problem) if many_users else {}),
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
