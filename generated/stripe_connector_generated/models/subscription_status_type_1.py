from typing import Literal, cast

SubscriptionStatusType1 = Literal[
    "active", "canceled", "incomplete", "incomplete_expired", "past_due", "paused", "trialing", "unpaid"
]

SUBSCRIPTION_STATUS_TYPE_1_VALUES: set[SubscriptionStatusType1] = {
    "active",
    "canceled",
    "incomplete",
    "incomplete_expired",
    "past_due",
    "paused",
    "trialing",
    "unpaid",
}


def check_subscription_status_type_1(value: str) -> SubscriptionStatusType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(SubscriptionStatusType1, value)
