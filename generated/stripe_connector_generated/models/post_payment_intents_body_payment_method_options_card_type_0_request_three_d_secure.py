from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsCardType0RequestThreeDSecure = Literal["any", "automatic"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_CARD_TYPE_0_REQUEST_THREE_D_SECURE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0RequestThreeDSecure
] = {
    "any",
    "automatic",
}


def check_post_payment_intents_body_payment_method_options_card_type_0_request_three_d_secure(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsCardType0RequestThreeDSecure:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsCardType0RequestThreeDSecure, value)
