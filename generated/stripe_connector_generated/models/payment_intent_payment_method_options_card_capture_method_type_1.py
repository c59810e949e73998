from typing import Literal, cast

PaymentIntentPaymentMethodOptionsCardCaptureMethodType1 = Literal["manual"]

PAYMENT_INTENT_PAYMENT_METHOD_OPTIONS_CARD_CAPTURE_METHOD_TYPE_1_VALUES: set[
    PaymentIntentPaymentMethodOptionsCardCaptureMethodType1
] = {
    "manual",
}


def check_payment_intent_payment_method_options_card_capture_method_type_1(
    value: str,
) -> PaymentIntentPaymentMethodOptionsCardCaptureMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentPaymentMethodOptionsCardCaptureMethodType1, value)
