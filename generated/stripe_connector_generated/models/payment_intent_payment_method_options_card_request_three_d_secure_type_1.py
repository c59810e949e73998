from typing import Literal, cast

PaymentIntentPaymentMethodOptionsCardRequestThreeDSecureType1 = Literal["any", "automatic", "challenge_only"]

PAYMENT_INTENT_PAYMENT_METHOD_OPTIONS_CARD_REQUEST_THREE_D_SECURE_TYPE_1_VALUES: set[
    PaymentIntentPaymentMethodOptionsCardRequestThreeDSecureType1
] = {
    "any",
    "automatic",
    "challenge_only",
}


def check_payment_intent_payment_method_options_card_request_three_d_secure_type_1(
    value: str,
) -> PaymentIntentPaymentMethodOptionsCardRequestThreeDSecureType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentPaymentMethodOptionsCardRequestThreeDSecureType1, value)
