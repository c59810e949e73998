from typing import Literal, cast

PostPaymentIntentsIntentCancelBodyCancellationReason = Literal[
    "abandoned", "duplicate", "fraudulent", "requested_by_customer"
]

POST_PAYMENT_INTENTS_INTENT_CANCEL_BODY_CANCELLATION_REASON_VALUES: set[
    PostPaymentIntentsIntentCancelBodyCancellationReason
] = {
    "abandoned",
    "duplicate",
    "fraudulent",
    "requested_by_customer",
}


def check_post_payment_intents_intent_cancel_body_cancellation_reason(
    value: str,
) -> PostPaymentIntentsIntentCancelBodyCancellationReason:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsIntentCancelBodyCancellationReason, value)
