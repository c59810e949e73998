"""``fields``: the MCP argument that keeps only some fields of each object a list or get tool returns.

An agent that wants the ids and amounts of 100 payment intents should not pay for 100 whole objects in its context
window. ``fields`` takes dotted paths (``id``, ``amount``, ``customer.email``, ``lines.data.amount``) and keeps, of each
object (each element of a list's ``data``, or the one object a get returns), only those fields. Three rules keep the
answer honest and valid:

* ``id`` and ``object`` (what says which object it is), and whatever the output schema requires at each level, are
  always kept, so the structured content still validates against the declared output schema;
* a path is checked against the output schema before anything is sent: an unknown field is bad input naming
  ``fields`` (with the closest known name), not a silently empty answer; below a free-form object (``metadata``)
  any name is accepted;
* a path through a value that is not an object (an unexpanded ``customer`` ID) keeps that value: the agent gets the
  ID rather than nothing. Lists are walked through: ``lines.data.amount`` keeps the amount of every line.

Only the MCP server offers it: the library's ``call`` returns Stripe's JSON whole.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from typing import Any

from ..errors import InvalidInputError

JSONSchema = dict[str, Any]
#: A field tree: name -> the tree below it, or None to keep the whole value.
FieldTree = dict[str, "FieldTree | None"]

PATH_PATTERN = r"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$"
MAX_PATHS = 50
#: Kept in every object whatever ``fields`` says: what an agent needs to know which object it is looking at.
ALWAYS_KEPT = frozenset({"id", "object"})
MAX_PATH_LENGTH = 200

DESCRIPTION = (
    "Keep only these fields of each object returned: dotted paths such as id, amount, customer.email (a path through "
    "an unexpanded ID keeps the ID). id and object are always kept. Left out: every field."
)


def fields_schema(*, strict: bool) -> JSONSchema:
    """The ``fields`` argument's JSON Schema (strict: nullable, without the keywords strict mode does not take)."""
    item: JSONSchema = {"type": "string", "pattern": PATH_PATTERN}
    if strict:
        return {
            "type": ["array", "null"],
            "items": item,
            "minItems": 1,
            "maxItems": MAX_PATHS,
            "description": DESCRIPTION + " null: every field.",
        }
    return {
        "type": "array",
        "items": {**item, "maxLength": MAX_PATH_LENGTH},
        "minItems": 1,
        "maxItems": MAX_PATHS,
        "uniqueItems": True,
        "description": DESCRIPTION,
    }


# --- reading the output schema -------------------------------------------------------------------------------------


def _variants(schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    members = [member for member in schema.get("anyOf", []) if isinstance(member, Mapping)]
    return [schema, *members]


def properties_of(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The properties an object of ``schema`` may have, over all its variants (``anyOf``)."""
    found: dict[str, Any] = {}
    for variant in _variants(schema):
        properties = variant.get("properties")
        if isinstance(properties, Mapping):
            found.update(properties)
    return found


def required_of(schema: Mapping[str, Any]) -> set[str]:
    """The fields some variant of ``schema`` requires: kept whatever ``fields`` says (when present)."""
    found: set[str] = set()
    for variant in _variants(schema):
        required = variant.get("required")
        if isinstance(required, list):
            found.update(name for name in required if isinstance(name, str))
    return found


def child_schema(schema: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    """The schema of field ``name``, through arrays (``lines.data.amount`` walks each line)."""
    child = properties_of(schema).get(name, {})
    while isinstance(child, Mapping) and isinstance(child.get("items"), Mapping) and not properties_of(child):
        child = child["items"]
    return child if isinstance(child, Mapping) else {}


def object_schema_of(tool_output: Mapping[str, Any], *, is_list: bool) -> Mapping[str, Any]:
    """The schema of each object ``fields`` applies to: a list's ``data`` items, or the answer itself."""
    if not is_list:
        return tool_output
    data = properties_of(tool_output).get("data", {})
    items = data.get("items", {}) if isinstance(data, Mapping) else {}
    return items if isinstance(items, Mapping) else {}


# --- the argument ----------------------------------------------------------------------------------------------------


def parse_fields(value: object, schema: Mapping[str, Any]) -> FieldTree | None:
    """``fields`` as a tree, checked against ``schema`` (the objects' schema); None when not given.

    Raises :class:`InvalidInputError` naming ``fields`` for anything that is not a short list of known dotted paths.
    """
    if value is None:
        return None
    if not isinstance(value, list) or not value:
        raise InvalidInputError("fields", "must be a non-empty list of dotted field paths, e.g. ['id', 'amount']")
    if len(value) > MAX_PATHS:
        raise InvalidInputError("fields", f"names {len(value)} paths; at most {MAX_PATHS}")
    tree: FieldTree = {}
    for path in value:
        if not isinstance(path, str) or len(path) > MAX_PATH_LENGTH or not re.fullmatch(PATH_PATTERN, path):
            shown = repr(path)[:80]
            rule = "letters, digits and _ between dots, e.g. customer.email"
            raise InvalidInputError("fields", f"{shown} is not a dotted field path ({rule})")
        _check_path(path, schema)
        _add(tree, path.split("."))
    return tree


def _check_path(path: str, schema: Mapping[str, Any]) -> None:
    level = schema
    for depth, name in enumerate(path.split(".")):
        known = properties_of(level)
        if not known:  # a free-form object (metadata) or a value without declared fields: any name
            return
        if name not in known:
            close = difflib.get_close_matches(name, list(known), n=1)
            suggestion = f"; did you mean {'.'.join([*path.split('.')[:depth], close[0]])!r}?" if close else ""
            raise InvalidInputError("fields", f"{path!r}: these objects have no field {name!r}{suggestion}")
        level = child_schema(level, name)


def _add(tree: FieldTree, names: list[str]) -> None:
    head, rest = names[0], names[1:]
    if head in tree and tree[head] is None:
        return  # the whole value is already kept
    if not rest:
        tree[head] = None
        return
    below = tree.setdefault(head, {})
    assert below is not None
    _add(below, rest)


# --- keeping the fields ----------------------------------------------------------------------------------------------


def project(value: Any, tree: FieldTree, schema: Mapping[str, Any]) -> Any:
    """``value`` with only the fields of ``tree`` (and those ``schema`` requires); see the module docstring."""
    if isinstance(value, list):
        return [project(item, tree, schema) for item in value]
    if not isinstance(value, dict):
        return value  # a path through an unexpanded ID (or any scalar) keeps it
    kept: dict[str, Any] = {}
    required = required_of(schema) | ALWAYS_KEPT
    for name, item in value.items():
        if name in tree:
            below = tree[name]
            kept[name] = item if below is None else project(item, below, child_schema(schema, name))
        elif name in required:
            kept[name] = item
    return kept


def project_answer(answer: dict[str, Any], tree: FieldTree, schema: Mapping[str, Any], *, is_list: bool) -> Any:
    """A list keeps its envelope (``object``, ``has_more``, cursors) and projects each of ``data``; a get projects
    the answer itself."""
    if is_list and isinstance(answer.get("data"), list):
        return {**answer, "data": [project(item, tree, schema) for item in answer["data"]]}
    return project(answer, tree, schema)
