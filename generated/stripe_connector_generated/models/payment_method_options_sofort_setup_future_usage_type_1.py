from typing import Literal, cast

PaymentMethodOptionsSofortSetupFutureUsageType1 = Literal["none", "off_session"]

PAYMENT_METHOD_OPTIONS_SOFORT_SETUP_FUTURE_USAGE_TYPE_1_VALUES: set[
    PaymentMethodOptionsSofortSetupFutureUsageType1
] = {
    "none",
    "off_session",
}


def check_payment_method_options_sofort_setup_future_usage_type_1(
    value: str,
) -> PaymentMethodOptionsSofortSetupFutureUsageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsSofortSetupFutureUsageType1, value)
