from typing import Literal, cast

RefundObject = Literal["refund"]

REFUND_OBJECT_VALUES: set[RefundObject] = {
    "refund",
}


def check_refund_object(value: str) -> RefundObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(RefundObject, value)
