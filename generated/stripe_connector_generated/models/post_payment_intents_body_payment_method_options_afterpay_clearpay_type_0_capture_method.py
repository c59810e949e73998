from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType0CaptureMethod = Literal["", "manual"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_AFTERPAY_CLEARPAY_TYPE_0_CAPTURE_METHOD_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType0CaptureMethod
] = {
    "",
    "manual",
}


def check_post_payment_intents_body_payment_method_options_afterpay_clearpay_type_0_capture_method(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType0CaptureMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsAfterpayClearpayType0CaptureMethod, value)
