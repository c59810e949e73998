from typing import Literal, cast

LinkedAccountOptionsUsBankAccountPermissionsItem = Literal[
    "balances", "ownership", "payment_method", "transactions"
]

LINKED_ACCOUNT_OPTIONS_US_BANK_ACCOUNT_PERMISSIONS_ITEM_VALUES: set[
    LinkedAccountOptionsUsBankAccountPermissionsItem
] = {
    "balances",
    "ownership",
    "payment_method",
    "transactions",
}


def check_linked_account_options_us_bank_account_permissions_item(
    value: str,
) -> LinkedAccountOptionsUsBankAccountPermissionsItem:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(LinkedAccountOptionsUsBankAccountPermissionsItem, value)
