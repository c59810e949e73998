from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ProductDescriptionType1 = Literal[""]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_KONBINI_TYPE_0_PRODUCT_DESCRIPTION_TYPE_1_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ProductDescriptionType1
] = {
    "",
}


def check_post_payment_intents_body_payment_method_options_konbini_type_0_product_description_type_1(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ProductDescriptionType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsKonbiniType0ProductDescriptionType1, value)
