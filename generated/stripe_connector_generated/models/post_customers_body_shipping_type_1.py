from typing import Literal, cast

PostCustomersBodyShippingType1 = Literal[""]

POST_CUSTOMERS_BODY_SHIPPING_TYPE_1_VALUES: set[PostCustomersBodyShippingType1] = {
    "",
}


def check_post_customers_body_shipping_type_1(value: str) -> PostCustomersBodyShippingType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersBodyShippingType1, value)
