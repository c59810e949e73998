"""stripe-python judges the wire of every operation, with every argument filled, in order.

For every operation of every shipped spec (and of a v1+v2 ``latest`` one), arguments are built from the
operation's own schema with every optional property present: booleans at the top and inside objects, lists of
strings, integers and objects (two items, or none), nested objects, Stripe's empty string ("unset"), metadata with
keys that need escaping, ``expand``, dates, Unicode and the characters the form encoding escapes, GET queries such
as ``created[gte]``; and a hypothesis property draws arguments from each schema. The connector's request (method,
path, query and form body as ordered lists of pairs, a ``/v2`` JSON body with its key order, the headers that
matter) must be the one stripe-python's own requestor builds for the same call.

What this comparison found, and what each client does (the tests at the end pin each one down):

* A top-level ``currency`` written in upper case is sent in lower case by the connector, as given by
  stripe-python. Stripe documents currencies as lower-case ISO codes; the connector's caps (``max_amount``) are
  keyed by them. Kept.
* ``True``/``False`` inside a list: ``true``/``false`` from the connector (what Stripe's form booleans are), Python's
  ``True``/``False`` text from stripe-python (``tests/conformance/test_wire.py``). Kept.
* ``None`` inside a list: stripe-python sends the text ``None``; the connector used to leave the item out, which
  left a hole in the indices (``a[0]``, ``a[2]``). Now refused before anything is sent, naming the place.
* Values that are not JSON (a ``datetime``, a ``Decimal``): stripe-python sends a Unix time and the decimal's
  text; the connector refuses them by name (its arguments are JSON, as an agent's are).
"""

from __future__ import annotations

import datetime
import decimal
import functools
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
import pytest
from hypothesis import given, reject
from hypothesis import strategies as st
from stripe_connector import OPERATIONS, InvalidInputError, RetryPolicy
from stripe_connector._core.base import ConnectorCore
from stripe_connector.operations._as_tool import build_tool
from stripe_connector.operations._index import Operation, OperationIndex, load_index

from tests.support.conformance_support import CONFORMANCE_SETTINGS, JSON_SCALARS, from_schema, json_values
from tests.support.operation_corpus import (
    FAKE_KEY,
    RICH_VARIANTS,
    build_indexes,
    ordered_wire,
    rich_example,
    stripe_python,
    stripe_python_sends,
)

JSON = "application/json"
SPECS = ["2022-04-12", "2023-09-12", "2024-05-17", "latest"]
ACCOUNT = "acct_1Nv0FGQ9RKHgCVdK"


@pytest.fixture(scope="session")
def spec_indexes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[OperationIndex, int]]:
    return build_indexes(tmp_path_factory.mktemp("wire-indexes"))


def sendable(index: OperationIndex) -> Iterator[Operation]:
    """Form and JSON operations (an upload's multipart body is judged part by part in test_uploads.py)."""
    return (op for op in index.operations if op.body_encoding != "multipart")


def core_for(index: OperationIndex) -> ConnectorCore:
    return ConnectorCore(
        FAKE_KEY,
        base_url="http://127.0.0.1:9",
        retry_policy=RetryPolicy(max_retries=0),
        stripe_version=index.stripe_api_version,
    )


def connector_sends(core: ConnectorCore, tool_name: str, operation: Operation, arguments: dict[str, Any]) -> Any:
    request = core.prepare(build_tool(operation, tool_name), arguments, stripe_account=ACCOUNT)
    ours = core.request_preview(request)
    return ordered_wire(ours["method"], ours["url"], ours["headers"], ours["body"])


def compare(
    core: ConnectorCore, sdk_pair: Any, tool_name: str, operation: Operation, arguments: dict[str, Any]
) -> tuple[Any, Any]:
    """The connector's request and stripe-python's, for the same call (both as a connected account)."""
    ours = connector_sends(core, tool_name, operation, arguments)
    sdk, recorder = sdk_pair
    theirs = ordered_wire(*stripe_python_sends(sdk, recorder, operation, arguments, stripe_account=ACCOUNT))
    return ours, theirs


#: What a rich example must have put on the wire somewhere in a spec, so the comparison covers it.
COVERAGE: dict[str, Callable[[str, str], bool]] = {
    "a second list item": lambda key, value: "[1]" in key,
    "an object inside a list": lambda key, value: "][" in key and "[0]" in key,
    "an empty string (unset)": lambda key, value: value == "",
    "a non-ASCII value": lambda key, value: not value.isascii(),
    "a key that needs escaping": lambda key, value: "&=" in key,
    "true": lambda key, value: value == "true",
    "false": lambda key, value: value == "false",
    "expand": lambda key, value: key.startswith("expand["),
    "a date range": lambda key, value: key in ("created[gte]", "created[lt]"),
}


@pytest.mark.parametrize("version", SPECS)
def test_every_operation_with_every_argument_is_sent_as_stripe_python_sends_it(
    spec_indexes: dict[str, tuple[OperationIndex, int]], version: str
) -> None:
    index, _ = spec_indexes[version]
    core, sdk_pair = core_for(index), stripe_python(index.stripe_api_version)
    mismatches: list[str] = []
    seen: set[str] = set()
    checked = 0
    for operation in sendable(index):
        tool_name = f"wire-{version}:{operation.id}"
        for variant in range(RICH_VARIANTS):
            arguments = rich_example(operation, variant)
            ours, theirs = compare(core, sdk_pair, tool_name, operation, arguments)
            if ours != theirs:
                mismatches.append(f"{operation.id} ({variant}): ours {ours} != stripe-python {theirs}")
            form_body = ours["body"] if isinstance(ours["body"], list) and ours["content_type"] != JSON else []
            for key, value in [*ours["query"], *form_body]:
                seen.update(name for name, holds in COVERAGE.items() if holds(key, value))
            checked += 1
    assert mismatches[:5] == []
    assert checked == RICH_VARIANTS * sum(1 for _ in sendable(index))
    assert seen == set(COVERAGE)


