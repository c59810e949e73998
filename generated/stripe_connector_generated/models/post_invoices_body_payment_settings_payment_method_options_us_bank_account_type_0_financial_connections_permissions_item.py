from typing import Literal, cast

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem = (
    Literal["balances", "ownership", "payment_method", "transactions"]
)

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_TYPE_0_FINANCIAL_CONNECTIONS_PERMISSIONS_ITEM_VALUES: set[
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem
] = {
    "balances",
    "ownership",
    "payment_method",
    "transactions",
}


def check_post_invoices_body_payment_settings_payment_method_options_us_bank_account_type_0_financial_connections_permissions_item(
    value: str,
) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(
        PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem,
        value,
    )
