from typing import Literal, cast

PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsage = Literal[
    "none", "off_session", "on_session"
]

PAYMENT_INTENT_TYPE_SPECIFIC_PAYMENT_METHOD_OPTIONS_CLIENT_SETUP_FUTURE_USAGE_VALUES: set[
    PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsage
] = {
    "none",
    "off_session",
    "on_session",
}


def check_payment_intent_type_specific_payment_method_options_client_setup_future_usage(
    value: str,
) -> PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsage:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsage, value)
