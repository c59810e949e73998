"""Strict-mode schemas (``Tool.strict_input_schema``) and strict-shaped calls (``call(..., strict=True)``).

The promises: every tool's strict variant keeps OpenAI's strict rules (checked by ``strict_violations``, which is
itself shown to catch each rule being broken); it accepts exactly what a strict model sends (all keys, ``null`` for
the unused); turning strict-shaped arguments back gives the normal arguments (property-tested round trip); the rules
strict mode cannot express are still enforced; and the flag is explicit: a normal call with ``null`` still fails.
"""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe_connector import TOOLS, AsyncStripeConnector, InvalidInputError, StripeConnector
from stripe_connector._request.idempotency import scoped_idempotency_key
from stripe_connector.cli.main import main
from stripe_connector.testing.doubles import ScriptedStripe, running_scripted
from stripe_connector.tools.strict import from_strict, nullable, strict_node, strict_violations

from tests.connector_defaults import NO_RETRY
from tests.support.canned_routes import agent_routes, strict_call_arguments
from tests.support.conformance_support import tool_arguments
from tests.support.keys import API_KEY


@pytest.fixture(scope="module")
def stripe_server() -> Iterator[ScriptedStripe]:
    yield from running_scripted(default=agent_routes)


@pytest.fixture
def stripe(stripe_server: ScriptedStripe) -> Iterator[ScriptedStripe]:
    stripe_server.reset(default=agent_routes)
    yield stripe_server


# --- the schemas ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", TOOLS.names())
def test_every_strict_schema_keeps_the_strict_rules(name: str) -> None:
    tool = TOOLS.get(name)
    strict = tool.strict_input_schema
    assert strict_violations(strict) == []
    jsonschema.Draft202012Validator.check_schema(strict)
    assert list(strict["properties"]) == list(tool.input_schema["properties"])
    assert strict["required"] == list(strict["properties"])
    # What a strict model sends (every key, null for the unused) is valid against it.
    jsonschema.validate(strict_call_arguments(name), strict)


def test_the_strict_schema_is_a_new_copy() -> None:
    tool = TOOLS.get("create_customer")
    tool.strict_input_schema["properties"]["email"]["type"] = "broken"
    assert tool.strict_input_schema["properties"]["email"]["type"] == ["string", "null"]
    assert tool.input_schema["properties"]["email"]["type"] == "string"


def test_normal_schemas_are_not_strict_and_the_checker_says_why() -> None:
    """The checker catches each rule; without it, the test above would prove nothing."""
    problems = strict_violations(TOOLS.get("create_invoice").input_schema)
    assert any("every property must be required" in problem for problem in problems)
    assert any("unsupported keyword" in problem and "allOf" in problem for problem in problems)
    metadata = strict_violations(TOOLS.get("create_customer").input_schema)
    assert any("root.metadata: additionalProperties must be false" in problem for problem in metadata)
    base: dict[str, Any] = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    assert strict_violations({**base, "additionalProperties": False}) == []
    assert strict_violations(base) == ["root: additionalProperties must be false"]
    assert strict_violations({**base, "additionalProperties": True}) == ["root: additionalProperties must be false"]
    assert strict_violations({**base, "additionalProperties": False, "anyOf": []}) == ["root: must be a plain object"]
    long = {**base, "additionalProperties": False, "properties": {"a": {"type": "string", "maxLength": 3}}}
    assert strict_violations(long) == ["root.a: unsupported keyword(s) ['maxLength']"]
    dated = {**base, "additionalProperties": False, "properties": {"a": {"type": "string", "format": "unix-time"}}}
    assert strict_violations(dated) == ["root.a: unsupported format 'unix-time'"]


def test_nesting_and_size_limits_are_checked() -> None:
    node: dict[str, Any] = {"type": "string"}
    for _ in range(6):
        node = {"type": "object", "properties": {"x": node}, "required": ["x"], "additionalProperties": False}
    assert any("nested deeper than 5" in problem for problem in strict_violations(node))
    wide = {
        "type": "object",
        "properties": {f"p{n}": {"type": "string"} for n in range(101)},
        "required": [f"p{n}" for n in range(101)],
        "additionalProperties": False,
    }
    assert strict_violations(wide) == ["root: 101 properties, more than 100"]


def test_optional_arguments_become_nullable_and_required_ones_do_not() -> None:
    charge = TOOLS.get("create_charge").strict_input_schema["properties"]
    assert charge["amount"]["type"] == "integer"  # required: a strict model must give it
    assert charge["customer"]["type"] == ["string", "null"]
    subscriptions = TOOLS.get("list_subscriptions").strict_input_schema["properties"]
    assert subscriptions["status"]["enum"][-1] is None
    assert "default" not in TOOLS.get("list_customers").strict_input_schema["properties"]["limit"]


