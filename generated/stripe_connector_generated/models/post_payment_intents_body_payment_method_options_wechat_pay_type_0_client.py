from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType0Client = Literal["android", "ios", "web"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_WECHAT_PAY_TYPE_0_CLIENT_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType0Client
] = {
    "android",
    "ios",
    "web",
}


def check_post_payment_intents_body_payment_method_options_wechat_pay_type_0_client(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType0Client:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType0Client, value)
