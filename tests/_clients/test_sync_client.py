"""The typed methods: one per tool, same wire as ``call``, returning the generated models of the pinned API version.

The answers are the reference's example responses, served by a local server. Some are from later Stripe API
versions than the pinned spec (fields the 2023-08-16 models describe are missing): the models must still load them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from stripe_connector import InvalidInputError, StripeConnector
from stripe_connector.errors import NotFoundError, StripeConnectorError, StripeResponseError
from stripe_connector.testing.doubles import Reply, ScriptedStripe
from stripe_connector_generated import models

from tests.support.reference_examples import REFERENCE_DOC, Example, reference_examples

needs_reference = pytest.mark.skipif(not REFERENCE_DOC.exists(), reason=f"the reference is not at {REFERENCE_DOC}")


#: tool -> (how to call the typed method with the example's request, the model it returns, a check on it)
TYPED: dict[str, tuple[Callable[[StripeConnector, dict[str, Any]], Any], type, Callable[[Any], bool]]] = {
    "list_customers": (
        lambda s, r: s.list_customers(**r),
        models.GetCustomersResponse200,
        lambda m: isinstance(m.data[0], models.Customer) and m.data[0].id == "cus_NffrFeUfNV2Hib" and not m.has_more,
    ),
    "get_customer": (
        lambda s, r: s.get_customer(r["id"]),
        models.Customer,
        lambda m: m.id == "cus_NffrFeUfNV2Hib" and m.email == "jennyrosen@example.com",
    ),
    "create_customer": (lambda s, r: s.create_customer(**r), models.Customer, lambda m: m.name == "Jenny Rosen"),
    "list_charges": (
        lambda s, r: s.list_charges(**r),
        models.GetChargesResponse200,
        lambda m: isinstance(m.data[0], models.Charge) and m.data[0].amount == 1099,
    ),
    "create_charge": (
        lambda s, r: s.create_charge(**r),
        models.Charge,
        lambda m: m.amount == 1099 and m.currency == "usd" and m.id == "ch_3MmlLrLkdIwHu7ix0snN0B15",
    ),
    "list_payment_intents": (
        lambda s, r: s.list_payment_intents(**r),
        models.GetPaymentIntentsResponse200,
        lambda m: isinstance(m.data[0], models.PaymentIntent) and m.data[0].amount == 2000,
    ),
    "create_payment_intent": (
        lambda s, r: s.create_payment_intent(**r),
        models.PaymentIntent,
        lambda m: m.amount == 2000 and m.payment_method_types == ["card", "link"],
    ),
    "list_invoices": (
        lambda s, r: s.list_invoices(**r),
        models.GetInvoicesResponse200,
        lambda m: isinstance(m.data[0], models.Invoice),
    ),
    "create_invoice": (
        lambda s, r: s.create_invoice(**r),
        models.Invoice,
        lambda m: m.customer == "cus_NeZwdNtLEOXuvB",
    ),
    "list_products": (
        lambda s, r: s.list_products(**r),
        models.GetProductsResponse200,
        lambda m: isinstance(m.data[0], models.Product),
    ),
    "list_subscriptions": (
        lambda s, r: s.list_subscriptions(**r),
        models.GetSubscriptionsResponse200,
        lambda m: isinstance(m.data[0], models.Subscription),
    ),
    "raw_request": (lambda s, r: s.raw_request(r["method"], r["path"]), dict, lambda m: m["object"] == "balance"),
}

CHARGE: dict[str, Any] = {"amount": 1099, "currency": "usd", "source": "tok_visa"}


@pytest.fixture(scope="module")
def examples() -> dict[str, Example]:
    return reference_examples()


@needs_reference
@pytest.mark.parametrize("tool", list(TYPED))
def test_typed_method_returns_the_generated_model(
    tool: str, examples: dict[str, Example], server: ScriptedStripe, stripe: StripeConnector
) -> None:
    call, model, check = TYPED[tool]
    example = examples[tool]
    server.script(Reply(200, body=example.response_text))
    result = call(stripe, example.request)
    assert type(result) is model
    assert check(result)
    assert server.count == 1


@needs_reference
def test_a_model_round_trips_to_the_reference_json(
    examples: dict[str, Example], server: ScriptedStripe, stripe: StripeConnector
) -> None:
    """The model holds the whole answer: to_dict() gives the reference's JSON back (nulls and all)."""
    server.script(Reply(200, body=examples["get_customer"].response_text))
    customer = stripe.get_customer("cus_NffrFeUfNV2Hib")
    assert customer.to_dict() == examples["get_customer"].response


def test_typed_method_sends_what_call_sends(server: ScriptedStripe, stripe: StripeConnector) -> None:
    server.script(Reply(200, json={"id": "ch_1", "object": "charge", **CHARGE}))
    stripe.create_charge(amount=1099, currency="USD", source="tok_visa", metadata={"order": "42"})
    typed = server.last
    server.reset(Reply(200, json={"id": "ch_1"}))
    stripe.call("create_charge", {**CHARGE, "metadata": {"order": "42"}})
    called = server.last
    assert (typed.method, typed.path, typed.form) == (called.method, called.path, called.form)
    assert typed.form_dict == {"amount": "1099", "currency": "usd", "source": "tok_visa", "metadata[order]": "42"}
    assert typed.header("Idempotency-Key")


