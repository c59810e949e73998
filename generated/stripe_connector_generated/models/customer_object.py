from typing import Literal, cast

CustomerObject = Literal["customer"]

CUSTOMER_OBJECT_VALUES: set[CustomerObject] = {
    "customer",
}


def check_customer_object(value: str) -> CustomerObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(CustomerObject, value)
