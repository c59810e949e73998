from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodDataBillingDetailsPhoneType1 = Literal[""]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_DATA_BILLING_DETAILS_PHONE_TYPE_1_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodDataBillingDetailsPhoneType1
] = {
    "",
}


def check_post_payment_intents_body_payment_method_data_billing_details_phone_type_1(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodDataBillingDetailsPhoneType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodDataBillingDetailsPhoneType1, value)
