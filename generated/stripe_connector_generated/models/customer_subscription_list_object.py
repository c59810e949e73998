from typing import Literal, cast

CustomerSubscriptionListObject = Literal["list"]

CUSTOMER_SUBSCRIPTION_LIST_OBJECT_VALUES: set[CustomerSubscriptionListObject] = {
    "list",
}


def check_customer_subscription_list_object(value: str) -> CustomerSubscriptionListObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(CustomerSubscriptionListObject, value)
