"""The ``stripe-connector`` command: the tools from a shell or a workflow step, and the MCP server for agents.

A shell user and a workflow engine want the same things from a command: Stripe's JSON on stdout, an exit code that
says whose fault a failure is (the input, Stripe, or the network), and an error they can parse. So every failure
ends the same way: one JSON object on the last line of stderr and a documented exit code. The API key is read from
the environment or a file, never from a flag, because flag values land in shell history and process listings.
The parser is in ``parser``, each subcommand in its own module, the key in ``_host_parts.keys``. A subcommand's
module is imported only when it runs: ``export`` and ``call`` load neither the MCP server's, the events receiver's
nor the operation index's command code before their first request.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from typing import IO

from .._host_parts.error_report import MissingDependencyError, UsageError, error_payload
from .._host_parts.keys import load_api_key
from .._host_parts.startup import skip_httpx_command
from .._types.secrets import redact
from ..errors import (
    InvalidInputError,
    StripeAPIError,
    StripeConnectionError,
    StripeResponseError,
)
from .common import EXIT_OK
from .options import option
from .parser import build_parser

EXIT_INTERNAL = 1

EXIT_INPUT = 2

EXIT_STRIPE = 3

EXIT_CONNECTION = 4

EXIT_RESPONSE = 5


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


def configure_logging(err: IO[str]) -> None:
    import logging  # with -v only (httpx loads it anyway for the commands that send; `--help` need not)

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
        skip_httpx_command()
        argv = sys.argv[1:] if argv is None else list(argv)
        args = build_parser(argv).parse_args(argv)
        if option(args, "verbose"):
            configure_logging(err)
        return run_command(args, out, err, inp)
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


def run_command(args: argparse.Namespace, out: IO[str], err: IO[str], inp: IO[str]) -> int:
    """Run the subcommand ``args`` names, from its module, imported now (see the module's docstring)."""
    if args.command == "call":
        from .call import run_call

        return run_call(args, out, err, inp)
    if args.command == "export":
        from .export import run_export

        return run_export(args, out, err, inp)
    if args.command == "tools":
        from .tools import run_tools

        return run_tools(args, out)
    if args.command == "schema":
        from .schema import run_schema

        return run_schema(args, out)
    if args.command == "mcp":
        from .mcp import run_mcp

        return run_mcp(args)
    if args.command == "check":
        from .check import run_check

        return run_check(args, out)
    return run_feature_command(args, out, err, inp)


def run_feature_command(args: argparse.Namespace, out: IO[str], err: IO[str], inp: IO[str]) -> int:
    """``ops`` or ``events``."""
    if args.command == "ops":
        from .ops import run_ops

        return run_ops(args, out, err, inp)
    from .common import connector_options
    from .events import run_events

    return run_events(args, out, err, lambda: connector_options(args))


def known_api_key(args: argparse.Namespace | None) -> str | None:
    """The key this run would use, if there is one, so that error output can be scrubbed of it."""
    try:
        return load_api_key(option(args, "api_key_file") if args is not None else None)
    except InvalidInputError:
        return None


__all__ = ["EXIT_OK", "main"]

if __name__ == "__main__":
    sys.exit(main())
