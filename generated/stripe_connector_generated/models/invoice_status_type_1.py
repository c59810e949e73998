from typing import Literal, cast

InvoiceStatusType1 = Literal["draft", "open", "paid", "uncollectible", "void"]

INVOICE_STATUS_TYPE_1_VALUES: set[InvoiceStatusType1] = {
    "draft",
    "open",
    "paid",
    "uncollectible",
    "void",
}


def check_invoice_status_type_1(value: str) -> InvoiceStatusType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoiceStatusType1, value)
