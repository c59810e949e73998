from typing import Literal, cast

PostCustomersCustomerBodyMetadataType1 = Literal[""]

POST_CUSTOMERS_CUSTOMER_BODY_METADATA_TYPE_1_VALUES: set[PostCustomersCustomerBodyMetadataType1] = {
    "",
}


def check_post_customers_customer_body_metadata_type_1(value: str) -> PostCustomersCustomerBodyMetadataType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersCustomerBodyMetadataType1, value)
