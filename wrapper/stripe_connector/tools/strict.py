"""Strict-mode variants of the tool schemas, and the way back from strict-shaped arguments.

OpenAI's strict function calling (and the agent stacks built on it: openai-agents, langchain's
``convert_to_openai_tool(..., strict=True)``) accepts only a subset of JSON Schema: every property listed in
``required``, ``additionalProperties: false`` on every object, and a short list of keywords. A strict model then sends
*every* argument, ``null`` for the ones it does not use. The normal tool schemas break all three rules (optional
arguments, free-form ``metadata`` and raw ``body``/``query`` objects, ``maxLength``, ``default``, ``if``/``then``), so
this module derives, from each tool's normal schema and nothing else, a variant that keeps to the subset:

* optional arguments become nullable, and ``null`` means "not given";
* a free-form object of strings (``metadata``) becomes a list of ``{key, value}`` pairs;
* any other free-form object (``raw_request``'s ``body`` and ``query``) becomes a JSON object written in a string;
* keywords strict mode does not support are dropped from the variant only. They are still enforced: the arguments
  are turned back into the normal shape by :func:`from_strict` and then validated against the normal schema, so
  ``maxLength``, the invoice's ``send_invoice`` rule or the GET-has-no-body rule fail as they always did.

``call(..., strict=True)`` runs :func:`from_strict` first; the MCP server (``--strict``) and agent adapters pass it.
An explicit flag rather than guessing: ``null`` or a string is also what a careless normal caller might send, and it
must stay an error there.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any

from .._types.options import JSONSchema
from ..errors import InvalidInputError

#: Keywords OpenAI's strict mode accepts (besides the structural ones handled below); everything else is dropped.
SUPPORTED_KEYWORDS = frozenset(
    {
        "type",
        "description",
        "title",
        "enum",
        "const",
        "pattern",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
    }
)
STRUCTURAL_KEYWORDS = frozenset({"properties", "required", "additionalProperties", "items", "anyOf"})
#: The string formats strict mode knows; any other ``format`` is dropped.
SUPPORTED_FORMATS = frozenset({"date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"})
#: OpenAI's documented limits for a strict schema.
MAX_NESTING = 5
MAX_PROPERTIES = 100

PAIRS = "pairs"
JSON_TEXT = "json"

PAIRS_NOTE = " Strict form: a list of {key, value} pairs; null when not used."
JSON_NOTE = ' Strict form: the JSON object written as a string, e.g. "{\\"limit\\": 3}"; null when not used.'


def stand_in(schema: Mapping[str, Any]) -> str | None:
    """Which strict form stands in for ``schema``: ``"pairs"``, ``"json"``, or None when it needs none.

    A free-form object (no declared properties, or extra properties allowed) cannot be strict. Strings by key
    (``metadata``) read naturally as pairs; anything else (nested form parameters) travels as JSON text.
    """
    types = schema.get("type")
    is_object = types == "object" or (isinstance(types, list) and "object" in types)
    if not is_object:
        return None
    extra = schema.get("additionalProperties", True)
    if extra is False:
        return None
    if not schema.get("properties") and isinstance(extra, Mapping) and extra.get("type") == "string":
        return PAIRS
    return JSON_TEXT


def strict_schema(input_schema: Mapping[str, Any]) -> JSONSchema:
    """The strict variant of a tool's ``input_schema`` (a new dict; see the module docstring)."""
    return strict_object(input_schema)


