from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0NetworksRequestedItem = Literal[
    "ach", "us_domestic_wire"
]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_TYPE_0_NETWORKS_REQUESTED_ITEM_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0NetworksRequestedItem
] = {
    "ach",
    "us_domestic_wire",
}


def check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_networks_requested_item(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0NetworksRequestedItem:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0NetworksRequestedItem, value)
