from typing import Literal, cast

PaymentMethodOptionsPaypalCaptureMethod = Literal["manual"]

PAYMENT_METHOD_OPTIONS_PAYPAL_CAPTURE_METHOD_VALUES: set[PaymentMethodOptionsPaypalCaptureMethod] = {
    "manual",
}


def check_payment_method_options_paypal_capture_method(value: str) -> PaymentMethodOptionsPaypalCaptureMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsPaypalCaptureMethod, value)
