from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsInterval = Literal[
    "day", "month", "sporadic", "week", "year"
]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_CARD_TYPE_0_MANDATE_OPTIONS_INTERVAL_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsInterval
] = {
    "day",
    "month",
    "sporadic",
    "week",
    "year",
}


def check_post_payment_intents_body_payment_method_options_card_type_0_mandate_options_interval(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsInterval:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsCardType0MandateOptionsInterval, value)
