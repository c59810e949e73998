from typing import Literal, cast

PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1 = Literal[""]

POST_CUSTOMERS_CUSTOMER_BODY_INVOICE_SETTINGS_RENDERING_OPTIONS_TYPE_1_VALUES: set[
    PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1
] = {
    "",
}


def check_post_customers_customer_body_invoice_settings_rendering_options_type_1(
    value: str,
) -> PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersCustomerBodyInvoiceSettingsRenderingOptionsType1, value)
