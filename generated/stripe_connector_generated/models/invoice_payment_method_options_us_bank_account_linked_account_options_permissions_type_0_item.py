from typing import Literal, cast

InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPermissionsType0Item = Literal[
    "balances", "payment_method", "transactions"
]

INVOICE_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_LINKED_ACCOUNT_OPTIONS_PERMISSIONS_TYPE_0_ITEM_VALUES: set[
    InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPermissionsType0Item
] = {
    "balances",
    "payment_method",
    "transactions",
}


def check_invoice_payment_method_options_us_bank_account_linked_account_options_permissions_type_0_item(
    value: str,
) -> InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPermissionsType0Item:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoicePaymentMethodOptionsUsBankAccountLinkedAccountOptionsPermissionsType0Item, value)
