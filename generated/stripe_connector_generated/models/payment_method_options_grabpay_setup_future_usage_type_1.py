from typing import Literal, cast

PaymentMethodOptionsGrabpaySetupFutureUsageType1 = Literal["none"]

PAYMENT_METHOD_OPTIONS_GRABPAY_SETUP_FUTURE_USAGE_TYPE_1_VALUES: set[
    PaymentMethodOptionsGrabpaySetupFutureUsageType1
] = {
    "none",
}


def check_payment_method_options_grabpay_setup_future_usage_type_1(
    value: str,
) -> PaymentMethodOptionsGrabpaySetupFutureUsageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsGrabpaySetupFutureUsageType1, value)
