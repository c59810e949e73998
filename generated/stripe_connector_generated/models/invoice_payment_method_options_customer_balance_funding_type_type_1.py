from typing import Literal, cast

InvoicePaymentMethodOptionsCustomerBalanceFundingTypeType1 = Literal["bank_transfer"]

INVOICE_PAYMENT_METHOD_OPTIONS_CUSTOMER_BALANCE_FUNDING_TYPE_TYPE_1_VALUES: set[
    InvoicePaymentMethodOptionsCustomerBalanceFundingTypeType1
] = {
    "bank_transfer",
}


def check_invoice_payment_method_options_customer_balance_funding_type_type_1(
    value: str,
) -> InvoicePaymentMethodOptionsCustomerBalanceFundingTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoicePaymentMethodOptionsCustomerBalanceFundingTypeType1, value)
