from typing import Literal, cast

InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionTypeType1 = Literal["business", "personal"]

INVOICE_PAYMENT_METHOD_OPTIONS_ACSS_DEBIT_MANDATE_OPTIONS_TRANSACTION_TYPE_TYPE_1_VALUES: set[
    InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionTypeType1
] = {
    "business",
    "personal",
}


def check_invoice_payment_method_options_acss_debit_mandate_options_transaction_type_type_1(
    value: str,
) -> InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionTypeType1, value)
