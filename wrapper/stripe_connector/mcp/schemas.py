"""What the MCP server lists for each tool: its input schema (plus the server's own ``dry_run`` and
``idempotency_scope`` on tools that can write), its annotations (from ``Tool.kind``'s policy, ``tools.kinds``) and
its output schema (Stripe's answer, from ``spec/stripe.outputs.json``, or the request a dry run returns).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import TOOLS
from ..errors import InvalidInputError
from ..tools.catalogue import Tool
from ..tools.kinds import POLICY, allowed_when_read_only, can_write, served_kind
from ..tools.spec_views import view_path, view_tools
from . import fields as field_paths
from . import sizing
from .sdk import types
from .shaping import takes_fields

#: Arguments the server adds to tools that can POST; they steer the call and are not sent to Stripe.
DRY_RUN_SCHEMA: dict[str, Any] = {
    "type": "boolean",
    "default": False,
    "description": "Validate and return the exact request that would be sent (key redacted); send nothing.",
}
IDEMPOTENCY_SCOPE_SCHEMA: dict[str, Any] = {
    "type": "string",
    "minLength": 1,
    "description": "Identifies this step (e.g. 'run-42:step-3'): the same scope and arguments give the same "
    "idempotency key, so a retried or replayed step gets Stripe's first answer instead of acting twice. Left out, "
    "the arguments alone make the key: repeating the same call within 24 hours gets Stripe's first answer; give a "
    "new scope to act again on purpose.",
}
#: The scope of a create, update or cancel called without one: the key then comes from the tool and the arguments
#: alone, so a repeated call (an agent retrying after a timeout) gets Stripe's first answer instead of paying twice.
DEFAULT_SCOPE = "mcp:same-arguments"
#: What a dry run returns instead of Stripe's answer (tools that can POST declare it beside Stripe's schema).
DRY_RUN_OUTPUT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "tool": {"type": "string"},
        "method": {"type": "string"},
        "url": {"type": "string"},
        "headers": {"type": "object", "additionalProperties": {"type": "string"}},
        "body": {"type": ["string", "null"]},
    },
    "required": ["tool", "method", "url", "headers", "body"],
}


def can_post(tool: Tool, *, read_only: bool) -> bool:
    """Whether the tool, as this server exposes it, may change data (and so takes dry_run and idempotency_scope)."""
    return can_write(tool.kind, read_only=read_only)


def exposed_tools(names: Sequence[str] | None, *, read_only: bool) -> list[Tool]:
    """The tools to serve: ``names`` (default: all), without writing tools when ``read_only``.

    Naming a tool that ``read_only`` excludes is an error rather than a silent omission: the operator asked for
    two contradictory things.
    """
    if names is None:
        chosen = list(TOOLS)
    elif not names:
        raise InvalidInputError("tools", "names no tool; give comma-separated tool names, e.g. list_customers")
    else:
        chosen = [TOOLS.get(name) for name in dict.fromkeys(names)]
    if read_only:
        refused = [tool.name for tool in chosen if not allowed_when_read_only(tool.kind)]
        if names is not None and refused:
            raise InvalidInputError("tools", f"--read-only excludes {', '.join(refused)}")
        chosen = [tool for tool in chosen if allowed_when_read_only(tool.kind)]
    return chosen


def exposed_schema(tool: Tool, *, read_only: bool, strict: bool = False) -> dict[str, Any]:
    """``tool.input_schema`` (or its strict variant) as this server exposes it (see the module docstring)."""
    schema = tool.strict_input_schema if strict else copy.deepcopy(tool.input_schema)
    properties: dict[str, Any] = schema["properties"]
    if tool.kind == "raw" and read_only:
        properties["method"]["enum"] = ["GET"]
        properties.pop("body", None)
        schema.pop("if", None)  # the GET-has-no-body rule: with no body property it says nothing
        schema.pop("then", None)
        if strict:
            schema["required"] = [name for name in schema["required"] if name != "body"]
    if can_post(tool, read_only=read_only):
        dry_run, scope = copy.deepcopy(DRY_RUN_SCHEMA), copy.deepcopy(IDEMPOTENCY_SCOPE_SCHEMA)
        if strict:
            dry_run = {"type": ["boolean", "null"], "description": dry_run["description"] + " null: false."}
            scope = {"type": ["string", "null"], "description": scope["description"] + " null: none."}
            schema["required"] = [*schema["required"], "dry_run", "idempotency_scope"]
        properties["dry_run"] = dry_run
        properties["idempotency_scope"] = scope
    add_fields_argument(tool, schema, strict=strict)
    return schema


def add_fields_argument(tool: Tool, schema: dict[str, Any], *, strict: bool) -> None:
    """The server's ``fields`` argument (``mcp.fields``) on the tools whose answer it trims."""
    if takes_fields(tool):
        schema["properties"]["fields"] = field_paths.fields_schema(strict=strict)
        if strict:
            schema["required"] = [*schema["required"], "fields"]


