from typing import Literal, cast

PostPaymentIntentsBodyConfirmationMethod = Literal["automatic", "manual"]

POST_PAYMENT_INTENTS_BODY_CONFIRMATION_METHOD_VALUES: set[PostPaymentIntentsBodyConfirmationMethod] = {
    "automatic",
    "manual",
}


def check_post_payment_intents_body_confirmation_method(
    value: str,
) -> PostPaymentIntentsBodyConfirmationMethod:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyConfirmationMethod, value)
