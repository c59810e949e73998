"""The reference's example requests, sent through ``call`` to a local server answering the reference's responses.

For each tool the test proves the whole contract of one call: the method and path, every wire parameter (the
reference's defaults included), the headers Stripe needs (key, pinned version, idempotency key on POST only), and
that Stripe's JSON comes back unchanged, key order included.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from stripe_connector import InvalidInputError, StripeConnector
from stripe_connector.testing.doubles import Recorded, Reply, ScriptedStripe
from stripe_connector_generated.types import STRIPE_API_VERSION

from tests.support.keys import API_KEY
from tests.support.reference_examples import REFERENCE_DOC, Example, reference_examples

pytestmark = pytest.mark.skipif(not REFERENCE_DOC.exists(), reason=f"the reference is not at {REFERENCE_DOC}")

#: The version the connector pins: its generated models' (a regenerated client tests its own version).
STRIPE_VERSION = STRIPE_API_VERSION
FORM = "application/x-www-form-urlencoded"

#: What each example must put on the wire: method, path, and the query (GET) or form body (POST) pairs.
EXPECTED_WIRE: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "list_customers": ("GET", "/v1/customers", [("limit", "2"), ("email", "jennyrosen@example.com")]),
    "get_customer": ("GET", "/v1/customers/cus_NffrFeUfNV2Hib", []),
    "create_customer": ("POST", "/v1/customers", [("name", "Jenny Rosen"), ("email", "jennyrosen@example.com")]),
    "list_charges": ("GET", "/v1/charges", [("limit", "3")]),
    "create_charge": ("POST", "/v1/charges", [("amount", "1099"), ("currency", "usd"), ("source", "tok_visa")]),
    "list_payment_intents": ("GET", "/v1/payment_intents", [("limit", "3")]),
    "create_payment_intent": (
        "POST",
        "/v1/payment_intents",
        [("amount", "2000"), ("currency", "usd"), ("payment_method_types[0]", "card")],
    ),
    "list_invoices": ("GET", "/v1/invoices", [("limit", "3"), ("status", "draft")]),
    # The reference's defaults are sent: auto_advance true, collection_method charge_automatically.
    "create_invoice": (
        "POST",
        "/v1/invoices",
        [("customer", "cus_NeZwdNtLEOXuvB"), ("auto_advance", "true"), ("collection_method", "charge_automatically")],
    ),
    "list_products": ("GET", "/v1/products", [("limit", "3"), ("active", "true")]),
    "list_subscriptions": ("GET", "/v1/subscriptions", [("limit", "3"), ("status", "active")]),
    "raw_request": ("GET", "/v1/balance", []),
}


@pytest.fixture(scope="module")
def examples() -> dict[str, Example]:
    return reference_examples()


def wire_pairs(request: Recorded) -> list[tuple[str, str]]:
    return request.form if request.method == "POST" else request.query


def assert_standard_headers(request: Recorded) -> None:
    assert request.header("Authorization") == f"Bearer {API_KEY}"
    assert request.header("Stripe-Version") == STRIPE_VERSION
    assert "stripe-connector" in (request.header("User-Agent") or "")
    if request.method == "POST":
        assert request.header("Content-Type") == FORM
        key = request.header("Idempotency-Key")
        assert key, "a POST must carry an Idempotency-Key"
        assert 1 <= len(key) <= 255
    else:
        assert request.header("Idempotency-Key") is None, "only POSTs carry an idempotency key"
        assert request.header("Content-Type") is None
        assert request.body == b""
        assert request.form == []


def test_the_reference_has_one_example_per_tool(examples: dict[str, Example]) -> None:
    assert list(examples) == list(EXPECTED_WIRE)
    assert examples["raw_request"].request == {"method": "GET", "path": "/v1/balance"}


@pytest.mark.parametrize("tool", list(EXPECTED_WIRE))
def test_reference_example(
    tool: str, examples: dict[str, Example], server: ScriptedStripe, stripe: StripeConnector
) -> None:
    example = examples[tool]
    server.script(Reply(200, body=example.response_text))

    result = stripe.call(tool, example.request)

    assert server.count == 1
    sent = server.last
    method, path, pairs = EXPECTED_WIRE[tool]
    assert (sent.method, sent.path) == (method, path)
    assert sorted(wire_pairs(sent)) == sorted(pairs)
    if method == "POST":
        assert sent.query == [], "POST parameters go in the body"
    assert_standard_headers(sent)
    # Unchanged: equal, and the same key order all the way down (json.dumps keeps insertion order).
    assert result == example.response
    assert json.dumps(result) == json.dumps(example.response)


def test_list_limit_defaults_to_10_when_absent(server: ScriptedStripe, stripe: StripeConnector) -> None:
    for tool in ("list_customers", "list_charges", "list_payment_intents", "list_invoices", "list_products"):
        server.add(Reply(200, json={"object": "list", "data": [], "has_more": False, "url": "/v1/x"}))
        stripe.call(tool, {})
        assert server.last.query == [("limit", "10")], tool
    server.add(Reply(200, json={"object": "list", "data": [], "has_more": False, "url": "/v1/subscriptions"}))
    stripe.call("list_subscriptions")  # arguments may be omitted altogether
    assert server.last.query == [("limit", "10")]


def test_payment_method_types_defaults_to_card(server: ScriptedStripe, stripe: StripeConnector) -> None:
    server.script(Reply(200, json={"id": "pi_1", "object": "payment_intent"}))
    stripe.call("create_payment_intent", {"amount": 2000, "currency": "usd"})
    assert sorted(server.last.form) == [("amount", "2000"), ("currency", "usd"), ("payment_method_types[0]", "card")]


def test_explicit_invoice_options_are_sent_as_given(server: ScriptedStripe, stripe: StripeConnector) -> None:
    server.script(Reply(200, json={"id": "in_1", "object": "invoice"}))
    stripe.call(
        "create_invoice",
        {"customer": "cus_1", "auto_advance": False, "collection_method": "send_invoice", "days_until_due": 30},
    )
    assert server.last.form_dict == {
        "customer": "cus_1",
        "auto_advance": "false",
        "collection_method": "send_invoice",
        "days_until_due": "30",
    }


def test_currency_is_sent_in_lower_case(server: ScriptedStripe, stripe: StripeConnector) -> None:
    server.script(Reply(200, json={"id": "ch_1", "object": "charge"}))
    stripe.call("create_charge", {"amount": 1099, "currency": "USD", "source": "tok_visa"})
    assert server.last.form_dict["currency"] == "usd"


def test_metadata_is_sent_in_bracket_notation(server: ScriptedStripe, stripe: StripeConnector) -> None:
    server.script(Reply(200, json={"id": "cus_1", "object": "customer"}))
    stripe.call("create_customer", {"email": "a@example.com", "metadata": {"plan": "gold", "seat count": "3"}})
    assert server.last.form == [
        ("email", "a@example.com"),
        ("metadata[plan]", "gold"),
        ("metadata[seat count]", "3"),
    ]


def test_each_post_gets_its_own_idempotency_key(server: ScriptedStripe, stripe: StripeConnector) -> None:
    server.script(*[Reply(200, json={"id": "cus_1", "object": "customer"})] * 2)
    stripe.call("create_customer", {"name": "A"})
    stripe.call("create_customer", {"name": "A"})
    keys = [request.header("Idempotency-Key") for request in server.requests]
    assert len(set(keys)) == 2


# --- raw_request ----------------------------------------------------------------------------------------------------


def test_raw_post_with_nested_body_uses_bracket_notation(server: ScriptedStripe, stripe: StripeConnector) -> None:
    answer = {"id": "cus_9", "object": "customer", "metadata": {"order": "42"}}
    server.script(Reply(200, json=answer))
    body = {
        "email": "jenny@example.com",
        "metadata": {"order": "42", "source": "test"},
        "preferred_locales": ["en", "fr"],
        "address": {"line1": "1 Main St", "city": "Paris"},
        "invoice_settings": {"custom_fields": [{"name": "PO", "value": "7"}]},
        "tax_exempt": "none",
        "balance": 0,
    }
    result = stripe.call("raw_request", {"method": "POST", "path": "/v1/customers", "body": body})
    sent = server.last
    assert (sent.method, sent.path, sent.query) == ("POST", "/v1/customers", [])
    assert sent.form == [
        ("email", "jenny@example.com"),
        ("metadata[order]", "42"),
        ("metadata[source]", "test"),
        ("preferred_locales[0]", "en"),
        ("preferred_locales[1]", "fr"),
        ("address[line1]", "1 Main St"),
        ("address[city]", "Paris"),
        ("invoice_settings[custom_fields][0][name]", "PO"),
        ("invoice_settings[custom_fields][0][value]", "7"),
        ("tax_exempt", "none"),
        ("balance", "0"),
    ]
    assert_standard_headers(sent)
    assert result == answer


def test_raw_delete(server: ScriptedStripe, stripe: StripeConnector) -> None:
    answer = {"id": "cus_123", "object": "customer", "deleted": True}
    server.script(Reply(200, json=answer))
    result = stripe.call("raw_request", {"method": "DELETE", "path": "/v1/customers/cus_123"})
    sent = server.last
    assert (sent.method, sent.path, sent.query, sent.body) == ("DELETE", "/v1/customers/cus_123", [], b"")
    assert_standard_headers(sent)
    assert result == answer


def test_raw_get_with_nested_query(server: ScriptedStripe, stripe: StripeConnector) -> None:
    server.script(Reply(200, json={"object": "list", "data": []}))
    stripe.call(
        "raw_request",
        {
            "method": "get",
            "path": "/v1/charges",
            "query": {"limit": 5, "created": {"gte": 1}, "expand": ["data.customer"]},
        },
    )
    sent = server.last
    assert (sent.method, sent.path) == ("GET", "/v1/charges")
    assert sent.query == [("limit", "5"), ("created[gte]", "1"), ("expand[0]", "data.customer")]
    assert_standard_headers(sent)


def test_the_typed_raw_request_method(
    server: ScriptedStripe, stripe: StripeConnector, examples: dict[str, Example]
) -> None:
    server.script(Reply(200, body=examples["raw_request"].response_text))
    assert stripe.raw_request("GET", "/v1/balance") == examples["raw_request"].response
    assert (server.last.method, server.last.path) == ("GET", "/v1/balance")


def test_a_base_url_path_prefix_is_kept() -> None:
    """A proxy mounted under a prefix (``http://host/stripe``) still gets ``/stripe/v1/...``."""
    with ScriptedStripe([Reply(200, json={"object": "balance"})]) as server:
        with StripeConnector(API_KEY, base_url=server.base_url + "/stripe/") as stripe:
            stripe.call("raw_request", {"method": "GET", "path": "/v1/balance"})
        assert server.last.path == "/stripe/v1/balance"


# --- call options: idempotency scope, dry runs, amount caps -----------------------------------------------------------

CHARGE: dict[str, Any] = {"amount": 1099, "currency": "usd", "source": "tok_visa"}
SCOPE = ["run_7f3a", "step_charge"]


def sent_key(
    server: ScriptedStripe, stripe: StripeConnector, tool: str, arguments: dict[str, Any], **options: Any
) -> str:
    server.add(Reply(200, json={"id": "obj_1", "object": "charge"}))
    stripe.call(tool, arguments, **options)
    key = server.last.header("Idempotency-Key")
    assert key
    return key


def test_same_scope_and_arguments_give_the_same_key_across_connectors(
    server: ScriptedStripe, stripe: StripeConnector
) -> None:
    first = sent_key(server, stripe, "create_charge", CHARGE, idempotency_scope=SCOPE)
    with StripeConnector(API_KEY, base_url=server.base_url) as replayed:  # e.g. the workflow step, re-run
        second = sent_key(server, replayed, "create_charge", dict(CHARGE), idempotency_scope=list(SCOPE))
    assert first == second
    assert sent_key(server, stripe, "create_charge", CHARGE, idempotency_scope=SCOPE) == first


def test_the_key_is_derived_from_normalised_arguments(server: ScriptedStripe, stripe: StripeConnector) -> None:
    lower = sent_key(server, stripe, "create_charge", CHARGE, idempotency_scope=SCOPE)
    upper = sent_key(server, stripe, "create_charge", {**CHARGE, "currency": "USD"}, idempotency_scope=SCOPE)
    reordered = {"source": "tok_visa", "currency": "usd", "amount": 1099}
    assert upper == lower
    assert sent_key(server, stripe, "create_charge", reordered, idempotency_scope=SCOPE) == lower


@pytest.mark.parametrize(
    ("tool", "arguments", "options"),
    [
        pytest.param("create_charge", {**CHARGE, "amount": 1100}, {"idempotency_scope": SCOPE}, id="amount"),
        pytest.param("create_charge", {**CHARGE, "currency": "eur"}, {"idempotency_scope": SCOPE}, id="currency"),
        pytest.param(
            "create_payment_intent",
            {"amount": 1099, "currency": "usd"},
            {"idempotency_scope": SCOPE},
            id="tool",
        ),
        pytest.param("create_charge", CHARGE, {"idempotency_scope": ["run_7f3a", "step_other"]}, id="scope"),
        pytest.param("create_charge", CHARGE, {"idempotency_scope": "run_7f3a/step_charge"}, id="scope-as-string"),
        pytest.param(
            "create_charge",
            CHARGE,
            {"idempotency_scope": SCOPE, "stripe_account": "acct_1032D82eZvKYlo2C"},
            id="account",
        ),
    ],
)
def test_any_change_gives_a_different_key(
    server: ScriptedStripe, stripe: StripeConnector, tool: str, arguments: dict[str, Any], options: dict[str, Any]
) -> None:
    baseline = sent_key(server, stripe, "create_charge", CHARGE, idempotency_scope=SCOPE)
    assert sent_key(server, stripe, tool, arguments, **options) != baseline


def test_an_explicit_key_wins_over_the_scope(server: ScriptedStripe, stripe: StripeConnector) -> None:
    key = sent_key(server, stripe, "create_charge", CHARGE, idempotency_key="order-42", idempotency_scope=SCOPE)
    assert key == "order-42"


def test_without_key_or_scope_each_call_gets_a_fresh_uuid(server: ScriptedStripe, stripe: StripeConnector) -> None:
    keys = [sent_key(server, stripe, "create_charge", CHARGE) for _ in range(3)]
    assert len(set(keys)) == 3
    for key in keys:
        assert str(uuid.UUID(key)) == key


@pytest.mark.parametrize("scope", ["", [], {}, 42])
def test_a_bad_scope_is_refused(server: ScriptedStripe, stripe: StripeConnector, scope: Any) -> None:
    with pytest.raises(InvalidInputError) as caught:
        stripe.call("create_charge", CHARGE, idempotency_scope=scope)
    assert caught.value.param == "idempotency_scope"
    assert server.count == 0


def test_dry_run_sends_nothing_and_shows_the_request(server: ScriptedStripe, stripe: StripeConnector) -> None:
    described = stripe.call("create_charge", {**CHARGE, "currency": "USD"}, dry_run=True, idempotency_scope=SCOPE)
    assert server.count == 0
    assert described["method"] == "POST"
    assert described["url"] == f"{server.base_url}/v1/charges"
    assert described["body"] == "amount=1099&currency=usd&source=tok_visa"
    headers = described["headers"]
    assert API_KEY not in headers["Authorization"] and "redacted" in headers["Authorization"]
    assert headers["Stripe-Version"] == STRIPE_VERSION
    assert headers["Content-Type"] == FORM
    # The key shown is the key that will be sent.
    assert sent_key(server, stripe, "create_charge", CHARGE, idempotency_scope=SCOPE) == headers["Idempotency-Key"]


def test_dry_run_of_a_get(server: ScriptedStripe, stripe: StripeConnector) -> None:
    described = stripe.dry_run("list_customers", {"email": "a@example.com"})
    assert server.count == 0
    assert (described["method"], described["body"]) == ("GET", None)
    assert described["url"] == f"{server.base_url}/v1/customers?email=a%40example.com&limit=10"
    assert "Idempotency-Key" not in described["headers"]


def test_dry_run_still_validates(server: ScriptedStripe, stripe: StripeConnector) -> None:
    with pytest.raises(InvalidInputError):
        stripe.call("create_charge", {"amount": -1, "currency": "usd"}, dry_run=True)
    assert server.count == 0


@pytest.fixture
def capped(server: ScriptedStripe) -> Iterator[StripeConnector]:
    with StripeConnector(API_KEY, base_url=server.base_url, max_amount={"usd": 5000}) as connector:
        yield connector


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("create_charge", {"amount": 5001, "currency": "usd", "source": "tok_visa"}),
        ("create_charge", {"amount": 5001, "currency": "USD", "source": "tok_visa"}),
        ("create_payment_intent", {"amount": 100_000, "currency": "usd"}),
        ("raw_request", {"method": "POST", "path": "/v1/charges", "body": {"amount": 6000, "currency": "usd"}}),
        (
            "raw_request",
            {"method": "POST", "path": "/v1/payment_intents", "body": {"amount": "6000", "currency": "USD"}},
        ),
    ],
)
def test_max_amount_refuses_larger_payments_before_sending(
    server: ScriptedStripe, capped: StripeConnector, tool: str, arguments: dict[str, Any]
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        capped.call(tool, arguments)
    assert caught.value.param == "amount"
    assert server.count == 0


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("create_charge", {"amount": 5000, "currency": "usd", "source": "tok_visa"}),
        ("create_charge", {"amount": 999_999, "currency": "eur", "source": "tok_visa"}),
        ("raw_request", {"method": "POST", "path": "/v1/charges", "body": {"amount": 4999, "currency": "usd"}}),
        (  # a GET moves no money: a made-up path, sent on purpose (GetCharges has no amount to cap)
            "raw_request",
            {"method": "GET", "path": "/v1/zz_preview", "query": {"amount": 999_999}, "allow_unknown_path": True},
        ),
    ],
)
def test_max_amount_allows_what_is_within_or_uncapped(
    server: ScriptedStripe, capped: StripeConnector, tool: str, arguments: dict[str, Any]
) -> None:
    server.script(Reply(200, json={"id": "ch_1", "object": "charge"}))
    capped.call(tool, arguments)
    assert server.count == 1


def test_an_amount_without_currency_is_held_to_the_strictest_cap(
    server: ScriptedStripe, capped: StripeConnector
) -> None:
    """A refund's amount (or a raw POST's) carries no currency: the smallest cap configured applies."""
    with pytest.raises(InvalidInputError) as caught:
        capped.call("raw_request", {"method": "POST", "path": "/v1/refunds", "body": {"amount": 5001}})
    assert caught.value.param == "amount"
    assert server.count == 0
    server.script(Reply(200, json={"id": "re_1", "object": "refund"}))
    capped.call("create_refund", {"charge": "ch_1", "amount": 5000})
    assert server.count == 1


@pytest.mark.parametrize("caps", [{"dollars": 5}, {"usd": -1}, {"usd": 5.5}, {"usd": True}])
def test_max_amount_is_checked_at_construction(caps: dict[str, Any]) -> None:
    with pytest.raises(InvalidInputError) as caught:
        StripeConnector(API_KEY, max_amount=caps)
    assert caught.value.param == "max_amount"