# --- a property: arguments drawn from each operation's schema ---------------------------------------------------

#: Free-form values (``{"type": "object"}`` members): any JSON but for what the two clients knowingly send
#: differently inside a list (booleans, null: pinned below and in test_wire.py).
FREE_FORM = json_values(JSON_SCALARS, list_items=lambda value: value is not None and not isinstance(value, bool))


#: Date-times for ``format: date-time`` strings (the generator does not read formats; the connector checks this one).
DATE_TIMES = ["2026-01-01T00:00:00Z", "2026-05-27T12:34:56.789+02:00"]


def with_dates(schema: Any) -> Any:
    """``schema`` with each ``date-time`` string drawn from :data:`DATE_TIMES`."""
    if isinstance(schema, dict):
        found = {key: with_dates(value) for key, value in schema.items()}
        return {**found, "enum": DATE_TIMES} if schema.get("format") == "date-time" else found
    if isinstance(schema, list):
        return [with_dates(member) for member in schema]
    return schema


@functools.cache
def arguments_for(operation: Operation) -> st.SearchStrategy[dict[str, Any]]:
    schema = operation.input_schema
    judge = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    return from_schema(with_dates(schema), any_json=FREE_FORM).filter(judge.is_valid)


def meaning(arguments: dict[str, Any]) -> dict[str, Any]:
    """What the connector means by ``arguments``: a top-level currency in lower case (pinned below)."""
    currency = arguments.get("currency")
    return {**arguments, "currency": currency.lower()} if isinstance(currency, str) else arguments


@CONFORMANCE_SETTINGS
@given(data=st.data())
def test_arguments_drawn_from_any_operations_schema_are_sent_as_stripe_python_sends_them(
    spec_indexes: dict[str, tuple[OperationIndex, int]], data: st.DataObject
) -> None:
    """The committed index's operations and the ``/v2`` ones of a v1+v2 spec."""
    latest, _ = spec_indexes["latest"]
    index = data.draw(st.sampled_from([load_index(), latest]))
    if index is latest:
        choices = [op for op in sendable(latest) if op.path.startswith("/v2/")]
    else:
        choices = list(sendable(index))
    operation = data.draw(st.sampled_from(choices), label="operation")
    arguments = data.draw(arguments_for(operation), label="arguments")
    core = core_for(index)
    try:
        ours = connector_sends(core, f"drawn:{operation.id}", operation, arguments)
    except InvalidInputError as exc:
        # Valid for Stripe's schema but not sendable: a URL longer than any HTTP client sends, an integer beyond
        # what Stripe reads (each refused by name; test_every_tool.py judges these).
        assert "URL longer than" in exc.message or "too large" in exc.message, exc.message
        reject()
    sdk, recorder = stripe_python(core.stripe_version)
    theirs = ordered_wire(*stripe_python_sends(sdk, recorder, operation, meaning(arguments), stripe_account=ACCOUNT))
    assert ours == theirs


# --- where the two clients knowingly differ ---------------------------------------------------------------------


def committed(operation_id: str) -> Operation:
    return OPERATIONS[operation_id]


def test_an_upper_case_currency_is_sent_in_lower_case_where_stripe_python_sends_it_as_given() -> None:
    operation = committed("PostPrices")
    arguments = {"currency": "EUR", "unit_amount": 5, "product": "prod_1"}
    core = core_for(load_index())
    ours, theirs = compare(core, stripe_python(core.stripe_version), "case:PostPrices", operation, arguments)
    assert (dict(ours["body"])["currency"], dict(theirs["body"])["currency"]) == ("eur", "EUR")
    assert [pair for pair in ours["body"] if pair[0] != "currency"] == [
        pair for pair in theirs["body"] if pair[0] != "currency"
    ]


@pytest.mark.parametrize(
    ("operation_id", "arguments", "converted"),
    [
        (
            "GetCustomers",
            {"created": {"gte": datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)}},
            ("created[gte]", "1767225600"),
        ),
        (
            "PostPrices",
            {"currency": "usd", "product": "prod_1", "unit_amount_decimal": decimal.Decimal("1.5")},
            ("unit_amount_decimal", "1.5"),
        ),
    ],
)
def test_a_value_that_is_not_json_is_refused_by_name_where_stripe_python_converts_it(
    operation_id: str, arguments: dict[str, Any], converted: tuple[str, str]
) -> None:
    operation = committed(operation_id)
    core = core_for(load_index())
    with pytest.raises(InvalidInputError) as refused:
        core.prepare(build_tool(operation, f"json:{operation_id}"), arguments)
    assert refused.value.param == next(iter(arguments.keys() - {"currency", "product"}))
    assert "not a JSON value" in refused.value.message
    sdk, recorder = stripe_python(core.stripe_version)
    sent = ordered_wire(*stripe_python_sends(sdk, recorder, operation, arguments))
    assert converted in [*sent["query"], *(sent["body"] or [])]
