from typing import Literal, cast

PaymentMethodOptionsAfterpayClearpayCaptureMethodType1 = Literal["manual"]

PAYMENT_METHOD_OPTIONS_AFTERPAY_CLEARPAY_CAPTURE_METHOD_TYPE_1_VALUES: set[
    PaymentMethodOptionsAfterpayClearpayCaptureMethodType1
] = {
    "manual",
}


def check_payment_method_options_afterpay_clearpay_capture_method_type_1(
    value: str,
) -> PaymentMethodOptionsAfterpayClearpayCaptureMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsAfterpayClearpayCaptureMethodType1, value)
