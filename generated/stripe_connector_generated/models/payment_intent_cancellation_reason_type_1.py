from typing import Literal, cast

PaymentIntentCancellationReasonType1 = Literal[
    "abandoned",
    "automatic",
    "duplicate",
    "failed_invoice",
    "fraudulent",
    "requested_by_customer",
    "void_invoice",
]

PAYMENT_INTENT_CANCELLATION_REASON_TYPE_1_VALUES: set[PaymentIntentCancellationReasonType1] = {
    "abandoned",
    "automatic",
    "duplicate",
    "failed_invoice",
    "fraudulent",
    "requested_by_customer",
    "void_invoice",
}


def check_payment_intent_cancellation_reason_type_1(value: str) -> PaymentIntentCancellationReasonType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentCancellationReasonType1, value)
