from typing import Literal, cast

PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitPaymentScheduleType1 = Literal[
    "combined", "interval", "sporadic"
]

PAYMENT_INTENT_PAYMENT_METHOD_OPTIONS_MANDATE_OPTIONS_ACSS_DEBIT_PAYMENT_SCHEDULE_TYPE_1_VALUES: set[
    PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitPaymentScheduleType1
] = {
    "combined",
    "interval",
    "sporadic",
}


def check_payment_intent_payment_method_options_mandate_options_acss_debit_payment_schedule_type_1(
    value: str,
) -> PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitPaymentScheduleType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentPaymentMethodOptionsMandateOptionsAcssDebitPaymentScheduleType1, value)
