from typing import Literal, cast

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1 = Literal[""]

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_BANCONTACT_TYPE_1_VALUES: set[
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1
] = {
    "",
}


def check_post_invoices_body_payment_settings_payment_method_options_bancontact_type_1(
    value: str,
) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType1, value)
