from typing import Literal, cast

PostInvoicesBodyCollectionMethod = Literal["charge_automatically", "send_invoice"]

POST_INVOICES_BODY_COLLECTION_METHOD_VALUES: set[PostInvoicesBodyCollectionMethod] = {
    "charge_automatically",
    "send_invoice",
}


def check_post_invoices_body_collection_method(value: str) -> PostInvoicesBodyCollectionMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyCollectionMethod, value)
