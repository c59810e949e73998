from typing import Literal, cast

PaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypesType0Item = Literal[
    "aba", "iban", "sepa", "sort_code", "spei", "swift", "zengin"
]

PAYMENT_METHOD_OPTIONS_CUSTOMER_BALANCE_BANK_TRANSFER_REQUESTED_ADDRESS_TYPES_TYPE_0_ITEM_VALUES: set[
    PaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypesType0Item
] = {
    "aba",
    "iban",
    "sepa",
    "sort_code",
    "spei",
    "swift",
    "zengin",
}


def check_payment_method_options_customer_balance_bank_transfer_requested_address_types_type_0_item(
    value: str,
) -> PaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypesType0Item:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsCustomerBalanceBankTransferRequestedAddressTypesType0Item, value)