def test_none_arguments_are_not_sent(server: ScriptedStripe, stripe: StripeConnector) -> None:
    server.script(Reply(200, json={"object": "list", "url": "/v1/customers", "has_more": False, "data": []}))
    result = stripe.list_customers(email=None, starting_after=None)
    assert server.last.query == [("limit", "10")]
    assert result.data == []


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param({"object": "charge", "amount": 1099, "currency": "usd"}, id="no-id"),
        pytest.param({"id": "ch_1", "amount": 1099, "currency": "usd"}, id="no-object"),
    ],
)
def test_a_missing_required_field_is_a_response_error(
    server: ScriptedStripe, stripe: StripeConnector, answer: dict[str, Any]
) -> None:
    server.script(Reply(200, json=answer, headers={"Request-Id": "r1"}))
    with pytest.raises(StripeResponseError) as caught:
        stripe.create_charge(**CHARGE)
    error = caught.value
    assert isinstance(error, StripeConnectorError)
    assert "call()" in str(error)
    assert error.request_id == "r1"
    assert error.http_status == 200


def test_call_returns_the_same_answer_as_json(server: ScriptedStripe, stripe: StripeConnector) -> None:
    answer = {"id": "ch_1", "object": "charge", "currency": "usd"}
    server.script(Reply(200, json=answer))
    assert stripe.call("create_charge", CHARGE) == answer


def test_idempotency_key_is_passed_through(server: ScriptedStripe, stripe: StripeConnector) -> None:
    server.script(Reply(503), Reply(200, json={"id": "cus_1", "object": "customer"}))
    assert stripe.create_customer(email="a@example.com", idempotency_key="order-42").id == "cus_1"
    assert [request.header("Idempotency-Key") for request in server.requests] == ["order-42", "order-42"]


def test_stripe_account_sets_the_header(server: ScriptedStripe, stripe: StripeConnector) -> None:
    server.script(Reply(200, json={"object": "list", "url": "/v1/charges", "has_more": False, "data": []}))
    stripe.list_charges(limit=1, stripe_account="acct_1032D82eZvKYlo2C")
    assert server.last.header("Stripe-Account") == "acct_1032D82eZvKYlo2C"
    server.reset(Reply(200, json={"object": "list", "url": "/v1/charges", "has_more": False, "data": []}))
    stripe.list_charges(limit=1)
    assert server.last.header("Stripe-Account") is None


@pytest.mark.parametrize("account", ["acct_../x", "cus_1", "", "acct_1\r\nX: y", "acct_ 1"])
def test_a_bad_stripe_account_is_refused(server: ScriptedStripe, stripe: StripeConnector, account: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        stripe.create_charge(**CHARGE, stripe_account=account)
    assert caught.value.param == "stripe_account"
    assert server.count == 0


@pytest.mark.parametrize(
    ("call", "param"),
    [
        (lambda s: s.create_charge(amount=10.99, currency="usd"), "amount"),
        (lambda s: s.create_charge(amount=100, currency="dollars"), "currency"),
        (lambda s: s.list_customers(limit=1000), "limit"),
        (lambda s: s.get_customer("cus_a/../b"), "id"),
        (lambda s: s.list_invoices(status="pigeon"), "status"),
        (lambda s: s.create_customer(metadata={"a": {"b": "c"}}), "metadata"),
        (lambda s: s.raw_request("PATCH", "/v1/balance"), "method"),
        (lambda s: s.raw_request("GET", "https://evil.example/v1/x"), "path"),
    ],
)
def test_typed_methods_validate_like_call(
    server: ScriptedStripe, stripe: StripeConnector, call: Callable[[StripeConnector], Any], param: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        call(stripe)
    assert caught.value.param == param
    assert server.count == 0


def test_api_errors_are_typed_errors_not_models(server: ScriptedStripe, stripe: StripeConnector) -> None:
    body = {"error": {"type": "invalid_request_error", "code": "resource_missing", "message": "No such customer"}}
    server.script(Reply(404, json=body, headers={"Request-Id": "req_404"}))
    with pytest.raises(NotFoundError) as caught:
        stripe.get_customer("cus_missing")
    assert (caught.value.code, caught.value.request_id) == ("resource_missing", "req_404")


def test_a_deleted_customer_is_a_deleted_customer_model(server: ScriptedStripe, stripe: StripeConnector) -> None:
    server.script(Reply(200, json={"id": "cus_gone", "object": "customer", "deleted": True}))
    result = stripe.get_customer("cus_gone")
    assert isinstance(result, models.DeletedCustomer)
    assert result.id == "cus_gone"


def test_typed_raw_request_returns_json(server: ScriptedStripe, stripe: StripeConnector) -> None:
    server.script(Reply(200, json={"object": "customer", "id": "cus_1", "deleted": True}))
    assert stripe.raw_request("DELETE", "/v1/customers/cus_1") == {"object": "customer", "id": "cus_1", "deleted": True}
    assert (server.last.method, server.last.path) == ("DELETE", "/v1/customers/cus_1")
