from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem = Literal[
    "balances", "ownership", "payment_method", "transactions"
]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_TYPE_0_FINANCIAL_CONNECTIONS_PERMISSIONS_ITEM_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem
] = {
    "balances",
    "ownership",
    "payment_method",
    "transactions",
}


def check_post_payment_intents_body_payment_method_options_us_bank_account_type_0_financial_connections_permissions_item(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(
        PostPaymentIntentsBodyPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem, value
    )
