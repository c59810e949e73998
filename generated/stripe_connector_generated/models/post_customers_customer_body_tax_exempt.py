from typing import Literal, cast

PostCustomersCustomerBodyTaxExempt = Literal["", "exempt", "none", "reverse"]

POST_CUSTOMERS_CUSTOMER_BODY_TAX_EXEMPT_VALUES: set[PostCustomersCustomerBodyTaxExempt] = {
    "",
    "exempt",
    "none",
    "reverse",
}


def check_post_customers_customer_body_tax_exempt(value: str) -> PostCustomersCustomerBodyTaxExempt:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersCustomerBodyTaxExempt, value)
