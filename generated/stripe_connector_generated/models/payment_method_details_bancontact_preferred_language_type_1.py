from typing import Literal, cast

PaymentMethodDetailsBancontactPreferredLanguageType1 = Literal["de", "en", "fr", "nl"]

PAYMENT_METHOD_DETAILS_BANCONTACT_PREFERRED_LANGUAGE_TYPE_1_VALUES: set[
    PaymentMethodDetailsBancontactPreferredLanguageType1
] = {
    "de",
    "en",
    "fr",
    "nl",
}


def check_payment_method_details_bancontact_preferred_language_type_1(
    value: str,
) -> PaymentMethodDetailsBancontactPreferredLanguageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsBancontactPreferredLanguageType1, value)
