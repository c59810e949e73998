from typing import Literal, cast

PostRefundsBodyMetadataType1 = Literal[""]

POST_REFUNDS_BODY_METADATA_TYPE_1_VALUES: set[PostRefundsBodyMetadataType1] = {
    "",
}


def check_post_refunds_body_metadata_type_1(value: str) -> PostRefundsBodyMetadataType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostRefundsBodyMetadataType1, value)
