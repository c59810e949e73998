from typing import Literal, cast

GetInvoicesResponse200Object = Literal["list"]

GET_INVOICES_RESPONSE_200_OBJECT_VALUES: set[GetInvoicesResponse200Object] = {
    "list",
}


def check_get_invoices_response_200_object(value: str) -> GetInvoicesResponse200Object:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(GetInvoicesResponse200Object, value)
