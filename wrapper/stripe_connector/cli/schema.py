"""``stripe-connector schema [TOOL]``: the JSON Schema of a tool's arguments (``--strict``: the strict shape)."""

from __future__ import annotations

import argparse
from typing import IO, TYPE_CHECKING, Any

from .common import EXIT_OK, write_json

if TYPE_CHECKING:
    from ..tools.catalogue import Tool


def run_schema(args: argparse.Namespace, out: IO[str]) -> int:
    from .. import TOOLS

    def schema_of(tool: Tool) -> dict[str, Any]:
        return tool.strict_input_schema if args.strict else tool.input_schema

    if args.tool is None:
        write_json({tool.name: schema_of(tool) for tool in TOOLS}, out)
    else:
        write_json(schema_of(TOOLS.get(args.tool)), out)
    return EXIT_OK
