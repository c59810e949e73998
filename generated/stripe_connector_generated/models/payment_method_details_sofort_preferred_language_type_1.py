from typing import Literal, cast

PaymentMethodDetailsSofortPreferredLanguageType1 = Literal["de", "en", "es", "fr", "it", "nl", "pl"]

PAYMENT_METHOD_DETAILS_SOFORT_PREFERRED_LANGUAGE_TYPE_1_VALUES: set[
    PaymentMethodDetailsSofortPreferredLanguageType1
] = {
    "de",
    "en",
    "es",
    "fr",
    "it",
    "nl",
    "pl",
}


def check_payment_method_details_sofort_preferred_language_type_1(
    value: str,
) -> PaymentMethodDetailsSofortPreferredLanguageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsSofortPreferredLanguageType1, value)
