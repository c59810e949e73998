from typing import Literal, cast

PaymentIntentObject = Literal["payment_intent"]

PAYMENT_INTENT_OBJECT_VALUES: set[PaymentIntentObject] = {
    "payment_intent",
}


def check_payment_intent_object(value: str) -> PaymentIntentObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentObject, value)
