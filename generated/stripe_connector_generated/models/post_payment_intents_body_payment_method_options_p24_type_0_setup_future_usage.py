from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsP24Type0SetupFutureUsage = Literal["none"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_P24_TYPE_0_SETUP_FUTURE_USAGE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsP24Type0SetupFutureUsage
] = {
    "none",
}


def check_post_payment_intents_body_payment_method_options_p24_type_0_setup_future_usage(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsP24Type0SetupFutureUsage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsP24Type0SetupFutureUsage, value)
