from typing import Literal, cast

PostInvoicesBodyPaymentSettingsDefaultMandateType1 = Literal[""]

POST_INVOICES_BODY_PAYMENT_SETTINGS_DEFAULT_MANDATE_TYPE_1_VALUES: set[
    PostInvoicesBodyPaymentSettingsDefaultMandateType1
] = {
    "",
}


def check_post_invoices_body_payment_settings_default_mandate_type_1(
    value: str,
) -> PostInvoicesBodyPaymentSettingsDefaultMandateType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyPaymentSettingsDefaultMandateType1, value)
