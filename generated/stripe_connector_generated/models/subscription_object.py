from typing import Literal, cast

SubscriptionObject = Literal["subscription"]

SUBSCRIPTION_OBJECT_VALUES: set[SubscriptionObject] = {
    "subscription",
}


def check_subscription_object(value: str) -> SubscriptionObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(SubscriptionObject, value)
