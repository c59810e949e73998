from typing import Literal, cast

PaymentMethodOptionsBacsDebitSetupFutureUsageType1 = Literal["none", "off_session", "on_session"]

PAYMENT_METHOD_OPTIONS_BACS_DEBIT_SETUP_FUTURE_USAGE_TYPE_1_VALUES: set[
    PaymentMethodOptionsBacsDebitSetupFutureUsageType1
] = {
    "none",
    "off_session",
    "on_session",
}


def check_payment_method_options_bacs_debit_setup_future_usage_type_1(
    value: str,
) -> PaymentMethodOptionsBacsDebitSetupFutureUsageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsBacsDebitSetupFutureUsageType1, value)
