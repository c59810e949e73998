from typing import Literal, cast

PaymentMethodOptionsWechatPaySetupFutureUsage = Literal["none"]

PAYMENT_METHOD_OPTIONS_WECHAT_PAY_SETUP_FUTURE_USAGE_VALUES: set[
    PaymentMethodOptionsWechatPaySetupFutureUsage
] = {
    "none",
}


def check_payment_method_options_wechat_pay_setup_future_usage(
    value: str,
) -> PaymentMethodOptionsWechatPaySetupFutureUsage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsWechatPaySetupFutureUsage, value)
