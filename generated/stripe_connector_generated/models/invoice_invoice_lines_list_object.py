from typing import Literal, cast

InvoiceInvoiceLinesListObject = Literal["list"]

INVOICE_INVOICE_LINES_LIST_OBJECT_VALUES: set[InvoiceInvoiceLinesListObject] = {
    "list",
}


def check_invoice_invoice_lines_list_object(value: str) -> InvoiceInvoiceLinesListObject:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoiceInvoiceLinesListObject, value)
