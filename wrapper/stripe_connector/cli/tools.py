"""``stripe-connector tools``: the tools, by name and description (``--json`` for a list)."""

from __future__ import annotations

import argparse
from typing import IO, TYPE_CHECKING

from .common import EXIT_OK, write_json

if TYPE_CHECKING:
    pass


def run_tools(args: argparse.Namespace, out: IO[str]) -> int:
    from .. import TOOLS

    if args.json:
        write_json([{"name": tool.name, "description": tool.description} for tool in TOOLS], out)
    else:
        width = max(len(name) for name in TOOLS.names())
        for tool in TOOLS:
            out.write(f"{tool.name:<{width}}  {tool.description}\n")
    return EXIT_OK
