from typing import Literal, cast

InvoicePaymentMethodOptionsAcssDebitVerificationMethod = Literal["automatic", "instant", "microdeposits"]

INVOICE_PAYMENT_METHOD_OPTIONS_ACSS_DEBIT_VERIFICATION_METHOD_VALUES: set[
    InvoicePaymentMethodOptionsAcssDebitVerificationMethod
] = {
    "automatic",
    "instant",
    "microdeposits",
}


def check_invoice_payment_method_options_acss_debit_verification_method(
    value: str,
) -> InvoicePaymentMethodOptionsAcssDebitVerificationMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoicePaymentMethodOptionsAcssDebitVerificationMethod, value)
