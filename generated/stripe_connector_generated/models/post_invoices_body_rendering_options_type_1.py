from typing import Literal, cast

PostInvoicesBodyRenderingOptionsType1 = Literal[""]

POST_INVOICES_BODY_RENDERING_OPTIONS_TYPE_1_VALUES: set[PostInvoicesBodyRenderingOptionsType1] = {
    "",
}


def check_post_invoices_body_rendering_options_type_1(value: str) -> PostInvoicesBodyRenderingOptionsType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyRenderingOptionsType1, value)
