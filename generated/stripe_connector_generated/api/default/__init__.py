"""Endpoint functions of Stripe's documented operations, and the registry that finds each one's response parser.

The connector parses a successful answer with the operation's ``parse_success``; the registry maps an operation
(``"GET /v1/customers/{customer}"``, as the spec and the tool definitions write it) to it without guessing module
names, and imports each endpoint module once, under a lock.
"""

import importlib
import threading
from collections.abc import Callable
from typing import Any

#: Operation (``"METHOD /path"``) -> the endpoint module of this package that implements it.
ENDPOINT_MODULES: dict[str, str] = {
    "DELETE /v1/subscriptions/{subscription_exposed_id}": "delete_subscriptions_subscription_exposed_id",
    "GET /v1/balance": "get_balance",
    "GET /v1/charges": "get_charges",
    "GET /v1/charges/{charge}": "get_charges_charge",
    "GET /v1/customers": "get_customers",
    "GET /v1/customers/{customer}": "get_customers_customer",
    "GET /v1/customers/search": "get_customers_search",
    "GET /v1/invoices": "get_invoices",
    "GET /v1/payment_intents": "get_payment_intents",
    "GET /v1/payment_intents/{intent}": "get_payment_intents_intent",
    "GET /v1/products": "get_products",
    "GET /v1/subscriptions": "get_subscriptions",
    "POST /v1/charges": "post_charges",
    "POST /v1/customers": "post_customers",
    "POST /v1/customers/{customer}": "post_customers_customer",
    "POST /v1/invoices": "post_invoices",
    "POST /v1/invoices/{invoice}/finalize": "post_invoices_invoice_finalize",
    "POST /v1/payment_intents": "post_payment_intents",
    "POST /v1/payment_intents/{intent}/cancel": "post_payment_intents_intent_cancel",
    "POST /v1/refunds": "post_refunds",
}

#: Operation (``"METHOD /path"``) -> the Python type of its successful answer (what ``parse_success`` returns).
SUCCESS_TYPES: dict[str, str] = {
    "DELETE /v1/subscriptions/{subscription_exposed_id}": "Subscription",
    "GET /v1/balance": "Balance",
    "GET /v1/charges": "GetChargesResponse200",
    "GET /v1/charges/{charge}": "Charge",
    "GET /v1/customers": "GetCustomersResponse200",
    "GET /v1/customers/{customer}": "Customer | DeletedCustomer",
    "GET /v1/customers/search": "GetCustomersSearchResponse200",
    "GET /v1/invoices": "GetInvoicesResponse200",
    "GET /v1/payment_intents": "GetPaymentIntentsResponse200",
    "GET /v1/payment_intents/{intent}": "PaymentIntent",
    "GET /v1/products": "GetProductsResponse200",
    "GET /v1/subscriptions": "GetSubscriptionsResponse200",
    "POST /v1/charges": "Charge",
    "POST /v1/customers": "Customer",
    "POST /v1/customers/{customer}": "Customer",
    "POST /v1/invoices": "Invoice",
    "POST /v1/invoices/{invoice}/finalize": "Invoice",
    "POST /v1/payment_intents": "PaymentIntent",
    "POST /v1/payment_intents/{intent}/cancel": "PaymentIntent",
    "POST /v1/refunds": "Refund",
}

_parsers: dict[str, Callable[[Any], Any]] = {}
_lock = threading.RLock()


def success_parser(operation: str) -> Callable[[Any], Any]:
    """The ``parse_success`` of ``operation`` (a ``KeyError`` for an operation this package does not have).

    The first lookup imports the models package whole, then the endpoint module, under one lock. The models import
    each other (inside ``from_dict`` too), so threads importing different parts of the package at once could each
    hold a module lock the other waits for (Python's ``_DeadlockError``); once the package is loaded, every later
    import is a ``sys.modules`` lookup.
    """
    parser = _parsers.get(operation)
    if parser is None:
        module_name = ENDPOINT_MODULES[operation]
        with _lock:
            parser = _parsers.get(operation)
            if parser is None:
                importlib.import_module(__name__.rsplit(".api.", 1)[0] + ".models")
                module = importlib.import_module(f"{__name__}.{module_name}")
                parser = module.parse_success
                _parsers[operation] = parser
    return parser
