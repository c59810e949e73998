"""Stateful flows a workflow would run, through the public ``call``/``paginate`` API, replayed from cassettes.

Each test is one flow recorded against localstripe (or Stripe's test mode) by ``make record`` and replayed
offline here (see tests/support/recording.py): the assertions check what a workflow relies on (ids read back, filters,
pagination, typed errors), and the replay itself checks that the connector still sends the recorded requests.

localstripe is not Stripe. Where it differs, Stripe's spec wins: the connector is never bent to it; the flow
adapts that one step, with a comment saying why, and the tool is covered against the spec in the contract tests
instead. The gaps worked around here:

* charges: ``source=tok_visa`` is refused (400) and ``POST /v1/customers/{id}/sources`` does not exist (404);
  ``source=pm_card_visa`` with ``customer`` works (on Stripe, a customer is charged through a card saved on it);
* no ``/v1/prices`` (404): the subscription uses a plan (``/v1/plans``), which Stripe still accepts;
* ``POST /v1/invoices`` crashes (500, plain text) with ``auto_advance``/``collection_method``, which
  ``create_invoice`` always sends (its documented defaults), and refuses (400) an invoice with no pending items;
  ``GET /v1/invoices?status=...`` crashes (500);
* payment intents: ``description`` is refused (400 "Unexpected description"), and so is
  ``GET /v1/payment_intents?customer=...`` (400 "Unexpected customer");
* ``GET /v1/balance``: ``available``/``pending`` are one object each, not lists, and no ``object`` field;
* lists come oldest first (Stripe: newest first); no ``Request-Id`` header; ``Idempotency-Key`` is ignored
  (so idempotent replays are tested against the spec, not here);
* ``POST /v1/subscriptions`` for a customer without a payment method answers 404 yet stores the subscription,
  so the flow saves a card on the customer first (as Stripe also requires).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from stripe_connector import AsyncStripeConnector, StripeConnector
from stripe_connector.errors import NotFoundError, StripeAPIError
from vcr.errors import CannotOverwriteExistingCassetteException  # type: ignore[import-untyped]

from tests.connector_defaults import NO_RETRY
from tests.support.recording import (
    PINNED_VERSION,
    RECORD_ENV,
    STRIPE_KEY_ENV,
    Flow,
    RecordingError,
    cassette_path,
    pinned_api_version,
    record_mode_requested,
    recorded_flow,
    stripe_test_key,
    version_change_problem,
)

#: No retries: a replay must see exactly the recorded requests, and a recording should fail loudly, not retry.
#: Enough to find a just-created object in a Stripe test account's lists without walking all of its history.
SEARCH_LIMIT = 200


def connector(flow: Flow) -> StripeConnector:
    return StripeConnector(flow.api_key, base_url=flow.base_url, retry_policy=NO_RETRY)


def find(stripe: StripeConnector, tool: str, arguments: dict[str, Any], object_id: str) -> dict[str, Any]:
    """The object `object_id` from a list tool, following pages (localstripe lists oldest first)."""
    for item in stripe.paginate(tool, arguments, max_items=SEARCH_LIMIT):
        if item["id"] == object_id:
            return item
    raise AssertionError(f"{object_id} not found in {tool}({arguments})")


def charge_arguments(stripe: StripeConnector, flow: Flow, customer_id: str) -> dict[str, Any]:
    """Arguments of a 10.99 USD charge to `customer_id`, paid the way each backend accepts."""
    arguments: dict[str, Any] = {
        "amount": 1099,
        "currency": "USD",  # the connector lower-cases it; the cassette holds currency=usd
        "customer": customer_id,
        "description": f"order {flow.run_tag}",
        "metadata": {"order_id": f"order-{flow.run_tag}"},
    }
    if flow.on_localstripe:
        # localstripe refuses source=tok_visa (400) and has no /v1/customers/{id}/sources; it accepts the
        # test payment method pm_card_visa as a source, with the customer.
        arguments["source"] = "pm_card_visa"
    else:
        # Stripe: with `customer`, `source` must be one of the customer's own cards, so save a test card on the
        # customer and charge its default source.
        stripe.call(
            "raw_request",
            {"method": "POST", "path": f"/v1/customers/{customer_id}/sources", "body": {"source": "tok_visa"}},
        )
    return arguments


# --- the flows ------------------------------------------------------------------------------------------------------


def test_customer_create_get_find_charge_list(tmp_path: Path) -> None:
    """create_customer -> get_customer -> list_customers(email) -> create_charge -> list_charges(customer)."""
    with recorded_flow("customer_charge", tmp_path) as flow, connector(flow) as stripe:
        email = f"jenny.{flow.run_tag}@example.com"
        metadata = {"workflow_run": flow.run_tag, "plan": "gold"}
        created = stripe.call("create_customer", {"email": email, "name": "Jenny Rosen", "metadata": metadata})
        customer_id = created["id"]
        assert customer_id.startswith("cus_")
        assert (created["email"], created["name"], created["metadata"]) == (email, "Jenny Rosen", metadata)

        fetched = stripe.call("get_customer", {"id": customer_id})
        assert (fetched["id"], fetched["email"], fetched["metadata"]) == (customer_id, email, metadata)

        found = stripe.call("list_customers", {"email": email, "limit": 3})
        assert found["object"] == "list"
        assert [c["id"] for c in found["data"]] == [customer_id]
        assert found["has_more"] is False

        charge = stripe.call("create_charge", charge_arguments(stripe, flow, customer_id))
        assert charge["id"].startswith("ch_")
        assert (charge["amount"], charge["currency"], charge["customer"]) == (1099, "usd", customer_id)
        assert charge["paid"] is True and charge["status"] == "succeeded"
        assert charge["metadata"] == {"order_id": f"order-{flow.run_tag}"}

        charges = stripe.call("list_charges", {"customer": customer_id})
        assert [c["id"] for c in charges["data"]] == [charge["id"]]


def test_payment_intent_create_and_list(tmp_path: Path) -> None:
    """create_payment_intent (payment_method_types defaults to card) -> list_payment_intents finds it."""
    with recorded_flow("payment_intent", tmp_path) as flow, connector(flow) as stripe:
        customer = stripe.call("create_customer", {"email": f"pi.{flow.run_tag}@example.com"})
        arguments = {
            "amount": 2500,
            "currency": "eur",
            "customer": customer["id"],
            "metadata": {"workflow_run": flow.run_tag},
        }
        if not flow.on_localstripe:  # localstripe refuses a payment intent's description (400)
            arguments["description"] = f"run {flow.run_tag}"
        intent = stripe.call("create_payment_intent", arguments)
        assert intent["id"].startswith("pi_")
        assert (intent["amount"], intent["currency"], intent["customer"]) == (2500, "eur", customer["id"])
        assert intent["status"] == "requires_payment_method"
        assert intent["metadata"] == {"workflow_run": flow.run_tag}

        if flow.on_localstripe:
            # localstripe refuses GET /v1/payment_intents?customer= (400 "Unexpected customer"): list them all.
            listed = find(stripe, "list_payment_intents", {"limit": 10}, intent["id"])
        else:
            page = stripe.call("list_payment_intents", {"customer": customer["id"]})
            assert [p["id"] for p in page["data"]] == [intent["id"]]
            listed = page["data"][0]
        assert (listed["amount"], listed["customer"]) == (2500, customer["id"])


def test_product_plan_subscription(tmp_path: Path) -> None:
    """Product and plan (raw_request), a customer with a card, a subscription -> list_subscriptions, list_products."""
    with recorded_flow("subscription", tmp_path) as flow, connector(flow) as stripe:
        product = stripe.call(
            "raw_request", {"method": "POST", "path": "/v1/products", "body": {"name": f"Gold {flow.run_tag}"}}
        )
        # localstripe has no /v1/prices: a plan is the recurring price it knows (Stripe still accepts plans).
        plan = stripe.call(
            "raw_request",
            {
                "method": "POST",
                "path": "/v1/plans",
                "body": {"product": product["id"], "amount": 1500, "currency": "usd", "interval": "month"},
            },
        )
        customer = stripe.call("create_customer", {"email": f"sub.{flow.run_tag}@example.com"})
        # A subscription charged automatically needs the customer's default payment method (on Stripe too).
        card = stripe.call(
            "raw_request",
            {
                "method": "POST",
                "path": "/v1/payment_methods/pm_card_visa/attach",
                "body": {"customer": customer["id"]},
            },
        )
        stripe.call(
            "raw_request",
            {
                "method": "POST",
                "path": f"/v1/customers/{customer['id']}",
                "body": {"invoice_settings": {"default_payment_method": card["id"]}},
            },
        )
        subscription = stripe.call(
            "raw_request",
            {
                "method": "POST",
                "path": "/v1/subscriptions",
                "body": {"customer": customer["id"], "items": [{"plan": plan["id"]}]},  # items[0][plan]=...
            },
        )
        assert subscription["id"].startswith("sub_")
        assert subscription["status"] == "active"

        subscriptions = stripe.call("list_subscriptions", {"customer": customer["id"]})
        assert [s["id"] for s in subscriptions["data"]] == [subscription["id"]]
        (item,) = subscriptions["data"][0]["items"]["data"]
        assert item["plan"]["id"] == plan["id"]

        listed = find(stripe, "list_products", {"active": True, "limit": 10}, product["id"])
        assert listed["name"] == f"Gold {flow.run_tag}"

        # The subscription's first invoice, paid with the saved card.
        invoices = stripe.call("list_invoices", {"customer": customer["id"]})
        assert len(invoices["data"]) == 1
        assert (invoices["data"][0]["amount_paid"], invoices["data"][0]["currency"]) == (1500, "usd")
        if not flow.on_localstripe:
            # localstripe crashes on list_invoices' status filter and on create_invoice's (documented, always
            # sent) auto_advance/collection_method; both are covered against Stripe's spec in the contract tests.
            paid = stripe.call("list_invoices", {"customer": customer["id"], "status": "paid"})
            assert [i["id"] for i in paid["data"]] == [invoices["data"][0]["id"]]
            draft = stripe.call("create_invoice", {"customer": customer["id"], "description": "extra"})
            assert draft["status"] == "draft"


def test_paginate_customers_across_pages(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """25 customers, limit 10: paginate() yields each once, in 3 requests (10 + 10 + 5)."""
    caplog.set_level(logging.DEBUG, logger="stripe_connector")
    with recorded_flow("pagination", tmp_path) as flow, connector(flow) as stripe:
        # One shared e-mail address scopes the list to this run's customers, on localstripe and on Stripe.
        email = f"page.{flow.run_tag}@example.com"
        created = {
            stripe.call("create_customer", {"email": email, "description": f"customer {n}"})["id"] for n in range(25)
        }
        assert len(created) == 25
        caplog.clear()

        seen = [c["id"] for c in stripe.paginate("list_customers", {"email": email, "limit": 10})]

        # localstripe lists oldest first, Stripe newest first: compare as sets, after checking for repeats.
        assert len(seen) == len(set(seen)) == 25
        assert set(seen) == created
        list_requests = [r for r in caplog.records if r.getMessage().startswith("GET /v1/customers ->")]
        assert len(list_requests) == 3

        capped = list(stripe.paginate("list_customers", {"email": email, "limit": 10}, max_items=12))
        assert [c["id"] for c in capped] == seen[:12]


def test_missing_customer_is_a_typed_404(tmp_path: Path) -> None:
    with (
        recorded_flow("not_found", tmp_path) as flow,
        connector(flow) as stripe,
        pytest.raises(NotFoundError) as caught,
    ):
        stripe.call("get_customer", {"id": "cus_doesnotexist"})
    error = caught.value
    assert isinstance(error, StripeAPIError)
    assert error.http_status == 404
    assert error.type == "invalid_request_error"
    if not flow.on_localstripe:  # localstripe sends no Request-Id and no error code
        assert error.code == "resource_missing"
        assert error.request_id and error.request_id.startswith("req_")


def test_raw_request_balance(tmp_path: Path) -> None:
    with recorded_flow("balance", tmp_path) as flow, connector(flow) as stripe:
        balance = stripe.call("raw_request", {"method": "GET", "path": "/v1/balance"})
    assert balance["livemode"] is False
    if flow.on_localstripe:
        # localstripe's balance has one {amount, currency} object per bucket and no "object" field.
        assert {"amount", "currency"} <= set(balance["available"])
    else:
        assert balance["object"] == "balance"
        assert all({"amount", "currency"} <= set(entry) for entry in balance["available"])


async def test_async_connector_flow(tmp_path: Path) -> None:
    """The async connector through the same recorder: create, get, find by e-mail, paginate."""
    with recorded_flow("async_customer", tmp_path) as flow:
        async with AsyncStripeConnector(flow.api_key, base_url=flow.base_url, retry_policy=NO_RETRY) as stripe:
            email = f"async.{flow.run_tag}@example.com"
            ids = [
                (await stripe.call("create_customer", {"email": email, "name": f"Async {n}"}))["id"] for n in range(3)
            ]
            fetched = await stripe.call("get_customer", {"id": ids[0]})
            assert (fetched["id"], fetched["email"]) == (ids[0], email)
            found = await stripe.call("list_customers", {"email": email, "limit": 2})
            assert len(found["data"]) == 2 and found["has_more"] is True
            paged = [c["id"] async for c in stripe.paginate("list_customers", {"email": email, "limit": 2})]
            assert sorted(paged) == sorted(ids)


# --- the replay is a check on the connector's requests ---------------------------------------------------------------

replay_only = pytest.mark.skipif(record_mode_requested(), reason="checks the replay of committed cassettes")


@replay_only
@pytest.mark.parametrize(
    ("change", "stripe_version", "arguments"),
    [
        ("query", None, {"method": "GET", "path": "/v1/balance", "query": {"expand": ["instant_available"]}}),
        ("path", None, {"method": "GET", "path": "/v1/balance/history"}),
        # POST /v1/balance is no operation: sent on purpose, so that the replay (not the index) refuses it.
        ("method", None, {"method": "POST", "path": "/v1/balance", "allow_unknown_path": True}),
        ("Stripe-Version header", "2020-08-27", {"method": "GET", "path": "/v1/balance"}),
    ],
)
def test_replay_refuses_a_changed_request(
    tmp_path: Path, change: str, stripe_version: str | None, arguments: dict[str, Any]
) -> None:
    """A request that differs from the recorded one in `change` finds no answer: the replay fails."""
    with recorded_flow("balance", tmp_path) as flow:
        options: dict[str, Any] = {"stripe_version": stripe_version} if stripe_version else {}
        with (
            StripeConnector(flow.api_key, base_url=flow.base_url, retry_policy=NO_RETRY, **options) as stripe,
            pytest.raises(CannotOverwriteExistingCassetteException),
        ):
            stripe.call("raw_request", arguments)
        # The recorded request itself still replays, so the cassette is not at fault.
        with connector(flow) as stripe:
            stripe.call("raw_request", {"method": "GET", "path": "/v1/balance"})


@replay_only
def test_replay_refuses_a_changed_form_body(tmp_path: Path) -> None:
    # The flow stops after the refused request, so the rest of the cassette is (rightly) reported unplayed.
    with (
        pytest.raises(AssertionError, match="were not made on replay"),
        recorded_flow("customer_charge", tmp_path) as flow,
        connector(flow) as stripe,
    ):
        email = f"jenny.{flow.run_tag}@example.com"
        metadata = {"workflow_run": flow.run_tag, "plan": "silver"}  # recorded: gold
        with pytest.raises(CannotOverwriteExistingCassetteException):
            stripe.call("create_customer", {"email": email, "name": "Jenny Rosen", "metadata": metadata})


@replay_only
def test_replay_fails_when_a_recorded_request_is_not_made(tmp_path: Path) -> None:
    with (
        pytest.raises(AssertionError, match=r"1 recorded request\(s\) of balance.yaml were not made"),
        recorded_flow("balance", tmp_path),
    ):
        pass


@replay_only
def test_replay_refuses_repeating_a_recorded_request(tmp_path: Path) -> None:
    with recorded_flow("balance", tmp_path) as flow, connector(flow) as stripe:
        stripe.call("raw_request", {"method": "GET", "path": "/v1/balance"})
        with pytest.raises(CannotOverwriteExistingCassetteException):
            stripe.call("raw_request", {"method": "GET", "path": "/v1/balance"})


# --- the record/replay switch -----------------------------------------------------------------------------------------


def test_record_mode_is_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(RECORD_ENV, raising=False)
    assert record_mode_requested() is False
    monkeypatch.setenv(RECORD_ENV, "0")
    assert record_mode_requested() is False
    monkeypatch.setenv(RECORD_ENV, "1")
    assert record_mode_requested() is True


@pytest.mark.parametrize("prefix", ["sk_" + "live_", "rk_" + "live_", "pk_" + "test_", "whatever"])
def test_recording_refuses_anything_but_a_test_secret_key(monkeypatch: pytest.MonkeyPatch, prefix: str) -> None:
    key = prefix + "Fake0"
    monkeypatch.setenv(STRIPE_KEY_ENV, key)
    with pytest.raises(RecordingError) as caught:
        stripe_test_key()
    assert key not in str(caught.value)


def test_recording_uses_a_test_key_or_localstripe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(STRIPE_KEY_ENV, "rk_" + "test_" + "Fake0")
    assert stripe_test_key() == "rk_test_Fake0"
    monkeypatch.delenv(STRIPE_KEY_ENV)
    assert stripe_test_key() is None


# --- a new pinned API version (a client regenerated from a newer spec) ---------------------------------------------


@replay_only
def test_cassettes_store_the_pinned_version_as_a_placeholder() -> None:
    """No cassette names the pinned version in a request: it is what ``make regenerate`` changes."""
    for name in ("balance", "customer_charge", "pagination"):
        text = cassette_path(name).read_text(encoding="utf-8")
        assert f"- {PINNED_VERSION}" in text
        assert "stripe_api_version:" in text and "recorded_against: localstripe" in text


@replay_only
def test_a_localstripe_cassette_replays_for_a_newly_pinned_version(tmp_path: Path) -> None:
    """localstripe ignores Stripe-Version, so its recordings stand for whatever version the models now pin."""
    newer = "2099-01-01.simulated"
    with (
        recorded_flow("balance", tmp_path, pinned_version=newer) as flow,
        StripeConnector(flow.api_key, base_url=flow.base_url, retry_policy=NO_RETRY, stripe_version=newer) as s,
    ):
        balance = s.call("raw_request", {"method": "GET", "path": "/v1/balance"})
    assert "available" in balance


@replay_only
def test_the_newly_pinned_version_is_still_matched(tmp_path: Path) -> None:
    """With a new pinned version, a connector that still sends the old one finds no answer."""
    with (
        pytest.raises(AssertionError, match="were not made on replay"),
        recorded_flow("balance", tmp_path, pinned_version="2099-01-01.simulated") as flow,
        connector(flow) as stripe,
        pytest.raises(CannotOverwriteExistingCassetteException),
    ):
        stripe.call("raw_request", {"method": "GET", "path": "/v1/balance"})


@pytest.mark.parametrize(
    ("recorded_against", "recorded_version", "pinned", "refused"),
    [
        ("localstripe", "2023-08-16", "2024-04-10", False),
        ("localstripe", "2023-08-16", "2023-08-16", False),
        ("stripe", "2024-04-10", "2024-04-10", False),
        ("stripe", "2023-08-16", "2024-04-10", True),
        ("stripe", None, "2024-04-10", True),
        ("somewhere", "2023-08-16", "2024-04-10", True),
    ],
)
def test_answers_recorded_from_stripe_are_tied_to_their_version(
    recorded_against: str, recorded_version: str | None, pinned: str, refused: bool
) -> None:
    problem = version_change_problem(recorded_against, recorded_version, pinned)
    assert (problem is not None) == refused
    if problem:
        assert "make record" in problem and pinned in problem


def test_the_pinned_version_is_the_generated_packages() -> None:
    from stripe_connector_generated.types import STRIPE_API_VERSION

    assert pinned_api_version() == STRIPE_API_VERSION
