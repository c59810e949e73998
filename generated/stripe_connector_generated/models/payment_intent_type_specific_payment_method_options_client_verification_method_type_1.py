from typing import Literal, cast

PaymentIntentTypeSpecificPaymentMethodOptionsClientVerificationMethodType1 = Literal[
    "automatic", "instant", "microdeposits"
]

PAYMENT_INTENT_TYPE_SPECIFIC_PAYMENT_METHOD_OPTIONS_CLIENT_VERIFICATION_METHOD_TYPE_1_VALUES: set[
    PaymentIntentTypeSpecificPaymentMethodOptionsClientVerificationMethodType1
] = {
    "automatic",
    "instant",
    "microdeposits",
}


def check_payment_intent_type_specific_payment_method_options_client_verification_method_type_1(
    value: str,
) -> PaymentIntentTypeSpecificPaymentMethodOptionsClientVerificationMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentTypeSpecificPaymentMethodOptionsClientVerificationMethodType1, value)
