from typing import Literal, cast

CustomerTaxAutomaticTaxType1 = Literal["failed", "not_collecting", "supported", "unrecognized_location"]

CUSTOMER_TAX_AUTOMATIC_TAX_TYPE_1_VALUES: set[CustomerTaxAutomaticTaxType1] = {
    "failed",
    "not_collecting",
    "supported",
    "unrecognized_location",
}


def check_customer_tax_automatic_tax_type_1(value: str) -> CustomerTaxAutomaticTaxType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(CustomerTaxAutomaticTaxType1, value)
