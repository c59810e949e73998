from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsSofortType0SetupFutureUsage = Literal["", "none", "off_session"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_SOFORT_TYPE_0_SETUP_FUTURE_USAGE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsSofortType0SetupFutureUsage
] = {
    "",
    "none",
    "off_session",
}


def check_post_payment_intents_body_payment_method_options_sofort_type_0_setup_future_usage(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsSofortType0SetupFutureUsage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsSofortType0SetupFutureUsage, value)
