from typing import Literal, cast

InvoiceObject = Literal["invoice"]

INVOICE_OBJECT_VALUES: set[InvoiceObject] = {
    "invoice",
}


def check_invoice_object(value: str) -> InvoiceObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoiceObject, value)
