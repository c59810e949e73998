from typing import Literal, cast

PaymentMethodOptionsWechatPaySetupFutureUsageType1 = Literal["none"]

PAYMENT_METHOD_OPTIONS_WECHAT_PAY_SETUP_FUTURE_USAGE_TYPE_1_VALUES: set[
    PaymentMethodOptionsWechatPaySetupFutureUsageType1
] = {
    "none",
}


def check_payment_method_options_wechat_pay_setup_future_usage_type_1(
    value: str,
) -> PaymentMethodOptionsWechatPaySetupFutureUsageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsWechatPaySetupFutureUsageType1, value)
