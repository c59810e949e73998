from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsPixType1 = Literal[""]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_PIX_TYPE_1_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsPixType1
] = {
    "",
}


def check_post_payment_intents_body_payment_method_options_pix_type_1(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsPixType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsPixType1, value)
