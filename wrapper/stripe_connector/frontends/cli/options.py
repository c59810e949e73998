"""What the parser and the commands share: reading a connection option, and ``--all``'s page size.

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
