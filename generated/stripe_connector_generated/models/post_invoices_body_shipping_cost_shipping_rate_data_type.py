from typing import Literal, cast

PostInvoicesBodyShippingCostShippingRateDataType = Literal["fixed_amount"]

POST_INVOICES_BODY_SHIPPING_COST_SHIPPING_RATE_DATA_TYPE_VALUES: set[
    PostInvoicesBodyShippingCostShippingRateDataType
] = {
    "fixed_amount",
}


def check_post_invoices_body_shipping_cost_shipping_rate_data_type(
    value: str,
) -> PostInvoicesBodyShippingCostShippingRateDataType:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyShippingCostShippingRateDataType, value)
