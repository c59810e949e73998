from typing import Literal, cast

PaymentMethodOptionsCardMandateOptionsSupportedTypesType0Item = Literal["india"]

PAYMENT_METHOD_OPTIONS_CARD_MANDATE_OPTIONS_SUPPORTED_TYPES_TYPE_0_ITEM_VALUES: set[
    PaymentMethodOptionsCardMandateOptionsSupportedTypesType0Item
] = {
    "india",
}


def check_payment_method_options_card_mandate_options_supported_types_type_0_item(
    value: str,
) -> PaymentMethodOptionsCardMandateOptionsSupportedTypesType0Item:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodOptionsCardMandateOptionsSupportedTypesType0Item, value)
