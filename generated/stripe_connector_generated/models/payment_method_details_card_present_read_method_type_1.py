from typing import Literal, cast

PaymentMethodDetailsCardPresentReadMethodType1 = Literal[
    "contact_emv",
    "contactless_emv",
    "contactless_magstripe_mode",
    "magnetic_stripe_fallback",
    "magnetic_stripe_track2",
]

PAYMENT_METHOD_DETAILS_CARD_PRESENT_READ_METHOD_TYPE_1_VALUES: set[
    PaymentMethodDetailsCardPresentReadMethodType1
] = {
    "contact_emv",
    "contactless_emv",
    "contactless_magstripe_mode",
    "magnetic_stripe_fallback",
    "magnetic_stripe_track2",
}


def check_payment_method_details_card_present_read_method_type_1(
    value: str,
) -> PaymentMethodDetailsCardPresentReadMethodType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsCardPresentReadMethodType1, value)
