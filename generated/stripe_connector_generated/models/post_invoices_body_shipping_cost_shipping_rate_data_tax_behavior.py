from typing import Literal, cast

PostInvoicesBodyShippingCostShippingRateDataTaxBehavior = Literal["exclusive", "inclusive", "unspecified"]

POST_INVOICES_BODY_SHIPPING_COST_SHIPPING_RATE_DATA_TAX_BEHAVIOR_VALUES: set[
    PostInvoicesBodyShippingCostShippingRateDataTaxBehavior
] = {
    "exclusive",
    "inclusive",
    "unspecified",
}


def check_post_invoices_body_shipping_cost_shipping_rate_data_tax_behavior(
    value: str,
) -> PostInvoicesBodyShippingCostShippingRateDataTaxBehavior:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyShippingCostShippingRateDataTaxBehavior, value)
