from typing import Literal, cast

SubscriptionPendingInvoiceItemIntervalIntervalType1 = Literal["day", "month", "week", "year"]

SUBSCRIPTION_PENDING_INVOICE_ITEM_INTERVAL_INTERVAL_TYPE_1_VALUES: set[
    SubscriptionPendingInvoiceItemIntervalIntervalType1
] = {
    "day",
    "month",
    "week",
    "year",
}


def check_subscription_pending_invoice_item_interval_interval_type_1(
    value: str,
) -> SubscriptionPendingInvoiceItemIntervalIntervalType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(SubscriptionPendingInvoiceItemIntervalIntervalType1, value)
