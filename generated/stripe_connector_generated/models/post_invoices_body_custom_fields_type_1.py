from typing import Literal, cast

PostInvoicesBodyCustomFieldsType1 = Literal[""]

POST_INVOICES_BODY_CUSTOM_FIELDS_TYPE_1_VALUES: set[PostInvoicesBodyCustomFieldsType1] = {
    "",
}


def check_post_invoices_body_custom_fields_type_1(value: str) -> PostInvoicesBodyCustomFieldsType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyCustomFieldsType1, value)
