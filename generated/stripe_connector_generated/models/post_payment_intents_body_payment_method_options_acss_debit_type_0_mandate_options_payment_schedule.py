from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsPaymentSchedule = Literal[
    "combined", "interval", "sporadic"
]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_ACSS_DEBIT_TYPE_0_MANDATE_OPTIONS_PAYMENT_SCHEDULE_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsPaymentSchedule
] = {
    "combined",
    "interval",
    "sporadic",
}


def check_post_payment_intents_body_payment_method_options_acss_debit_type_0_mandate_options_payment_schedule(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsPaymentSchedule:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsAcssDebitType0MandateOptionsPaymentSchedule, value)
