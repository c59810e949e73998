from typing import Literal, cast

PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1 = Literal[""]

POST_CUSTOMERS_CUSTOMER_BODY_INVOICE_SETTINGS_CUSTOM_FIELDS_TYPE_1_VALUES: set[
    PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1
] = {
    "",
}


def check_post_customers_customer_body_invoice_settings_custom_fields_type_1(
    value: str,
) -> PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1, value)
