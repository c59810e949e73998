from typing import Literal, cast

PostCustomersBodyMetadataType1 = Literal[""]

POST_CUSTOMERS_BODY_METADATA_TYPE_1_VALUES: set[PostCustomersBodyMetadataType1] = {
    "",
}


def check_post_customers_body_metadata_type_1(value: str) -> PostCustomersBodyMetadataType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersBodyMetadataType1, value)
