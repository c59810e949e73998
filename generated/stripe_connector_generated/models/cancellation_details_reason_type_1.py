from typing import Literal, cast

CancellationDetailsReasonType1 = Literal["cancellation_requested", "payment_disputed", "payment_failed"]

CANCELLATION_DETAILS_REASON_TYPE_1_VALUES: set[CancellationDetailsReasonType1] = {
    "cancellation_requested",
    "payment_disputed",
    "payment_failed",
}


def check_cancellation_details_reason_type_1(value: str) -> CancellationDetailsReasonType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(CancellationDetailsReasonType1, value)