def strict_object(schema: Mapping[str, Any]) -> JSONSchema:
    """An object schema with every property required (optional ones nullable) and no other properties.

    Object-level rules (``allOf``, ``if``/``then``, ``not``) are dropped: validation after :func:`from_strict`
    still enforces them.
    """
    properties: Mapping[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    result: JSONSchema = {"type": "object"}
    if "description" in schema:
        result["description"] = schema["description"]
    result["properties"] = {name: strict_node(sub, optional=name not in required) for name, sub in properties.items()}
    result["required"] = list(properties)
    result["additionalProperties"] = False
    return result


def strict_node(schema: Mapping[str, Any], *, optional: bool) -> JSONSchema:
    """The strict form of one argument's schema; nullable when ``optional``."""
    kind = stand_in(schema)
    description = str(schema.get("description", ""))
    node: JSONSchema
    if kind == PAIRS:
        node = {"type": "array", "items": pair_schema()}
        if isinstance(schema.get("maxProperties"), int):
            node["maxItems"] = schema["maxProperties"]
        node["description"] = (description + PAIRS_NOTE).strip()
    elif kind == JSON_TEXT:
        node = {"type": "string", "description": (description + JSON_NOTE).strip()}
    elif schema.get("properties"):
        node = strict_object(schema)
    else:
        node = {key: copy.deepcopy(value) for key, value in schema.items() if key in SUPPORTED_KEYWORDS}
        if node.get("format") not in SUPPORTED_FORMATS:
            node.pop("format", None)
        if isinstance(schema.get("items"), Mapping):
            node["items"] = strict_node(schema["items"], optional=False)
        members = [*schema.get("anyOf", []), *schema.get("oneOf", [])]
        if members:
            node["anyOf"] = [strict_node(member, optional=False) for member in members]
    return nullable(node) if optional else node


def pair_schema() -> JSONSchema:
    return {
        "type": "object",
        "properties": {"key": {"type": "string"}, "value": {"type": "string"}},
        "required": ["key", "value"],
        "additionalProperties": False,
    }


def nullable(node: JSONSchema) -> JSONSchema:
    """``node`` that also accepts ``null`` (strict mode's way of saying "not given")."""
    if "anyOf" in node:
        if {"type": "null"} not in node["anyOf"]:
            node["anyOf"] = [*node["anyOf"], {"type": "null"}]
        return node
    if "const" in node:
        return {"anyOf": [node, {"type": "null"}]}
    types = node.get("type")
    if isinstance(types, str) and types != "null":
        node["type"] = [types, "null"]
    elif isinstance(types, list) and "null" not in types:
        node["type"] = [*types, "null"]
    elif types is None and "enum" not in node:
        return {"anyOf": [node, {"type": "null"}]}
    if "enum" in node and None not in node["enum"]:
        node["enum"] = [*node["enum"], None]
    return node


# --- the way back ----------------------------------------------------------------------------------------------------


def from_strict(input_schema: Mapping[str, Any], arguments: object) -> object:
    """Strict-shaped ``arguments`` in the normal shape: nulls of optional arguments dropped, stand-ins turned back.

    Anything that is not strict-shaped is passed through unchanged for validation to judge and name.
    """
    if not isinstance(arguments, Mapping):
        return arguments
    return restore_object(arguments, input_schema, None)


def restore_object(value: Mapping[Any, Any], schema: Mapping[str, Any], param: str | None) -> dict[Any, Any]:
    properties: Mapping[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    result: dict[Any, Any] = {}
    for name, item in value.items():
        sub = properties.get(name) if isinstance(name, str) else None
        if sub is None:
            result[name] = item  # unknown: validation names it
            continue
        if item is None and name not in required:
            continue
        where = param or name
        if item == "" and name not in required and stand_in(sub) == JSON_TEXT:
            continue  # an empty stand-in string is "not given", like null
        result[name] = restore(item, sub, where)
    return result


def restore(value: Any, schema: Mapping[str, Any], param: str) -> Any:
    kind = stand_in(schema)
    if kind == PAIRS and isinstance(value, list):
        return pairs_to_object(value, param)
    if kind == JSON_TEXT and isinstance(value, str):
        return json_text_to_object(value, param)
    if schema.get("properties") and isinstance(value, Mapping):
        return restore_object(value, schema, param)
    items = schema.get("items")
    if isinstance(items, Mapping) and isinstance(value, list):
        return [restore(item, items, param) for item in value]
    return value


def pairs_to_object(pairs: list[Any], param: str) -> dict[str, Any]:
    """``[{"key": k, "value": v}, ...]`` -> ``{k: v, ...}``; a repeated key is an error, not a silent overwrite."""
    result: dict[str, Any] = {}
    for index, pair in enumerate(pairs):
        if not (isinstance(pair, Mapping) and set(pair) == {"key", "value"} and isinstance(pair["key"], str)):
            raise InvalidInputError(param, f"item {index} must be an object {{key, value}} with a string key")
        if pair["key"] in result:
            raise InvalidInputError(param, f"key {pair['key']!r} is given twice")
        result[pair["key"]] = pair["value"]
    return result


def reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def json_text_to_object(text: str, param: str) -> dict[str, Any]:
    """The JSON object in ``text``; anything else (bad JSON, NaN, 10,000 levels deep, a list) names ``param``."""
    try:
        value = json.loads(text, parse_constant=reject_constant)
    except RecursionError:
        raise InvalidInputError(param, "nests too deeply") from None
    except ValueError as exc:
        raise InvalidInputError(param, f"is not a valid JSON object in a string: {exc}") from None
    if not isinstance(value, dict):
        raise InvalidInputError(param, f"must be a JSON object written as a string, got JSON {type(value).__name__}")
    return value


# --- checking a schema against strict mode's rules ------------------------------------------------------------------


def strict_violations(schema: Mapping[str, Any]) -> list[str]:
    """Where ``schema`` breaks OpenAI's strict rules (empty when it keeps them); used by the tests on every tool.

    Checked: a non-nullable object root without ``anyOf``; on every object ``additionalProperties: false`` and every
    property in ``required``; only supported keywords; at most 5 levels of object nesting and 100 properties.
    """
    problems: list[str] = []
    counter = [0]
    if schema.get("type") != "object" or "anyOf" in schema:
        problems.append("root: must be a plain object")
    walk(schema, "root", 1, problems, counter)
    if counter[0] > MAX_PROPERTIES:
        problems.append(f"root: {counter[0]} properties, more than {MAX_PROPERTIES}")
    return problems


def walk(node: Mapping[str, Any], where: str, depth: int, problems: list[str], counter: list[int]) -> None:
    unknown = set(node) - SUPPORTED_KEYWORDS - STRUCTURAL_KEYWORDS
    if unknown:
        problems.append(f"{where}: unsupported keyword(s) {sorted(unknown)}")
    if "format" in node and node["format"] not in SUPPORTED_FORMATS:
        problems.append(f"{where}: unsupported format {node['format']!r}")
    types = node.get("type")
    is_object = types == "object" or (isinstance(types, list) and "object" in types)
    if is_object:
        walk_object(node, where, depth, problems, counter)
    elif "properties" in node or "additionalProperties" in node:
        problems.append(f"{where}: properties on a non-object")
    if isinstance(node.get("items"), Mapping):
        walk(node["items"], f"{where}[]", depth, problems, counter)
    for index, member in enumerate(node.get("anyOf", [])):
        walk(member, f"{where}|{index}", depth, problems, counter)


def walk_object(node: Mapping[str, Any], where: str, depth: int, problems: list[str], counter: list[int]) -> None:
    """The rules of an object node, then its properties."""
    if depth > MAX_NESTING:
        problems.append(f"{where}: objects nested deeper than {MAX_NESTING}")
    if node.get("additionalProperties") is not False:
        problems.append(f"{where}: additionalProperties must be false")
    properties = node.get("properties", {})
    counter[0] += len(properties)
    if set(node.get("required", [])) != set(properties):
        problems.append(f"{where}: every property must be required")
    for name, sub in properties.items():
        walk(sub, f"{where}.{name}", depth + 1, problems, counter)
