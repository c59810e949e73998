from typing import Literal, cast

ChargeStatus = Literal["failed", "pending", "succeeded"]

CHARGE_STATUS_VALUES: set[ChargeStatus] = {
    "failed",
    "pending",
    "succeeded",
}


def check_charge_status(value: str) -> ChargeStatus:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(ChargeStatus, value)
