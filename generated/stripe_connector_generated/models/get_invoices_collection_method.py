from typing import Literal, cast

GetInvoicesCollectionMethod = Literal["charge_automatically", "send_invoice"]

GET_INVOICES_COLLECTION_METHOD_VALUES: set[GetInvoicesCollectionMethod] = {
    "charge_automatically",
    "send_invoice",
}


def check_get_invoices_collection_method(value: str) -> GetInvoicesCollectionMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(GetInvoicesCollectionMethod, value)
