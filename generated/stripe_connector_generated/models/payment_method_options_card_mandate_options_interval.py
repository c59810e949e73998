from typing import Literal, cast

PaymentMethodOptionsCardMandateOptionsInterval = Literal["day", "month", "sporadic", "week", "year"]

PAYMENT_METHOD_OPTIONS_CARD_MANDATE_OPTIONS_INTERVAL_VALUES: set[
    PaymentMethodOptionsCardMandateOptionsInterval
] = {
    "day",
    "month",
    "sporadic",
    "week",
    "year",
}


def check_payment_method_options_card_mandate_options_interval(
    value: str,
) -> PaymentMethodOptionsCardMandateOptionsInterval:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsCardMandateOptionsInterval, value)
