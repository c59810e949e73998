from typing import Literal, cast

PaymentMethodOptionsWechatPayClientType1 = Literal["android", "ios", "web"]

PAYMENT_METHOD_OPTIONS_WECHAT_PAY_CLIENT_TYPE_1_VALUES: set[PaymentMethodOptionsWechatPayClientType1] = {
    "android",
    "ios",
    "web",
}


def check_payment_method_options_wechat_pay_client_type_1(
    value: str,
) -> PaymentMethodOptionsWechatPayClientType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsWechatPayClientType1, value)
