from typing import Literal, cast

SubscriptionPaymentMethodOptionsCardNetworkType1 = Literal[
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

SUBSCRIPTION_PAYMENT_METHOD_OPTIONS_CARD_NETWORK_TYPE_1_VALUES: set[
    SubscriptionPaymentMethodOptionsCardNetworkType1
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


def check_subscription_payment_method_options_card_network_type_1(
    value: str,
) -> SubscriptionPaymentMethodOptionsCardNetworkType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(SubscriptionPaymentMethodOptionsCardNetworkType1, value)
