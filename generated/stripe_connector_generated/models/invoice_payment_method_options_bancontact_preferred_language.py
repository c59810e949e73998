from typing import Literal, cast

InvoicePaymentMethodOptionsBancontactPreferredLanguage = Literal["de", "en", "fr", "nl"]

INVOICE_PAYMENT_METHOD_OPTIONS_BANCONTACT_PREFERRED_LANGUAGE_VALUES: set[
    InvoicePaymentMethodOptionsBancontactPreferredLanguage
] = {
    "de",
    "en",
    "fr",
    "nl",
}


def check_invoice_payment_method_options_bancontact_preferred_language(
    value: str,
) -> InvoicePaymentMethodOptionsBancontactPreferredLanguage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoicePaymentMethodOptionsBancontactPreferredLanguage, value)
