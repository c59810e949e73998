from typing import Literal, cast

CustomerTaxLocationSource = Literal["billing_address", "ip_address", "payment_method", "shipping_destination"]

CUSTOMER_TAX_LOCATION_SOURCE_VALUES: set[CustomerTaxLocationSource] = {
    "billing_address",
    "ip_address",
    "payment_method",
    "shipping_destination",
}


def check_customer_tax_location_source(value: str) -> CustomerTaxLocationSource:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(CustomerTaxLocationSource, value)
