"""Shared ground for the conformance tests: Stripe's documented spec as a judge, the reference's examples, and
hypothesis strategies built from JSON Schemas.

Three judges that the connector does not control decide whether it speaks Stripe correctly:

- Stripe's own OpenAPI document (``spec/stripe.documented.json``, the unmodified subset) judges the *arguments*:
  :class:`StripeSpec` validates a JSON object against an operation's request body or its parameters with
  ``openapi-schema-validator``'s ``OAS30Validator``, ``$ref``s resolved through a ``referencing`` registry.
- stripe-python judges the *wire* (``test_conformance_wire``).
- Prism's random, schema-valid responses judge the *parsing* (``test_conformance_prism``).

What a tool is, which Stripe operation it runs and what its example is are read from the product's definition,
``spec/tools.yaml`` (so a tool added there is covered with no test edit), not from the connector's runtime
catalogue; what the reference documents (``/work/shared/docs``) is written down here again, and the definitions
are checked against it: a test that asked the connector what to expect would only check it against itself.

The strategy builder (:func:`from_schema`) covers the JSON Schema keywords the tools' ``input_schema``s and
Stripe's parameter schemas use, and refuses any other keyword, so a schema change cannot silently make the
generated arguments wrong. (``hypothesis-jsonschema`` 0.23.1, the newest release, fails on the installed hypothesis
6.170: it reaches into a hypothesis internal that no longer exists.)
"""

from __future__ import annotations

import copy
import functools
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import jsonschema
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS30Validator
from referencing import Registry
from referencing.jsonschema import DRAFT4

ROOT = Path(__file__).resolve().parents[2]
DEFINITIONS_FILE = ROOT / "spec" / "tools.yaml"
DOCUMENTED_SPEC = ROOT / "spec" / "stripe.documented.json"
TRIMMED_SPEC = ROOT / "spec" / "stripe.trimmed.json"
FORM = "application/x-www-form-urlencoded"

#: Hypothesis settings for the property tests: moderate example counts keep the three files under a minute.
CONFORMANCE_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)

# --- what the reference documents ----------------------------------------------------------------------------------

#: The reference's example request of each tool (000_e025cf6611955be8.txt), verbatim.
REFERENCE_EXAMPLES: Mapping[str, dict[str, Any]] = {
    "list_customers": {"limit": 2, "email": "jennyrosen@example.com"},
    "get_customer": {"id": "cus_NffrFeUfNV2Hib"},
    "create_customer": {"name": "Jenny Rosen", "email": "jennyrosen@example.com"},
    "list_charges": {"limit": 3},
    "create_charge": {"amount": 1099, "currency": "usd", "source": "tok_visa"},
    "list_payment_intents": {"limit": 3},
    "create_payment_intent": {"amount": 2000, "currency": "usd", "payment_method_types": ["card"]},
    "list_invoices": {"limit": 3, "status": "draft"},
    "create_invoice": {"customer": "cus_NeZwdNtLEOXuvB"},
    "list_products": {"limit": 3, "active": True},
    "list_subscriptions": {"limit": 3, "status": "active"},
    "raw_request": {"method": "GET", "path": "/v1/balance"},
}

#: The reference's defaults: the connector sends them when the caller leaves the argument out.
REFERENCE_DEFAULTS: Mapping[str, Mapping[str, Any]] = {
    **{tool: {"limit": 10} for tool in REFERENCE_EXAMPLES if tool.startswith("list_")},
    "create_payment_intent": {"payment_method_types": ["card"]},
    "create_invoice": {"auto_advance": True, "collection_method": "charge_automatically"},
}

#: Where the reference's argument name differs from Stripe's parameter name.
REFERENCE_RENAMES: Mapping[str, Mapping[str, str]] = {"get_customer": {"id": "customer"}}


@functools.cache
def definitions() -> dict[str, Any]:
    """``spec/tools.yaml`` as plain data: the product's definition of every tool."""
    import yaml

    loaded: dict[str, Any] = yaml.safe_load(DEFINITIONS_FILE.read_text(encoding="utf-8"))
    return loaded


#: Every tool's example request, from its definition (the reference's twelve are checked against the reference).
TOOL_EXAMPLES: Mapping[str, dict[str, Any]] = {
    name: tool["example"]["arguments"] for name, tool in definitions()["tools"].items()
}

#: Where a tool's argument name differs from Stripe's parameter name (``wire`` in the definitions).
RENAMES: Mapping[str, Mapping[str, str]] = {
    name: {argument: spec["wire"] for argument, spec in (tool.get("arguments") or {}).items() if "wire" in (spec or {})}
    for name, tool in definitions()["tools"].items()
}


def _default(tool: Mapping[str, Any], argument: str) -> Any:
    own = ((tool.get("arguments") or {}).get(argument) or {}).get("rules", {})
    shared = ((definitions().get("shared", {}).get("arguments") or {}).get(argument) or {}).get("rules", {})
    return own.get("default", shared.get("default"))


#: What the connector sends when the caller leaves an argument out (``default`` in the definitions).
DEFAULTS: Mapping[str, Mapping[str, Any]] = {
    name: {
        argument: _default(tool, argument)
        for argument in (tool.get("arguments") or {})
        if _default(tool, argument) is not None
    }
    for name, tool in definitions()["tools"].items()
}


@dataclass(frozen=True)
class StripeRequest:
    """The Stripe operation a tool call stands for, in Stripe's terms: what stripe-python is asked to send."""

    method: str
    path: str  # the path template for tools, the literal path for raw_request
    path_params: dict[str, str]
    params: dict[str, Any]  # query parameters (GET, DELETE) or body parameters (POST)
    query: dict[str, Any]  # raw_request's query parameters on a POST; empty otherwise


@functools.cache
def documented_operations() -> dict[str, tuple[str, str]]:
    """``tool -> (METHOD, path template)`` from ``spec/tools.yaml``, where the whole pipeline starts."""
    found: dict[str, tuple[str, str]] = {}
    for name, tool in definitions()["tools"].items():
        operation = tool.get("operation") or tool.get("example_operation")
        if operation:
            method, path = operation.split()
            found[name] = (method.upper(), path)
    return found


def stripe_request(tool: str, arguments: Mapping[str, Any]) -> StripeRequest:
    """The Stripe request that ``arguments`` mean according to the reference (defaults, lower-case currency, names).

    Derived from the reference alone, so that comparing it with what the connector sends tests the connector's
    defaults and renames as well as its encoding.
    """
    if tool == "raw_request":
        method = str(arguments["method"]).upper()
        body, query = dict(arguments.get("body") or {}), dict(arguments.get("query") or {})
        if method == "POST":
            return StripeRequest(method, str(arguments["path"]), {}, body, query)
        return StripeRequest(method, str(arguments["path"]), {}, query, {})
    method, template = documented_operations()[tool]
    values = {**copy.deepcopy(dict(DEFAULTS.get(tool, {}))), **copy.deepcopy(dict(arguments))}
    if isinstance(values.get("currency"), str):
        values["currency"] = values["currency"].lower()
    renames = RENAMES.get(tool, {})
    path_params: dict[str, str] = {}
    params: dict[str, Any] = {}
    for name, value in values.items():
        wire = renames.get(name, name)
        if "{" + wire + "}" in template:
            path_params[wire] = value
        else:
            params[wire] = value
    return StripeRequest(method, template, path_params, params, {})


# --- Stripe's spec as a judge --------------------------------------------------------------------------------------

SPEC_URI = "urn:stripe:documented"


def json_pointer(*parts: str | int) -> str:
    """An RFC 6901 pointer into the spec, as an absolute reference the registry resolves."""
    escaped = (str(part).replace("~", "~0").replace("/", "~1") for part in parts)
    return SPEC_URI + "#/" + "/".join(escaped)


class StripeSpec:
    """Stripe's documented operations as validators: body schemas for POSTs, parameter schemas for the rest."""

    def __init__(self, path: Path = DOCUMENTED_SPEC) -> None:
        self.document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT4.create_resource(self.document))
        self._validators: dict[tuple[str, str], Any] = {}

    def operation(self, method: str, path: str) -> dict[str, Any]:
        operation: dict[str, Any] = self.document["paths"][path][method.lower()]
        return operation

    def match_path(self, path: str) -> tuple[str, dict[str, str]] | None:
        """The documented path template a literal path belongs to, and its path parameters, if any.

        ``/v1/customers/cus_1`` gives ``("/v1/customers/{customer}", {"customer": "cus_1"})``.
        """
        for template in self.document["paths"]:
            pattern = re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
            found = re.fullmatch(pattern, path.rstrip("/") or "/")
            if found:
                return template, found.groupdict()
        return None

    def request_schema(self, method: str, path: str) -> dict[str, Any]:
        """What a JSON object of this operation's parameters must satisfy.

        A POST's form body is its requestBody schema. For GET and DELETE (whose requestBody Stripe documents as
        empty), the parameters are gathered into one object schema: each property refers to the parameter's
        own schema, the required ones are required, and anything undocumented is refused.
        """
        operation = self.operation(method, path)
        if method.upper() == "POST":
            return {"$ref": json_pointer("paths", path, method.lower(), "requestBody", "content", FORM, "schema")}
        properties: dict[str, Any] = {}
        required: list[str] = []
        for index, parameter in enumerate(operation.get("parameters", [])):
            properties[parameter["name"]] = {
                "$ref": json_pointer("paths", path, method.lower(), "parameters", index, "schema")
            }
            if parameter.get("required"):
                required.append(parameter["name"])
        if method.upper() == "DELETE":
            # A DELETE's documented form fields travel in its query string (as stripe-python sends them).
            body = operation.get("requestBody", {}).get("content", {}).get(FORM, {}).get("schema", {})
            for name in body.get("properties", {}):
                properties[name] = {
                    "$ref": json_pointer(
                        "paths", path, method.lower(), "requestBody", "content", FORM, "schema", "properties", name
                    )
                }
        schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
        if required:
            schema["required"] = required
        return schema

    def validator(self, method: str, path: str) -> Any:
        key = (method.upper(), path)
        if key not in self._validators:
            self._validators[key] = OAS30Validator(self.request_schema(method, path), registry=self.registry)
        return self._validators[key]

    def errors(self, method: str, path: str, instance: Mapping[str, Any]) -> list[str]:
        """Every way ``instance`` breaks the operation's schema, as ``location: message`` lines.

        A POST's schema is its form body's, so its path parameters are judged by their own schemas here.
        """
        instance = dict(instance)
        problems: list[str] = []
        if method.upper() == "POST":
            for parameter in self.operation(method, path).get("parameters", []):
                if parameter["in"] == "path" and parameter["name"] in instance:
                    value = instance.pop(parameter["name"])
                    schema = self.inline(parameter["schema"])
                    problems += [f"{parameter['name']}: {e.message}" for e in OAS30Validator(schema).iter_errors(value)]
        found = self.validator(method, path).iter_errors(instance)
        return problems + sorted(
            f"{'/'.join(map(str, error.absolute_path)) or '(object)'}: {error.message}" for error in found
        )

    def parameter_schemas(self, method: str, path: str) -> tuple[dict[str, Any], list[str]]:
        """Each parameter's schema, ``$ref``s inlined, and the required names: to generate Stripe-valid values."""
        operation = self.operation(method, path)
        if method.upper() == "POST":
            body = operation["requestBody"]["content"][FORM]["schema"]
            path_parameters = [p for p in operation.get("parameters", []) if p["in"] == "path"]
            return (
                {
                    **{p["name"]: self.inline(p["schema"]) for p in path_parameters},
                    **{name: self.inline(schema) for name, schema in body.get("properties", {}).items()},
                },
                [*(p["name"] for p in path_parameters), *body.get("required", [])],
            )
        schemas = {p["name"]: self.inline(p["schema"]) for p in operation.get("parameters", [])}
        if method.upper() == "DELETE":
            body = operation.get("requestBody", {}).get("content", {}).get(FORM, {}).get("schema", {})
            schemas.update({name: self.inline(schema) for name, schema in body.get("properties", {}).items()})
        return schemas, [p["name"] for p in operation.get("parameters", []) if p.get("required")]

    def inline(self, schema: Any) -> Any:
        if isinstance(schema, dict):
            if "$ref" in schema:
                name = schema["$ref"].rsplit("/", 1)[-1]
                return self.inline(self.document["components"]["schemas"][name])
            return {key: self.inline(value) for key, value in schema.items()}
        if isinstance(schema, list):
            return [self.inline(item) for item in schema]
        return schema


@functools.cache
def stripe_spec() -> StripeSpec:
    """One parsed spec for the session: the documented subset is a few megabytes of JSON."""
    return StripeSpec()


# --- form bodies and query strings ---------------------------------------------------------------------------------


def decoded_pairs(encoded: str | bytes | None) -> list[tuple[str, str]]:
    """The sorted (key, value) pairs of a form body or query string: a multiset, the order does not matter."""
    if not encoded:
        return []
    text = encoded.decode("utf-8") if isinstance(encoded, bytes) else encoded
    return sorted(parse_qsl(text, keep_blank_values=True, strict_parsing=True))


# --- hypothesis strategies from JSON Schema ------------------------------------------------------------------------

#: Keywords that say nothing about which values are valid.
ANNOTATIONS = frozenset({"description", "title", "default", "format", "example", "examples", "nullable"})
#: Keywords the builder generates from directly.
GENERATED = frozenset(
    {
        "type", "enum", "const", "anyOf", "minimum", "maximum", "minLength", "maxLength", "pattern",
        "items", "minItems", "maxItems", "properties", "required", "additionalProperties", "maxProperties",
        "propertyNames",
    }
)  # fmt: skip
#: Keywords handled by filtering generated values with a validator (cross-field rules).
FILTERED = frozenset({"allOf", "oneOf", "if", "then", "else", "not"})
#: Strings longer than this are generated only at the schema's maximum length (boundary values).
SHORT = 30

JSON_SCALARS: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)


