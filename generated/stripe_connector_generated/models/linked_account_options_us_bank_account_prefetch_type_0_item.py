from typing import Literal, cast

LinkedAccountOptionsUsBankAccountPrefetchType0Item = Literal["balances"]

LINKED_ACCOUNT_OPTIONS_US_BANK_ACCOUNT_PREFETCH_TYPE_0_ITEM_VALUES: set[
    LinkedAccountOptionsUsBankAccountPrefetchType0Item
] = {
    "balances",
}


def check_linked_account_options_us_bank_account_prefetch_type_0_item(
    value: str,
) -> LinkedAccountOptionsUsBankAccountPrefetchType0Item:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(LinkedAccountOptionsUsBankAccountPrefetchType0Item, value)
