from typing import Literal, cast

PaymentMethodDetailsCardInstallmentsPlanIntervalType1 = Literal["month"]

PAYMENT_METHOD_DETAILS_CARD_INSTALLMENTS_PLAN_INTERVAL_TYPE_1_VALUES: set[
    PaymentMethodDetailsCardInstallmentsPlanIntervalType1
] = {
    "month",
}


def check_payment_method_details_card_installments_plan_interval_type_1(
    value: str,
) -> PaymentMethodDetailsCardInstallmentsPlanIntervalType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsCardInstallmentsPlanIntervalType1, value)
