from typing import Literal, cast

PaymentMethodOptionsFpxSetupFutureUsageType1 = Literal["none"]

PAYMENT_METHOD_OPTIONS_FPX_SETUP_FUTURE_USAGE_TYPE_1_VALUES: set[
    PaymentMethodOptionsFpxSetupFutureUsageType1
] = {
    "none",
}


def check_payment_method_options_fpx_setup_future_usage_type_1(
    value: str,
) -> PaymentMethodOptionsFpxSetupFutureUsageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsFpxSetupFutureUsageType1, value)
