from typing import Literal, cast

PaymentMethodDetailsKonbiniStoreChainType1 = Literal["familymart", "lawson", "ministop", "seicomart"]

PAYMENT_METHOD_DETAILS_KONBINI_STORE_CHAIN_TYPE_1_VALUES: set[PaymentMethodDetailsKonbiniStoreChainType1] = {
    "familymart",
    "lawson",
    "ministop",
    "seicomart",
}


def check_payment_method_details_konbini_store_chain_type_1(
    value: str,
) -> PaymentMethodDetailsKonbiniStoreChainType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PaymentMethodDetailsKonbiniStoreChainType1, value)