def annotations_for(tool: Tool, *, read_only: bool) -> types.ToolAnnotations:
    """The MCP hints, from what the tool does (``tool.kind``) and what this server lets it do.

    read: changes nothing (repeating it is harmless). create: adds an object, destroys nothing, and is idempotent
    here: every create carries an idempotency key derived from its ``idempotency_scope`` and arguments (a default
    scope when none is given, :data:`DEFAULT_SCOPE`), so the same call repeated within Stripe's 24 hours returns
    the first answer instead of creating again. update: overwrites fields (destructive), idempotent. delete
    (cancels too): destructive, idempotent. raw: the worst its allowed methods can do (a POST with no derived key,
    a DELETE), or a read when the server is read-only (GET only). Every tool reaches Stripe: open world.
    """
    policy = POLICY[served_kind(tool.kind, read_only=read_only)]
    return types.ToolAnnotations(
        title=tool.title,
        read_only_hint=policy.read_only,
        destructive_hint=policy.destructive,
        idempotent_hint=policy.idempotent,
        open_world_hint=True,
    )


def outputs_path() -> Path:
    """``stripe.outputs.json``: packaged beside the code in a wheel, or the repository's ``spec/`` in a checkout."""
    return view_path("stripe.outputs.json")


def stripe_output_schema(tool: Tool) -> dict[str, Any]:
    """Stripe's answer to ``tool``, as ``codegen/output_schemas.py`` wrote it (any object for an unknown tool).

    The top level is the caller's; what lies below is the file's one parsed copy, shared and never changed (a
    schema is only read: listed, checked against, walked for ``fields``). Copying it all for every tool was most
    of the time a server spent building its tool list, while an agent waits for it at every session's start."""
    return dict(view_tools("stripe.outputs.json").get(tool.name, {"type": "object"}))


def output_schema_for(tool: Tool, *, read_only: bool) -> dict[str, Any]:
    """What a successful call returns: Stripe's answer, or, where ``dry_run`` is offered, possibly the request."""
    schema = stripe_output_schema(tool)
    if tool.is_list:
        schema = sizing.with_truncation_schema(schema)
    if not can_post(tool, read_only=read_only):
        return schema
    return {"type": "object", "anyOf": [schema, copy.deepcopy(DRY_RUN_OUTPUT_SCHEMA)]}


def mcp_tool(tool: Tool, *, read_only: bool, strict: bool = False) -> types.Tool:
    description = tool.description
    if tool.kind == "raw" and read_only:
        description += " This server is read-only: method GET only."
    return types.Tool(
        name=tool.name,
        title=tool.title,
        description=description,
        input_schema=exposed_schema(tool, read_only=read_only, strict=strict),
        output_schema=output_schema_for(tool, read_only=read_only),
        annotations=annotations_for(tool, read_only=read_only),
    )
