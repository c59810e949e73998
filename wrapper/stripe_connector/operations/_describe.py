"""``describe_operation``: an operation's arguments as an agent can read them, within a size cap, with drill-down.

Stripe's schemas are large (``PostCheckoutSessions`` takes hundreds of nested fields), more than a model's
context should hold at once. The description shows the operation's arguments a few levels deep; a nested object
cut there names its fields and the ``field`` path that describes it (``line_items.price_data``). Whatever the
operation, the answer stays under ``max_chars`` characters of JSON: descriptions go first, then depth.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..errors import InvalidInputError
from ._fields import OperationFields as Operation

#: The default cap on a description's size (characters of compact JSON): a few thousand tokens at most.
DEFAULT_MAX_CHARS = 8_000
MIN_MAX_CHARS = 1_000
#: Keywords an agent needs to write a valid value; the rest (maxLength 5000 everywhere...) only add noise.
KEPT = ("type", "enum", "const", "format", "minimum", "maximum", "minLength", "pattern", "default", "description")


def object_members(schema: Any) -> list[dict[str, Any]]:
    """The object shapes a value may take under ``schema`` (through arrays and anyOf/oneOf)."""
    if not isinstance(schema, dict):
        return []
    if isinstance(schema.get("properties"), dict):
        return [schema]
    found: list[dict[str, Any]] = []
    for key in ("items", "additionalProperties"):  # a list's items, a map's values (currency_options.usd...)
        if isinstance(schema.get(key), dict):
            found.extend(object_members(schema[key]))
    for key in ("anyOf", "oneOf", "allOf"):
        for member in schema.get(key, []) or []:
            found.extend(object_members(member))
    return found


def field_schema(operation: Operation, field: str) -> Any:
    """The schema of ``field`` (``line_items.price_data``) in ``operation``'s arguments, or InvalidInputError."""
    node: Any = operation.input_schema
    walked: list[str] = []
    for name in field.split("."):
        candidates = [member["properties"] for member in object_members(node) if name in member["properties"]]
        if not candidates:
            known = sorted({key for member in object_members(node) for key in member["properties"]})
            import difflib

            close = difflib.get_close_matches(name, known, n=1)
            where = ".".join(walked) or operation.id
            hint = (
                f"; did you mean {close[0]!r}?" if close else (f" (it has: {', '.join(known[:40])})" if known else "")
            )
            raise InvalidInputError("field", f"{where} has no field {name!r}{hint}")
        node = candidates[0][name]
        walked.append(name)
    return node


def compact(schema: Any, path: str, depth: int, descriptions: bool) -> Any:
    """``schema`` shown ``depth`` object levels deep; deeper objects name their fields and their drill-down path."""
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {
        key: schema[key] for key in KEPT if key in schema and (descriptions or key != "description")
    }
    properties = schema.get("properties")
    if isinstance(properties, dict):
        result.setdefault("type", "object")
        if depth <= 0:
            result["fields"] = sorted(properties)
            if path:
                result["describe_field"] = path
        else:
            result["properties"] = {
                name: compact(member, f"{path}.{name}" if path else name, depth - 1, descriptions)
                for name, member in properties.items()
            }
            if schema.get("required"):
                result["required"] = schema["required"]
    elif isinstance(schema.get("additionalProperties"), dict):
        result["additionalProperties"] = compact(schema["additionalProperties"], path, depth - 1, descriptions)
    if isinstance(schema.get("items"), dict):
        result["items"] = compact(schema["items"], path, depth, descriptions)
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            result[key] = [compact(member, path, depth, descriptions) for member in schema[key]]
    return result


def size(value: Any) -> int:
    return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False))


def unusual(operation: Operation) -> dict[str, Any]:
    """What an agent must know to call an operation that is not JSON on the main host: where it is served, which
    arguments are files, and what comes back."""
    found: dict[str, Any] = {}
    if operation.host != "api.stripe.com":
        found["host"] = operation.host
    if operation.files:
        found["files"] = list(operation.files)
    if operation.answer != "json":
        found["answer"] = operation.answer
    return found


def operation_description(
    operation: Operation,
    field: str | None = None,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    measure: Callable[[Any], int] = size,
) -> dict[str, Any]:
    """What ``operation`` is and takes (or, with ``field``, what one nested argument takes), in <= ``max_chars``.

    ``measure``: how an answer's size is counted (characters of compact JSON; the MCP server counts the bytes of
    the text it sends, against its own cap).
    """
    if field is not None and (not isinstance(field, str) or not field.strip(". ")):
        raise InvalidInputError("field", "must be a dotted argument path like line_items.price_data")
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < MIN_MAX_CHARS:
        raise InvalidInputError("max_chars", f"must be an integer >= {MIN_MAX_CHARS}")
    head: dict[str, Any] = {
        "id": operation.id,
        "method": operation.method,
        "path": operation.path,
        "kind": operation.kind,
        "summary": operation.summary,
    }
    if field is None:
        head["description"] = operation.description
        head["pagination"] = operation.pagination
        head["body_encoding"] = operation.body_encoding
        head["money_fields"] = list(operation.money)
        head.update(unusual(operation))
        schema: Any = operation.input_schema
    else:
        field = field.strip(". ")
        head["field"] = field
        schema = field_schema(operation, field)
    base = field or ""
    for depth, descriptions in ((3, True), (2, True), (1, True), (2, False), (1, False), (0, False)):
        answer = {**head, "truncated": depth < 3 or not descriptions}
        answer["arguments"] = compact(schema, base, depth, descriptions)
        if measure(answer) <= max_chars:
            return answer
    # Still too big (thousands of top-level names): the names only, as many as fit.
    names = sorted(object_members(schema)[0]["properties"]) if object_members(schema) else []
    answer = {**head, "description": head.get("description", "")[:200], "truncated": True, "argument_names": []}
    for name in names:
        answer["argument_names"].append(name)
        if measure(answer) > max_chars:
            answer["argument_names"].pop()
            break
    return answer
