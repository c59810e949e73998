from typing import Literal, cast

PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplay = Literal[
    "", "exclude_tax", "include_inclusive_tax"
]

POST_CUSTOMERS_CUSTOMER_BODY_INVOICE_SETTINGS_RENDERING_OPTIONS_TYPE_0_AMOUNT_TAX_DISPLAY_VALUES: set[
    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplay
] = {
    "",
    "exclude_tax",
    "include_inclusive_tax",
}


def check_post_customers_customer_body_invoice_settings_rendering_options_type_0_amount_tax_display(
    value: str,
) -> PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplay:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplay, value)
