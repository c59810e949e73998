from typing import Literal, cast

PaymentIntentPaymentMethodOptionsCardNetworkType1 = Literal[
    "amex",
    "cartes_bancaires",
    "diners",
    "discover",
    "eftpos_au",
    "interac",
    "jcb",
    "mastercard",
    "unionpay",
    "unknown",
    "visa",
]

PAYMENT_INTENT_PAYMENT_METHOD_OPTIONS_CARD_NETWORK_TYPE_1_VALUES: set[
    PaymentIntentPaymentMethodOptionsCardNetworkType1
] = {
    "amex",
    "cartes_bancaires",
    "diners",
    "discover",
    "eftpos_au",
    "interac",
    "jcb",
    "mastercard",
    "unionpay",
    "unknown",
    "visa",
}


def check_payment_intent_payment_method_options_card_network_type_1(
    value: str,
) -> PaymentIntentPaymentMethodOptionsCardNetworkType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentIntentPaymentMethodOptionsCardNetworkType1, value)
