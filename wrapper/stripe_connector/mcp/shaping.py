"""What the MCP server does to an answer before it leaves: keep the ``fields`` asked for, then fit the size cap.

:func:`shape_for` takes ``fields`` out of a call's arguments (it is the server's argument, never sent to Stripe) and
checks it before anything is sent; :meth:`ResultShape.apply` then projects the answer (:mod:`.fields`) and fits it
to the cap (:mod:`.sizing`). Only reads are shaped: a write's answer, or a dry run's request, is returned whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import fields, sizing

if TYPE_CHECKING:
    from ..tools.catalogue import Tool


def takes_fields(tool: Tool) -> bool:
    """List, search and get tools: what they return are objects an agent may want only a few fields of."""
    return tool.kind == "read"


@dataclass(frozen=True)
class ResultShape:
    tool: str
    cap: int
    #: ``"cursor"``, ``"search"`` or None (not a page).
    style: str | None
    #: The arguments of the call (a truncation note continues from them).
    arguments: Mapping[str, Any]
    tree: fields.FieldTree | None = None
    object_schema: Mapping[str, Any] | None = None

    def apply(self, answer: dict[str, Any], text: str) -> tuple[dict[str, Any], str]:
        """``answer`` and its JSON text, with only the fields asked for, within the cap."""
        if self.tree is not None and self.object_schema is not None:
            answer = fields.project_answer(answer, self.tree, self.object_schema, is_list=self.style is not None)
            text = sizing.encode(answer)
        return sizing.fit(answer, text, cap=self.cap, style=self.style, arguments=self.arguments, tool=self.tool)


def shape_for(
    tool: Tool, arguments: Mapping[str, Any] | None, output_schema: Mapping[str, Any], *, cap: int
) -> tuple[dict[str, Any], ResultShape | None]:
    """The arguments without ``fields``, and how to shape the answer (None: returned whole, a write)."""
    args = dict(arguments or {})
    if takes_fields(tool):
        style = tool.pagination if tool.pagination in ("cursor", "search") else None
        object_schema = fields.object_schema_of(output_schema, is_list=style is not None)
        tree = fields.parse_fields(args.pop("fields", None), object_schema)
        return args, ResultShape(tool.name, cap, style, dict(args), tree, object_schema)
    method = args.get("method")
    if tool.kind == "raw" and isinstance(method, str) and method.upper() == "GET":
        return args, ResultShape(tool.name, cap, None, dict(args))
    return args, None
