from typing import Literal, cast

LinkedAccountOptionsUsBankAccountPermissionsType0Item = Literal[
    "balances", "ownership", "payment_method", "transactions"
]

LINKED_ACCOUNT_OPTIONS_US_BANK_ACCOUNT_PERMISSIONS_TYPE_0_ITEM_VALUES: set[
    LinkedAccountOptionsUsBankAccountPermissionsType0Item
] = {
    "balances",
    "ownership",
    "payment_method",
    "transactions",
}


def check_linked_account_options_us_bank_account_permissions_type_0_item(
    value: str,
) -> LinkedAccountOptionsUsBankAccountPermissionsType0Item:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(LinkedAccountOptionsUsBankAccountPermissionsType0Item, value)
