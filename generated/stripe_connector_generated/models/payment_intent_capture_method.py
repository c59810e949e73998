from typing import Literal, cast

PaymentIntentCaptureMethod = Literal["automatic", "automatic_async", "manual"]

PAYMENT_INTENT_CAPTURE_METHOD_VALUES: set[PaymentIntentCaptureMethod] = {
    "automatic",
    "automatic_async",
    "manual",
}


def check_payment_intent_capture_method(value: str) -> PaymentIntentCaptureMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentCaptureMethod, value)
