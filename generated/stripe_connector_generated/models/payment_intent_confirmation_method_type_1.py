from typing import Literal, cast

PaymentIntentConfirmationMethodType1 = Literal["automatic", "manual"]

PAYMENT_INTENT_CONFIRMATION_METHOD_TYPE_1_VALUES: set[PaymentIntentConfirmationMethodType1] = {
    "automatic",
    "manual",
}


def check_payment_intent_confirmation_method_type_1(value: str) -> PaymentIntentConfirmationMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentConfirmationMethodType1, value)
