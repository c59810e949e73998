from typing import Literal, cast

PostChargesBodyMetadataType1 = Literal[""]

POST_CHARGES_BODY_METADATA_TYPE_1_VALUES: set[PostChargesBodyMetadataType1] = {
    "",
}


def check_post_charges_body_metadata_type_1(value: str) -> PostChargesBodyMetadataType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostChargesBodyMetadataType1, value)
