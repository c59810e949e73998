from typing import Literal, cast

PaymentIntentPaymentMethodOptionsUsBankAccountVerificationMethodType1 = Literal[
    "automatic", "instant", "microdeposits"
]

PAYMENT_INTENT_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_VERIFICATION_METHOD_TYPE_1_VALUES: set[
    PaymentIntentPaymentMethodOptionsUsBankAccountVerificationMethodType1
] = {
    "automatic",
    "instant",
    "microdeposits",
}


def check_payment_intent_payment_method_options_us_bank_account_verification_method_type_1(
    value: str,
) -> PaymentIntentPaymentMethodOptionsUsBankAccountVerificationMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentPaymentMethodOptionsUsBankAccountVerificationMethodType1, value)
