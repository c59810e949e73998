"""Open enums are sent, closed ones refused; and a refused argument is named where it went wrong.

Stripe marks enums the server takes other values for (``x-stripeBypassValidation: true``); the index keeps the
mark, the walker sends such a value (noting it at DEBUG), and every other enum stays closed. A mistake deep in an
argument is reported at its full path (``mandate_data.customer_acceptance.accepted_at``) with what was expected and,
for an enum, the values allowed (at most a dozen): through an ``anyOf``, the branch that got deepest says it. The
same error reaches the library (``InvalidInputError.path``/``.allowed``), the CLI and MCP (their error JSON).

Operations are picked from the committed index by shape, so the tests hold for any spec it was generated from.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stripe_connector import OPERATIONS, AsyncStripeConnector, InvalidInputError, StripeConnector
from stripe_connector._request.schema_walk import MAX_LISTED, OPEN_ENUM, SchemaViolation, check
from stripe_connector._request.validation import validate_arguments
from stripe_connector.operations._as_tool import build_tool
from stripe_connector.tools.catalogue import Tool

from tests.support.keys import API_KEY

DOUBLE = "http://127.0.0.1:9"


def enums(schema: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every string enum reachable through properties only (no anyOf or items on the way), with its path."""
    if not isinstance(schema, dict):
        return
    if isinstance(schema.get("enum"), list) and schema.get("type") == "string" and path:
        yield path, schema
    for name, member in (schema.get("properties") or {}).items():
        yield from enums(member, (*path, name))


def nested(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    for name in reversed(path[1:]):
        value = {name: value}
    return {path[0]: value}


def first_enum(is_open: bool, *, depth: int = 1) -> tuple[Any, tuple[str, ...], dict[str, Any]]:
    for operation in OPERATIONS:
        if operation.method != "POST" or operation.input_schema.get("required"):
            continue
        for path, schema in enums(operation.input_schema):
            if len(path) >= depth and (schema.get(OPEN_ENUM) is True) == is_open:
                return operation, path, schema
    pytest.skip(f"no {'open' if is_open else 'closed'} enum {depth} deep in this spec")


def connector(seen: list[httpx.Request]) -> StripeConnector:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "x_1"})

    return StripeConnector(API_KEY, base_url=DOUBLE, transport=httpx.MockTransport(answer), rate_limiter=False)


# --- open and closed enums -----------------------------------------------------------------------------------------


def test_the_index_records_which_enums_are_open() -> None:
    opened = closed = 0
    for operation in OPERATIONS:
        for _, schema in enums(operation.input_schema):
            mark = schema.get(OPEN_ENUM)
            assert mark in (None, True)
            opened += mark is True
            closed += mark is None
    assert opened and closed  # Stripe's specs have both


def test_a_value_outside_an_open_enum_is_sent_and_noted(caplog: pytest.LogCaptureFixture) -> None:
    operation, path, schema = first_enum(True)
    seen: list[httpx.Request] = []
    with caplog.at_level(logging.DEBUG, logger="stripe_connector"), connector(seen) as stripe:
        stripe.call_operation(operation.id, nested(path, "jp_bank_account"))
    assert "jp_bank_account" not in schema["enum"]
    (request,) = seen
    assert b"jp_bank_account" in request.content
    assert any("jp_bank_account" in record.getMessage() and "open" in record.getMessage() for record in caplog.records)
    with pytest.raises(InvalidInputError):  # open to other strings, not to other types
        connector([]).call_operation(operation.id, nested(path, 5))


def test_a_value_outside_a_closed_enum_is_refused_with_the_values_allowed() -> None:
    operation, path, schema = first_enum(False, depth=2)
    seen: list[httpx.Request] = []
    with pytest.raises(InvalidInputError) as caught:
        connector(seen).call_operation(operation.id, nested(path, "jp_bank_account"))
    error = caught.value
    assert seen == []
    assert (error.param, error.path) == (path[0], ".".join(path))
    assert error.allowed == schema["enum"][:MAX_LISTED]
    assert error.message.startswith(".".join(path) + " must be one of [")


def test_a_long_enum_is_listed_capped() -> None:
    schema = {"type": "string", "enum": [f"v{n}" for n in range(40)]}
    with pytest.raises(SchemaViolation) as caught:
        check(schema, "nope")
    assert "and 28 more" in str(caught.value) and "v11" in str(caught.value) and "v12" not in str(caught.value)


@settings(max_examples=25, deadline=None, database=None)
@given(value=st.text(min_size=1, max_size=20))
def test_an_open_enum_takes_any_string_and_a_closed_one_only_its_own(value: str) -> None:
    listed = ["alpha", "beta"]
    check({"type": "string", "enum": listed, OPEN_ENUM: True}, value)
    if value in listed:
        check({"type": "string", "enum": listed}, value)
    else:
        with pytest.raises(SchemaViolation):
            check({"type": "string", "enum": listed}, value)


# --- the deepest path ------------------------------------------------------------------------------------------------


