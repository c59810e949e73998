from typing import Literal, cast

PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsageType1 = Literal[
    "none", "off_session", "on_session"
]

PAYMENT_INTENT_TYPE_SPECIFIC_PAYMENT_METHOD_OPTIONS_CLIENT_SETUP_FUTURE_USAGE_TYPE_1_VALUES: set[
    PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsageType1
] = {
    "none",
    "off_session",
    "on_session",
}


def check_payment_intent_type_specific_payment_method_options_client_setup_future_usage_type_1(
    value: str,
) -> PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsageType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentTypeSpecificPaymentMethodOptionsClientSetupFutureUsageType1, value)
