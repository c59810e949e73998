from typing import Literal, cast

PostCustomersCustomerBodyCashBalanceSettingsReconciliationMode = Literal[
    "automatic", "manual", "merchant_default"
]

POST_CUSTOMERS_CUSTOMER_BODY_CASH_BALANCE_SETTINGS_RECONCILIATION_MODE_VALUES: set[
    PostCustomersCustomerBodyCashBalanceSettingsReconciliationMode
] = {
    "automatic",
    "manual",
    "merchant_default",
}


def check_post_customers_customer_body_cash_balance_settings_reconciliation_mode(
    value: str,
) -> PostCustomersCustomerBodyCashBalanceSettingsReconciliationMode:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersCustomerBodyCashBalanceSettingsReconciliationMode, value)
