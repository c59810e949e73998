from typing import Literal, cast

LineItemsTaxAmountTaxabilityReasonType1 = Literal[
    "customer_exempt",
    "not_collecting",
    "not_subject_to_tax",
    "not_supported",
    "portion_product_exempt",
    "portion_reduced_rated",
    "portion_standard_rated",
    "product_exempt",
    "product_exempt_holiday",
    "proportionally_rated",
    "reduced_rated",
    "reverse_charge",
    "standard_rated",
    "taxable_basis_reduced",
    "zero_rated",
]

LINE_ITEMS_TAX_AMOUNT_TAXABILITY_REASON_TYPE_1_VALUES: set[LineItemsTaxAmountTaxabilityReasonType1] = {
    "customer_exempt",
    "not_collecting",
    "not_subject_to_tax",
    "not_supported",
    "portion_product_exempt",
    "portion_reduced_rated",
    "portion_standard_rated",
    "product_exempt",
    "product_exempt_holiday",
    "proportionally_rated",
    "reduced_rated",
    "reverse_charge",
    "standard_rated",
    "taxable_basis_reduced",
    "zero_rated",
}


def check_line_items_tax_amount_taxability_reason_type_1(
    value: str,
) -> LineItemsTaxAmountTaxabilityReasonType1:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(LineItemsTaxAmountTaxabilityReasonType1, value)
