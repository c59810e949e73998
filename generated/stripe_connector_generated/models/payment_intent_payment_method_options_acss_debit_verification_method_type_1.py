from typing import Literal, cast

PaymentIntentPaymentMethodOptionsAcssDebitVerificationMethodType1 = Literal[
    "automatic", "instant", "microdeposits"
]

PAYMENT_INTENT_PAYMENT_METHOD_OPTIONS_ACSS_DEBIT_VERIFICATION_METHOD_TYPE_1_VALUES: set[
    PaymentIntentPaymentMethodOptionsAcssDebitVerificationMethodType1
] = {
    "automatic",
    "instant",
    "microdeposits",
}


def check_payment_intent_payment_method_options_acss_debit_verification_method_type_1(
    value: str,
) -> PaymentIntentPaymentMethodOptionsAcssDebitVerificationMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentPaymentMethodOptionsAcssDebitVerificationMethodType1, value)
