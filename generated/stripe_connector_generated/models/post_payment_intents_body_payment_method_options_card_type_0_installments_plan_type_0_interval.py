from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsCardType0InstallmentsPlanType0Interval = Literal["month"]

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_CARD_TYPE_0_INSTALLMENTS_PLAN_TYPE_0_INTERVAL_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0InstallmentsPlanType0Interval
] = {
    "month",
}


def check_post_payment_intents_body_payment_method_options_card_type_0_installments_plan_type_0_interval(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsCardType0InstallmentsPlanType0Interval:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsCardType0InstallmentsPlanType0Interval, value)
