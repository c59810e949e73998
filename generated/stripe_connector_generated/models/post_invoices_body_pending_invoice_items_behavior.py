from typing import Literal, cast

PostInvoicesBodyPendingInvoiceItemsBehavior = Literal["exclude", "include", "include_and_require"]

POST_INVOICES_BODY_PENDING_INVOICE_ITEMS_BEHAVIOR_VALUES: set[PostInvoicesBodyPendingInvoiceItemsBehavior] = {
    "exclude",
    "include",
    "include_and_require",
}


def check_post_invoices_body_pending_invoice_items_behavior(
    value: str,
) -> PostInvoicesBodyPendingInvoiceItemsBehavior:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyPendingInvoiceItemsBehavior, value)
