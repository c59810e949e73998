from typing import Literal, cast

PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item = Literal[
    "ach_credit_transfer",
    "ach_debit",
    "acss_debit",
    "au_becs_debit",
    "bacs_debit",
    "bancontact",
    "boleto",
    "card",
    "cashapp",
    "customer_balance",
    "fpx",
    "giropay",
    "grabpay",
    "ideal",
    "konbini",
    "link",
    "paynow",
    "paypal",
    "promptpay",
    "sepa_debit",
    "sofort",
    "us_bank_account",
    "wechat_pay",
]

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_TYPES_TYPE_0_ITEM_VALUES: set[
    PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item
] = {
    "ach_credit_transfer",
    "ach_debit",
    "acss_debit",
    "au_becs_debit",
    "bacs_debit",
    "bancontact",
    "boleto",
    "card",
    "cashapp",
    "customer_balance",
    "fpx",
    "giropay",
    "grabpay",
    "ideal",
    "konbini",
    "link",
    "paynow",
    "paypal",
    "promptpay",
    "sepa_debit",
    "sofort",
    "us_bank_account",
    "wechat_pay",
}


def check_post_invoices_body_payment_settings_payment_method_types_type_0_item(
    value: str,
) -> PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyPaymentSettingsPaymentMethodTypesType0Item, value)
