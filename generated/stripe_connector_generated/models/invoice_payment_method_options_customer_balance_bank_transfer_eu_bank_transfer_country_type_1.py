from typing import Literal, cast

InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferCountryType1 = Literal[
    "BE", "DE", "ES", "FR", "IE", "NL"
]

INVOICE_PAYMENT_METHOD_OPTIONS_CUSTOMER_BALANCE_BANK_TRANSFER_EU_BANK_TRANSFER_COUNTRY_TYPE_1_VALUES: set[
    InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferCountryType1
] = {
    "BE",
    "DE",
    "ES",
    "FR",
    "IE",
    "NL",
}


def check_invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer_country_type_1(
    value: str,
) -> InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferCountryType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferCountryType1, value)
