from typing import Literal, cast

PaymentMethodOptionsBancontactPreferredLanguageType1 = Literal["de", "en", "fr", "nl"]

PAYMENT_METHOD_OPTIONS_BANCONTACT_PREFERRED_LANGUAGE_TYPE_1_VALUES: set[
    PaymentMethodOptionsBancontactPreferredLanguageType1
] = {
    "de",
    "en",
    "fr",
    "nl",
}


def check_payment_method_options_bancontact_preferred_language_type_1(
    value: str,
) -> PaymentMethodOptionsBancontactPreferredLanguageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsBancontactPreferredLanguageType1, value)
