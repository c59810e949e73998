from typing import Literal, cast

PaymentMethodOptionsAlipaySetupFutureUsageType1 = Literal["none", "off_session"]

PAYMENT_METHOD_OPTIONS_ALIPAY_SETUP_FUTURE_USAGE_TYPE_1_VALUES: set[
    PaymentMethodOptionsAlipaySetupFutureUsageType1
] = {
    "none",
    "off_session",
}


def check_payment_method_options_alipay_setup_future_usage_type_1(
    value: str,
) -> PaymentMethodOptionsAlipaySetupFutureUsageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsAlipaySetupFutureUsageType1, value)
