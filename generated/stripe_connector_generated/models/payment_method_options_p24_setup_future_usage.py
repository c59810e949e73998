from typing import Literal, cast

PaymentMethodOptionsP24SetupFutureUsage = Literal["none"]

PAYMENT_METHOD_OPTIONS_P24_SETUP_FUTURE_USAGE_VALUES: set[PaymentMethodOptionsP24SetupFutureUsage] = {
    "none",
}


def check_payment_method_options_p24_setup_future_usage(
    value: str,
) -> PaymentMethodOptionsP24SetupFutureUsage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsP24SetupFutureUsage, value)
