"""The tools a payments workflow needs next, in recorded flows (see tests/flows/test_flows.py for how flows work).

Recorded against localstripe by ``make record`` and replayed offline. localstripe supports updating a customer,
reading a charge and a payment intent, refunds, cancelling a payment intent and cancelling a subscription. Where it
differs from Stripe the step adapts, with a comment, and Stripe's spec is what the connector follows:

* ``cancel_payment_intent`` with ``cancellation_reason`` is refused (400 "Unexpected cancellation_reason");
* ``search_customers`` (``GET /v1/customers/search``) does not exist (404), and ``finalize_invoice`` needs an
  invoice, which localstripe cannot create with ``create_invoice`` (see test_flows.py): both are covered against
  Stripe's spec, stripe-python and Prism by the tests derived from ``spec/tools.yaml``.
"""

from __future__ import annotations

from pathlib import Path

from stripe_connector import StripeConnector

from tests.connector_defaults import NO_RETRY
from tests.flows.test_flows import charge_arguments
from tests.support.recording import Flow, recorded_flow


def connector(flow: Flow) -> StripeConnector:
    return StripeConnector(flow.api_key, base_url=flow.base_url, retry_policy=NO_RETRY)


def test_update_customer_charge_and_refund(tmp_path: Path) -> None:
    """create_customer -> update_customer -> create_charge -> get_charge -> create_refund (part) -> get_charge."""
    with recorded_flow("refund", tmp_path) as flow, connector(flow) as stripe:
        customer = stripe.call("create_customer", {"email": f"refund.{flow.run_tag}@example.com"})
        updated = stripe.update_customer(customer["id"], name="Jenny Rosen", metadata={"tier": "gold"})
        assert (updated.id, updated.name, updated.metadata.to_dict() if updated.metadata else None) == (
            customer["id"],
            "Jenny Rosen",
            {"tier": "gold"},
        )

        charge = stripe.call("create_charge", charge_arguments(stripe, flow, customer["id"]))
        fetched = stripe.call("get_charge", {"id": charge["id"]})
        assert (fetched["id"], fetched["amount"], fetched["amount_refunded"]) == (charge["id"], 1099, 0)

        refund = stripe.call(
            "create_refund",
            {"charge": charge["id"], "amount": 500, "metadata": {"reason": "damaged"}},
            idempotency_scope=[flow.run_tag, "refund"],
        )
        assert refund["id"].startswith("re_")
        assert (refund["amount"], refund["charge"], refund["currency"]) == (500, charge["id"], "usd")

        after = stripe.get_charge(charge["id"])
        assert (after.amount_refunded, after.refunded) == (500, False)


def test_payment_intent_get_and_cancel(tmp_path: Path) -> None:
    """create_payment_intent -> get_payment_intent -> cancel_payment_intent -> get_payment_intent (canceled)."""
    with recorded_flow("payment_intent_cancel", tmp_path) as flow, connector(flow) as stripe:
        intent = stripe.call("create_payment_intent", {"amount": 4200, "currency": "usd"})
        fetched = stripe.get_payment_intent(intent["id"])
        assert (fetched.id, fetched.amount, fetched.status) == (intent["id"], 4200, "requires_payment_method")

        arguments = {"id": intent["id"]}
        if not flow.on_localstripe:  # localstripe refuses cancellation_reason (400)
            arguments["cancellation_reason"] = "requested_by_customer"
        canceled = stripe.call("cancel_payment_intent", arguments)
        assert (canceled["id"], canceled["status"]) == (intent["id"], "canceled")
        assert stripe.call("get_payment_intent", {"id": intent["id"]})["status"] == "canceled"


def test_subscription_cancel(tmp_path: Path) -> None:
    """A plan, a customer with a card, a subscription -> cancel_subscription -> canceled."""
    with recorded_flow("subscription_cancel", tmp_path) as flow, connector(flow) as stripe:
        product = stripe.raw_request("POST", "/v1/products", body={"name": f"Silver {flow.run_tag}"})
        # localstripe has no /v1/prices: a plan is the recurring price it knows (Stripe still accepts plans).
        plan = stripe.raw_request(
            "POST",
            "/v1/plans",
            body={"product": product["id"], "amount": 900, "currency": "usd", "interval": "month"},
        )
        customer = stripe.call("create_customer", {"email": f"cancel.{flow.run_tag}@example.com"})
        card = stripe.raw_request("POST", "/v1/payment_methods/pm_card_visa/attach", body={"customer": customer["id"]})
        stripe.raw_request(
            "POST",
            f"/v1/customers/{customer['id']}",
            body={"invoice_settings": {"default_payment_method": card["id"]}},
        )
        subscription = stripe.raw_request(
            "POST", "/v1/subscriptions", body={"customer": customer["id"], "items": [{"plan": plan["id"]}]}
        )
        assert subscription["status"] == "active"

        canceled = stripe.cancel_subscription(subscription["id"])
        assert (canceled.id, canceled.status) == (subscription["id"], "canceled")
        remaining = stripe.call("list_subscriptions", {"customer": customer["id"]})
        assert [s["id"] for s in remaining["data"]] == []
