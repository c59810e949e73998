from typing import Literal, cast

PaymentIntentCaptureMethodType1 = Literal["automatic", "automatic_async", "manual"]

PAYMENT_INTENT_CAPTURE_METHOD_TYPE_1_VALUES: set[PaymentIntentCaptureMethodType1] = {
    "automatic",
    "automatic_async",
    "manual",
}


def check_payment_intent_capture_method_type_1(value: str) -> PaymentIntentCaptureMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentCaptureMethodType1, value)