def test_nullable_handles_every_shape() -> None:
    assert nullable({"type": "string"}) == {"type": ["string", "null"]}
    assert nullable({"type": ["string", "integer"]}) == {"type": ["string", "integer", "null"]}
    assert nullable({"anyOf": [{"type": "string"}]}) == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert nullable({"const": "x"}) == {"anyOf": [{"const": "x"}, {"type": "null"}]}
    assert nullable({"enum": ["a"]}) == {"enum": ["a", None]}
    assert nullable({"description": "anything"}) == {"anyOf": [{"description": "anything"}, {"type": "null"}]}
    twice = nullable(nullable({"type": "string", "enum": ["a"]}))
    assert twice == {"type": ["string", "null"], "enum": ["a", None]}


def test_free_form_objects_get_a_strict_stand_in() -> None:
    metadata = TOOLS.get("create_customer").strict_input_schema["properties"]["metadata"]
    assert metadata["type"] == ["array", "null"]
    assert metadata["items"]["required"] == ["key", "value"]
    assert metadata["maxItems"] == 50
    assert "{key, value}" in metadata["description"]
    body = TOOLS.get("raw_request").strict_input_schema["properties"]["body"]
    assert body["type"] == ["string", "null"]
    assert "JSON object" in body["description"]


#: An update-style tool the catalogue does not have yet: a nested object with its own optional and free-form parts.
NESTED_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {"type": "string", "pattern": "^cus_[A-Za-z0-9_]+$"},
        "address": {
            "type": "object",
            "properties": {
                "line1": {"type": "string", "maxLength": 200},
                "city": {"type": "string"},
                "extra": {"type": "object", "additionalProperties": {"type": "string"}},
            },
            "required": ["line1"],
            "additionalProperties": False,
        },
        "tags": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
        "mode": {"anyOf": [{"type": "string", "enum": ["a", "b"]}, {"type": "string", "enum": [""]}]},
    },
    "required": ["id"],
    "additionalProperties": False,
}


def nested_tool() -> Any:
    tool = TOOLS.get("get_customer")
    return tool.replace(input_schema=copy.deepcopy(NESTED_SCHEMA))


def test_nested_objects_and_lists_are_made_strict_and_turned_back() -> None:
    tool = nested_tool()
    strict = tool.strict_input_schema
    assert strict_violations(strict) == []
    address = strict["properties"]["address"]
    assert address["type"] == ["object", "null"]
    assert address["required"] == ["line1", "city", "extra"]
    assert address["properties"]["line1"]["type"] == "string"  # required inside the nested object
    assert strict["properties"]["tags"]["items"]["type"] == "string"  # free-form items travel as JSON text
    assert {"type": "null"} in strict["properties"]["mode"]["anyOf"]
    sent = {
        "id": "cus_1",
        "address": {"line1": "1 Main St", "city": None, "extra": [{"key": "floor", "value": "3"}]},
        "tags": ['{"a": 1}'],
        "mode": None,
    }
    jsonschema.validate(sent, strict)
    assert from_strict(tool.input_schema, sent) == {
        "id": "cus_1",
        "address": {"line1": "1 Main St", "extra": {"floor": "3"}},
        "tags": [{"a": 1}],
    }


def test_a_new_tool_with_an_unknown_format_is_still_made_strict() -> None:
    node = strict_node({"type": "string", "format": "unix-time", "minLength": 1}, optional=True)
    assert node == {"type": ["string", "null"]}


# --- turning strict-shaped arguments back -----------------------------------------------------------------------------


def test_nulls_of_optional_arguments_mean_not_given() -> None:
    tool = TOOLS.get("list_customers")
    assert from_strict(tool.input_schema, {"limit": None, "starting_after": None, "email": "a@b.c"}) == {
        "email": "a@b.c"
    }
    assert from_strict(tool.input_schema, None) is None  # not strict-shaped: passed on for validation to judge
    assert from_strict(tool.input_schema, ["x"]) == ["x"]
    # Unknown arguments are kept, so that validation names them.
    assert from_strict(tool.input_schema, {"emial": None}) == {"emial": None}


