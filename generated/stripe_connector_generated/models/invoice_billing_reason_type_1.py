from typing import Literal, cast

InvoiceBillingReasonType1 = Literal[
    "automatic_pending_invoice_item_invoice",
    "manual",
    "quote_accept",
    "subscription",
    "subscription_create",
    "subscription_cycle",
    "subscription_threshold",
    "subscription_update",
    "upcoming",
]

INVOICE_BILLING_REASON_TYPE_1_VALUES: set[InvoiceBillingReasonType1] = {
    "automatic_pending_invoice_item_invoice",
    "manual",
    "quote_accept",
    "subscription",
    "subscription_create",
    "subscription_cycle",
    "subscription_threshold",
    "subscription_update",
    "upcoming",
}


def check_invoice_billing_reason_type_1(value: str) -> InvoiceBillingReasonType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoiceBillingReasonType1, value)
