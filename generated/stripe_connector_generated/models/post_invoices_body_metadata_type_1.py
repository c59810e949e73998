from typing import Literal, cast

PostInvoicesBodyMetadataType1 = Literal[""]

POST_INVOICES_BODY_METADATA_TYPE_1_VALUES: set[PostInvoicesBodyMetadataType1] = {
    "",
}


def check_post_invoices_body_metadata_type_1(value: str) -> PostInvoicesBodyMetadataType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyMetadataType1, value)