def test_pairs_are_turned_back_and_bad_pairs_name_the_argument() -> None:
    tool = TOOLS.get("create_customer")
    pairs = [{"key": "order", "value": "42"}, {"key": "step", "value": "3"}]
    assert from_strict(tool.input_schema, {"metadata": pairs}) == {"metadata": {"order": "42", "step": "3"}}
    assert from_strict(tool.input_schema, {"metadata": []}) == {"metadata": {}}
    for bad, reason in [
        ([{"key": "a", "value": "1"}, {"key": "a", "value": "2"}], "given twice"),
        ([{"key": 1, "value": "1"}], "string key"),
        ([{"key": "a"}], "{key, value}"),
        (["a=1"], "{key, value}"),
    ]:
        with pytest.raises(InvalidInputError, match=reason) as caught:
            from_strict(tool.input_schema, {"metadata": bad})
        assert caught.value.param == "metadata"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{not json", "not a valid JSON object"),
        ("[1, 2]", "got JSON list"),
        ('"text"', "got JSON str"),
        ('{"amount": NaN}', "NaN is not JSON"),
        ('{"a": Infinity}', "Infinity is not JSON"),
        ('{"a": ' * 10_000 + "1" + "}" * 10_000, "nests too deeply"),
    ],
)
def test_json_text_must_hold_a_json_object(text: str, reason: str) -> None:
    with pytest.raises(InvalidInputError, match=reason) as caught:
        from_strict(TOOLS.get("raw_request").input_schema, {"method": "POST", "path": "/v1/customers", "body": text})
    assert caught.value.param == "body"


def test_json_text_is_turned_back_and_empty_text_means_not_given() -> None:
    tool = TOOLS.get("raw_request")
    sent = {"method": "GET", "path": "/v1/customers", "body": "", "query": '{"limit": 3, "expand": ["data.x"]}'}
    assert from_strict(tool.input_schema, sent) == {
        "method": "GET",
        "path": "/v1/customers",
        "query": {"limit": 3, "expand": ["data.x"]},
    }


def to_strict_shape(tool_name: str, normal: dict[str, Any]) -> dict[str, Any]:
    """What a strict model sends for ``normal`` arguments: every key, stand-ins for free-form objects."""
    strict: dict[str, Any] = dict.fromkeys(TOOLS.get(tool_name).strict_input_schema["properties"])
    for name, value in normal.items():
        if name == "metadata":
            value = [{"key": key, "value": item} for key, item in value.items()]
        elif name in ("body", "query") and tool_name == "raw_request":
            value = json.dumps(value)
        strict[name] = value
    return strict


@st.composite
def normal_call(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """Any tool, with arguments valid under its own input schema (generated from it: new tools included)."""
    name = draw(st.sampled_from(TOOLS.names()))
    any_json = st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
        lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
        max_leaves=6,
    )
    return name, draw(tool_arguments(name, any_json))


_validators: dict[str, jsonschema.Draft202012Validator] = {}


def strict_validator(name: str) -> jsonschema.Draft202012Validator:
    if name not in _validators:
        _validators[name] = jsonschema.Draft202012Validator(TOOLS.get(name).strict_input_schema)
    return _validators[name]


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(normal_call())
def test_strict_shape_round_trips_to_the_normal_arguments(call: tuple[str, dict[str, Any]]) -> None:
    name, normal = call
    tool = TOOLS.get(name)
    strict = to_strict_shape(name, normal)
    strict_validator(name).validate(strict)
    assert set(strict) == set(tool.input_schema["properties"])
    assert from_strict(tool.input_schema, strict) == normal


# --- calls ------------------------------------------------------------------------------------------------------------


def test_strict_calls_reach_stripe_in_the_normal_shape(stripe: ScriptedStripe) -> None:
    with StripeConnector(API_KEY, base_url=stripe.base_url, retry_policy=NO_RETRY) as connector:
        page = connector.call("list_customers", strict_call_arguments("list_customers", limit=1), strict=True)
        balance = connector.call("raw_request", strict_call_arguments("raw_request"), strict=True)
        created = connector.call(
            "create_charge",
            strict_call_arguments("create_charge", metadata=[{"key": "order", "value": "42"}]),
            strict=True,
        )
    assert page["data"][0]["id"] == "cus_1"
    assert balance == {"object": "balance", "available": []}
    assert created["metadata"] == {"order": "42"}
    customers, raw, charge = stripe.requests
    assert customers.query_dict == {"limit": "1"}
    assert (raw.method, raw.path, raw.body) == ("GET", "/v1/balance", b"")
    assert charge.form_dict == {"amount": "1099", "currency": "usd", "metadata[order]": "42"}


async def test_async_strict_call_and_the_same_idempotency_key_as_the_normal_form(stripe: ScriptedStripe) -> None:
    async with AsyncStripeConnector(API_KEY, base_url=stripe.base_url, retry_policy=NO_RETRY) as connector:
        strict = strict_call_arguments("create_customer", email="a@example.com", metadata=[{"key": "k", "value": "v"}])
        await connector.call("create_customer", strict, strict=True, idempotency_scope="run-1:step-1")
        normal = {"email": "a@example.com", "metadata": {"k": "v"}}
        await connector.call("create_customer", normal, idempotency_scope="run-1:step-1")
    first, second = stripe.requests
    assert first.header("Idempotency-Key") == second.header("Idempotency-Key")
    assert first.header("Idempotency-Key") == scoped_idempotency_key("run-1:step-1", "create_customer", normal, None)
    assert first.body == second.body


def test_the_flag_is_explicit_a_normal_call_with_null_still_fails(stripe: ScriptedStripe) -> None:
    with StripeConnector(API_KEY, base_url=stripe.base_url, retry_policy=NO_RETRY) as connector:
        with pytest.raises(InvalidInputError) as caught:
            connector.call("list_customers", {"starting_after": None})
        assert caught.value.param == "starting_after"
        with pytest.raises(InvalidInputError) as metadata:
            connector.call("create_customer", {"metadata": [{"key": "a", "value": "b"}]})
        assert metadata.value.param == "metadata"
    assert stripe.requests == []


@pytest.mark.parametrize(
    ("tool", "used", "param"),
    [
        ("create_invoice", {"collection_method": "send_invoice"}, "days_until_due"),  # if/then, dropped from strict
        ("raw_request", {"body": '{"a": 1}'}, "body"),  # GET has no body
        ("create_customer", {"metadata": [{"key": "k" * 41, "value": "v"}]}, "metadata"),  # propertyNames maxLength
        ("create_customer", {"email": "a" * 600}, "email"),  # maxLength, dropped from strict
        ("get_customer", {"id": None}, "id"),  # null for a required argument is not "not given"
        ("list_customers", {"limit": 0}, "limit"),
    ],
)
def test_rules_strict_mode_cannot_say_are_still_enforced(
    stripe: ScriptedStripe, tool: str, used: dict[str, Any], param: str
) -> None:
    with (
        StripeConnector(API_KEY, base_url=stripe.base_url, retry_policy=NO_RETRY) as connector,
        pytest.raises(InvalidInputError) as caught,
    ):
        connector.call(tool, strict_call_arguments(tool, **used), strict=True)
    assert caught.value.param == param
    assert stripe.requests == []


# --- the CLI ----------------------------------------------------------------------------------------------------------


def test_cli_schema_strict() -> None:
    out = io.StringIO()
    assert main(["schema", "--strict"], stdout=out, stderr=io.StringIO()) == 0
    assert json.loads(out.getvalue()) == {tool.name: tool.strict_input_schema for tool in TOOLS}
    one = io.StringIO()
    assert main(["schema", "create_customer", "--strict"], stdout=one, stderr=io.StringIO()) == 0
    assert json.loads(one.getvalue()) == TOOLS.get("create_customer").strict_input_schema
    normal = io.StringIO()
    assert main(["schema", "create_customer"], stdout=normal, stderr=io.StringIO()) == 0
    assert json.loads(normal.getvalue()) == TOOLS.get("create_customer").input_schema


# --- hostile strict-shaped input --------------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@st.composite
def hostile_strict_call(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A strict-shaped call with any argument replaced by any JSON (a model gone wrong, or an attacker)."""
    name = draw(st.sampled_from(TOOLS.names()))
    arguments = strict_call_arguments(name)
    for key in draw(st.lists(st.sampled_from([*arguments, "extra"]), max_size=3)):
        arguments[key] = draw(
            JSON_VALUES
            | st.just("{")
            | st.just("[1]")
            | st.lists(st.fixed_dictionaries({"key": st.text(max_size=5), "value": JSON_VALUES}), max_size=3)
        )
    return name, arguments


@pytest.fixture(scope="module")
def dry_connector() -> Iterator[StripeConnector]:
    """Dry runs send nothing: the base URL is never reached."""
    with StripeConnector(API_KEY, base_url="http://127.0.0.1:9", retry_policy=NO_RETRY) as connector:
        yield connector


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(call=hostile_strict_call())
def test_any_strict_shaped_input_is_a_dry_run_or_an_invalid_input_error(
    dry_connector: StripeConnector, call: tuple[str, dict[str, Any]]
) -> None:
    """Never a TypeError or KeyError from the conversion: either a valid request or an error naming an argument."""
    name, arguments = call
    try:
        request = dry_connector.call(name, arguments, strict=True, dry_run=True)
    except InvalidInputError as exc:
        assert exc.param in {*TOOLS.get(name).input_schema["properties"], "extra", "arguments"}
    else:
        assert request["tool"] == name
