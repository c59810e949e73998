from typing import Literal, cast

PaymentMethodOptionsCardMandateOptionsIntervalType1 = Literal["day", "month", "sporadic", "week", "year"]

PAYMENT_METHOD_OPTIONS_CARD_MANDATE_OPTIONS_INTERVAL_TYPE_1_VALUES: set[
    PaymentMethodOptionsCardMandateOptionsIntervalType1
] = {
    "day",
    "month",
    "sporadic",
    "week",
    "year",
}


def check_payment_method_options_card_mandate_options_interval_type_1(
    value: str,
) -> PaymentMethodOptionsCardMandateOptionsIntervalType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsCardMandateOptionsIntervalType1, value)
