from typing import Literal, cast

PostCustomersBodyInvoiceSettingsRenderingOptionsType1 = Literal[""]

POST_CUSTOMERS_BODY_INVOICE_SETTINGS_RENDERING_OPTIONS_TYPE_1_VALUES: set[
    PostCustomersBodyInvoiceSettingsRenderingOptionsType1
] = {
    "",
}


def check_post_customers_body_invoice_settings_rendering_options_type_1(
    value: str,
) -> PostCustomersBodyInvoiceSettingsRenderingOptionsType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersBodyInvoiceSettingsRenderingOptionsType1, value)
