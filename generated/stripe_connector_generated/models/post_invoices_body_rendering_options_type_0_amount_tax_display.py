from typing import Literal, cast

PostInvoicesBodyRenderingOptionsType0AmountTaxDisplay = Literal["", "exclude_tax", "include_inclusive_tax"]

POST_INVOICES_BODY_RENDERING_OPTIONS_TYPE_0_AMOUNT_TAX_DISPLAY_VALUES: set[
    PostInvoicesBodyRenderingOptionsType0AmountTaxDisplay
] = {
    "",
    "exclude_tax",
    "include_inclusive_tax",
}


def check_post_invoices_body_rendering_options_type_0_amount_tax_display(
    value: str,
) -> PostInvoicesBodyRenderingOptionsType0AmountTaxDisplay:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyRenderingOptionsType0AmountTaxDisplay, value)
