from typing import Literal, cast

RefundReasonType1 = Literal["duplicate", "expired_uncaptured_charge", "fraudulent", "requested_by_customer"]

REFUND_REASON_TYPE_1_VALUES: set[RefundReasonType1] = {
    "duplicate",
    "expired_uncaptured_charge",
    "fraudulent",
    "requested_by_customer",
}


def check_refund_reason_type_1(value: str) -> RefundReasonType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(RefundReasonType1, value)
