from typing import Literal, cast

PostInvoicesBodyFromInvoiceAction = Literal["revision"]

POST_INVOICES_BODY_FROM_INVOICE_ACTION_VALUES: set[PostInvoicesBodyFromInvoiceAction] = {
    "revision",
}


def check_post_invoices_body_from_invoice_action(value: str) -> PostInvoicesBodyFromInvoiceAction:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyFromInvoiceAction, value)
