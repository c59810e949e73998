from typing import Literal, cast

PostCustomersCustomerBodyCardType0Object = Literal["card"]

POST_CUSTOMERS_CUSTOMER_BODY_CARD_TYPE_0_OBJECT_VALUES: set[PostCustomersCustomerBodyCardType0Object] = {
    "card",
}


def check_post_customers_customer_body_card_type_0_object(
    value: str,
) -> PostCustomersCustomerBodyCardType0Object:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersCustomerBodyCardType0Object, value)
