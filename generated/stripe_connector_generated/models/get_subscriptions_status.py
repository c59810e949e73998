from typing import Literal, cast

GetSubscriptionsStatus = Literal[
    "active",
    "all",
    "canceled",
    "ended",
    "incomplete",
    "incomplete_expired",
    "past_due",
    "paused",
    "trialing",
    "unpaid",
]

GET_SUBSCRIPTIONS_STATUS_VALUES: set[GetSubscriptionsStatus] = {
    "active",
    "all",
    "canceled",
    "ended",
    "incomplete",
    "incomplete_expired",
    "past_due",
    "paused",
    "trialing",
    "unpaid",
}


def check_get_subscriptions_status(value: str) -> GetSubscriptionsStatus:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(GetSubscriptionsStatus, value)
