from typing import Literal, cast

ChargeRefundListObject = Literal["list"]

CHARGE_REFUND_LIST_OBJECT_VALUES: set[ChargeRefundListObject] = {
    "list",
}


def check_charge_refund_list_object(value: str) -> ChargeRefundListObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(ChargeRefundListObject, value)
