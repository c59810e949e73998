from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType = Literal[
    "business", "personal"
]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_ACSS_DEBIT_TYPE_0_MANDATE_OPTIONS_TRANSACTION_TYPE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType
] = {
    "business",
    "personal",
}


def check_post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options_transaction_type(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType, value)
