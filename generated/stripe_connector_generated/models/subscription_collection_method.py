from typing import Literal, cast

SubscriptionCollectionMethod = Literal["charge_automatically", "send_invoice"]

SUBSCRIPTION_COLLECTION_METHOD_VALUES: set[SubscriptionCollectionMethod] = {
    "charge_automatically",
    "send_invoice",
}


def check_subscription_collection_method(value: str) -> SubscriptionCollectionMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(SubscriptionCollectionMethod, value)
