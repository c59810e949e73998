"""Every input rule: a bad argument is an ``InvalidInputError`` naming it, raised before anything is sent.

Each case goes through ``call`` to a live local server, and the server must have seen no request at all: the
rules are only worth having if a rejected call costs Stripe nothing (and never creates half an object).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from stripe_connector import InvalidInputError, StripeConnector, StripeConnectorError
from stripe_connector.testing.doubles import Reply, ScriptedStripe, running_scripted

OK = Reply(200, json={"id": "obj_1", "object": "thing"})


@pytest.fixture(scope="module")
def module_server() -> Iterator[ScriptedStripe]:
    yield from running_scripted()


@pytest.fixture
def server(module_server: ScriptedStripe) -> ScriptedStripe:
    module_server.reset(default=OK)
    return module_server


def rejected(stripe: StripeConnector, server: ScriptedStripe, tool: str, arguments: Any) -> InvalidInputError:
    """The error ``call`` raises, after checking nothing reached the server."""
    with pytest.raises(InvalidInputError) as caught:
        stripe.call(tool, arguments)
    assert server.count == 0, f"{tool} {arguments!r} was sent although it was rejected"
    return caught.value


def accepted(stripe: StripeConnector, server: ScriptedStripe, tool: str, arguments: Any) -> None:
    stripe.call(tool, arguments)
    assert server.count == 1


# --- money ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("tool", ["create_charge", "create_payment_intent"])
@pytest.mark.parametrize(
    "amount",
    [
        pytest.param(10.99, id="float"),
        pytest.param(1099.0, id="integral-float"),
        pytest.param("1099", id="str"),
        pytest.param(True, id="bool-true"),
        pytest.param(False, id="bool-false"),
        pytest.param(-1, id="negative"),
        pytest.param(None, id="null"),
        pytest.param([1099], id="list"),
    ],
)
def test_amount_must_be_a_non_negative_integer(
    stripe: StripeConnector, server: ScriptedStripe, tool: str, amount: Any
) -> None:
    error = rejected(stripe, server, tool, {"amount": amount, "currency": "usd"})
    assert error.param == "amount"


@pytest.mark.parametrize("amount", [0, 1, 1099, 99_999_999])
def test_integer_amounts_are_accepted(stripe: StripeConnector, server: ScriptedStripe, amount: int) -> None:
    accepted(stripe, server, "create_charge", {"amount": amount, "currency": "usd", "source": "tok_visa"})
    assert server.last.form_dict["amount"] == str(amount)


def test_amount_is_required(stripe: StripeConnector, server: ScriptedStripe) -> None:
    assert rejected(stripe, server, "create_charge", {"currency": "usd"}).param == "amount"
    assert rejected(stripe, server, "create_payment_intent", {"amount": 5}).param == "currency"


@pytest.mark.parametrize("currency", ["us", "usdd", "u$d", "", "us d", "usd\n", "ÜSD", 840, None])
def test_currency_must_be_three_letters(stripe: StripeConnector, server: ScriptedStripe, currency: Any) -> None:
    error = rejected(stripe, server, "create_charge", {"amount": 100, "currency": currency})
    assert error.param == "currency"


@pytest.mark.parametrize("currency", ["USD", "usd", "Usd"])
def test_currency_is_accepted_in_any_case_and_sent_lower(
    stripe: StripeConnector, server: ScriptedStripe, currency: str
) -> None:
    accepted(stripe, server, "create_payment_intent", {"amount": 100, "currency": currency})
    assert server.last.form_dict["currency"] == "usd"


# --- limit ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "limit",
    [0, 101, -1, "10", True, None, 5.5, pytest.param(10.0, id="integral-float")],
)
@pytest.mark.parametrize("tool", ["list_customers", "list_charges", "list_invoices", "list_subscriptions"])
def test_limit_is_an_integer_from_1_to_100(
    stripe: StripeConnector, server: ScriptedStripe, tool: str, limit: Any
) -> None:
    assert rejected(stripe, server, tool, {"limit": limit}).param == "limit"


@pytest.mark.parametrize("limit", [1, 100])
def test_limit_bounds_are_inclusive(stripe: StripeConnector, server: ScriptedStripe, limit: int) -> None:
    accepted(stripe, server, "list_products", {"limit": limit})
    assert server.last.query_dict["limit"] == str(limit)


# --- IDs ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "customer_id",
    [
        "",
        "cus_",
        "cus_../x",
        "cus_a/b",
        "cus_1\n",
        "cus_1 ",
        "cus_1?x=1",
        "cus_1#x",
        "cus_%2e%2e",
        "ch_123",
        "CUS_1",
        42,
    ],
)
def test_get_customer_id_is_a_path_safe_customer_id(
    stripe: StripeConnector, server: ScriptedStripe, customer_id: Any
) -> None:
    assert rejected(stripe, server, "get_customer", {"id": customer_id}).param == "id"


def test_get_customer_id_is_required(stripe: StripeConnector, server: ScriptedStripe) -> None:
    error = rejected(stripe, server, "get_customer", {})
    assert error.param == "id"
    assert "required" in str(error)


@pytest.mark.parametrize(
    ("tool", "param", "value"),
    [
        ("list_charges", "customer", "cus_../x"),
        ("list_charges", "customer", ""),
        ("list_invoices", "customer", "cus_1/../../v1/balance"),
        ("list_customers", "starting_after", "cus_1&limit=100"),
        ("list_products", "starting_after", ""),
        ("create_charge", "customer", "cus_1\r\nX: y"),
        ("create_charge", "source", "tok visa"),
        ("list_subscriptions", "customer", "cus_a/b"),
    ],
)
def test_ids_elsewhere_are_checked_too(
    stripe: StripeConnector, server: ScriptedStripe, tool: str, param: str, value: str
) -> None:
    arguments: dict[str, Any] = {param: value}
    if tool == "create_charge":
        arguments.update(amount=100, currency="usd")
    assert rejected(stripe, server, tool, arguments).param == param


# --- metadata -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "metadata",
    [
        pytest.param({"a": {"b": "c"}}, id="nested"),
        pytest.param({"a": ["b"]}, id="list-value"),
        pytest.param({"a": 1}, id="int-value"),
        pytest.param({"a": True}, id="bool-value"),
        pytest.param({"a": None}, id="null-value"),
        pytest.param({f"k{i}": "v" for i in range(51)}, id="51-keys"),
        pytest.param({"k" * 41: "v"}, id="41-char-key"),
        pytest.param({"k": "v" * 501}, id="501-char-value"),
        pytest.param({"": "v"}, id="empty-key"),
        pytest.param("plan=gold", id="not-an-object"),
        pytest.param([["plan", "gold"]], id="pairs"),
    ],
)
@pytest.mark.parametrize("tool", ["create_customer", "create_charge", "create_payment_intent", "create_invoice"])
def test_metadata_is_flat_strings_within_stripes_limits(
    stripe: StripeConnector, server: ScriptedStripe, tool: str, metadata: Any
) -> None:
    arguments: dict[str, Any] = {"metadata": metadata}
    if tool in ("create_charge", "create_payment_intent"):
        arguments.update(amount=100, currency="usd")
    if tool == "create_invoice":
        arguments.update(customer="cus_1", collection_method="charge_automatically")
    assert rejected(stripe, server, tool, arguments).param == "metadata"


def test_metadata_at_the_limits_is_accepted(stripe: StripeConnector, server: ScriptedStripe) -> None:
    metadata = {f"{i:040d}": "v" * 500 for i in range(50)}
    accepted(stripe, server, "create_customer", {"metadata": metadata})
    assert len(server.last.form) == 50
    assert server.last.form[0] == (f"metadata[{0:040d}]", "v" * 500)


def test_metadata_error_message_names_the_key(stripe: StripeConnector, server: ScriptedStripe) -> None:
    """The message should say which metadata key is wrong (``metadata.plan``), not mangle it."""
    error = rejected(stripe, server, "create_customer", {"metadata": {"plan": 3}})
    assert "metadata.plan" in error.message or "metadata[plan]" in error.message


# --- enums ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tool", "arguments", "param"),
    [
        ("list_invoices", {"status": "pigeon"}, "status"),
        ("list_invoices", {"status": "DRAFT"}, "status"),
        ("list_subscriptions", {"status": "pigeon"}, "status"),
        ("create_invoice", {"customer": "cus_1", "collection_method": "pigeon"}, "collection_method"),
        ("list_products", {"active": "true"}, "active"),
        (
            "create_invoice",
            {"customer": "cus_1", "auto_advance": "yes", "collection_method": "charge_automatically"},
            "auto_advance",
        ),
        (
            "create_payment_intent",
            {"amount": 1, "currency": "usd", "payment_method_types": "card"},
            "payment_method_types",
        ),
        ("create_payment_intent", {"amount": 1, "currency": "usd", "payment_method_types": []}, "payment_method_types"),
    ],
)
def test_enums_and_types(
    stripe: StripeConnector, server: ScriptedStripe, tool: str, arguments: dict[str, Any], param: str
) -> None:
    assert rejected(stripe, server, tool, arguments).param == param


def test_status_error_lists_the_allowed_values(stripe: StripeConnector, server: ScriptedStripe) -> None:
    error = rejected(stripe, server, "list_invoices", {"status": "pigeon"})
    for value in ("draft", "open", "paid", "uncollectible", "void"):
        assert value in error.message


# --- unknown arguments, cross-field rules, shapes ---------------------------------------------------------------------


def test_unknown_argument_is_named_and_a_close_match_suggested(stripe: StripeConnector, server: ScriptedStripe) -> None:
    error = rejected(stripe, server, "create_charge", {"amuont": 1099, "currency": "usd"})
    assert error.param == "amuont"
    assert "'amount'" in error.message


@pytest.mark.parametrize(
    ("tool", "arguments", "param"),
    [
        ("list_customers", {"emial": "a@b.c"}, "emial"),
        ("get_customer", {"id": "cus_1", "expand": ["x"]}, "expand"),
        ("raw_request", {"method": "GET", "path": "/v1/balance", "headers": {"X": "y"}}, "headers"),
        ("create_customer", {"api_key": "sk_test_other"}, "api_key"),
    ],
)
def test_unknown_arguments_are_refused(
    stripe: StripeConnector, server: ScriptedStripe, tool: str, arguments: dict[str, Any], param: str
) -> None:
    assert rejected(stripe, server, tool, arguments).param == param


def test_send_invoice_needs_days_until_due(stripe: StripeConnector, server: ScriptedStripe) -> None:
    error = rejected(stripe, server, "create_invoice", {"customer": "cus_1", "collection_method": "send_invoice"})
    assert error.param == "days_until_due"


def test_days_until_due_needs_send_invoice(stripe: StripeConnector, server: ScriptedStripe) -> None:
    error = rejected(stripe, server, "create_invoice", {"customer": "cus_1", "days_until_due": 30})
    assert error.param == "collection_method"


def test_send_invoice_with_days_until_due_is_accepted(stripe: StripeConnector, server: ScriptedStripe) -> None:
    arguments = {"customer": "cus_1", "collection_method": "send_invoice", "days_until_due": 30}
    accepted(stripe, server, "create_invoice", arguments)


def test_create_invoice_with_only_a_customer_is_accepted(stripe: StripeConnector, server: ScriptedStripe) -> None:
    accepted(stripe, server, "create_invoice", {"customer": "cus_1"})


def test_create_invoice_needs_a_customer(stripe: StripeConnector, server: ScriptedStripe) -> None:
    assert rejected(stripe, server, "create_invoice", {"collection_method": "charge_automatically"}).param == "customer"


@pytest.mark.parametrize("method", ["PATCH", "PUT", "HEAD", "OPTIONS", "TRACE", "CONNECT", "", "G ET", 1])
def test_raw_request_methods_are_get_post_delete(stripe: StripeConnector, server: ScriptedStripe, method: Any) -> None:
    assert rejected(stripe, server, "raw_request", {"method": method, "path": "/v1/balance"}).param == "method"


def test_raw_request_needs_method_and_path(stripe: StripeConnector, server: ScriptedStripe) -> None:
    assert rejected(stripe, server, "raw_request", {"path": "/v1/balance"}).param == "method"
    assert rejected(stripe, server, "raw_request", {"method": "GET"}).param == "path"


@pytest.mark.parametrize(
    "arguments", [["limit", 2], "limit=2", 2, ("limit", 2), b"{}"], ids=["list", "str", "int", "tuple", "bytes"]
)
def test_arguments_must_be_an_object(stripe: StripeConnector, server: ScriptedStripe, arguments: Any) -> None:
    assert rejected(stripe, server, "list_customers", arguments).param == "arguments"


def test_unknown_tool(stripe: StripeConnector, server: ScriptedStripe) -> None:
    error = rejected(stripe, server, "delete_everything", {})
    assert error.param == "tool"
    assert "list_customers" in error.message  # it lists the real ones


def test_the_callers_arguments_are_not_modified(stripe: StripeConnector, server: ScriptedStripe) -> None:
    arguments = {"amount": 100, "currency": "USD"}
    accepted(stripe, server, "create_payment_intent", arguments)
    assert arguments == {"amount": 100, "currency": "USD"}  # no defaults added, no lower-casing in place


def test_the_error_is_a_connector_error_and_a_value_error(stripe: StripeConnector, server: ScriptedStripe) -> None:
    error = rejected(stripe, server, "create_charge", {"amount": -5, "currency": "usd"})
    assert isinstance(error, StripeConnectorError)
    assert isinstance(error, ValueError)
    assert error.param == "amount"
    assert str(error).startswith("amount")
    with pytest.raises(ValueError):
        stripe.call("create_charge", {"amount": -5, "currency": "usd"})


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("stripe_account", "acct_../x"),
        ("stripe_account", "cus_123"),
        ("idempotency_key", "has space"),
        ("idempotency_key", ""),
        ("idempotency_key", "k" * 256),
        ("idempotency_key", "line\nbreak"),
    ],
)
def test_call_options_are_checked(stripe: StripeConnector, server: ScriptedStripe, option: str, value: str) -> None:
    options: dict[str, Any] = {option: value}
    with pytest.raises(InvalidInputError) as caught:
        stripe.call("create_customer", {"name": "A"}, **options)
    assert caught.value.param == option
    assert server.count == 0
