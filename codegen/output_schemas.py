"""Write each tool's output schema (``spec/stripe.outputs.json``) from the trimmed spec's response schemas.

MCP lets a tool declare the shape of its structured result, and clients check every result against it: a schema
stricter than what Stripe really sends would turn a charge that *was made* into a client-side failure. So each
schema is Stripe's 200 response schema made as tolerant as the generated models, and small:

* only ``id`` and ``object`` (and a deleted object's ``deleted``) stay required, as in the trimmed spec (see
  ``codegen/trim.py``); every other field may be missing or ``null``, and unknown fields are allowed (a newer API
  version adds some);
* types are kept, but enums, formats, lengths and patterns are dropped (a new enum value is not an error);
* below ``MAX_DEPTH`` levels of objects, and at references back to a schema being expanded, any value is accepted;
* descriptions are dropped except the root's: agents read the tool's description, not its output schema's.

``raw_request`` reaches any path, so its output is any JSON object.

Usage: ``python codegen/output_schemas.py --trimmed spec/stripe.trimmed.json --tools spec/stripe.tools.json
--out spec/stripe.outputs.json`` (``make generate`` runs it).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from typing import Any

from .options import parse_paths

JSON = Any
SCHEMA_PREFIX = "#/components/schemas/"
#: Fields every Stripe object carries (the rest may be missing in another API version), and ``deleted``, which is
#: what a deleted object's variant is recognised by (else it would accept any customer, mistyped or not).
ALWAYS_PRESENT = ("deleted", "id", "object")
#: Object levels kept typed under the root (list -> resource -> nested object).
MAX_DEPTH = 3
#: Tools not bound to one operation: their output is any JSON object.
ANY_PATH_TOOLS = frozenset({"raw_request"})
ANY_OBJECT: dict[str, JSON] = {"type": "object", "description": "Stripe's JSON answer, unchanged."}
JSON_TYPES = ("array", "boolean", "integer", "null", "number", "object", "string")


class OutputSchemaError(Exception):
    """The inputs do not fit together (a tool whose operation or response is missing)."""


def tolerant(schema: JSON, schemas: Mapping[str, JSON], depth: int, expanding: frozenset[str]) -> dict[str, JSON]:
    """``schema`` made tolerant (see the module docstring); ``{}`` (anything) where nothing useful is left."""
    if not isinstance(schema, dict):
        return {}
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
        name = ref[len(SCHEMA_PREFIX) :]
        if name in expanding or name not in schemas:
            return {}
        return tolerant(schemas[name], schemas, depth, expanding | {name})
    members = [*schema.get("anyOf", []), *schema.get("oneOf", [])]
    if members:
        variants = [tolerant(member, schemas, depth, expanding) for member in members]
        return {} if {} in variants else merge_variants(variants)
    all_of = schema.get("allOf")
    if isinstance(all_of, list):
        return tolerant(all_of[0], schemas, depth, expanding) if len(all_of) == 1 else {}
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return tolerant_object(schema, schemas, depth, expanding)
    if kind == "array":
        items = tolerant(schema.get("items", {}), schemas, depth, expanding)
        return {"type": "array", "items": items} if items else {"type": "array"}
    if kind in JSON_TYPES:
        return {"type": kind}
    return {}


def tolerant_object(
    schema: JSON, schemas: Mapping[str, JSON], depth: int, expanding: frozenset[str]
) -> dict[str, JSON]:
    """An object made tolerant: only its identity fields stay required, every other field may be null."""
    if depth >= MAX_DEPTH or not schema.get("properties"):
        return {"type": "object"}
    required = sorted(
        name for name in schema.get("required", []) if name in ALWAYS_PRESENT and name in schema["properties"]
    )
    properties = {}
    for name, member in sorted(schema["properties"].items()):
        field = tolerant(member, schemas, depth + 1, expanding)
        properties[name] = field if name in required else nullable(field)
    result: dict[str, JSON] = {"type": "object", "properties": properties}
    if required:
        result["required"] = required
    return result


def merge_variants(variants: list[dict[str, JSON]]) -> dict[str, JSON]:
    """One schema for a union: plain types merge into a type list; anything richer stays an ``anyOf``."""
    unique: list[dict[str, JSON]] = []
    for variant in variants:
        if variant not in unique:
            unique.append(variant)
    if len(unique) == 1:
        return unique[0]
    if all(set(variant) == {"type"} and isinstance(variant["type"], str) for variant in unique):
        return {"type": sorted({variant["type"] for variant in unique})}
    return {"anyOf": unique}


def nullable(schema: dict[str, JSON]) -> dict[str, JSON]:
    """``schema`` that also accepts ``null`` (a field another API version leaves empty)."""
    if not schema:
        return schema
    if set(schema) == {"anyOf"}:
        return schema if {"type": "null"} in schema["anyOf"] else {"anyOf": [*schema["anyOf"], {"type": "null"}]}
    kind = schema.get("type")
    if isinstance(kind, str):
        return {**schema, "type": sorted({kind, "null"})}
    if isinstance(kind, list):
        return {**schema, "type": sorted({*kind, "null"})}
    return {"anyOf": [schema, {"type": "null"}]}


def response_schema(trimmed: Mapping[str, JSON], method: str, path: str) -> JSON:
    try:
        operation = trimmed["paths"][path][method.lower()]
        return operation["responses"]["200"]["content"]["application/json"]["schema"]
    except (KeyError, TypeError):
        raise OutputSchemaError(f"the trimmed spec has no JSON 200 response for {method} {path}") from None


def output_schema(trimmed: Mapping[str, JSON], tool: str, method: str, path: str) -> dict[str, JSON]:
    """The output schema of one tool: a JSON object at the root, as MCP requires."""
    if tool in ANY_PATH_TOOLS:
        return dict(ANY_OBJECT)
    schemas = trimmed.get("components", {}).get("schemas", {})
    source = response_schema(trimmed, method, path)
    schema = tolerant(source, schemas, 0, frozenset())
    if schema.get("type") != "object":
        schema = {"type": "object", **({"anyOf": schema["anyOf"]} if "anyOf" in schema else {})}
    return {"description": f"Stripe's answer to {method} {path}, unchanged.", **schema}


def build(trimmed: Mapping[str, JSON], tool_view: Mapping[str, JSON]) -> dict[str, JSON]:
    tools = tool_view.get("tools", {})
    return {
        "info": {"stripe_api_version": trimmed.get("info", {}).get("version")},
        "tools": {
            name: output_schema(trimmed, name, entry["method"], entry["path"]) for name, entry in sorted(tools.items())
        },
    }


def dump(document: Mapping[str, JSON]) -> str:
    """The same stable form as the trimmer's files: sorted keys, two-space indent, final newline."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    spec = "spec/stripe"
    args = parse_paths(
        argv, __doc__, trimmed=f"{spec}.trimmed.json", tools=f"{spec}.tools.json", out=f"{spec}.outputs.json"
    )
    try:
        trimmed = json.loads(args.trimmed.read_text(encoding="utf-8"))
        tool_view = json.loads(args.tools.read_text(encoding="utf-8"))
        document = build(trimmed, tool_view)
    except (OSError, ValueError, OutputSchemaError) as exc:
        print(f"output_schemas: error: {exc}", file=sys.stderr)
        return 2
    args.out.write_text(dump(document), encoding="utf-8")
    print(f"output_schemas: {len(document['tools'])} tools")
    return 0


if __name__ == "__main__":
    sys.exit(main())
