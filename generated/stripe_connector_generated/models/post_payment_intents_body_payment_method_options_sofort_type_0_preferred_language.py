from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsSofortType0PreferredLanguage = Literal[
    "", "de", "en", "es", "fr", "it", "nl", "pl"
]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_SOFORT_TYPE_0_PREFERRED_LANGUAGE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsSofortType0PreferredLanguage
] = {
    "",
    "de",
    "en",
    "es",
    "fr",
    "it",
    "nl",
    "pl",
}


def check_post_payment_intents_body_payment_method_options_sofort_type_0_preferred_language(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsSofortType0PreferredLanguage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsSofortType0PreferredLanguage, value)
