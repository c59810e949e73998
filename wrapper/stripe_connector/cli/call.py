"""``stripe-connector call``: one call, a dry run, or ``--all`` pages as JSON Lines."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Any

from .._clients.sync_client import StripeConnector
from .._host_parts.error_report import UsageError
from ..errors import InvalidInputError, StripeConnectorError, StripeResponseError
from ..tools.pager import Pager
from .common import EXIT_OK, connector_options, parse_scope, read_arguments, write_json
from .options import ALL_PAGE_LIMIT

if TYPE_CHECKING:
    from ..tools.catalogue import Tool


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

    The walk is ``tools.pager.Pager``'s, the same as ``paginate``: a server that repeats a page or answers an unusable
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
    from .. import TOOLS

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
