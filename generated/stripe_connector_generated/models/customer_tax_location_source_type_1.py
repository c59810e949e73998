from typing import Literal, cast

CustomerTaxLocationSourceType1 = Literal[
    "billing_address", "ip_address", "payment_method", "shipping_destination"
]

CUSTOMER_TAX_LOCATION_SOURCE_TYPE_1_VALUES: set[CustomerTaxLocationSourceType1] = {
    "billing_address",
    "ip_address",
    "payment_method",
    "shipping_destination",
}


def check_customer_tax_location_source_type_1(value: str) -> CustomerTaxLocationSourceType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(CustomerTaxLocationSourceType1, value)