NESTED = {
    "type": "object",
    "properties": {
        "mandate_data": {
            "anyOf": [
                {
                    "type": "object",
                    "properties": {
                        "customer_acceptance": {
                            "type": "object",
                            "properties": {
                                "accepted_at": {"type": "integer"},
                                "type": {"type": "string", "enum": ["offline", "online"]},
                                "online": {
                                    "type": "object",
                                    "properties": {"ip_address": {"type": "string", "pattern": "^[0-9.:a-f]+$"}},
                                },
                            },
                            "required": ["type"],
                        }
                    },
                    "required": ["customer_acceptance"],
                },
                {"type": "string", "enum": [""]},
            ]
        }
    },
    "additionalProperties": False,
}


def nested_tool() -> Tool:
    """A tool outside the catalogue (compiled by fastjsonschema: ``pattern`` is not the walker's), and the same
    schema as an operation's (walked): both must point at the same place."""
    return Tool(
        name="test_nested_mandate",
        description="",
        input_schema=NESTED,
        kind="create",
        pagination=None,
        operation=None,
        renames={},
        money={},
        hints={},
    )


@pytest.mark.parametrize(
    ("value", "path", "words"),
    [
        ({"customer_acceptance": {"type": "offline", "accepted_at": "yesterday"}}, "customer_acceptance.accepted_at",
         "must be integer"),
        ({"customer_acceptance": {"type": "sometimes"}}, "customer_acceptance.type",
         "must be one of ['offline', 'online']"),
        ({"customer_acceptance": {}}, "customer_acceptance", "must contain ['type']"),
        (7, None, "must be object, or one of ['']"),
    ],
)  # fmt: skip
def test_a_nested_mistake_is_named_at_its_full_path_for_tools_and_operations(
    value: Any, path: str | None, words: str
) -> None:
    full = "mandate_data" + (f".{path}" if path else "")
    for tool in (nested_tool(), build_tool(type("Op", (), fake_operation())(), "test_nested_operation")):
        with pytest.raises(InvalidInputError) as caught:
            validate_arguments(tool, {"mandate_data": value})
        error = caught.value
        assert (error.param, error.path) == ("mandate_data", full), tool.name
        assert words in error.message and "any definition" not in error.message, (tool.name, error.message)


def fake_operation() -> dict[str, Any]:
    """What ``build_tool`` reads of an operation, for the NESTED schema."""
    return {
        "id": "test_nested_operation",
        "summary": "",
        "input_schema": NESTED,
        "kind": "create",
        "pagination": None,
        "method": "POST",
        "path": "/v1/test_nested",
        "path_params": frozenset(),
        "query_params": frozenset(),
        "body_encoding": "form",
    }


def test_the_issues_example_names_its_full_path_in_the_library_cli_and_mcp(monkeypatch: pytest.MonkeyPatch) -> None:
    """``mandate_data.customer_acceptance.accepted_at`` on a payment intent, if the spec has it."""
    operation = OPERATIONS.get("PostPaymentIntents") if hasattr(OPERATIONS, "get") else None
    if operation is None or "mandate_data" not in operation.input_schema["properties"]:
        pytest.skip("this spec's PostPaymentIntents has no mandate_data")
    arguments = {
        "amount": 100,
        "currency": "usd",
        "mandate_data": {"customer_acceptance": {"type": "offline", "accepted_at": "yesterday"}},
    }
    full = "mandate_data.customer_acceptance.accepted_at"
    with pytest.raises(InvalidInputError) as caught:
        connector([]).call_operation("PostPaymentIntents", arguments)
    assert caught.value.path == full and full in caught.value.message

    from stripe_connector.cli.main import main

    monkeypatch.setenv("STRIPE_API_KEY", API_KEY)
    monkeypatch.setenv("STRIPE_BASE_URL", DOUBLE)
    out, err = io.StringIO(), io.StringIO()
    assert main(["ops", "call", "PostPaymentIntents", json.dumps(arguments)], stdout=out, stderr=err) != 0
    error = json.loads(err.getvalue())["error"]
    assert (error["param"], error["path"]) == ("mandate_data", full) and "must be integer" in error["message"]

    from stripe_connector.mcp.operations import OperationTools

    async def run() -> Any:
        tools = OperationTools(["PostPaymentIntents"], read_only=False)
        async with AsyncStripeConnector(API_KEY, base_url=DOUBLE, rate_limiter=False) as stripe:
            call = {"operation": "PostPaymentIntents", "arguments": arguments}
            with pytest.raises(InvalidInputError) as caught:
                await tools.call(stripe, "call_operation", call)
            return caught.value

    from stripe_connector._host_parts.error_report import error_payload

    payload = error_payload(asyncio.run(run()))["error"]
    assert payload["path"] == full and full in payload["message"]


def test_a_curated_tools_enum_error_lists_the_values_in_the_error_json() -> None:
    from stripe_connector import TOOLS
    from stripe_connector._host_parts.error_report import error_payload

    for tool in TOOLS:
        for path, schema in enums(tool.input_schema):
            if len(path) == 1 and tool.name != "raw_request":
                arguments = {path[0]: "no-such-value"}
                with pytest.raises(InvalidInputError) as caught:
                    StripeConnector(API_KEY, base_url=DOUBLE).call(tool.name, arguments, dry_run=True)
                error = error_payload(caught.value)["error"]
                if caught.value.param == path[0] and "one of" in error["message"]:
                    assert error["allowed"] == schema["enum"][:MAX_LISTED] and error["path"] == path[0]
                    return
    pytest.skip("no curated tool with a top-level enum in this spec")
