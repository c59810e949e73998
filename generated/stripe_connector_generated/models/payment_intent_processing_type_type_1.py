from typing import Literal, cast

PaymentIntentProcessingTypeType1 = Literal["card"]

PAYMENT_INTENT_PROCESSING_TYPE_TYPE_1_VALUES: set[PaymentIntentProcessingTypeType1] = {
    "card",
}


def check_payment_intent_processing_type_type_1(value: str) -> PaymentIntentProcessingTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentProcessingTypeType1, value)
