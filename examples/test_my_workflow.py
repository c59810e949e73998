"""A test of *your own* Stripe workflow, recorded once and replayed offline for ever (``stripe_connector.testing``).

Record (once, or after the workflow changes), against a localstripe the kit starts on 127.0.0.1, or against Stripe's
test mode when ``STRIPE_API_KEY=sk_test_...`` is set::

    pytest examples/test_my_workflow.py --record-mode=rewrite

Replay (CI, every day), with the network off: vcrpy answers from ``cassettes/test_my_workflow/``::

    pytest examples/test_my_workflow.py --block-network

The cassette holds no key, token or secret (the kit scrubs them), and a request is found by its method, path,
query and decoded form body, not by its random ``Idempotency-Key``. Needs ``pip install 'stripe-connector[testing]'``
and the fixtures of ``examples/conftest.py``.
"""

from __future__ import annotations

from typing import Any

import pytest
from stripe_connector import StripeConnector
from stripe_connector.testing import StripeBackend

EMAIL = "jenny.rosen@example.com"


def onboard(stripe: StripeConnector, email: str, amount: int) -> dict[str, Any]:
    """The workflow under test (yours would live in your application): a customer, a payment intent for them, the
    customer found again by e-mail."""
    customer = stripe.call("create_customer", {"email": email, "name": "Jenny Rosen", "metadata": {"plan": "gold"}})
    intent = stripe.call("create_payment_intent", {"amount": amount, "currency": "eur", "customer": customer["id"]})
    found = stripe.call("list_customers", {"email": email, "limit": 1})
    return {"customer": customer, "intent": intent, "found": [c["id"] for c in found["data"]]}


@pytest.mark.vcr
def test_onboarding_creates_a_customer_and_a_payment_intent(stripe_backend: StripeBackend) -> None:
    with StripeConnector(stripe_backend.api_key, base_url=stripe_backend.base_url) as stripe:
        result = onboard(stripe, EMAIL, 2000)
    customer, intent = result["customer"], result["intent"]
    assert customer["email"] == EMAIL and customer["metadata"] == {"plan": "gold"}
    assert (intent["amount"], intent["currency"], intent["customer"]) == (2000, "eur", customer["id"])
    assert result["found"] == [customer["id"]]
