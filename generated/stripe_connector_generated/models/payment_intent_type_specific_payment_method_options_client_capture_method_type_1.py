from typing import Literal, cast

PaymentIntentTypeSpecificPaymentMethodOptionsClientCaptureMethodType1 = Literal["manual", "manual_preferred"]

PAYMENT_INTENT_TYPE_SPECIFIC_PAYMENT_METHOD_OPTIONS_CLIENT_CAPTURE_METHOD_TYPE_1_VALUES: set[
    PaymentIntentTypeSpecificPaymentMethodOptionsClientCaptureMethodType1
] = {
    "manual",
    "manual_preferred",
}


def check_payment_intent_type_specific_payment_method_options_client_capture_method_type_1(
    value: str,
) -> PaymentIntentTypeSpecificPaymentMethodOptionsClientCaptureMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentTypeSpecificPaymentMethodOptionsClientCaptureMethodType1, value)
