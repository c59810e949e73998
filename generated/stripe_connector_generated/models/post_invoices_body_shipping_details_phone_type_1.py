from typing import Literal, cast

PostInvoicesBodyShippingDetailsPhoneType1 = Literal[""]

POST_INVOICES_BODY_SHIPPING_DETAILS_PHONE_TYPE_1_VALUES: set[PostInvoicesBodyShippingDetailsPhoneType1] = {
    "",
}


def check_post_invoices_body_shipping_details_phone_type_1(
    value: str,
) -> PostInvoicesBodyShippingDetailsPhoneType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyShippingDetailsPhoneType1, value)
