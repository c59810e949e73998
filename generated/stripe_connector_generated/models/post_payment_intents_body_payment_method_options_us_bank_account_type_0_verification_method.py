from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0VerificationMethod = Literal[
    "automatic", "instant", "microdeposits"
]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_TYPE_0_VERIFICATION_METHOD_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0VerificationMethod
] = {
    "automatic",
    "instant",
    "microdeposits",
}


def check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_verification_method(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0VerificationMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0VerificationMethod, value)
