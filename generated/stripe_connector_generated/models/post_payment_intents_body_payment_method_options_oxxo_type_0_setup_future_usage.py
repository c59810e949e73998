from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsOxxoType0SetupFutureUsage = Literal["none"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_OXXO_TYPE_0_SETUP_FUTURE_USAGE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsOxxoType0SetupFutureUsage
] = {
    "none",
}


def check_post_payment_intents_body_payment_method_options_oxxo_type_0_setup_future_usage(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsOxxoType0SetupFutureUsage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsOxxoType0SetupFutureUsage, value)
