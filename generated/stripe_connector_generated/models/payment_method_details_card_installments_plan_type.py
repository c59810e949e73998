from typing import Literal, cast

PaymentMethodDetailsCardInstallmentsPlanType = Literal["fixed_count"]

PAYMENT_METHOD_DETAILS_CARD_INSTALLMENTS_PLAN_TYPE_VALUES: set[
    PaymentMethodDetailsCardInstallmentsPlanType
] = {
    "fixed_count",
}


def check_payment_method_details_card_installments_plan_type(
    value: str,
) -> PaymentMethodDetailsCardInstallmentsPlanType:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsCardInstallmentsPlanType, value)
