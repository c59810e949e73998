from typing import Literal, cast

PaymentIntentSetupFutureUsageType1 = Literal["off_session", "on_session"]

PAYMENT_INTENT_SETUP_FUTURE_USAGE_TYPE_1_VALUES: set[PaymentIntentSetupFutureUsageType1] = {
    "off_session",
    "on_session",
}


def check_payment_intent_setup_future_usage_type_1(value: str) -> PaymentIntentSetupFutureUsageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentSetupFutureUsageType1, value)
