from typing import Literal, cast

PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitTransactionTypeType1 = Literal["business", "personal"]

PAYMENT_INTENT_PAYMENT_METHOD_OPTIONS_MANDATE_OPTIONS_ACSS_DEBIT_TRANSACTION_TYPE_TYPE_1_VALUES: set[
    PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitTransactionTypeType1
] = {
    "business",
    "personal",
}


def check_payment_intent_payment_method_options_mandate_options_acss_debit_transaction_type_type_1(
    value: str,
) -> PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitTransactionTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitTransactionTypeType1, value)
