"""What the parsers and the commands share: the options of a call, reading a connection option, ``--all``'s page size.

Apart from ``parser`` so that ``commands`` (which the feature subcommands import) never imports the parser (which
imports the feature subcommands' parsers).
"""

from __future__ import annotations

import argparse
from typing import Any

#: ``--all`` asks for Stripe's largest page unless the arguments set ``limit``: fewer round trips for the same objects.
ALL_PAGE_LIMIT = 100


def option(args: argparse.Namespace, name: str) -> Any:
    """A connection option given after the subcommand, else before it, else None (lists from both are joined)."""
    after = getattr(args, name, None)
    before = getattr(args, "global_" + name, None)
    if isinstance(after, list) or isinstance(before, list):
        return [*(before or []), *(after or [])]
    if isinstance(after, bool) or isinstance(before, bool):
        return bool(after) or bool(before)
    return after if after is not None else before


def add_call_options(parser: argparse.ArgumentParser) -> None:
    """The options of one call, the same for ``call TOOL`` and ``ops call ID`` (one definition, one help text)."""
    parser.add_argument("--args-file", metavar="PATH", help="read ARGS from a file ('-' for stdin)")
    parser.add_argument("--dry-run", action="store_true", help="print the request that would be sent; send nothing")
    scope_help = "derive a replay-safe idempotency key from SCOPE (e.g. RUN:STEP, or a JSON list) and the arguments"
    parser.add_argument("--idempotency-scope", metavar="SCOPE", help=scope_help)
    parser.add_argument("--idempotency-key", metavar="KEY", help="an explicit Idempotency-Key for a POST")
    parser.add_argument("--stripe-account", metavar="ACCT", help="act on a connected account (acct_...)")
