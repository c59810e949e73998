from typing import Literal, cast

CustomerTaxExemptType1 = Literal["exempt", "none", "reverse"]

CUSTOMER_TAX_EXEMPT_TYPE_1_VALUES: set[CustomerTaxExemptType1] = {
    "exempt",
    "none",
    "reverse",
}


def check_customer_tax_exempt_type_1(value: str) -> CustomerTaxExemptType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(CustomerTaxExemptType1, value)
