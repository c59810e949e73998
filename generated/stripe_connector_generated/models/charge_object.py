from typing import Literal, cast

ChargeObject = Literal["charge"]

CHARGE_OBJECT_VALUES: set[ChargeObject] = {
    "charge",
}


def check_charge_object(value: str) -> ChargeObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(ChargeObject, value)
