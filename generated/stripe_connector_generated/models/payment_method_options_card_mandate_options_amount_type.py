from typing import Literal, cast

PaymentMethodOptionsCardMandateOptionsAmountType = Literal["fixed", "maximum"]

PAYMENT_METHOD_OPTIONS_CARD_MANDATE_OPTIONS_AMOUNT_TYPE_VALUES: set[
    PaymentMethodOptionsCardMandateOptionsAmountType
] = {
    "fixed",
    "maximum",
}


def check_payment_method_options_card_mandate_options_amount_type(
    value: str,
) -> PaymentMethodOptionsCardMandateOptionsAmountType:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsCardMandateOptionsAmountType, value)
