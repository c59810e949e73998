"""The per-operation corpus: the operation index of every shipped spec (and a v1+v2 ``latest`` one), examples
built from each operation's own schema, and stripe-python as the wire judge, in-process.

Everything is derived from the index and the specs: an operation Stripe adds is covered with no edit here.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import stripe
from stripe_connector.operations._index import Operation, OperationIndex, load_index

from tests.support.pipeline_helpers import ROOT, STRIPE_OPENAPI, load_json

V2_FRAGMENT = ROOT / "tests" / "data" / "stripe_v2_fragment.json"
SHIPPED = sorted(path.parent.name for path in STRIPE_OPENAPI.glob("*/spec3.json"))
#: What the issue counts, and the index must find: every operation of these specs.
KNOWN_COUNTS = {"2023-09-12": 468, "2024-05-17": 533}
FAKE_KEY = "sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc"
#: Optional arguments an example adds beside the required ones (more would only cost validator compilation).
OPTIONAL_IN_EXAMPLE = 3


def build_operations_module() -> Any:
    return importlib.import_module("codegen.build_operations")


def latest_document() -> dict[str, Any]:
    """A ``latest/openapi.spec3.json``-style document: the newest shipped v1 spec plus the v2 fragment."""
    source = load_json(STRIPE_OPENAPI / SHIPPED[-1] / "spec3.json")
    fragment = load_json(V2_FRAGMENT)
    source["info"]["version"] = fragment["info_version"]
    source["paths"].update(fragment["paths"])
    source["components"]["schemas"].update(fragment["schemas"])
    return dict(source)


def spec_operation_count(document: Mapping[str, Any]) -> int:
    return sum(
        1
        for path, item in document["paths"].items()
        if path.startswith(("/v1/", "/v2/"))
        for method in item
        if method in ("get", "post", "delete")
    )


def build_indexes(directory: Path) -> dict[str, tuple[OperationIndex, int]]:
    """Each spec's index (the committed one for the committed spec), with the spec's own operation count."""
    builder = build_operations_module()
    committed = load_index()
    found: dict[str, tuple[OperationIndex, int]] = {}
    documents: dict[str, dict[str, Any]] = {
        version: load_json(STRIPE_OPENAPI / version / "spec3.json") for version in SHIPPED
    }
    documents["latest"] = latest_document()
    for name, document in documents.items():
        count = spec_operation_count(document)
        if name != "latest" and document["info"]["version"] == committed.stripe_api_version:
            found[name] = (committed, count)
            continue
        path = directory / f"{name}.operations.jsonl"
        builder.write_index(builder.build_index(document, "test"), path)
        found[name] = (load_index(path), count)
    return found


# --- examples ---------------------------------------------------------------------------------------------------


def example_value(schema: Any, depth: int = 0) -> Any:
    """A small value ``schema`` accepts: enums' first value, required properties only, one item per list."""
    if not isinstance(schema, dict) or depth > 12:
        return "x"
    if "enum" in schema:
        values = [value for value in schema["enum"] if value != ""]
        return values[0] if values else ""
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            members = [m for m in schema[key] if not (isinstance(m, dict) and m.get("enum") == [""])]
            return example_value((members or schema[key])[0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "object" or "properties" in schema:
        return example_object(schema, depth)
    build: Callable[[dict[str, Any], int], Any] = EXAMPLES_BY_TYPE.get(kind, example_string)
    return build(schema, depth)


def example_integer(schema: dict[str, Any], depth: int) -> int:
    low = max(int(schema.get("minimum", 1)), 1)
    return low if "maximum" not in schema else min(low, int(schema["maximum"]))


def example_array(schema: dict[str, Any], depth: int) -> list[Any]:
    items = schema.get("items", {})
    if isinstance(items, dict) and items.get("type") == "boolean":
        return []  # a bool inside a list: the two clients knowingly differ (test_conformance_wire)
    return [example_value(items, depth + 1)]


def example_object(schema: dict[str, Any], depth: int) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    if properties:
        return {name: example_value(properties[name], depth + 1) for name in schema.get("required", [])}
    extra = schema.get("additionalProperties")
    return {"key": example_value(extra, depth + 1)} if isinstance(extra, dict) else {}


def example_string(schema: dict[str, Any], depth: int) -> str:
    if schema.get("format") == "date-time":
        return "2026-01-01T00:00:00Z"
    length = max(1, int(schema.get("minLength", 1)))
    return "x_1".ljust(length, "x") if length > 3 else "x_1"[: max(length, 3)]


def example_number(schema: dict[str, Any], depth: int) -> int:
    return 1


def example_boolean(schema: dict[str, Any], depth: int) -> bool:
    return True


#: A small valid value, by JSON type (``object`` and enums are handled first; anything else is a string).
EXAMPLES_BY_TYPE: dict[Any, Callable[[dict[str, Any], int], Any]] = {
    "integer": example_integer,
    "number": example_number,
    "boolean": example_boolean,
    "array": example_array,
}


def operation_example(operation: Operation) -> dict[str, Any]:
    """Every required argument, plus the first few optional ones (by name), each a small valid value."""
    schema = operation.input_schema
    properties = schema["properties"]
    required = list(schema.get("required", []))
    optional = [name for name in sorted(properties) if name not in required][:OPTIONAL_IN_EXAMPLE]
    return {name: example_value(properties[name]) for name in [*required, *optional]}


WRONG_VALUES = {"string": 12345, "integer": "x", "number": "x", "boolean": "x", "array": "x", "object": "x"}


def wrongly_typed(operation: Operation) -> tuple[str, Any] | None:
    """An argument with a plain type, and a value of another type; None for an operation without one (a
    meter event session takes no argument at all)."""
    for name, schema in operation.input_schema["properties"].items():
        if isinstance(schema, dict) and isinstance(schema.get("type"), str) and schema["type"] in WRONG_VALUES:
            return name, WRONG_VALUES[schema["type"]]
    return None


def bad_calls(operation: Operation) -> list[tuple[dict[str, Any], str]]:
    """Calls of ``operation`` that must be refused, each with the argument the refusal names: an unknown
    argument beside a valid example, and a wrong type where the operation has a typed argument."""
    calls = [({**operation_example(operation), "zz_not_a_parameter": 1}, "zz_not_a_parameter")]
    wrong = wrongly_typed(operation)
    if wrong is not None:
        calls.append(({**operation_example(operation), wrong[0]: wrong[1]}, wrong[0]))
    return calls


#: What a mutation puts in place of a leaf of an example: a value of another JSON type (or outside an enum).
MUTANTS: dict[type, Any] = {str: 12345, int: "x", float: "x", bool: "x", list: "x", dict: "x"}


def mutations(value: Any) -> Iterator[Any]:
    """Copies of ``value`` each with one thing wrong, or maybe wrong: one leaf of another type, one string that no
    enum holds, one extra key in one object (wrong where the object is closed)."""
    if isinstance(value, dict):
        yield {**value, "zz_extra": 1}
        for key, member in value.items():
            for mutated in mutations(member):
                yield {**value, key: mutated}
    elif isinstance(value, list):
        for index, member in enumerate(value):
            for mutated in mutations(member):
                yield [*value[:index], mutated, *value[index + 1 :]]
    if isinstance(value, str):
        yield "zz_not_a_value"
    yield MUTANTS.get(type(value), "x")


def concrete_path(operation: Operation, arguments: Mapping[str, Any]) -> str:
    path = operation.path
    for name in operation.path_params:
        path = path.replace("{" + name + "}", quote(str(arguments[name]), safe=""))
    return path


#: The texts a rich example rotates through: an ID-like word, Unicode with every character the form encoding must
#: escape (and brackets, which Stripe's keys use), a currency, and the empty string (Stripe's "unset").
RICH_TEXTS = ("x_1", "ü 💳 a&b=c?d#e/f+g%h [i]", "usd", "")
#: How many rich examples each operation gets: every rotation of the texts, booleans, enum values and union members.
RICH_VARIANTS = 4
#: Keys a rich example gives a free-form object (metadata): a plain one, and one with spaces, brackets and ``&=``.
RICH_KEYS = ("key", "k é[y]&=")


def rich_value(schema: Any, variant: int, depth: int = 0) -> Any:
    """A value ``schema`` accepts with every optional property filled, chosen by ``variant``: enum values, union
    members (``""`` included), booleans, texts and list lengths (two items, or none) rotate with it."""
    if not isinstance(schema, dict) or depth > 8:
        return "x"
    if "enum" in schema:
        return schema["enum"][variant % len(schema["enum"])]
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            return rich_value(schema[key][variant % len(schema[key])], variant, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "object" or "properties" in schema:
        return rich_object(schema, variant, depth)
    if kind == "array":
        if variant % RICH_VARIANTS == RICH_VARIANTS - 1:
            return []
        return [rich_value(schema.get("items", {}), variant + offset, depth + 1) for offset in range(2)]
    if kind in ("integer", "number", "boolean"):
        return {"integer": example_integer, "number": example_number, "boolean": rich_boolean}[kind](schema, variant)
    return rich_string(schema, variant)


def rich_object(schema: dict[str, Any], variant: int, depth: int) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    if properties:
        return {
            name: rich_value(member, variant + offset, depth + 1)
            for offset, (name, member) in enumerate(sorted(properties.items()))
        }
    extra = schema.get("additionalProperties")
    if not isinstance(extra, dict):
        return {}
    return {key: rich_value(extra, variant + offset, depth + 1) for offset, key in enumerate(RICH_KEYS)}


def rich_boolean(schema: dict[str, Any], variant: int) -> bool:
    return variant % 2 == 0


def rich_string(schema: dict[str, Any], variant: int) -> str:
    if schema.get("format") == "date-time":
        return "2026-01-01T00:00:00Z"
    text = RICH_TEXTS[variant % len(RICH_TEXTS)]
    low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
    return text[: int(high)] if high is not None else text.ljust(low, "x")


def rich_example(operation: Operation, variant: int) -> dict[str, Any]:
    """Every argument of ``operation`` (optional ones too), each a rich value; path arguments an ID."""
    properties = operation.input_schema["properties"]
    arguments = {
        name: rich_value(member, variant + offset) for offset, (name, member) in enumerate(sorted(properties.items()))
    }
    arguments.update({name: f"{name[:3]}_1Ab" for name in operation.path_params})
    return arguments


# --- stripe-python, in-process ----------------------------------------------------------------------------------


class Recorder(stripe.HTTPClient):
    """stripe-python's HTTP client, replaced by one that records what it would send and answers ``{}``."""

    name = "recorder"

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str, dict[str, str], Any]] = []

    def request(self, method: str, url: str, headers: Any, post_data: Any = None, *, _usage: Any = None) -> Any:
        self.sent.append((method.upper(), url, dict(headers or {}), post_data))
        return '{"object": "ok"}', 200, {"request-id": "req_1"}

    def close(self) -> None:
        return None


def stripe_python(version: str) -> tuple[stripe.StripeClient, Recorder]:
    recorder = Recorder()
    client = stripe.StripeClient(
        FAKE_KEY,
        http_client=recorder,
        base_addresses={"api": "http://127.0.0.1:9"},
        stripe_version=version,
        max_network_retries=0,
    )
    return client, recorder


def stripe_python_sends(
    sdk: stripe.StripeClient, recorder: Recorder, operation: Operation, arguments: Mapping[str, Any], **options: Any
) -> tuple[str, str, dict[str, str], Any]:
    """What stripe-python sends for ``operation`` with ``arguments``: its requestor, the path its services build
    (``raw_request`` would take parameters such as ``usage`` as its own options)."""
    params = {name: value for name, value in arguments.items() if name not in operation.path_params}
    requestor = sdk._requestor  # the one request path under stripe-python's service methods
    sent_options: Any = options or None  # stripe-python's RequestOptions: stripe_account and the like
    requestor.request(
        operation.method.lower(), concrete_path(operation, arguments), params, sent_options, base_address="api"
    )
    return recorder.sent.pop()


def ordered_wire(method: str, url: str, headers: Mapping[str, str], body: Any) -> dict[str, Any]:
    """:func:`wire` with the query and a form body as ordered lists of pairs, and the headers that matter."""
    found = wire(method, url, headers, body)
    lowered = {name.lower(): value for name, value in headers.items()}
    found["query"] = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    if isinstance(found["body"], list):
        found["body"] = parse_qsl(body if isinstance(body, str) else body.decode(), keep_blank_values=True)
    elif isinstance(found["body"], dict):
        found["body"] = json.loads(body, object_pairs_hook=list)  # JSON key order kept
    found["stripe_account"] = lowered.get("stripe-account")
    found["authorization"] = lowered.get("authorization", "")[:7]  # the scheme: the key itself is redacted in ours
    return found


def wire(method: str, url: str, headers: Mapping[str, str], body: Any) -> dict[str, Any]:
    """What both clients must agree on: method, path, decoded query and body, and the Stripe headers."""
    parts = urlsplit(url)
    lowered = {name.lower(): value for name, value in headers.items()}
    content_type = lowered.get("content-type")
    if body is None or body == "":
        decoded: Any = None
    elif content_type == "application/json":
        decoded = json.loads(body)
    else:
        decoded = sorted(parse_qsl(body if isinstance(body, str) else body.decode(), keep_blank_values=True))
    return {
        "method": method,
        "path": parts.path,
        "query": sorted(parse_qsl(parts.query, keep_blank_values=True)),
        "body": decoded,
        "content_type": content_type,
        "idempotency_key": "idempotency-key" in lowered,
        "stripe_version": lowered.get("stripe-version"),
    }


def iter_drill_fields(node: Any) -> Iterator[str]:
    """The ``describe_field`` paths a description offers."""
    if isinstance(node, dict):
        if isinstance(node.get("describe_field"), str):
            yield node["describe_field"]
        for value in node.values():
            yield from iter_drill_fields(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_drill_fields(value)
