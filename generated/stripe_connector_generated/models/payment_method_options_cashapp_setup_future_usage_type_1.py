from typing import Literal, cast

PaymentMethodOptionsCashappSetupFutureUsageType1 = Literal["none", "off_session", "on_session"]

PAYMENT_METHOD_OPTIONS_CASHAPP_SETUP_FUTURE_USAGE_TYPE_1_VALUES: set[
    PaymentMethodOptionsCashappSetupFutureUsageType1
] = {
    "none",
    "off_session",
    "on_session",
}


def check_payment_method_options_cashapp_setup_future_usage_type_1(
    value: str,
) -> PaymentMethodOptionsCashappSetupFutureUsageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsCashappSetupFutureUsageType1, value)
