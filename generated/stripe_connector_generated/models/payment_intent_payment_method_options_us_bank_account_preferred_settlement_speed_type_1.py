from typing import Literal, cast

PaymentIntentPaymentMethodOptionsUsBankAccountPreferredSettlementSpeedType1 = Literal["fastest", "standard"]

PAYMENT_INTENT_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_PREFERRED_SETTLEMENT_SPEED_TYPE_1_VALUES: set[
    PaymentIntentPaymentMethodOptionsUsBankAccountPreferredSettlementSpeedType1
] = {
    "fastest",
    "standard",
}


def check_payment_intent_payment_method_options_us_bank_account_preferred_settlement_speed_type_1(
    value: str,
) -> PaymentIntentPaymentMethodOptionsUsBankAccountPreferredSettlementSpeedType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentPaymentMethodOptionsUsBankAccountPreferredSettlementSpeedType1, value)
