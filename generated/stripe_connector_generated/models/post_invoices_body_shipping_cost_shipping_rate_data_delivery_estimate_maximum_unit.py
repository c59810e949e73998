from typing import Literal, cast

PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximumUnit = Literal[
    "business_day", "day", "hour", "month", "week"
]

POST_INVOICES_BODY_SHIPPING_COST_SHIPPING_RATE_DATA_DELIVERY_ESTIMATE_MAXIMUM_UNIT_VALUES: set[
    PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximumUnit
] = {
    "business_day",
    "day",
    "hour",
    "month",
    "week",
}


def check_post_invoices_body_shipping_cost_shipping_rate_data_delivery_estimate_maximum_unit(
    value: str,
) -> PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximumUnit:
    """Accept the known values and, unchanged, any value Stripe added after this spec was published.

    Stripe adds enum values in backwards-compatible releases; a connector that raised on them would break on the
    day Stripe ships one. Requests are validated against the spec before sending, so only responses get here.
    """
    return cast(PostInvoicesBodyShippingCostShippingRateDataDeliveryEstimateMaximumUnit, value)
