from typing import Literal, cast

PaymentMethodDetailsCardInstallmentsPlanTypeType1 = Literal["fixed_count"]

PAYMENT_METHOD_DETAILS_CARD_INSTALLMENTS_PLAN_TYPE_TYPE_1_VALUES: set[
    PaymentMethodDetailsCardInstallmentsPlanTypeType1
] = {
    "fixed_count",
}


def check_payment_method_details_card_installments_plan_type_type_1(
    value: str,
) -> PaymentMethodDetailsCardInstallmentsPlanTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsCardInstallmentsPlanTypeType1, value)
