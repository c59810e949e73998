from typing import Literal, cast

PostPaymentIntentsBodyOffSessionType1 = Literal["one_off", "recurring"]

POST_PAYMENT_INTENTS_BODY_OFF_SESSION_TYPE_1_VALUES: set[PostPaymentIntentsBodyOffSessionType1] = {
    "one_off",
    "recurring",
}


def check_post_payment_intents_body_off_session_type_1(value: str) -> PostPaymentIntentsBodyOffSessionType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyOffSessionType1, value)
