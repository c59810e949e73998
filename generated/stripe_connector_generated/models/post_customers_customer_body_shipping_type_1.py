from typing import Literal, cast

PostCustomersCustomerBodyShippingType1 = Literal[""]

POST_CUSTOMERS_CUSTOMER_BODY_SHIPPING_TYPE_1_VALUES: set[PostCustomersCustomerBodyShippingType1] = {
    "",
}


def check_post_customers_customer_body_shipping_type_1(value: str) -> PostCustomersCustomerBodyShippingType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersCustomerBodyShippingType1, value)
