from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType1 = Literal[""]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_INTERAC_PRESENT_TYPE_1_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType1
] = {
    "",
}


def check_post_payment_intents_body_payment_method_options_interac_present_type_1(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsInteracPresentType1, value)
