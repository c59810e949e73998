from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsAmountType = Literal["fixed", "maximum"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_CARD_TYPE_0_MANDATE_OPTIONS_AMOUNT_TYPE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsAmountType
] = {
    "fixed",
    "maximum",
}


def check_post_payment_intents_body_payment_method_options_card_type_0_mandate_options_amount_type(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsAmountType:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsAmountType, value)
