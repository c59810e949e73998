from typing import Literal, cast

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage = Literal[
    "de", "en", "fr", "nl"
]

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_BANCONTACT_TYPE_0_PREFERRED_LANGUAGE_VALUES: set[
    PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage
] = {
    "de",
    "en",
    "fr",
    "nl",
}


def check_post_invoices_body_payment_settings_payment_method_options_bancontact_type_0_preferred_language(
    value: str,
) -> PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBancontactType0PreferredLanguage, value)
