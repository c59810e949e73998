from typing import Literal, cast

PaymentMethodDetailsCardWalletTypeType1 = Literal[
    "amex_express_checkout", "apple_pay", "google_pay", "link", "masterpass", "samsung_pay", "visa_checkout"
]

PAYMENT_METHOD_DETAILS_CARD_WALLET_TYPE_TYPE_1_VALUES: set[PaymentMethodDetailsCardWalletTypeType1] = {
    "amex_express_checkout",
    "apple_pay",
    "google_pay",
    "link",
    "masterpass",
    "samsung_pay",
    "visa_checkout",
}


def check_payment_method_details_card_wallet_type_type_1(
    value: str,
) -> PaymentMethodDetailsCardWalletTypeType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsCardWalletTypeType1, value)
