from typing import Literal, cast

PaymentMethodOptionsAffirmCaptureMethodType1 = Literal["manual"]

PAYMENT_METHOD_OPTIONS_AFFIRM_CAPTURE_METHOD_TYPE_1_VALUES: set[
    PaymentMethodOptionsAffirmCaptureMethodType1
] = {
    "manual",
}


def check_payment_method_options_affirm_capture_method_type_1(
    value: str,
) -> PaymentMethodOptionsAffirmCaptureMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsAffirmCaptureMethodType1, value)
