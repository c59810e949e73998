from typing import Literal, cast

DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsFeedback = Literal[
    "",
    "customer_service",
    "low_quality",
    "missing_features",
    "other",
    "switched_service",
    "too_complex",
    "too_expensive",
    "unused",
]

DELETE_SUBSCRIPTIONS_SUBSCRIPTION_EXPOSED_ID_CANCELLATION_DETAILS_FEEDBACK_VALUES: set[
    DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsFeedback
] = {
    "",
    "customer_service",
    "low_quality",
    "missing_features",
    "other",
    "switched_service",
    "too_complex",
    "too_expensive",
    "unused",
}


def check_delete_subscriptions_subscription_exposed_id_cancellation_details_feedback(
    value: str,
) -> DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsFeedback:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsFeedback, value)
