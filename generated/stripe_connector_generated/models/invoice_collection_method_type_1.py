from typing import Literal, cast

InvoiceCollectionMethodType1 = Literal["charge_automatically", "send_invoice"]

INVOICE_COLLECTION_METHOD_TYPE_1_VALUES: set[InvoiceCollectionMethodType1] = {
    "charge_automatically",
    "send_invoice",
}


def check_invoice_collection_method_type_1(value: str) -> InvoiceCollectionMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoiceCollectionMethodType1, value)
