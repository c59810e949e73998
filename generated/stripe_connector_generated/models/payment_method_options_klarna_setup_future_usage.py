from typing import Literal, cast

PaymentMethodOptionsKlarnaSetupFutureUsage = Literal["none"]

PAYMENT_METHOD_OPTIONS_KLARNA_SETUP_FUTURE_USAGE_VALUES: set[PaymentMethodOptionsKlarnaSetupFutureUsage] = {
    "none",
}


def check_payment_method_options_klarna_setup_future_usage(
    value: str,
) -> PaymentMethodOptionsKlarnaSetupFutureUsage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsKlarnaSetupFutureUsage, value)
