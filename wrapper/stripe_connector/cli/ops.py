"""``stripe-connector ops``: every Stripe operation from a shell (``search``, ``describe``, ``call``).

``ops call`` is ``call`` for an operation id: the same argument reading, options, JSON output, error JSON on
stderr and exit codes (the error handling is ``cli.main``'s).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .._host_parts.error_report import UsageError
from .._types.options import FilePart, RequestOptions
from .options import add_call_options

if TYPE_CHECKING:
    from ..operations._index import Operation


def add_ops_parser(commands: Any, add_connection_options: Callable[[argparse.ArgumentParser, str], None]) -> None:
    ops = commands.add_parser(
        "ops",
        description="Find, describe and call any operation of Stripe's API by its id (e.g. PostRefunds).",
    )
    actions = ops.add_subparsers(dest="ops_command", metavar="ACTION", parser_class=type(ops))
    actions.required = True
    search = actions.add_parser("search", help="find operations by what they do ('refund a charge')")
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=int, default=10, metavar="N")
    search.add_argument("--json", action="store_true", help="as JSON (default: one line per operation)")
    describe = actions.add_parser("describe", help="the arguments an operation takes (JSON)")
    describe.add_argument("operation", metavar="ID")
    describe.add_argument("--field", metavar="PATH", help="drill into a nested argument, e.g. line_items.price_data")
    describe.add_argument("--max-chars", type=int, default=None, metavar="N", help="size cap (default 8000)")
    call = actions.add_parser("call", help="run an operation and print Stripe's JSON (exit codes as `call`)")
    call.add_argument("operation", metavar="ID")
    call.add_argument("arguments", nargs="?", metavar="ARGS", help="a JSON object, '-' for stdin")
    add_call_options(call)
    call.add_argument("--compact", action="store_true", help="print JSON on one line")
    call.add_argument(
        "--file",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="an upload's file argument read from PATH (e.g. file=evidence.pdf for PostFiles); repeatable",
    )
    call.add_argument(
        "--upload-root",
        default=".",
        metavar="DIR",
        help="--file paths must lie inside DIR, reached without symbolic links (default: the current directory)",
    )
    call.add_argument(
        "--out",
        metavar="PATH",
        help="write a binary answer (a quote's PDF: GetQuotesQuotePdf) to PATH; its size and type go to stdout",
    )
    add_connection_options(call, "")


def run_ops(args: argparse.Namespace, out: IO[str], err: IO[str], stdin: IO[str]) -> int:
    from .. import OPERATIONS
    from .common import EXIT_OK, connector_options, parse_scope, read_arguments, write_json

    if args.ops_command == "search":
        found = OPERATIONS.search(args.text, args.limit)
        if args.json:
            rows = [
                {"id": op.id, "method": op.method, "path": op.path, "kind": op.kind, "summary": op.summary}
                for op in found
            ]
            write_json(rows, out)
        else:
            for op in found:
                out.write(f"{op.id}\t{op.method} {op.path}\t{op.kind}\t{op.summary}\n")
        return EXIT_OK
    if args.ops_command == "describe":
        write_json(OPERATIONS.describe(args.operation, args.field, max_chars=args.max_chars), out)
        return EXIT_OK

    operation = OPERATIONS[args.operation]  # an unknown id fails before a key is needed
    arguments: dict[str, Any] = read_arguments(args, stdin) if args.arguments or not args.file else {}
    arguments.update(files_from_paths(operation, args.file, args.upload_root, arguments.get("purpose")))
    if operation.is_binary and not args.dry_run and not args.out:
        raise UsageError(f"{operation.id} answers {operation.answer}: give --out PATH to write it to")
    options: RequestOptions = {
        "idempotency_key": args.idempotency_key,
        "idempotency_scope": parse_scope(args.idempotency_scope),
        "stripe_account": args.stripe_account,
    }
    from .._clients.sync_client import StripeConnector  # httpx: only when run

    with StripeConnector(**connector_options(args)) as connector:
        if operation.is_binary and not args.dry_run:
            download = connector.download_operation(operation, arguments, out=Path(args.out), **options)
            write_json({**download.as_json(), "out": args.out}, out, compact=args.compact)
            return EXIT_OK
        result = connector.call_operation(operation, arguments, dry_run=args.dry_run, **options)
    write_json(result, out, compact=args.compact)
    return EXIT_OK


def files_from_paths(operation: Operation, given: list[str], root: str, purpose: object) -> dict[str, FilePart]:
    """``--file NAME=PATH``: each an upload's file argument, read inside ``--upload-root`` (see
    ``stripe_connector._request.uploads``: no escape through ``..`` or symbolic links, regular files only)."""
    from .._request.uploads import read_upload, upload_limit

    files: dict[str, FilePart] = {}
    for item in given:
        name, sep, path = item.partition("=")
        if not sep or not name or not path:
            raise UsageError(f"--file takes NAME=PATH, got {item!r}")
        if name not in operation.files:
            takes = ", ".join(operation.files) or "no file"
            raise UsageError(f"--file {name}: {operation.id} takes {takes}")
        files[name] = read_upload(name, path, limit=upload_limit(purpose), root=Path(root))
    return files
