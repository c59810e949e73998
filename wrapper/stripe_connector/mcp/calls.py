"""One MCP tool call: the server's own arguments split off, read-only enforced, the call run through the
connector, and its answer (or any failure, as the connector's one error shape) made into a ``CallToolResult``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .._clients.async_client import AsyncStripeConnector
from .._host_parts.error_report import error_payload
from .._types.options import MAX_JSON_DEPTH
from .._types.secrets import redact
from ..errors import InvalidInputError, StripeResponseError
from ..tools.catalogue import Tool
from ..tools.kinds import POLICY
from .schemas import DEFAULT_SCOPE, can_post
from .sdk import types
from .shaping import ResultShape

#: Deeper than this, arguments are refused and answers are a response error: Stripe's objects are far shallower,
#: and both the JSON encoder and the SDK's serializer recurse.
MAX_DEPTH = MAX_JSON_DEPTH


def too_deep(value: object, limit: int = MAX_DEPTH) -> bool:
    """Whether ``value`` nests containers more than ``limit`` levels (checked without recursion)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False


async def run_agent_tool(
    connector: AsyncStripeConnector,
    tools: Mapping[str, Tool],
    name: str,
    arguments: Mapping[str, Any] | None,
    *,
    read_only: bool,
    strict: bool = False,
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """One tool call: split off the server's own arguments, enforce read-only, and run it through ``call``.

    Returns Stripe's answer and what the engine saw (request id, ``idempotent_replayed``, idempotency key,
    attempts; None for a dry run), which the result carries in its ``_meta`` under ``stripe``.
    """
    tool = tools.get(name)
    if tool is None:
        raise InvalidInputError("tool", f"unknown tool {name!r}; this server exposes: {', '.join(tools)}")
    if too_deep(arguments):
        raise InvalidInputError("arguments", f"nest more than {MAX_DEPTH} levels deep")
    args = dict(arguments or {})
    dry_run, scope_given = server_arguments(tool, args, read_only=read_only, strict=strict)
    if read_only and tool.is_raw:
        method = args.get("method")
        if isinstance(method, str) and method.upper() != "GET":
            raise InvalidInputError("method", "this server is read-only: raw_request takes GET only")
    if scope_given is None and POLICY[tool.kind].derives_key:
        scope_given = DEFAULT_SCOPE
    if dry_run:
        return await connector.call(tool.name, args, dry_run=True, idempotency_scope=scope_given, strict=strict), None
    result = await connector.call_with_details(tool.name, args, idempotency_scope=scope_given, strict=strict)
    details = result.as_json()
    del details["data"]
    return result.data, details


def server_arguments(tool: Tool, args: dict[str, Any], *, read_only: bool, strict: bool) -> tuple[bool, str | None]:
    """Take the server's own arguments (``dry_run``, ``idempotency_scope``) out of ``args``, checked."""
    if not can_post(tool, read_only=read_only):
        return False, None
    dry_run = args.pop("dry_run", False)
    scope = args.pop("idempotency_scope", None)
    if strict and dry_run is None:
        dry_run = False
    if not isinstance(dry_run, bool):
        raise InvalidInputError("dry_run", "must be true or false")
    if scope is not None and not (isinstance(scope, str) and scope):
        raise InvalidInputError("idempotency_scope", "must be a non-empty string")
    return dry_run, scope


def answer_text(tool: str, answer: Mapping[str, Any]) -> str:
    """Stripe's answer as JSON text that can travel: an answer that cannot (NaN, lone surrogates, absurd depth)
    is Stripe's fault, reported as :class:`StripeResponseError` rather than crashing the server's output."""
    problem = None
    if too_deep(answer):
        problem = f"nests more than {MAX_DEPTH} levels deep"
    else:
        try:
            text = json.dumps(answer, ensure_ascii=False, allow_nan=False)
            text.encode("utf-8")
            return text
        except ValueError as exc:  # NaN/Infinity, and UnicodeEncodeError (a lone surrogate) is a ValueError too
            problem = (
                "is not valid JSON text (a lone surrogate escape)"
                if isinstance(exc, UnicodeError)
                else "holds NaN or Infinity, which JSON does not have"
            )
        except RecursionError:
            problem = "nests too deeply"
    raise StripeResponseError(
        f"{tool}: Stripe's answer {problem}; it was not passed on. The request may have been carried out: repeat it "
        "only with the same idempotency_scope"
    )


class OutputCheck:
    """Checks answers against the output schemas this server declared, compiled on first use (fastjsonschema).

    A client validates every successful result against the declared schema and raises when it does not match, which
    an agent would read as a failed call, although Stripe carried it out. So the server checks first and reports a
    mismatch as what it is: an answer it cannot vouch for, with the answer beside the error.
    """

    def __init__(self, schemas: Mapping[str, dict[str, Any]]) -> None:
        self._schemas = dict(schemas)
        self._validators: dict[str, Any] = {}

    def problem(self, tool: str, answer: dict[str, Any]) -> str | None:
        """Why ``answer`` does not match ``tool``'s output schema, or None when it does.

        For a union (a deleted or a live customer; Stripe's answer or a dry run) the reason given is that of the
        variant the answer got furthest into: "data.balance must be integer or null", not "no variant matched".
        """
        import fastjsonschema  # on the first answer checked: the SDK server does not load it

        validators = self._validators.get(tool)
        if validators is None:
            schema = self._schemas.get(tool, {"type": "object"})
            variants = [schema, *[{"type": "object", **member} for member in schema.get("anyOf", [])]]
            validators = self._validators[tool] = [fastjsonschema.compile(variant) for variant in variants]
        reasons: list[tuple[int, str]] = []
        for validator in validators:
            try:
                validator(answer)
            except fastjsonschema.JsonSchemaValueException as exc:
                reasons.append((len(exc.path or []), str(exc.message)))
            else:
                return None
        return max(reasons[1:] or reasons)[1]


def success_result(
    tool: str,
    answer: dict[str, Any],
    check: OutputCheck | None = None,
    details: dict[str, Any] | None = None,
    shape: ResultShape | None = None,
) -> types.CallToolResult:
    """Stripe's answer as structured content and JSON text, checked against the output schema, then ``shape``d
    (``fields`` kept, cut to the size cap: see :mod:`stripe_connector.mcp.sizing`)."""
    text = answer_text(tool, answer)
    problem = check.problem(tool, answer) if check is not None else None
    if problem is not None:
        error = StripeResponseError(
            f"{tool}: Stripe answered and the request WAS carried out (do not repeat it), but the answer does not "
            f"match this tool's output schema ({problem}); Stripe's answer is the second text item"
        )
        result = error_result(error)
        result.content.append(types.TextContent(type="text", text=text))
        return result
    if shape is not None:
        answer, text = shape.apply(answer, text)
    meta = {"stripe": details} if details is not None else None
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=text)], structured_content=answer, _meta=meta
    )


def scrub(value: Any) -> Any:
    """``value`` with lone surrogates replaced (U+FFFD), so that an error echoing bad input can always be sent."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    if isinstance(value, dict):
        return {scrub(key): scrub(item) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub(item) for item in value]
    return value


def error_result(exc: BaseException, secret: str | None = None) -> types.CallToolResult:
    """A tool error: the CLI's ``{"error": {...}}`` JSON as text, and no structured content.

    Structured content is what the output schema describes (Stripe's answer); the TypeScript SDK client, the one
    inside most desktop agents and the MCP Inspector, validates it on every result, errors too, so an error carried
    there would reach the agent as a schema violation instead of our message. The text is read by every client.
    """
    payload = scrub(error_payload(exc))
    text = redact(json.dumps(payload, ensure_ascii=False, allow_nan=False), secret)
    return types.CallToolResult(content=[types.TextContent(type="text", text=text)], is_error=True)
