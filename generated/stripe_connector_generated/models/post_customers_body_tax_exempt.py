from typing import Literal, cast

PostCustomersBodyTaxExempt = Literal["", "exempt", "none", "reverse"]

POST_CUSTOMERS_BODY_TAX_EXEMPT_VALUES: set[PostCustomersBodyTaxExempt] = {
    "",
    "exempt",
    "none",
    "reverse",
}


def check_post_customers_body_tax_exempt(value: str) -> PostCustomersBodyTaxExempt:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostCustomersBodyTaxExempt, value)
