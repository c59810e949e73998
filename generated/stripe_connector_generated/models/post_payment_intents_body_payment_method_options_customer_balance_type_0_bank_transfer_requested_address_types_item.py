from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferRequestedAddressTypesItem = Literal[
    "aba", "iban", "sepa", "sort_code", "spei", "swift", "zengin"
]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_CUSTOMER_BALANCE_TYPE_0_BANK_TRANSFER_REQUESTED_ADDRESS_TYPES_ITEM_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferRequestedAddressTypesItem
] = {
    "aba",
    "iban",
    "sepa",
    "sort_code",
    "spei",
    "swift",
    "zengin",
}


def check_post_payment_intents_body_payment_method_options_customer_balance_type_0_bank_transfer_requested_address_types_item(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferRequestedAddressTypesItem:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(
        PostPaymentIntentsBodyPaymentMethodOptionsCustomerBalanceType0BankTransferRequestedAddressTypesItem,
        value,
    )
