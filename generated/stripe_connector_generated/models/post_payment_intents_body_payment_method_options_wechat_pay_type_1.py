from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType1 = Literal[""]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_WECHAT_PAY_TYPE_1_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType1
] = {
    "",
}


def check_post_payment_intents_body_payment_method_options_wechat_pay_type_1(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsWechatPayType1, value)
