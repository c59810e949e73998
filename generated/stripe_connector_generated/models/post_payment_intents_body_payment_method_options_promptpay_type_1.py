from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType1 = Literal[""]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_PROMPTPAY_TYPE_1_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType1
] = {
    "",
}


def check_post_payment_intents_body_payment_method_options_promptpay_type_1(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType1, value)
