from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodDataSofortCountry = Literal["AT", "BE", "DE", "ES", "IT", "NL"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_DATA_SOFORT_COUNTRY_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodDataSofortCountry
] = {
    "AT",
    "BE",
    "DE",
    "ES",
    "IT",
    "NL",
}


def check_post_payment_intents_body_payment_method_data_sofort_country(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodDataSofortCountry:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodDataSofortCountry, value)
