from typing import Literal, cast

SubscriptionsResourcePauseCollectionBehaviorType1 = Literal["keep_as_draft", "mark_uncollectible", "void"]

SUBSCRIPTIONS_RESOURCE_PAUSE_COLLECTION_BEHAVIOR_TYPE_1_VALUES: set[
    SubscriptionsResourcePauseCollectionBehaviorType1
] = {
    "keep_as_draft",
    "mark_uncollectible",
    "void",
}


def check_subscriptions_resource_pause_collection_behavior_type_1(
    value: str,
) -> SubscriptionsResourcePauseCollectionBehaviorType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(SubscriptionsResourcePauseCollectionBehaviorType1, value)
