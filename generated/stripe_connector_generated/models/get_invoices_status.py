from typing import Literal, cast

GetInvoicesStatus = Literal["draft", "open", "paid", "uncollectible", "void"]

GET_INVOICES_STATUS_VALUES: set[GetInvoicesStatus] = {
    "draft",
    "open",
    "paid",
    "uncollectible",
    "void",
}


def check_get_invoices_status(value: str) -> GetInvoicesStatus:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(GetInvoicesStatus, value)
