"""Judge arguments by an operation's JSON Schema by walking it: no code generated, nothing compiled.

The curated tools' validators are compiled ahead of time (fastjsonschema, by ``make generate``); the operation
index holds hundreds of schemas, and compiling one on a first call cost more than the rest of the call (importing
fastjsonschema's code generator alone takes milliseconds). Stripe's request schemas use a few keywords only
(:data:`KEYWORDS`), and this module judges exactly those, the way fastjsonschema's draft-07 code does: the same
keyword order, the same rule for each, and failures of the same exception (``message``, ``name``, ``path``,
``rule``, ``rule_definition``: ``_request.validation`` names the argument from them). A schema with any other keyword (a
``default`` to fill in, a ``pattern``, a ``format``...) raises :class:`Unsupported`, and the caller compiles it
with fastjsonschema instead: this walker never passes what it does not understand.
``tests/operations/test_operations.py`` holds the two to the same verdicts.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from .._types.from_spec import validation_error

logger = logging.getLogger("stripe_connector")
#: Stripe's mark of an open enum (kept by the operation index): the server takes values beyond those listed.
OPEN_ENUM = "x-stripeBypassValidation"
#: How many allowed values an error lists before "and N more".
MAX_LISTED = 12

#: The keywords judged here (``description`` is only an annotation). Anything else: :class:`Unsupported`.
KEYWORDS = frozenset(
    {
        "type",
        "enum",
        "anyOf",
        "minLength",
        "maxLength",
        "items",
        "required",
        "properties",
        "additionalProperties",
        "description",
        OPEN_ENUM,
    }
)
#: JSON Schema's types as Python classes, as fastjsonschema maps them (bool is handled before: not a number).
PYTHON_TYPES: Mapping[str, type | tuple[type, ...]] = {
    "null": type(None),
    "boolean": bool,
    "number": (int, float),
    "integer": int,
    "string": str,
    "array": (list, tuple),
    "object": dict,
}


class Unsupported(Exception):
    """A schema this walker does not judge (a keyword or a form outside :data:`KEYWORDS`)."""


#: A value that breaks its schema: the generated validators' exception (fastjsonschema's shape), so that
#: ``_request.validation`` reads a walked failure as it reads a compiled one.
SchemaViolation = validation_error()


def check(schema: Mapping[str, Any], value: Any, name: str = "data") -> None:
    """Raise :class:`SchemaViolation` at the first rule ``value`` breaks, or :class:`Unsupported`."""
    if not isinstance(schema, Mapping):
        raise Unsupported(f"{name}: a schema that is not an object")
    unknown = schema.keys() - KEYWORDS
    if unknown:
        raise Unsupported(f"{name}: {', '.join(sorted(unknown))}")
    for keyword, judge in JUDGES:
        if keyword in schema:
            judge(schema, value, name)


def fail(schema: Mapping[str, Any], value: Any, name: str, rule: str, message: str) -> None:
    raise SchemaViolation(f"{name} {message}", value=value, name=name, definition=schema, rule=rule)


def check_type(schema: Mapping[str, Any], value: Any, name: str) -> None:
    declared = schema["type"]
    types = declared if isinstance(declared, list) else [declared]
    if any(not isinstance(kind, str) or kind not in PYTHON_TYPES for kind in types):
        raise Unsupported(f"{name}: type {declared!r}")
    if not has_type(value, types):
        fail(schema, value, name, "type", f"must be {' or '.join(types)}")


def has_type(value: Any, types: list[str]) -> bool:
    if isinstance(value, bool):
        return "boolean" in types  # not a number, though Python says it is
    if isinstance(value, float) and value.is_integer() and "integer" in types:
        return True  # draft 06 on: 1.0 is an integer (top-level integers refuse floats before this)
    return any(isinstance(value, PYTHON_TYPES[kind]) for kind in types)


def check_enum(schema: Mapping[str, Any], value: Any, name: str) -> None:
    values = schema["enum"]
    if not isinstance(values, list):
        raise Unsupported(f"{name}: enum {values!r}")
    if any(enum_matches(value, allowed) for allowed in values):
        return
    if schema.get(OPEN_ENUM) is True and isinstance(value, str):
        # Stripe takes values this spec does not list yet (a newer payment method type, file purpose...): sent.
        logger.debug("%s: %r is not among the values this spec lists; sent (Stripe marks the enum open)", name, value)
        return
    fail(schema, value, name, "enum", f"must be one of {listed(values)}")


def listed(values: list[Any]) -> str:
    """The allowed values, at most :data:`MAX_LISTED` of them."""
    shown = ", ".join(repr(value) for value in values[:MAX_LISTED])
    more = f", and {len(values) - MAX_LISTED} more" if len(values) > MAX_LISTED else ""
    return f"[{shown}{more}]"


def depth_of(name: str) -> int:
    """How deep a failure's name points (``data.a.b[0].c``: 4)."""
    return name.count(".") + name.count("[")


def expected(schema: Any) -> str:
    """What a schema takes, in a few words (``string``, ``one of ['a', 'b']``, ``object``)."""
    if not isinstance(schema, Mapping):
        return "anything"
    if isinstance(schema.get("enum"), list):
        return f"one of {listed(schema['enum'])}"
    kind = schema.get("type")
    if isinstance(kind, list):
        return " or ".join(str(item) for item in kind)
    if isinstance(kind, str):
        return kind
    members = schema.get("anyOf")
    if isinstance(members, list):
        return ", or ".join(expected(member) for member in members)
    return "anything"


