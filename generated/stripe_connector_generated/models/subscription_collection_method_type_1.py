from typing import Literal, cast

SubscriptionCollectionMethodType1 = Literal["charge_automatically", "send_invoice"]

SUBSCRIPTION_COLLECTION_METHOD_TYPE_1_VALUES: set[SubscriptionCollectionMethodType1] = {
    "charge_automatically",
    "send_invoice",
}


def check_subscription_collection_method_type_1(value: str) -> SubscriptionCollectionMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(SubscriptionCollectionMethodType1, value)
