from typing import Literal, cast

PostPaymentIntentsBodyCaptureMethod = Literal["automatic", "automatic_async", "manual"]

POST_PAYMENT_INTENTS_BODY_CAPTURE_METHOD_VALUES: set[PostPaymentIntentsBodyCaptureMethod] = {
    "automatic",
    "automatic_async",
    "manual",
}


def check_post_payment_intents_body_capture_method(value: str) -> PostPaymentIntentsBodyCaptureMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyCaptureMethod, value)
