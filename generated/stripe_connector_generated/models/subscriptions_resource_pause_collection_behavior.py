from typing import Literal, cast

SubscriptionsResourcePauseCollectionBehavior = Literal["keep_as_draft", "mark_uncollectible", "void"]

SUBSCRIPTIONS_RESOURCE_PAUSE_COLLECTION_BEHAVIOR_VALUES: set[SubscriptionsResourcePauseCollectionBehavior] = {
    "keep_as_draft",
    "mark_uncollectible",
    "void",
}


def check_subscriptions_resource_pause_collection_behavior(
    value: str,
) -> SubscriptionsResourcePauseCollectionBehavior:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(SubscriptionsResourcePauseCollectionBehavior, value)
