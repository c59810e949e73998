from typing import Literal, cast

SubscriptionStatus = Literal[
    "active", "canceled", "incomplete", "incomplete_expired", "past_due", "paused", "trialing", "unpaid"
]

SUBSCRIPTION_STATUS_VALUES: set[SubscriptionStatus] = {
    "active",
    "canceled",
    "incomplete",
    "incomplete_expired",
    "past_due",
    "paused",
    "trialing",
    "unpaid",
}


def check_subscription_status(value: str) -> SubscriptionStatus:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(SubscriptionStatus, value)
