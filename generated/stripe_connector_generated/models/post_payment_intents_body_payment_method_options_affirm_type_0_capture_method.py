from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsAffirmType0CaptureMethod = Literal["", "manual"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_AFFIRM_TYPE_0_CAPTURE_METHOD_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsAffirmType0CaptureMethod
] = {
    "",
    "manual",
}


def check_post_payment_intents_body_payment_method_options_affirm_type_0_capture_method(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsAffirmType0CaptureMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsAffirmType0CaptureMethod, value)
