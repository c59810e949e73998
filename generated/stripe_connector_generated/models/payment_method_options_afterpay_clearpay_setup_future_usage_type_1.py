from typing import Literal, cast

PaymentMethodOptionsAfterpayClearpaySetupFutureUsageType1 = Literal["none"]

PAYMENT_METHOD_OPTIONS_AFTERPAY_CLEARPAY_SETUP_FUTURE_USAGE_TYPE_1_VALUES: set[
    PaymentMethodOptionsAfterpayClearpaySetupFutureUsageType1
] = {
    "none",
}


def check_payment_method_options_afterpay_clearpay_setup_future_usage_type_1(
    value: str,
) -> PaymentMethodOptionsAfterpayClearpaySetupFutureUsageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsAfterpayClearpaySetupFutureUsageType1, value)
