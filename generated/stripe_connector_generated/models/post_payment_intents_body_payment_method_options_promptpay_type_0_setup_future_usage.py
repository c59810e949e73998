from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType0SetupFutureUsage = Literal["none"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_PROMPTPAY_TYPE_0_SETUP_FUTURE_USAGE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType0SetupFutureUsage
] = {
    "none",
}


def check_post_payment_intents_body_payment_method_options_promptpay_type_0_setup_future_usage(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType0SetupFutureUsage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsPromptpayType0SetupFutureUsage, value)
