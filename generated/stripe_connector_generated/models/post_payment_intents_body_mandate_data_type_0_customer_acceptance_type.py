from typing import Literal, cast

PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceType = Literal["offline", "online"]

POST_PAYMENT_INTENTS_BODY_MANDATE_DATA_TYPE_0_CUSTOMER_ACCEPTANCE_TYPE_VALUES: set[
    PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceType
] = {
    "offline",
    "online",
}


def check_post_payment_intents_body_mandate_data_type_0_customer_acceptance_type(
    value: str,
) -> PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceType:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyMandateDataType0CustomerAcceptanceType, value)
