from typing import Literal, cast

PostCustomersCustomerBodyTaxIpAddressType1 = Literal[""]

POST_CUSTOMERS_CUSTOMER_BODY_TAX_IP_ADDRESS_TYPE_1_VALUES: set[PostCustomersCustomerBodyTaxIpAddressType1] = {
    "",
}


def check_post_customers_customer_body_tax_ip_address_type_1(
    value: str,
) -> PostCustomersCustomerBodyTaxIpAddressType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersCustomerBodyTaxIpAddressType1, value)
