from typing import Literal, cast

InvoicePaymentMethodOptionsBancontactPreferredLanguageType1 = Literal["de", "en", "fr", "nl"]

INVOICE_PAYMENT_METHOD_OPTIONS_BANCONTACT_PREFERRED_LANGUAGE_TYPE_1_VALUES: set[
    InvoicePaymentMethodOptionsBancontactPreferredLanguageType1
] = {
    "de",
    "en",
    "fr",
    "nl",
}


def check_invoice_payment_method_options_bancontact_preferred_language_type_1(
    value: str,
) -> InvoicePaymentMethodOptionsBancontactPreferredLanguageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(InvoicePaymentMethodOptionsBancontactPreferredLanguageType1, value)
