from typing import Literal, cast

PostPaymentIntentsBodyAutomaticPaymentMethodsAllowRedirects = Literal["always", "never"]

POST_PAYMENT_INTENTS_BODY_AUTOMATIC_PAYMENT_METHODS_ALLOW_REDIRECTS_VALUES: set[
    PostPaymentIntentsBodyAutomaticPaymentMethodsAllowRedirects
] = {
    "always",
    "never",
}


def check_post_payment_intents_body_automatic_payment_methods_allow_redirects(
    value: str,
) -> PostPaymentIntentsBodyAutomaticPaymentMethodsAllowRedirects:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyAutomaticPaymentMethodsAllowRedirects, value)
