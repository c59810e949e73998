from typing import Literal, cast

ChargeStatusType1 = Literal["failed", "pending", "succeeded"]

CHARGE_STATUS_TYPE_1_VALUES: set[ChargeStatusType1] = {
    "failed",
    "pending",
    "succeeded",
}


def check_charge_status_type_1(value: str) -> ChargeStatusType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(ChargeStatusType1, value)
