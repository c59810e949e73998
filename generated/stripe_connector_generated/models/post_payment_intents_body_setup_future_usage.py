from typing import Literal, cast

PostPaymentIntentsBodySetupFutureUsage = Literal["off_session", "on_session"]

POST_PAYMENT_INTENTS_BODY_SETUP_FUTURE_USAGE_VALUES: set[PostPaymentIntentsBodySetupFutureUsage] = {
    "off_session",
    "on_session",
}


def check_post_payment_intents_body_setup_future_usage(value: str) -> PostPaymentIntentsBodySetupFutureUsage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodySetupFutureUsage, value)
