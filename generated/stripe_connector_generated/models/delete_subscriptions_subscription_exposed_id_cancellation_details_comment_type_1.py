from typing import Literal, cast

DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsCommentType1 = Literal[""]

DELETE_SUBSCRIPTIONS_SUBSCRIPTION_EXPOSED_ID_CANCELLATION_DETAILS_COMMENT_TYPE_1_VALUES: set[
    DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsCommentType1
] = {
    "",
}


def check_delete_subscriptions_subscription_exposed_id_cancellation_details_comment_type_1(
    value: str,
) -> DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsCommentType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(DeleteSubscriptionsSubscriptionExposedIdCancellationDetailsCommentType1, value)
