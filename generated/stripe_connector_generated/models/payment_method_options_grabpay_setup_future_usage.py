from typing import Literal, cast

PaymentMethodOptionsGrabpaySetupFutureUsage = Literal["none"]

PAYMENT_METHOD_OPTIONS_GRABPAY_SETUP_FUTURE_USAGE_VALUES: set[PaymentMethodOptionsGrabpaySetupFutureUsage] = {
    "none",
}


def check_payment_method_options_grabpay_setup_future_usage(
    value: str,
) -> PaymentMethodOptionsGrabpaySetupFutureUsage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsGrabpaySetupFutureUsage, value)
