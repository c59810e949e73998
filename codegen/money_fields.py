"""Which request fields of Stripe's API are money: read from the spec, for the connector's ``max_amount`` caps.

A field is money when the spec types it as an integer (or a decimal string) and either its name says amount
(``amount``, ``unit_amount``, ``amount_to_capture``, ``unit_amount_decimal``...) or its description says it is in
the smallest currency unit. Every operation's request counts, not only the documented ones: ``raw_request`` reaches
them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

NAME = re.compile(r"(^|_)amount(s?)($|_)")
DESCRIPTION = re.compile(r"smallest currency unit|in cents|cents \(or local equivalent\)", re.IGNORECASE)


def is_money(name: str, schema: dict[str, Any]) -> bool:
    kinds = {
        schema.get("type"),
        *(member.get("type") for member in schema.get("anyOf", []) if isinstance(member, dict)),
    }
    numeric = "integer" in kinds or ("string" in kinds and schema.get("format") == "decimal")
    if "array" in kinds and isinstance(schema.get("items"), dict):
        return is_money(name, schema["items"])
    return numeric and bool(NAME.search(name) or DESCRIPTION.search(schema.get("description") or ""))


def walk(schema: Any, schemas: dict[str, Any], seen: set[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every (property name, schema) under ``schema``, following ``$ref``s once."""
    if isinstance(schema, list):
        for item in schema:
            yield from walk(item, schemas, seen)
        return
    if not isinstance(schema, dict):
        return
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rsplit("/", 1)[1]
        if name not in seen:
            seen.add(name)
            yield from walk(schemas.get(name, {}), schemas, seen)
        return
    for name, member in (schema.get("properties") or {}).items():
        if isinstance(member, dict):
            yield name, member
        yield from walk(member, schemas, seen)
    for key in ("items", "additionalProperties", "anyOf", "oneOf", "allOf"):
        if key in schema:
            yield from walk(schema[key], schemas, seen)


def money_fields(document: dict[str, Any]) -> list[str]:
    """The names of every money field in any request of ``document``, sorted."""
    schemas = document.get("components", {}).get("schemas", {})
    found: set[str] = set()
    for item in document.get("paths", {}).values():
        for method, operation in item.items():
            if method not in ("post", "put", "patch", "delete") or not isinstance(operation, dict):
                continue
            for parameter in operation.get("parameters", []):
                if isinstance(parameter, dict) and is_money(parameter.get("name", ""), parameter.get("schema", {})):
                    found.add(parameter["name"])
            for content in operation.get("requestBody", {}).get("content", {}).values():
                for name, schema in walk(content.get("schema", {}), schemas, set()):
                    if is_money(name, schema):
                        found.add(name)
    return sorted(found)
