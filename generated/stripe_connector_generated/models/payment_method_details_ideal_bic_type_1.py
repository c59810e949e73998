from typing import Literal, cast

PaymentMethodDetailsIdealBicType1 = Literal[
    "ABNANL2A",
    "ASNBNL21",
    "BITSNL2A",
    "BUNQNL2A",
    "FVLBNL22",
    "HANDNL2A",
    "INGBNL2A",
    "KNABNL2H",
    "MOYONL21",
    "NTSBDEB1",
    "RABONL2U",
    "RBRBNL21",
    "REVOIE23",
    "REVOLT21",
    "SNSBNL2A",
    "TRIONL2U",
]

PAYMENT_METHOD_DETAILS_IDEAL_BIC_TYPE_1_VALUES: set[PaymentMethodDetailsIdealBicType1] = {
    "ABNANL2A",
    "ASNBNL21",
    "BITSNL2A",
    "BUNQNL2A",
    "FVLBNL22",
    "HANDNL2A",
    "INGBNL2A",
    "KNABNL2H",
    "MOYONL21",
    "NTSBDEB1",
    "RABONL2U",
    "RBRBNL21",
    "REVOIE23",
    "REVOLT21",
    "SNSBNL2A",
    "TRIONL2U",
}


def check_payment_method_details_ideal_bic_type_1(value: str) -> PaymentMethodDetailsIdealBicType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsIdealBicType1, value)
