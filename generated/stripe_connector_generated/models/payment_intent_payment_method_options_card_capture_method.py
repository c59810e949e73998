from typing import Literal, cast

PaymentIntentPaymentMethodOptionsCardCaptureMethod = Literal["manual"]

PAYMENT_INTENT_PAYMENT_METHOD_OPTIONS_CARD_CAPTURE_METHOD_VALUES: set[
    PaymentIntentPaymentMethodOptionsCardCaptureMethod
] = {
    "manual",
}


def check_payment_intent_payment_method_options_card_capture_method(
    value: str,
) -> PaymentIntentPaymentMethodOptionsCardCaptureMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentPaymentMethodOptionsCardCaptureMethod, value)