def enum_matches(value: Any, allowed: Any) -> bool:
    """fastjsonschema's comparison: by JSON type first (``True`` is not ``1``, ``1`` is ``1.0``)."""
    if isinstance(allowed, bool) or allowed is None:
        return value is allowed
    if isinstance(allowed, int | float):
        return isinstance(value, int | float) and not isinstance(value, bool) and value == allowed
    if isinstance(allowed, str):
        return isinstance(value, str) and value == allowed
    if isinstance(allowed, dict):
        return (
            isinstance(value, dict)
            and len(value) == len(allowed)
            and all(key in value and enum_matches(value[key], item) for key, item in allowed.items())
        )
    if isinstance(allowed, list):
        return (
            isinstance(value, list | tuple)
            and len(value) == len(allowed)
            and all(enum_matches(item, other) for item, other in zip(value, allowed, strict=True))
        )
    return bool(value == allowed)


def check_any_of(schema: Mapping[str, Any], value: Any, name: str) -> None:
    members = schema["anyOf"]
    if not isinstance(members, list):
        raise Unsupported(f"{name}: anyOf {members!r}")
    failures = []
    for member in members:
        try:
            check(member, value, name)
        except SchemaViolation as exc:
            failures.append(exc)
            continue
        return
    # The branch that got deepest names the mistake (``mandate_data.customer_acceptance.accepted_at must be
    # integer``), not the argument that holds it; when none got past this level, say what each branch takes.
    deepest = max(failures, key=lambda exc: depth_of(str(exc.name)), default=None)
    if deepest is not None and depth_of(str(deepest.name)) > depth_of(name):
        raise deepest
    fail(schema, value, name, "anyOf", f"must be {expected(schema)}")


def check_min_length(schema: Mapping[str, Any], value: Any, name: str) -> None:
    limit = number(schema, "minLength", name)
    if isinstance(value, str) and len(value) < limit:
        fail(schema, value, name, "minLength", f"must be longer than or equal to {limit} characters")


def check_max_length(schema: Mapping[str, Any], value: Any, name: str) -> None:
    limit = number(schema, "maxLength", name)
    if isinstance(value, str) and len(value) > limit:
        fail(schema, value, name, "maxLength", f"must be shorter than or equal to {limit} characters")


def number(schema: Mapping[str, Any], keyword: str, name: str) -> int | float:
    limit = schema[keyword]
    if isinstance(limit, bool) or not isinstance(limit, int | float):
        raise Unsupported(f"{name}: {keyword} {limit!r}")
    return limit


def check_items(schema: Mapping[str, Any], value: Any, name: str) -> None:
    items = schema["items"]
    if not isinstance(items, dict):
        raise Unsupported(f"{name}: items {items!r}")  # a tuple of schemas, or true/false
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            check(items, item, f"{name}[{index}]")


def check_required(schema: Mapping[str, Any], value: Any, name: str) -> None:
    required = schema["required"]
    if not isinstance(required, list):
        raise Unsupported(f"{name}: required {required!r}")
    if isinstance(value, dict):
        missing = set(required) - value.keys()
        if missing:
            fail(schema, value, name, "required", f"must contain {sorted(missing)} properties")


def check_properties(schema: Mapping[str, Any], value: Any, name: str) -> None:
    properties = schema["properties"]
    if not isinstance(properties, dict):
        raise Unsupported(f"{name}: properties {properties!r}")
    if isinstance(value, dict):
        for key, member in properties.items():
            if key in value:
                check(member, value[key], f"{name}.{key}")


def check_additional(schema: Mapping[str, Any], value: Any, name: str) -> None:
    extra = schema["additionalProperties"]
    if not isinstance(value, dict) or extra is True or extra == {}:
        return
    known = schema.get("properties", {})
    others = [key for key in value if key not in known]
    if extra is False:
        if others:
            fail(schema, value, name, "additionalProperties", f"must not contain {set(others)} properties")
        return
    if not isinstance(extra, dict):
        raise Unsupported(f"{name}: additionalProperties {extra!r}")
    for key in others:
        check(extra, value[key], f"{name}.{key}")


#: fastjsonschema's order (draft 04-07), restricted to :data:`KEYWORDS`: the first failure is the one reported.
JUDGES = (
    ("type", check_type),
    ("enum", check_enum),
    ("anyOf", check_any_of),
    ("minLength", check_min_length),
    ("maxLength", check_max_length),
    ("items", check_items),
    ("required", check_required),
    ("properties", check_properties),
    ("additionalProperties", check_additional),
)


def tolerant(schema: Any) -> Any:
    """``schema`` with only the keywords judged here (``oneOf`` read as ``anyOf``), for :func:`explain`."""
    if not isinstance(schema, Mapping):
        return {}
    kept: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties" and isinstance(value, Mapping):
            kept[key] = {name: tolerant(member) for name, member in value.items()}
        elif key in ("anyOf", "oneOf") and isinstance(value, list):
            kept["anyOf"] = [tolerant(member) for member in value]
        elif key in ("items", "additionalProperties") and isinstance(value, Mapping):
            kept[key] = tolerant(value)
        elif (key in KEYWORDS and key not in ("items", "additionalProperties", "anyOf", "properties")) or (
            key == "additionalProperties" and isinstance(value, bool)
        ):
            kept[key] = value
    return kept


def explain(schema: Any, value: Any, name: str) -> Any:
    """The deepest rule ``value`` breaks in ``schema`` (a :class:`SchemaViolation`), or None.

    For a failure a compiled validator reports at an ``anyOf``/``oneOf`` ("cannot be validated by any
    definition"): the schema is walked again, judging only :data:`KEYWORDS`, to find where the branch that got
    deepest went wrong. Best effort, on the error path only: None when the walk finds nothing more precise.
    """
    try:
        check(tolerant(schema), value, name)
    except SchemaViolation as exc:
        return exc
    except (Unsupported, RecursionError, TypeError):
        return None
    return None
