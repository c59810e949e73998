from typing import Literal, cast

PostPaymentIntentsBodyMandateDataType1 = Literal[""]

POST_PAYMENT_INTENTS_BODY_MANDATE_DATA_TYPE_1_VALUES: set[PostPaymentIntentsBodyMandateDataType1] = {
    "",
}


def check_post_payment_intents_body_mandate_data_type_1(value: str) -> PostPaymentIntentsBodyMandateDataType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyMandateDataType1, value)
