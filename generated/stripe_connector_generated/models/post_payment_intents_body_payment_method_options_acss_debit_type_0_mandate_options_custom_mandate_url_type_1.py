from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsCustomMandateUrlType1 = Literal[""]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_ACSS_DEBIT_TYPE_0_MANDATE_OPTIONS_CUSTOM_MANDATE_URL_TYPE_1_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsCustomMandateUrlType1
] = {
    "",
}


def check_post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options_custom_mandate_url_type_1(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsCustomMandateUrlType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(
        PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsCustomMandateUrlType1, value
    )
