from typing import Literal, cast

PaymentIntentConfirmationMethod = Literal["automatic", "manual"]

PAYMENT_INTENT_CONFIRMATION_METHOD_VALUES: set[PaymentIntentConfirmationMethod] = {
    "automatic",
    "manual",
}


def check_payment_intent_confirmation_method(value: str) -> PaymentIntentConfirmationMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentConfirmationMethod, value)
