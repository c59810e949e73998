from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsPaypalType0PreferredLocale = Literal[
    "cs-CZ",
    "da-DK",
    "de-AT",
    "de-DE",
    "de-LU",
    "el-GR",
    "en-GB",
    "en-US",
    "es-ES",
    "fi-FI",
    "fr-BE",
    "fr-FR",
    "fr-LU",
    "hu-HU",
    "it-IT",
    "nl-BE",
    "nl-NL",
    "pl-PL",
    "pt-PT",
    "sk-SK",
    "sv-SE",
]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_PAYPAL_TYPE_0_PREFERRED_LOCALE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsPaypalType0PreferredLocale
] = {
    "cs-CZ",
    "da-DK",
    "de-AT",
    "de-DE",
    "de-LU",
    "el-GR",
    "en-GB",
    "en-US",
    "es-ES",
    "fi-FI",
    "fr-BE",
    "fr-FR",
    "fr-LU",
    "hu-HU",
    "it-IT",
    "nl-BE",
    "nl-NL",
    "pl-PL",
    "pt-PT",
    "sk-SK",
    "sv-SE",
}


def check_post_payment_intents_body_payment_method_options_paypal_type_0_preferred_locale(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsPaypalType0PreferredLocale:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsPaypalType0PreferredLocale, value)
