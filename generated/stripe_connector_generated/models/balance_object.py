from typing import Literal, cast

BalanceObject = Literal["balance"]

BALANCE_OBJECT_VALUES: set[BalanceObject] = {
    "balance",
}


def check_balance_object(value: str) -> BalanceObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(BalanceObject, value)
