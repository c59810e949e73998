from typing import Literal, cast

PostPaymentIntentsBodyPaymentMethodOptionsCardType0Network = Literal[
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

POST_PAYMENT_INTENTS_BODY_PAYMENT_METHOD_OPTIONS_CARD_TYPE_0_NETWORK_VALUES: set[
    PostPaymentIntentsBodyPaymentMethodOptionsCardType0Network
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


def check_post_payment_intents_body_payment_method_options_card_type_0_network(
    value: str,
) -> PostPaymentIntentsBodyPaymentMethodOptionsCardType0Network:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostPaymentIntentsBodyPaymentMethodOptionsCardType0Network, value)
