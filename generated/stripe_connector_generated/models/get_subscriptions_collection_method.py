from typing import Literal, cast

GetSubscriptionsCollectionMethod = Literal["charge_automatically", "send_invoice"]

GET_SUBSCRIPTIONS_COLLECTION_METHOD_VALUES: set[GetSubscriptionsCollectionMethod] = {
    "charge_automatically",
    "send_invoice",
}


def check_get_subscriptions_collection_method(value: str) -> GetSubscriptionsCollectionMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(GetSubscriptionsCollectionMethod, value)
