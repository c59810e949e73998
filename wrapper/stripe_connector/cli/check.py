"""``stripe-connector check``: what a key is and what it may do, before a platform stores it (GET requests only).

Prints :meth:`~stripe_connector.StripeConnector.check_connection`'s JSON: ``key_kind``, ``mode``, ``account_id``,
``display_name`` and, for a restricted key, each tool as ``allowed``, ``denied``, ``unverified`` or ``unknown``.
A key Stripe refuses exits 3 with an ``AuthenticationError`` that never repeats the key.
"""

from __future__ import annotations

import argparse
from typing import IO, Any

from .common import EXIT_OK, connector_options, write_json


def add_check_parser(commands: argparse._SubParsersAction[Any], add_connection_options: Any) -> None:
    check = commands.add_parser(
        "check",
        description="Check the API key with GET requests only: key kind (secret, restricted, organization), mode, "
        "account id and display name, and for a restricted key which tools it may use. Nothing is written.",
    )
    check.add_argument(
        "--stripe-account", metavar="ACCT", help="check acting on this connected account (Stripe-Account)"
    )
    check.add_argument(
        "--stripe-context",
        metavar="CONTEXT",
        help="check acting in this context (Stripe-Context: acct_... or acct_.../acct_...); needed by sk_org_ keys",
    )
    check.add_argument("--compact", action="store_true", help="print JSON on one line")
    add_connection_options(check, "")


def run_check(args: argparse.Namespace, out: IO[str]) -> int:
    from .._clients.sync_client import StripeConnector  # httpx: only when run (the parser is built for every command)

    options = connector_options(args)
    options["stripe_account"] = args.stripe_account
    options["stripe_context"] = args.stripe_context
    with StripeConnector(**options) as connector:
        write_json(connector.check_connection().as_json(), out, compact=args.compact)
    return EXIT_OK