def json_values(
    scalars: st.SearchStrategy[Any] = JSON_SCALARS, *, list_items: Callable[[Any], bool] | None = None
) -> st.SearchStrategy[Any]:
    """Any JSON value (bounded), for schemas that allow anything; ``list_items`` filters what lists may hold."""

    def extend(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        items = children if list_items is None else children.filter(list_items)
        return st.lists(items, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)

    return st.recursive(scalars, extend, max_leaves=12)


def from_schema(schema: Mapping[str, Any], *, any_json: st.SearchStrategy[Any] | None = None) -> st.SearchStrategy[Any]:
    """Values valid under ``schema`` (the keyword subset above), boundary lengths and sizes included.

    ``any_json`` generates the values of schemas that constrain nothing (``{"type": "object"}``'s members).
    """
    any_json = json_values() if any_json is None else any_json
    unknown = {k for k in schema if not k.startswith("x-")} - ANNOTATIONS - GENERATED - FILTERED
    if unknown:
        raise NotImplementedError(f"from_schema does not generate for {sorted(unknown)} in {schema}")
    strategy = _generate(schema, any_json)
    if FILTERED & schema.keys():
        strategy = strategy.filter(jsonschema.Draft7Validator(dict(schema)).is_valid)
    return strategy


def _generate(schema: Mapping[str, Any], any_json: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    if "const" in schema:
        return st.just(copy.deepcopy(schema["const"]))
    if "enum" in schema:
        return st.sampled_from([copy.deepcopy(value) for value in schema["enum"]])
    if "anyOf" in schema:
        return st.one_of([from_schema(member, any_json=any_json) for member in schema["anyOf"]])
    kind = schema.get("type")
    if kind is None:
        kind = "object" if {"properties", "additionalProperties"} & schema.keys() else None
    if kind is None:
        return any_json
    builders: dict[str, Callable[[Mapping[str, Any], st.SearchStrategy[Any]], st.SearchStrategy[Any]]] = {
        "string": lambda s, _: _strings(s),
        "integer": lambda s, _: st.integers(min_value=s.get("minimum"), max_value=s.get("maximum")),
        "number": lambda s, _: st.floats(s.get("minimum"), s.get("maximum"), allow_nan=False, allow_infinity=False),
        "boolean": lambda s, _: st.booleans(),
        "array": _arrays,
        "object": _objects,
    }
    return builders[kind](schema, any_json)


def _strings(schema: Mapping[str, Any]) -> st.SearchStrategy[str]:
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    pattern = schema.get("pattern")
    if pattern is not None:
        # Anchored patterns are generated with fullmatch, so no "\n" sneaks in before the "$" (which Python's
        # re allows and JSON Schema's ECMA-262 regexes do not).
        anchored = pattern.startswith("^") and pattern.endswith("$") and not pattern.endswith("\\$")
        regex = st.from_regex(pattern[1:-1], fullmatch=True) if anchored else st.from_regex(pattern)
        return regex.filter(lambda s: low <= len(s) and (high is None or len(s) <= high))
    short = st.text(min_size=low, max_size=min(high, low + SHORT) if high is not None else low + SHORT)
    if high is None or high <= low + SHORT:
        return short
    return short | st.characters(codec="utf-8").map(lambda c: c * high)  # exactly maxLength characters


def _arrays(schema: Mapping[str, Any], any_json: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    items = from_schema(schema["items"], any_json=any_json) if "items" in schema else any_json
    low = schema.get("minItems", 0)
    return st.lists(items, min_size=low, max_size=schema.get("maxItems", low + 4))


def _objects(schema: Mapping[str, Any], any_json: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    properties: Mapping[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    fixed = st.fixed_dictionaries(
        {name: from_schema(sub, any_json=any_json) for name, sub in properties.items() if name in required},
        optional={
            name: from_schema(sub, any_json=any_json) for name, sub in properties.items() if name not in required
        },
    )
    extra = schema.get("additionalProperties", not properties)
    if extra is False or (extra is True and properties):
        return fixed
    if properties:
        raise NotImplementedError("from_schema: properties together with additionalProperties")
    keys = from_schema({"type": "string", **schema.get("propertyNames", {})}, any_json=any_json)
    values = any_json if extra is True else from_schema(extra, any_json=any_json)
    most = schema.get("maxProperties", math.inf)
    small = st.dictionaries(keys, values, max_size=int(min(most, 5)))
    if most == math.inf or most <= 5:
        return small
    return small | st.dictionaries(keys, values, min_size=int(most), max_size=int(most))  # exactly maxProperties


# --- what the tools accept -----------------------------------------------------------------------------------------


@functools.cache
def tool_arguments(tool: str, any_json: st.SearchStrategy[Any] | None = None) -> st.SearchStrategy[dict[str, Any]]:
    """Arguments valid under the tool's ``input_schema``, checked by ``jsonschema`` (not the connector's validator).

    Built once per tool (strategies are cheap to draw from, not to build).
    """
    from stripe_connector import TOOLS

    schema = TOOLS.get(tool).input_schema
    return from_schema(schema, any_json=any_json).filter(jsonschema.Draft7Validator(schema).is_valid)


@functools.cache
def stripe_valid_arguments(tool: str) -> st.SearchStrategy[dict[str, Any]]:
    """Arguments for ``tool``'s parameters whose values Stripe's documented schemas accept (the reference's names).

    Only the parameters the tool exposes are generated, each from Stripe's schema for it, with Stripe's
    required ones always present: these are what Stripe would take, whatever the connector thinks of them.
    """
    from stripe_connector import TOOLS

    method, path = documented_operations()[tool]
    schemas, required = stripe_spec().parameter_schemas(method, path)
    renames = RENAMES.get(tool, {})
    arguments = TOOLS.get(tool).input_schema["properties"]
    properties = {name: schemas[renames.get(name, name)] for name in arguments}
    object_schema = {
        "type": "object",
        "properties": properties,
        "required": [name for name in arguments if renames.get(name, name) in required],
        "additionalProperties": False,
    }
    return from_schema(object_schema)
