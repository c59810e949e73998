from typing import Literal, cast

PaymentMethodOptionsCardMandateOptionsAmountTypeType1 = Literal["fixed", "maximum"]

PAYMENT_METHOD_OPTIONS_CARD_MANDATE_OPTIONS_AMOUNT_TYPE_TYPE_1_VALUES: set[
    PaymentMethodOptionsCardMandateOptionsAmountTypeType1
] = {
    "fixed",
    "maximum",
}


def check_payment_method_options_card_mandate_options_amount_type_type_1(
    value: str,
) -> PaymentMethodOptionsCardMandateOptionsAmountTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsCardMandateOptionsAmountTypeType1, value)
