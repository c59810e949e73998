from typing import Literal, cast

SubscriptionSubscriptionItemListObject = Literal["list"]

SUBSCRIPTION_SUBSCRIPTION_ITEM_LIST_OBJECT_VALUES: set[SubscriptionSubscriptionItemListObject] = {
    "list",
}


def check_subscription_subscription_item_list_object(value: str) -> SubscriptionSubscriptionItemListObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(SubscriptionSubscriptionItemListObject, value)
